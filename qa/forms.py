"""The public question form (Art. 12.1d) with its consent and spam checks."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from aggov.captcha import CaptchaMixin
from vietnamese import nfc
from vietnamese.forms import LegacyEncodingCheckMixin

from .models import Question

MAX_QUESTION = 5000


class QuestionForm(LegacyEncodingCheckMixin, CaptchaMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "Tôi đồng ý để Ban biên tập dùng họ tên, thư điện tử, điện thoại của tôi chỉ để "
            "trả lời câu hỏi này (Điều 6 Quyết định 03/2017/QĐ-UBND)."
        ),
        error_messages={
            "required": _("Cần đồng ý để Ban biên tập xử lý và trả lời câu hỏi.")
        },
    )
    website = forms.CharField(required=False, label=_("Để trống ô này"))
    legacy_checked_fields = ("name", "title", "question")

    class Meta:
        model = Question
        fields = ["name", "email", "phone", "field", "title", "question"]
        widgets = {
            "question": forms.Textarea(attrs={"rows": 8, "maxlength": MAX_QUESTION})
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "title", "question", "field"):
            self.fields[name].error_messages["required"] = _("Xin điền mục này.")
        self.fields["email"].error_messages["invalid"] = _(
            "Địa chỉ thư điện tử không hợp lệ."
        )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Không gửi được câu hỏi."))
        return ""

    def _text(self, name):
        raw = self.cleaned_data.get(name) or ""
        if strip_tags(raw) != raw or "<script" in raw.lower():
            raise ValidationError(
                _("Không chấp nhận mã HTML hoặc script; xin nhập văn bản thường.")
            )
        value = nfc(raw).strip()
        if name in ("name", "title", "question") and not value:
            raise ValidationError(_("Xin điền mục này."))
        return value

    def clean_name(self):
        return self._text("name")

    def clean_title(self):
        return self._text("title")

    def clean_question(self):
        value = self._text("question")
        if len(value) > MAX_QUESTION:
            raise ValidationError(
                _("Câu hỏi quá dài: tối đa %(n)d ký tự.") % {"n": MAX_QUESTION}
            )
        if len(value) < 10:
            raise ValidationError(_("Câu hỏi quá ngắn."))
        return value

    def clean_phone(self):
        value = "".join(
            ch for ch in self.cleaned_data.get("phone", "") if ch.isdigit() or ch == "+"
        )
        if value and not (9 <= len(value.lstrip("+")) <= 12):
            raise ValidationError(_("Số điện thoại không hợp lệ."))
        return value

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("email")
            and not cleaned.get("phone")
            and not self.errors.get("email")
        ):
            self.add_error(
                None, _("Cần thư điện tử hoặc số điện thoại để nhận trả lời.")
            )
        return cleaned


class StatusForm(forms.Form):
    """The tracking code, posted (Django's CharField refuses NUL characters)."""

    code = forms.CharField(
        label=_("Mã tra cứu"),
        max_length=20,
        error_messages={
            "required": _("Xin nhập mã tra cứu."),
            "max_length": _("Mã tra cứu không hợp lệ."),
            "null_characters_not_allowed": _("Mã tra cứu không hợp lệ."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    erase = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()
