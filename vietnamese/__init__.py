"""Vietnamese text, in one place for every app.

- ``nfc``: text is stored as Unicode NFC (TCVN 6909:2001, Art. 9.1 of Decision
  03/2017/QĐ-UBND), whatever form it was typed or pasted in.
- ``unaccent``: the unaccented form used in domains and slugs (đ → d).
- ``slugify``: ``"Thông báo tuyển dụng"`` → ``"thong-bao-tuyen-dung"``.
- ``syllables``: the words of a name, for the domain rules of Art. 7.
- ``fold``: the search form of a text, ``"Tuyển dụng Đợt 2"`` →
  ``"tuyen dung dot 2"``, of the same length as its NFC form (so an offset
  found in the folded text is an offset in the original, for highlighting).
  Both spellings of the final i/y of a syllable after a consonant (the 1984
  spelling rules left "kí"/"ký", "lí"/"lý", "mĩ"/"mỹ", "tỉ"/"tỷ" in use
  side by side) fold alike: ``"đăng kí"`` and ``"đăng ký"`` → ``"dang ki"``.
- ``fold_letters``: ``fold`` without that spelling rule (diacritics and case
  only), for an index that cannot fold the query too (Wagtail's admin).
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


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each character.

    A letter whose NFD is one ASCII letter followed by combining marks (every
    precomposed Vietnamese letter: ``ế`` = e + ◌̂ + ◌́, ``ơ`` = o + ◌̛; also
    French ``é``, ``ç``) becomes that letter in lower case; ``đ``/``Đ`` → ``d``.
    Any other character is lower-cased when that keeps it one character
    (``İ`` lower-cases to two and stays), else kept.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", char)
        base = decomposed[0]
        if char in "đĐ":
            folded = "d"
        elif (
            base.isascii()
            and base.isalpha()
            and all(unicodedata.combining(mark) for mark in decomposed[1:])
        ):
            folded = base.lower()
        else:
            lower = char.lower()
            folded = lower if len(lower) == 1 else char
        self[code] = folded
        return folded


_FOLD = _FoldTable()


#: A syllable of one consonant and a final "y" ("ky", "ly", "my", "sy",
#: "ty", "hy"…), folded: its "y" is the "i" of the other spelling. "quy",
#: "thuy", "tuy" (y after a vowel) and "y" alone are other words and stay.
_FINAL_Y = re.compile(r"(?<!\w)([bcdghklmnprstvx])y(?!\w)")


def fold_letters(text: str) -> str:
    """NFC, diacritics off, lower case: ``fold`` without the i/y rule."""
    return nfc(text).translate(_FOLD)


def fold(text: str) -> str:
    """The folded (search) form of ``text``: NFC, diacritics off, lower case,
    a syllable's final "y" after a consonant written "i" ("ký" → "ki").

    ``len(fold(s)) == len(nfc(s))`` for every string: one folding function for
    every search path (the index, the query, the highlighting).
    """
    folded = nfc(text).translate(_FOLD)
    if "y" in folded:
        folded = _FINAL_Y.sub(r"\1i", folded)
    return folded


def syllables(text: str) -> list[str]:
    """The syllables (space-separated words) of ``text``, punctuation dropped."""
    return _SYLLABLE.findall(nfc(text))
