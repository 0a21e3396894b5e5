"""Odd values posted to the admin's content editors are never a 500.

Wagtail reads two kinds of editor data without guarding against values its
own browser code never sends: a rich text field's Draftail JSON (plain text,
broken JSON or a JSON number raise ``JSONDecodeError`` or ``AttributeError``)
and a stream field's counters and keys (``body-count=abc`` raises
``ValueError``, a missing ``body-0-deleted`` a ``KeyError``). A forged post,
an API client or a broken browser extension then got a server error.

- ``TolerantDraftailRichTextArea`` (``WAGTAILADMIN_RICH_TEXT_EDITORS``) keeps a
  value that is not the editor's JSON as text: each line an escaped paragraph.
- ``TolerantBlockField`` (every ``StreamField`` of the admin's model forms,
  through ``install()``) turns a malformed stream into a form error in
  Vietnamese, and the form is shown again with an empty stream.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.blocks.base import BlockField, BlockWidget

#: What Wagtail raises on malformed editor data (never on what its editors post).
MALFORMED = (ValueError, KeyError, TypeError, AttributeError, OverflowError)


def _as_paragraphs(text: str) -> str:
    return "".join(
        f"<p>{escape(line.strip())}</p>" for line in text.splitlines() if line.strip()
    )


class TolerantDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except MALFORMED:
            # Not the editor's JSON (nor ``null``): plain text, broken JSON,
            # or JSON that is not an object.
            return _as_paragraphs(data.get(name))


class TolerantBlockWidget(BlockWidget):
    """Reads the stream; on malformed data returns the block's empty value and
    remembers it, for the field to refuse."""

    malformed = False

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except MALFORMED:
            self.malformed = True
            return self.block_def.get_default()


class TolerantBlockField(BlockField):
    def __init__(self, block=None, **kwargs):
        if block is not None and "widget" not in kwargs:
            kwargs["widget"] = TolerantBlockWidget(block)
        super().__init__(block=block, **kwargs)

    def clean(self, value):
        if getattr(self.widget, "malformed", False):
            raise ValidationError(
                _(
                    "Dữ liệu của khối nội dung không hợp lệ (không phải do trình "
                    "soạn thảo gửi); hãy nhập lại nội dung. / The content blocks "
                    "were posted in a form the editor does not send."
                ),
                code="malformed",
            )
        return super().clean(value)


def install() -> None:
    """Every StreamField of the admin's model forms uses TolerantBlockField."""
    from wagtail.admin.forms.models import register_form_field_override
    from wagtail.fields import StreamField

    register_form_field_override(
        StreamField, override={"form_class": TolerantBlockField}
    )
