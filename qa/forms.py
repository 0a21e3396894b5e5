"""The public question form (Art. 12.1d) with its consent and spam checks."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from vietnamese import nfc
from vietnamese.forms import LegacyEncodingCheckMixin

from . import captcha
from .models import Question

MAX_QUESTION = 5000


class QuestionForm(LegacyEncodingCheckMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "Tôi đồng ý để Ban biên tập dùng họ tên, thư điện tử, điện thoại của tôi chỉ để "
            "trả lời câu hỏi này (Điều 6 Quyết định 03/2017/QĐ-UBND)."
        ),
        error_messages={
            "required": _("Cần đồng ý để Ban biên tập xử lý và trả lời câu hỏi.")
        },
    )
    captcha_answer = forms.CharField(label="", max_length=3)
    captcha_token = forms.CharField(widget=forms.HiddenInput)
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
        if not self.is_bound or not self.data.get("captcha_token"):
            text, token = captcha.challenge()
            self.initial["captcha_token"] = token
            self.fields["captcha_answer"].label = text
        else:
            self.fields["captcha_answer"].label = _("Nhập lại kết quả phép tính")
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
            raise ValidationError(
                _("Cần thư điện tử hoặc số điện thoại để nhận trả lời.")
            )
        if not captcha.verify(
            self.data.get("captcha_token", ""), self.data.get("captcha_answer", "")
        ):
            self.add_error("captcha_answer", _("Kết quả phép tính chưa đúng."))
            text, token = captcha.challenge()
            self.fields["captcha_answer"].label = text
            data = self.data.copy()
            data["captcha_token"] = token
            data["captcha_answer"] = ""
            self.data = data
        return cleaned


class StatusForm(forms.Form):
    code = forms.CharField(label=_("Mã tra cứu"), max_length=20)
