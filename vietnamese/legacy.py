"""Text typed or pasted in the legacy Vietnamese encodings TCVN3 (ABC) and VNI.

Older government files still carry them: "Céng hoµ x· héi" (TCVN3) or
"Coäng hoøa xaõ hoäi" (VNI) for "Cộng hòa xã hội". viparse's conversion tables
and its content detector find and convert them. The detector can mistake other
diacritic-heavy Latin text (Spanish, French) for VNI, so callers use it on text
meant to be Vietnamese, and ask a person before converting (see ``check``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from . import nfc

LABELS = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}


@dataclass(frozen=True)
class Legacy:
    encoding: str  # "tcvn3" or "vni"
    confidence: float
    converted: str

    @property
    def label(self) -> str:
        return LABELS[self.encoding]


def _vietnamese_letters() -> frozenset[str]:
    """Every precomposed Vietnamese letter (both cases): what Unicode text uses."""
    import unicodedata

    tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
    vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    letters = {"đ", "Đ"}
    for vowel in vowels:
        for tone in tones:
            letter = unicodedata.normalize("NFC", vowel + tone)
            letters.update({letter, letter.upper()})
    return frozenset(letters)


VIETNAMESE = _vietnamese_letters()
#: Punctuation that Vietnamese Unicode text commonly carries beyond ASCII.
ALLOWED_SYMBOLS = frozenset("–—‘’“”…«»°№")


def _foreign(text: str) -> set[str]:
    """Characters that Vietnamese Unicode text would not contain."""
    return {
        c
        for c in text
        if not c.isascii() and c not in VIETNAMESE and c not in ALLOWED_SYMBOLS
    }


@functools.cache
def _charmaps():
    from viparse.normalize.encodings import get_charmap

    return {name: get_charmap(name) for name in LABELS}


def converter(encoding: str):
    """text → its Unicode NFC form, read as ``encoding`` ("tcvn3" or "vni")."""
    from viparse.normalize.tables import convert

    charmap = _charmaps()[encoding]
    return lambda text: nfc(convert(text, charmap))


def detect(text: str) -> Legacy | None:
    """The legacy encoding ``text`` is in, with its Unicode form, or None.

    Legacy text shows at least two distinct characters that Vietnamese Unicode
    never uses (Ö, µ, ®, ×...), and converts into Vietnamese letters only. One
    stray character (a Spanish ñ) is not enough.
    """
    from viparse.normalize.frequency import vietnamese_score

    if not text or len(_foreign(text)) < 2:
        return None
    best = None
    for name in LABELS:
        converted = converter(name)(text)
        if converted == text or _foreign(converted):
            continue
        score = vietnamese_score(converted)
        if best is None or score > best[0]:
            best = (score, name, converted)
    if best is None:
        return None
    return Legacy(encoding=best[1], confidence=best[0], converted=best[2])


def to_unicode(text: str) -> str:
    """``text`` in Unicode NFC, converted from TCVN3 or VNI when detected."""
    legacy = detect(text)
    return legacy.converted if legacy else nfc(text)
