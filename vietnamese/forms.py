"""Form support: text typed in a legacy Vietnamese encoding is caught before it
is stored, converted to Unicode, and shown back to the person to confirm."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .legacy import detect


class LegacyEncodingCheckMixin:
    """Checks ``legacy_checked_fields``: text in TCVN3 (ABC) or VNI is refused
    with a clear message, and the fields are refilled with their Unicode form,
    so a second submit stores the converted text."""

    legacy_checked_fields: tuple[str, ...] = ()

    def clean(self):
        cleaned = super().clean()
        fields = [
            n for n in self.legacy_checked_fields if isinstance(cleaned.get(n), str)
        ]
        # Decided on all the fields together: one short field says little.
        found = detect("\n".join(cleaned[n] for n in fields))
        if found is None:
            return cleaned
        from viparse.normalize.tables import convert

        from . import nfc
        from .legacy import _charmaps

        charmap = _charmaps()[found.encoding]
        data = self.data.copy()
        for name in fields:
            data[name] = nfc(convert(cleaned[name], charmap))
        self.data = data
        self.add_error(
            fields[0] if len(fields) == 1 else None,
            ValidationError(
                _(
                    "Văn bản có vẻ được gõ bằng bảng mã %(encoding)s, không phải Unicode. "
                    "Hệ thống đã chuyển sang Unicode trong các ô dưới đây; xin kiểm tra "
                    "rồi gửi lại."
                )
                % {"encoding": found.label},
                code="legacy_encoding",
            ),
        )
        return cleaned


def _plain_text_fields(form) -> tuple[str, ...]:
    """The fields an editor types or pastes plain text into (not the slug,
    not rich text or StreamField, whose posted value is JSON)."""
    from django import forms

    return tuple(
        name
        for name, field in form.fields.items()
        if isinstance(field, forms.CharField)
        and isinstance(field.widget, (forms.TextInput, forms.Textarea))
        and name not in ("slug", "comment")
    )


class VietnameseTextAdminMixin(LegacyEncodingCheckMixin):
    """For admin forms of Vietnamese content: text pasted in TCVN3 or VNI is
    refused and offered back in Unicode. Foreign-language content is left
    alone: French, Chinese and Khmer legitimately use the characters the
    detector looks for."""

    @property
    def legacy_checked_fields(self):
        locale = getattr(self.instance, "locale", None) if self.instance else None
        if locale is not None and locale.language_code != "vi":
            return ()
        return _plain_text_fields(self)
