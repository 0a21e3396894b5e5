"""Every text a person sends is stored as Unicode NFC (TCVN 6909:2001, Art. 9.1).

Text pasted from macOS or older tools often arrives decomposed (a letter plus
combining marks); it looks the same but compares, sorts and searches
differently. Normalising the submitted form data once, here, covers every
admin form (titles, rich text, StreamField JSON) and every public form.
"""

from vietnamese import nfc
from vietnamese.posted import map_text


def normalise(value: str) -> str:
    """NFC, also inside JSON values (Wagtail's StreamField and rich text editors
    post JSON whose non-ASCII letters are escaped, out of reach of plain NFC)."""
    if "\\u" not in value:
        return nfc(value)
    return map_text(value, nfc)


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
