"""Text as forms post it: a plain value, or JSON (Wagtail's rich text and
StreamField editors post JSON whose non-ASCII letters are escaped, out of
reach of anything that reads the raw string)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator


def _decoded(value: str):
    """The JSON in ``value``, or None when it is plain text."""
    if value.lstrip()[:1] not in ("{", "["):
        return None
    try:
        return json.loads(value)
    except ValueError:
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
