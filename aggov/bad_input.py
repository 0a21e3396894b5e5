"""Requests no view should ever see: NUL characters in the path, the query
string or a posted form's names and values, and numbers longer than Python
converts (``int()`` refuses more than ``sys.get_int_max_str_digits()`` digits,
4,300 by default, with a ValueError that not every library catches: Wagtail's
media lists were a 500 on one).

PostgreSQL refuses NUL in text, and psycopg 3 raises ``DataError`` the moment a
parameter holds one, so any value read without a form (``?q=%00``) is a 500.
Refusing them here, once, with a 400 page in Vietnamese covers every view,
including those nobody remembered; the views still read their parameters
through forms (bounded numbers, dates, choices), which this does not replace.
"""

from __future__ import annotations

import re
import sys

from django.core.exceptions import SuspiciousOperation

NUL = "\x00"
#: A run of digits no number anyone types can have.
TOO_LONG_NUMBER = re.compile(r"\d{" + str(sys.get_int_max_str_digits() or 4300) + ",}")


class BadInput(SuspiciousOperation):
    """Django answers a SuspiciousOperation with its 400 handler (templates/400.html)."""


def _bad(text: str) -> bool:
    return NUL in text or TOO_LONG_NUMBER.search(text) is not None


def _refused(data) -> bool:
    return any(
        _bad(key) or any(_bad(v) for v in values) for key, values in data.lists()
    )


class RefuseNulMiddleware:
    """Answers 400 to a request with a NUL in its path, or a NUL or an
    over-long number in its query or posted form.

    Placed before the NFC middleware, which parses the posted form anyway;
    uploaded files' contents are not looked at, only their field names.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path_info or _refused(request.GET):
            raise BadInput("NUL or an over-long number in the path or query string")
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            if _refused(request.POST) or any(NUL in k for k in request.FILES):
                raise BadInput("NUL or an over-long number in a posted field")
        return self.get_response(request)
