"""Forms of the dossier lookup and the postal delivery request."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from aggov.captcha import CaptchaMixin
from vietnamese import nfc

_INVALID_CODE = _("Mã hồ sơ không hợp lệ.")


class LookupForm(forms.Form):
    """The dossier code and the receipt's secret, posted. The secret is not
    required here: without it the answer is the same "not found" as with a
    wrong one, so the form says nothing about which codes exist."""

    code = forms.CharField(
        label=_("Mã hồ sơ"),
        max_length=45,
        help_text=_("In trên phiếu tiếp nhận, ví dụ 000.00.20.H01-261201-0001."),
        error_messages={
            "required": _("Xin nhập mã hồ sơ."),
            "max_length": _INVALID_CODE,
            "null_characters_not_allowed": _INVALID_CODE,
        },
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    secret = forms.CharField(
        label=_("Mã bí mật"),
        max_length=64,
        required=False,
        help_text=_("In trên phiếu tiếp nhận, bên cạnh mã hồ sơ."),
        error_messages={
            "max_length": _("Mã bí mật không hợp lệ."),
            "null_characters_not_allowed": _("Mã bí mật không hợp lệ."),
        },
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
    )

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()

    def clean_secret(self):
        return self.cleaned_data["secret"].strip()


class PostalForm(CaptchaMixin, forms.Form):
    """Who receives the result by post, where; with consent (Art. 6)."""

    name = forms.CharField(label=_("Họ tên người nhận"), max_length=150)
    address = forms.CharField(
        label=_("Địa chỉ nhận kết quả"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
    )
    phone = forms.CharField(label=_("Số điện thoại"), max_length=20)
    consent = forms.BooleanField(
        error_messages={
            "required": _("Cần đồng ý để cơ quan gửi kết quả qua bưu chính.")
        },
    )
    website = forms.CharField(required=False, label=_("Để trống ô này"))

    @staticmethod
    def consent_text():
        return _(
            "Tôi đồng ý để cơ quan và đơn vị bưu chính công ích dùng họ tên, địa chỉ, "
            "số điện thoại của tôi chỉ để chuyển kết quả giải quyết hồ sơ này "
            "(Điều 6 Quyết định 03/2017/QĐ-UBND)."
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = self.consent_text()
        for name in ("name", "address", "phone"):
            self.fields[name].error_messages["required"] = _("Xin điền mục này.")

    def _text(self, name):
        raw = self.cleaned_data.get(name) or ""
        if strip_tags(raw) != raw:
            raise ValidationError(
                _("Không chấp nhận mã HTML; xin nhập văn bản thường.")
            )
        value = nfc(raw).strip()
        if not value:
            raise ValidationError(_("Xin điền mục này."))
        return value

    def clean_name(self):
        return self._text("name")

    def clean_address(self):
        return self._text("address")

    def clean_phone(self):
        value = "".join(
            ch for ch in self.cleaned_data.get("phone", "") if ch in "0123456789+"
        )
        if not 9 <= len(value.lstrip("+")) <= 12:
            raise ValidationError(_("Số điện thoại không hợp lệ."))
        return value

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Không gửi được yêu cầu."))
        return ""


class PullForm(forms.Form):
    """The pull endpoint's query: how many requests at most."""

    gioi_han = forms.IntegerField(min_value=1, max_value=200, required=False)
