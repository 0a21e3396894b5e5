"""Requests no view should ever see: NUL characters in the path, the query
string or a posted form's names and values.

PostgreSQL refuses NUL in text, and psycopg 3 raises ``DataError`` the moment a
parameter holds one, so any value read without a form (``?q=%00``) is a 500.
Refusing them here, once, with a 400 page in Vietnamese covers every view,
including those nobody remembered; the views still read their parameters
through forms (bounded numbers, dates, choices), which this does not replace.
"""

from __future__ import annotations

from django.core.exceptions import SuspiciousOperation

NUL = "\x00"


class BadInput(SuspiciousOperation):
    """Django answers a SuspiciousOperation with its 400 handler (templates/400.html)."""


def _has_nul(data) -> bool:
    return any(
        NUL in key or any(NUL in v for v in values) for key, values in data.lists()
    )


class RefuseNulMiddleware:
    """Answers 400 to a request with a NUL in its path, query or posted form.

    Placed before the NFC middleware, which parses the posted form anyway;
    uploaded files' contents are not looked at, only their field names.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path_info or _has_nul(request.GET):
            raise BadInput("NUL character in the path or query string")
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            if _has_nul(request.POST) or any(NUL in k for k in request.FILES):
                raise BadInput("NUL character in a posted field")
        return self.get_response(request)
