"""Handlers of the outbox, by kind.

A handler is a function ``handler(delivery)`` that performs one side effect
described by ``delivery.payload`` in the schema the row was written in. It runs
inside a transaction (a savepoint) with the row locked; raising marks the
attempt failed and schedules a retry. It must be idempotent: a row may be
delivered again after a crash between the effect and the commit (an email may
then go twice; a write in another portal is keyed by the row's identity, see
``outbox.service.first_time``).

Later work (search index, read models) registers its kinds here too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Handler:
    kind: str
    label: str
    func: Callable


_handlers: dict[str, Handler] = {}


def handler(kind: str, label: str):
    """Register ``func`` as the handler of ``kind`` (``label``: for the console)."""

    def register(func):
        existing = _handlers.get(kind)
        if existing is not None and existing.func is not func:
            raise ValueError(f"Outbox kind {kind!r} is already registered")
        _handlers[kind] = Handler(kind, label, func)
        return func

    return register


def get(kind: str) -> Handler:
    try:
        return _handlers[kind]
    except KeyError:
        raise LookupError(f"No outbox handler for kind {kind!r}") from None


def label(kind: str) -> str:
    found = _handlers.get(kind)
    return found.label if found else kind


def kinds() -> list[str]:
    return sorted(_handlers)
