"""Vietnamese text, in one place for every app.

- ``nfc``: text is stored as Unicode NFC (TCVN 6909:2001, Art. 9.1 of Decision
  03/2017/QĐ-UBND), whatever form it was typed or pasted in.
- ``unaccent``: the unaccented form used in domains and slugs (đ → d).
- ``slugify``: ``"Thông báo tuyển dụng"`` → ``"thong-bao-tuyen-dung"``.
- ``syllables``: the words of a name, for the domain rules of Art. 7.
"""

from __future__ import annotations

import re
import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SYLLABLE = re.compile(r"[^\W_]+", re.UNICODE)


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC; ``None`` and non-strings pass through."""
    if not isinstance(text, str):
        return text
    return unicodedata.normalize("NFC", text)


def unaccent(text: str) -> str:
    """Remove Vietnamese diacritics: ``"Châu Đốc"`` → ``"Chau Doc"``."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def slugify(text: str, separator: str = "-") -> str:
    """Lower-case unaccented ASCII words joined by ``separator``."""
    ascii_text = unaccent(nfc(text)).lower()
    return _NON_ALNUM.sub(separator, ascii_text).strip(separator)


def syllables(text: str) -> list[str]:
    """The syllables (space-separated words) of ``text``, punctuation dropped."""
    return _SYLLABLE.findall(nfc(text))
