"""Keeping the current portal's index true to what it publishes.

As ``province.sync`` does for the read model: the signal handlers call
``changed(pages)`` inside the publishing transaction, which writes (or
extends) one ``search.sync`` outbox row of page ids per transaction and
schema; after the commit the handler (``apply``) rebuilds each id from what
is true in the schema then: indexed if it is a live public page, deleted from
the index otherwise. ``rebuild`` replaces a portal's whole index.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable

from django.db import connection, transaction

from .items import Builder, key_of_page

logger = logging.getLogger("aggov.search")

KIND = "search.sync"
#: The same pages sent on to Elasticsearch, when it is configured: a row of
#: its own, so the PostgreSQL index (the fallback) is current even while
#: Elasticsearch is down, and the missed updates are replayed when it returns.
ELASTIC_KIND = "search.elastic"


def _state():
    state = getattr(connection, "_search_sync", None)
    if state is None:
        state = connection._search_sync = {"pending": {}, "kicked": OrderedDict()}
    return state


def changed(pages: Iterable[int]) -> None:
    """Record, in the open transaction, that these pages of the current schema
    may have changed: one outbox row per transaction and schema."""
    from outbox.models import Delivery
    from outbox.service import enqueue
    from tenants.transactions import on_commit_here

    pages = set(pages)
    if not pages:
        return
    schema = connection.schema_name
    if not connection.in_atomic_block:
        enqueue(KIND, {"pages": sorted(pages)})
        return
    _pending = _state()["pending"]
    pending = _pending.get(schema)
    extended = False
    if pending is not None:
        pending["pages"] |= pages
        # 0 rows: the transaction that wrote it was rolled back; start again.
        extended = bool(
            Delivery.objects.filter(pk=pending["id"], status=Delivery.PENDING).update(
                payload={"pages": sorted(pending["pages"])}
            )
        )
    if not extended:
        delivery = enqueue(KIND, {"pages": sorted(pages)}, kick=False)
        pending = {"id": delivery.pk, "pages": pages}
        _pending[schema] = pending
    pk = pending["id"]
    on_commit_here(lambda: _kick(schema, pk))


def _kick(schema: str, pk: int) -> None:
    from outbox.service import kick_after_commit

    state = _state()
    _pending, _kicked = state["pending"], state["kicked"]
    if _pending.get(schema, {}).get("id") == pk:
        del _pending[schema]
    if (schema, pk) in _kicked:
        return
    _kicked[(schema, pk)] = None
    while len(_kicked) > 1000:
        _kicked.popitem(last=False)
    kick_after_commit(pk)


def apply(pages: Iterable[int], elastic: bool = False) -> dict:
    """Index the pages among ``pages`` that are live and public now, delete
    the others from the index (PostgreSQL's, or Elasticsearch's with
    ``elastic``); the counts. After PostgreSQL's, the same pages are queued
    for Elasticsearch when it is configured."""
    from outbox.service import enqueue

    from .backends import elastic_backend
    from .backends.postgres import PostgresBackend

    pages = set(pages)
    backend = elastic_backend() if elastic else PostgresBackend()
    if backend is None:
        return {"indexed": 0, "deleted": 0}
    built = Builder().documents(pages)
    gone = [key_of_page(pk) for pk in pages if key_of_page(pk) not in built]
    backend.index(list(built.values()))
    backend.delete(gone)
    if not elastic and pages and elastic_backend() is not None:
        enqueue(ELASTIC_KIND, {"pages": sorted(pages)})
    return {"indexed": len(built), "deleted": len(gone)}


def rebuild() -> int:
    """Replace the current portal's index with everything it should hold."""
    from .backends import writers

    docs = list(Builder().documents().values())
    for backend in writers():
        backend.rebuild(docs)
    return len(docs)


def rebuild_portals(codes: Iterable[str] | None = None) -> dict[str, int]:
    """Rebuild each portal's index (all of them, or those of ``codes``), each
    in its own schema and transaction: {schema: documents}."""
    from django_tenants.utils import tenant_context

    from tenants.models import Agency

    agencies = Agency.objects.portals().order_by("schema_name")
    if codes is not None:
        agencies = agencies.filter(code__in=list(codes))
    done = {}
    for agency in agencies:
        with tenant_context(agency), transaction.atomic():
            done[agency.schema_name] = rebuild()
    return done
