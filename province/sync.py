"""Keeping the province's read model (``PublishedItem``) true to every portal.

Three ways in, one rule: a row is built from what is true in the item's own
schema when the writer runs (``province.items``), and ``agency`` is the schema's
agency, never a value carried by a message.

- ``changed(pages=…, announcements=…)``: called by the signal handlers inside
  the publishing transaction. It writes (or extends) one ``province.sync``
  outbox row of ids, in that transaction; the row is delivered after the
  commit by tenant-aware Celery, or by the drain when the broker was down.
- ``apply(pages, announcements)``: the outbox handler's work, idempotent and
  order-independent: each id is rebuilt from the current state and its row
  upserted, or deleted when the item no longer qualifies (or no longer exists).
- ``reconcile()`` / ``reconcile_portals()``: the rebuild and the nightly
  reconciliation, comparing a portal's rows with everything its schema should
  show (added, updated, removed, unchanged), recorded as a ``Reconciliation``.

A domain move (Art. 29) rewrites the agency's URLs with ``rewrite_urls``, in
the move's transaction (public schema; no portal schema is read).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable

from django.db import connection, transaction
from django.db.models import Value
from django.db.models.functions import Concat, Substr
from django.dispatch import Signal
from django.utils import timezone

from . import facets
from .items import FIELDS, PAGE_KINDS, Builder
from .models import PublishedItem, Reconciliation

logger = logging.getLogger("aggov.province")

KIND = "province.sync"

#: Sent inside the writing transaction when an agency's rows changed, with
#: ``agency`` and ``keys``: the "kind:source_id" of the rows written or
#: removed, or None for all of them (a domain move rewrote every URL). The
#: province-wide search follows the read model through it (search.province).
items_written = Signal()
#: Columns an upsert writes: every built field but the key (agency, kind,
#: source_id), and the fingerprint and time of the write.
WRITTEN = [name for name in FIELDS if name not in ("kind", "source_id")] + [
    "fingerprint",
    "synced_at",
    *PublishedItem.FOLDED,
]


# --- the write side of the signals ------------------------------------------


def _state():
    """Kept on the connection, so per thread like the transaction it follows:
    ``pending``, per schema, the outbox row being filled by the open
    transaction; ``kicked``, rows already sent to the broker (the callbacks of
    one transaction ask once per signal; the first one sends)."""
    state = getattr(connection, "_province_sync", None)
    if state is None:
        state = connection._province_sync = {"pending": {}, "kicked": OrderedDict()}
    return state


def changed(pages: Iterable[int] = (), announcements: Iterable[int] = ()) -> None:
    """Record, in the open transaction, that these items of the current schema
    may have changed. One outbox row per transaction and schema: a section
    moved or deleted with its 500 pages is one row of 500 ids."""
    from outbox.models import Delivery
    from outbox.service import enqueue
    from tenants.transactions import on_commit_here

    pages, announcements = set(pages), set(announcements)
    if not pages and not announcements:
        return
    schema = connection.schema_name
    if not connection.in_atomic_block:
        enqueue(KIND, _payload(pages, announcements))
        return
    _pending = _state()["pending"]
    pending = _pending.get(schema)
    extended = False
    if pending is not None:
        pending["pages"] |= pages
        pending["announcements"] |= announcements
        payload = _payload(pending["pages"], pending["announcements"])
        # 0 rows: the transaction that wrote it was rolled back; start again.
        extended = bool(
            Delivery.objects.filter(pk=pending["id"], status=Delivery.PENDING).update(
                payload=payload
            )
        )
    if not extended:
        delivery = enqueue(KIND, _payload(pages, announcements), kick=False)
        pending = {"id": delivery.pk, "pages": pages, "announcements": announcements}
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


def _payload(pages: set[int], announcements: set[int]) -> dict:
    return {"pages": sorted(pages), "announcements": sorted(announcements)}


# --- the handler's work ------------------------------------------------------


def apply(pages: Iterable[int] = (), announcements: Iterable[int] = ()) -> dict:
    """Rebuild the rows of these ids in the current schema: upsert what should
    be there, delete what should not. Returns the counts."""
    builder = Builder()
    pages, announcements = set(pages), set(announcements)
    built = builder.for_pages(pages)
    built.update(builder.announcements(announcements))
    keys = [(kind, pk) for kind in PAGE_KINDS for pk in pages] + [
        (PublishedItem.ANNOUNCEMENT, pk) for pk in announcements
    ]
    rows = PublishedItem.objects.filter(agency=builder.agency)
    existing = _existing(
        rows.filter(source_id__in=pages, kind__in=PAGE_KINDS)
    ) | _existing(
        rows.filter(source_id__in=announcements, kind=PublishedItem.ANNOUNCEMENT)
    )
    return _write(builder.agency, built, existing, keys=set(keys))


def _existing(rows) -> dict:
    return {
        (kind, source_id): (pk, fingerprint, url)
        for pk, kind, source_id, fingerprint, url in rows.values_list(
            "pk", "kind", "source_id", "fingerprint", "url"
        )
    }


def _write(agency, built: dict, existing: dict, keys: set | None = None) -> dict:
    """Make the agency's rows among ``keys`` (all of them if None) equal to
    ``built``; the counts of what was done."""
    counts = {"added": 0, "updated": 0, "removed": 0, "unchanged": 0}
    writes = []
    for key, fields in built.items():
        found = existing.get(key)
        if found is None:
            counts["added"] += 1
        elif (found[1], found[2]) != (fields["fingerprint"], fields["url"]):
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
            continue
        writes.append(PublishedItem(agency=agency, **fields).fold())
    if writes:
        # ON CONFLICT DO UPDATE: two deliveries of the same item at once both
        # write the state of their time, neither fails on the unique key.
        PublishedItem.objects.bulk_create(
            writes,
            update_conflicts=True,
            unique_fields=["agency", "kind", "source_id"],
            update_fields=WRITTEN,
            batch_size=500,
        )
    extra = {
        key: found[0]
        for key, found in existing.items()
        if key not in built and (keys is None or key in keys)
    }
    if extra:
        counts["removed"] = PublishedItem.objects.filter(
            pk__in=list(extra.values())
        ).delete()[0]
    if writes or extra:
        facets.changed()
        items_written.send(
            sender=PublishedItem,
            agency=agency,
            keys=[f"{row.kind}:{row.source_id}" for row in writes]
            + [f"{kind}:{source_id}" for kind, source_id in extra],
        )
    return counts


# --- rebuild and reconciliation ---------------------------------------------


def reconcile(agency=None) -> dict:
    """Compare one portal's rows with its schema and repair them: the counts
    ``{added, updated, removed, unchanged}``. In ``agency``'s schema, or in
    the current one when None."""
    if agency is not None:
        from django_tenants.utils import tenant_context

        with tenant_context(agency), transaction.atomic():
            return reconcile()
    builder = Builder()
    built = builder.everything()
    existing = _existing(PublishedItem.objects.filter(agency=builder.agency))
    return _write(builder.agency, built, existing)


def reconcile_portals(codes: Iterable[str] | None = None, trigger="command"):
    """Reconcile each portal (every one, suspended ones included, or those of
    ``codes``), each on its own: a broken portal is logged, its error recorded
    and the others still done. Returns the stored ``Reconciliation``."""
    from tenants.everywhere import in_every_portal
    from tenants.models import Agency

    run = Reconciliation.objects.create(trigger=trigger)
    errors: dict[str, str] = {}

    def one():
        try:
            return reconcile()
        except Exception as error:
            errors[connection.schema_name] = f"{type(error).__name__}: {error}"[:500]
            raise

    failure = "Province read model: reconciliation failed in schema %s"
    if codes is None:
        counts, _failed = in_every_portal(one, failure, logger)
    else:
        counts = {}
        for agency in Agency.objects.portals().filter(code__in=list(codes)):
            try:
                counts[agency.schema_name] = reconcile(agency)
            except Exception as error:  # noqa: BLE001 - one portal, not the rest
                logger.exception(failure, agency.schema_name)
                errors[agency.schema_name] = f"{type(error).__name__}: {error}"[:500]
    run.counts = counts
    run.errors = errors
    run.finished_at = timezone.now()
    run.save(update_fields=["counts", "errors", "finished_at"])
    return run


def totals(counts: dict) -> dict:
    total = {"added": 0, "updated": 0, "removed": 0, "unchanged": 0}
    for portal in counts.values():
        for name in total:
            total[name] += portal.get(name, 0)
    return total


# --- domain moves ------------------------------------------------------------


def rewrite_urls(agency, base_url: str) -> int:
    """Point the agency's rows at ``base_url`` (its new primary domain, with
    the trailing slash), in the caller's transaction: url = base + path."""
    # The cached facets (province.facets) hold no URL: they stay right.
    rewritten = PublishedItem.objects.filter(agency=agency).update(
        url=Concat(Value(base_url), Substr("path", 2))
    )
    if rewritten:
        items_written.send(sender=PublishedItem, agency=agency, keys=None)
    return rewritten
