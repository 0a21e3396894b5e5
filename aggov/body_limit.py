"""Request bodies refused by size before anything reads them.

Django's ``DATA_UPLOAD_MAX_MEMORY_SIZE`` bounds the non-file fields only; an
upload of any size is parsed and spooled to a temporary file as soon as
something touches ``request.POST`` or ``request.FILES``, and the NFC and CSRF
middleware do that before the view runs. So a view that takes uploads declares
its limit with ``@body_limit(...)``, and this middleware, placed before them,
compares the declared ``Content-Length`` with it and answers 413 with a
Vietnamese page without reading the body. (A body without a Content-Length is
read by Django as empty, so it cannot slip past.)
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from django.shortcuts import render
from django.urls import Resolver404, resolve

ATTRIBUTE = "max_body_bytes"


def body_limit(limit: int | Callable[[], int]):
    """Declare the largest body a view accepts (bytes, or a callable read at
    each request so that settings can change it)."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            # Also checked here, for a view reached without the middleware.
            if too_large(request, wrapper):
                return refuse(request, wrapper)
            return view(request, *args, **kwargs)

        setattr(wrapper, ATTRIBUTE, limit)
        return wrapper

    return decorate


def _limit_of(view) -> int | None:
    limit = getattr(view, ATTRIBUTE, None)
    return limit() if callable(limit) else limit


def declared_length(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def too_large(request, view) -> bool:
    limit = _limit_of(view)
    return (
        limit is not None
        and request.method in ("POST", "PUT", "PATCH")
        and declared_length(request) > limit
    )


def refuse(request, view):
    response = render(
        request,
        "413.html",
        {"limit_mb": max(1, round((_limit_of(view) or 0) / 1024 / 1024))},
        status=413,
    )
    # The body was not read: the connection cannot be reused for another request.
    response["Connection"] = "close"
    return response


class BodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("POST", "PUT", "PATCH") and declared_length(request):
            try:
                match = resolve(request.path_info, getattr(request, "urlconf", None))
            except Resolver404:
                match = None
            if match is not None and too_large(request, match.func):
                return refuse(request, match.func)
        return self.get_response(request)
