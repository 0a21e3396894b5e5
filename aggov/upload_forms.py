"""The admin's forms for documents and images, with the size limit in Vietnamese.

Wagtail refuses a file larger than ``WAGTAILDOCS_MAX_UPLOAD_SIZE`` or
``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` (set from the environment in
``aggov.settings.base``), but its message has no Vietnamese translation: staff
would read "This file is too big". These base forms (the settings
``WAGTAILDOCS_DOCUMENT_FORM_BASE`` and ``WAGTAILIMAGES_IMAGE_FORM_BASE``) only
replace the messages; Wagtail's field does the check, in the single upload, the
multiple upload (its browser-side check reads the same messages) and the
choosers.
"""

from __future__ import annotations

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

TOO_LARGE = "Tệp quá lớn (%(file_size)s): dung lượng tối đa là %(max_filesize)s."
TOO_LARGE_UNKNOWN = "Tệp quá lớn: dung lượng tối đa là %(max_filesize)s."


def _vietnamese_size_limit(form) -> None:
    field = form.fields.get("file")
    if field is None or getattr(field, "max_upload_size", None) is None:
        return
    limit = {"max_filesize": field.max_upload_size_text}
    field.error_messages["file_too_large"] = TOO_LARGE
    field.error_messages["file_too_large_unknown_size"] = TOO_LARGE_UNKNOWN % limit
    help_text = f"Dung lượng tối đa: {field.max_upload_size_text}."
    if formats := getattr(field, "supported_formats_text", ""):
        help_text = f"Định dạng: {formats}. {help_text}"
    field.help_text = help_text


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form; the size limit is said in Vietnamese."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _vietnamese_size_limit(self)


class ImageForm(BaseImageForm):
    """Wagtail's image form; the size limit is said in Vietnamese."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _vietnamese_size_limit(self)
