"""Form support: text typed in a legacy Vietnamese encoding is caught before it
is stored, converted to Unicode, and shown back to the person to confirm."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .legacy import converter, detect
from .posted import map_text, texts


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
        to_unicode = converter(found.encoding)
        data = self.data.copy()
        for name in fields:
            data[name] = to_unicode(cleaned[name])
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


class VietnameseTextAdminMixin:
    """For the admin forms of Vietnamese pages and snippets: text pasted in
    TCVN3 (ABC) or VNI anywhere in the form (title, summary, rich text,
    StreamField blocks, whose values are posted as JSON) is refused with a
    clear message, and the form comes back with that text in Unicode, so
    saving again stores it. Foreign-language content is left alone: French,
    Chinese and Khmer legitimately use the characters the detector looks for.
    """

    def _is_vietnamese_content(self) -> bool:
        locale = getattr(self.instance, "locale", None) if self.instance else None
        return locale is None or locale.language_code == "vi"

    def clean(self):
        cleaned = super().clean()
        if not self.is_bound or not self._is_vietnamese_content():
            return cleaned
        # The fields with non-ASCII text, and all that text (JSON read once).
        posted, written = {}, []
        for key, values in self.data.lists():
            if key == "csrfmiddlewaretoken":
                continue
            found_texts = [t for v in values if isinstance(v, str) for t in texts(v)]
            if any(not t.isascii() for t in found_texts):
                posted[key] = values
                written.extend(found_texts)
        found = detect("\n".join(written))
        if found is None:
            return cleaned
        to_unicode = converter(found.encoding)
        data = self.data.copy()
        for key, values in posted.items():
            data.setlist(key, [map_text(v, to_unicode) for v in values])
        self.data = data
        self.add_error(
            None,
            ValidationError(
                _(
                    "Văn bản dán vào có vẻ ở bảng mã %(encoding)s, không phải Unicode. "
                    "Hệ thống đã chuyển sang Unicode trong biểu mẫu dưới đây; xin "
                    "kiểm tra rồi lưu lại. (Text in the legacy %(encoding)s "
                    "encoding was converted to Unicode below: check it and save "
                    "again.)"
                )
                % {"encoding": found.label},
                code="legacy_encoding",
            ),
        )
        return cleaned
