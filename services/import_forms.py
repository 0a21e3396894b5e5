"""The admin's upload of procedure files (Dịch vụ công → Nhập thủ tục)."""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from vietnamese import nfc

from .models import ImportRun

EXTENSIONS = (".json", ".xlsx", ".csv", ".zip")
MAX_FILES = 2000


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe)."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else single(data, initial)


class ImportUploadForm(forms.ModelForm):
    """Files to import, and whether to publish (offered only to those who may
    publish in the catalogue; others' imports become drafts for the board)."""

    files = MultipleFileField(
        label=_("Tệp thủ tục"),
        help_text=_(
            "Một hoặc nhiều tệp: gói JSON của CSDL quốc gia về TTHC, tệp JSON "
            "trang thủ tục của Cổng Dịch vụ công quốc gia, danh sách TTHC "
            "(.xlsx, .csv), hoặc một tệp .zip chứa các tệp đó."
        ),
    )

    class Meta:
        model = ImportRun
        fields = ["publish"]

    def __init__(self, *args, for_user=None, may_publish=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.may_publish = may_publish
        limit = filesizeformat(settings.SERVICES_IMPORT_MAX_UPLOAD_BYTES)
        self.fields[
            "files"
        ].help_text = (
            f"{self.fields['files'].help_text} Tổng dung lượng tối đa: {limit}."
        )
        if may_publish:
            self.fields["publish"].initial = True
        else:
            del self.fields["publish"]

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(
                f"Tối đa {MAX_FILES} tệp một lần; hãy gộp vào một tệp .zip."
            )
        total = 0
        for upload in files:
            upload.name = nfc(Path(upload.name).name)
            if Path(upload.name).suffix.lower() not in EXTENSIONS:
                raise forms.ValidationError(
                    f"Tệp “{upload.name}” không nhận được: chỉ nhận "
                    + ", ".join(EXTENSIONS)
                    + "."
                )
            total += upload.size
        if total > settings.SERVICES_IMPORT_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                "Các tệp quá lớn ("
                + filesizeformat(total)
                + "): tổng dung lượng tối đa là "
                + filesizeformat(settings.SERVICES_IMPORT_MAX_UPLOAD_BYTES)
                + "."
            )
        return files
