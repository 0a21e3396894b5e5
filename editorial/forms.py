"""Forms of the board: the public contribution form and the inbox actions."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from aggov.captcha import CaptchaMixin
from home.models import SectionPage
from vietnamese import nfc
from vietnamese.forms import LegacyEncodingCheckMixin

from .models import ATTACHMENT_EXTENSIONS, Contribution

MAX_FILES = 5
MAX_FILE_BYTES = 10 * 1024 * 1024


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget",
            MultipleFileInput(
                attrs={"accept": ",".join(f".{e}" for e in ATTACHMENT_EXTENSIONS)}
            ),
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, (list, tuple)) else [data]
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class ContributionForm(LegacyEncodingCheckMixin, CaptchaMixin, forms.ModelForm):
    """Information for the board from another agency, an organisation or a person."""

    attachments = MultipleFileField(
        label=_("Tệp đính kèm"),
        required=False,
    )
    # Left empty by people; filled by bots that fill every field.
    website = forms.CharField(required=False, label=_("Để trống ô này"))
    legacy_checked_fields = ("provider_name", "organisation", "title", "content")

    class Meta:
        model = Contribution
        fields = [
            "provider_kind",
            "provider_name",
            "organisation",
            "email",
            "phone",
            "title",
            "content",
            "accuracy_statement",
        ]
        widgets = {"content": forms.Textarea(attrs={"rows": 10})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attachments"].help_text = _(
            "Tối đa %(files)d tệp, mỗi tệp không quá 10 MB, tổng cộng không quá "
            "%(total)d MB (PDF, Word, Excel, ảnh)."
        ) % {
            "files": MAX_FILES,
            "total": settings.CONTRIBUTION_MAX_UPLOAD_BYTES // (1024 * 1024),
        }
        self.fields["accuracy_statement"].required = True
        self.fields["accuracy_statement"].error_messages["required"] = _(
            "Cần xác nhận cam kết chịu trách nhiệm về tính chính xác của thông tin "
            "(Điều 24.2)."
        )
        self.fields["content"].max_length = 20000
        for name in ("provider_name", "title", "content", "email"):
            self.fields[name].error_messages["required"] = _("Xin điền mục này.")

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Không gửi được biểu mẫu."))
        return ""

    def clean_attachments(self):
        files = self.cleaned_data["attachments"]
        if len(files) > MAX_FILES:
            raise ValidationError(_("Tối đa %(n)d tệp đính kèm.") % {"n": MAX_FILES})
        total = settings.CONTRIBUTION_MAX_UPLOAD_BYTES
        if sum(upload.size for upload in files) > total:
            raise ValidationError(
                _("Tổng dung lượng tệp đính kèm lớn hơn %(n)d MB.")
                % {"n": total // (1024 * 1024)}
            )
        for upload in files:
            if upload.size > MAX_FILE_BYTES:
                raise ValidationError(
                    _("Tệp «%(name)s» lớn hơn 10 MB.") % {"name": upload.name}
                )
            extension = upload.name.rsplit(".", 1)[-1].lower()
            if extension not in ATTACHMENT_EXTENSIONS:
                raise ValidationError(
                    _("Tệp «%(name)s» không đúng định dạng cho phép.")
                    % {"name": upload.name}
                )
        return files

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if isinstance(value, str):
                cleaned[name] = nfc(value.strip())
        return cleaned


class ConvertForm(forms.Form):
    section = forms.ModelChoiceField(
        label=_("Chuyên mục đăng"), queryset=SectionPage.objects.all().order_by("path")
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do từ chối (gửi cho người cung cấp)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )


class ErasureForm(forms.Form):
    """The provider's request to erase their data, by the code they were given."""

    code = forms.CharField(
        label=_("Mã tiếp nhận"),
        max_length=20,
        error_messages={
            "required": _("Xin nhập mã tiếp nhận."),
            "max_length": _("Mã tiếp nhận không hợp lệ."),
            "null_characters_not_allowed": _("Mã tiếp nhận không hợp lệ."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()
