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


def _json_or_none(value: str):
    import json

    if value.lstrip()[:1] not in ("{", "["):
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


def _leaves(value):
    """Every string inside decoded JSON (values only; keys are ASCII names)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)


def _convert_leaves(value, convert):
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, list):
        return [_convert_leaves(item, convert) for item in value]
    if isinstance(value, dict):
        return {k: _convert_leaves(v, convert) for k, v in value.items()}
    return value


def _texts(value: str) -> list[str]:
    decoded = _json_or_none(value)
    return [value] if decoded is None else list(_leaves(decoded))


def _converted(value: str, convert) -> str:
    import json

    decoded = _json_or_none(value)
    if decoded is None:
        return convert(value)
    return json.dumps(_convert_leaves(decoded, convert))


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
        posted = {
            key: values
            for key, values in self.data.lists()
            if key != "csrfmiddlewaretoken"
            and any(
                isinstance(v, str) and not t.isascii()
                for v in values
                for t in _texts(v)
            )
        }
        found = detect(
            "\n".join(
                t for values in posted.values() for v in values for t in _texts(v)
            )
        )
        if found is None:
            return cleaned
        from viparse.normalize.tables import convert

        from . import nfc
        from .legacy import _charmaps

        charmap = _charmaps()[found.encoding]

        def to_unicode(text):
            return nfc(convert(text, charmap))

        data = self.data.copy()
        for key, values in posted.items():
            data.setlist(key, [_converted(v, to_unicode) for v in values])
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
