"""Every text a person sends is stored as Unicode NFC (TCVN 6909:2001, Art. 9.1).

Text pasted from macOS or older tools often arrives decomposed (a letter plus
combining marks); it looks the same but compares, sorts and searches
differently. Normalising the submitted form data once, here, covers every
admin form (titles, rich text, StreamField JSON) and every public form.
"""

import json

from vietnamese import nfc


def _deep_nfc(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_deep_nfc(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): _deep_nfc(v) for k, v in value.items()}
    return value


def normalise(value: str) -> str:
    """NFC, also inside JSON values (Wagtail's StreamField and rich text editors
    post JSON whose non-ASCII letters are escaped, out of reach of plain NFC)."""
    stripped = value.lstrip()
    if stripped[:1] in ("{", "[") and "\\u" in value:
        try:
            decoded = json.loads(value)
        except ValueError:
            return nfc(value)
        normalised = _deep_nfc(decoded)
        if normalised != decoded:
            return json.dumps(normalised)
        return value
    return nfc(value)


class NfcMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            data = request.POST.copy()
            for key, values in data.lists():
                data.setlist(key, [normalise(v) for v in values])
            data._mutable = False
            request.POST = data
        return self.get_response(request)
