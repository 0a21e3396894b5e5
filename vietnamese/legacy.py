"""Text typed or pasted in the legacy Vietnamese encodings TCVN3 (ABC) and VNI.

Older government files still carry them: "Céng hoµ x· héi" (TCVN3) or
"Coäng hoøa xaõ hoäi" (VNI) for "Cộng hòa xã hội". viparse's conversion tables
and its content detector find and convert them. The detector can mistake other
diacritic-heavy Latin text (Spanish, French) for VNI, so callers use it on text
meant to be Vietnamese, and ask a person before converting (see ``check``).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import nfc

LABELS = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}
MIN_CONFIDENCE = 0.75


@dataclass(frozen=True)
class Legacy:
    encoding: str  # "tcvn3" or "vni"
    confidence: float
    converted: str

    @property
    def label(self) -> str:
        return LABELS[self.encoding]


def _charmaps():
    from viparse.normalize.encodings import get_charmap

    return {name: get_charmap(name) for name in LABELS}


def detect(text: str) -> Legacy | None:
    """The legacy encoding ``text`` is in, with its Unicode form, or None."""
    from viparse.normalize.detector import detect_encoding_by_content
    from viparse.normalize.tables import convert

    if not text or not text.strip():
        return None
    charmaps = _charmaps()
    found = detect_encoding_by_content(text, charmaps)
    if found.encoding not in charmaps or found.confidence < MIN_CONFIDENCE:
        return None
    return Legacy(
        encoding=found.encoding,
        confidence=found.confidence,
        converted=nfc(convert(text, charmaps[found.encoding])),
    )


def to_unicode(text: str) -> str:
    """``text`` in Unicode NFC, converted from TCVN3 or VNI when detected."""
    legacy = detect(text)
    return legacy.converted if legacy else nfc(text)
