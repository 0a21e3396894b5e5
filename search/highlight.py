"""Highlighting on the accented text from matches found in the folded text.

``vietnamese.fold`` keeps the length of the NFC text, so the offsets of a
match in ``fold(text)`` are the offsets of the same words in ``text``: the
``<mark>`` is drawn around the original, accented letters. Everything else is
HTML-escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.html import escape

from vietnamese import fold

#: Characters of a snippet, and how many of them come before the first match.
SNIPPET = 240
LEAD = 80


def pattern(terms: Iterable[str], prefixes: Iterable[str] = ()) -> re.Pattern | None:
    """A regex matching the folded ``terms`` as whole words and ``prefixes``
    at the start of a word; None when there is nothing to match."""
    words = sorted({t for t in terms if t}, key=len, reverse=True)
    starts = sorted({p for p in prefixes if p}, key=len, reverse=True)
    parts = [rf"(?<!\w){re.escape(w)}(?!\w)" for w in words]
    parts += [rf"(?<!\w){re.escape(p)}" for p in starts]
    return re.compile("|".join(parts)) if parts else None


def mark(text: str, folded: str, regex: re.Pattern | None, start=0, end=None) -> str:
    """``text[start:end]`` escaped, with ``<mark>`` around the matches."""
    end = len(text) if end is None else end
    if regex is None:
        return escape(text[start:end])
    out, at = [], start
    for match in regex.finditer(folded, start, end):
        out.append(escape(text[at : match.start()]))
        out.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        at = match.end()
    out.append(escape(text[at:end]))
    return "".join(out)


def snippet(
    text: str,
    regex: re.Pattern | None,
    folded: str | None = None,
    phrase: str = "",
) -> str:
    """A window of ``text`` around the first place the folded ``phrase``
    (the query's words in order) occurs, else around its first match, marked
    (HTML)."""
    if not text:
        return ""
    folded = fold(text) if folded is None else folded
    if len(folded) != len(text):  # not NFC: fold it as stored
        folded = fold(text)
    at = None
    if phrase and " " in phrase:
        found = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded)
        at = found.start() if found else None
    if at is None and regex is not None:
        found = regex.search(folded)
        at = found.start() if found else None
    start = 0
    if at is not None and at > LEAD:
        start = at - LEAD
        space = text.find(" ", start, at)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + SNIPPET)
    if end < len(text):
        space = text.rfind(" ", start + SNIPPET // 2, end)
        end = space if space != -1 else end
    html = mark(text, folded, regex, start, end)
    return ("…" if start else "") + html + ("…" if end < len(text) else "")
