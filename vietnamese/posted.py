"""Text as forms post it: a plain value, or JSON (Wagtail's rich text and
StreamField editors post JSON whose non-ASCII letters are escaped, out of
reach of anything that reads the raw string)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

#: What is decoded at most: the editors' JSON is a few levels deep (Draftail's
#: content state about 5) and well under a megabyte. Anything deeper or larger
#: is left as the raw text: ``json.loads`` and the recursive walk below raise
#: RecursionError on deeply nested brackets, before CSRF or any view runs.
MAX_DEPTH = 100
MAX_CHARS = 2_000_000

# JSON string literals (their brackets do not nest) and the brackets outside them.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def _too_deep(value: str, limit: int = MAX_DEPTH) -> bool:
    """Whether the brackets of ``value`` (outside strings) nest beyond ``limit``;
    a linear scan that stops as soon as they do."""
    depth = 0
    for bracket in _BRACKETS.findall(_STRING.sub("", value)):
        if bracket in "[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def _decoded(value: str):
    """The JSON in ``value``, or None when it is plain text (or too deep or too
    large to be the editors' JSON)."""
    if value.lstrip()[:1] not in ("{", "["):
        return None
    if len(value) > MAX_CHARS or _too_deep(value):
        return None
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        return None


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):  # the keys are the editor's field names
        for item in value.values():
            yield from _strings(item)


def _mapped(value, func: Callable[[str], str]):
    if isinstance(value, str):
        return func(value)
    if isinstance(value, list):
        return [_mapped(item, func) for item in value]
    if isinstance(value, dict):
        return {func(key): _mapped(item, func) for key, item in value.items()}
    return value


def texts(value: str) -> list[str]:
    """The text a person wrote in ``value``: itself, or every string in its JSON."""
    decoded = _decoded(value)
    return [value] if decoded is None else list(_strings(decoded))


def map_text(value: str, func: Callable[[str], str]) -> str:
    """``func`` applied to the text of ``value`` (inside its JSON, if it is
    JSON); ``value`` itself when nothing changes."""
    decoded = _decoded(value)
    if decoded is None:
        return func(value)
    mapped = _mapped(decoded, func)
    return json.dumps(mapped) if mapped != decoded else value
