"""Province-wide search (issue 14.2): what every portal has published, from
the province's read model (``province.PublishedItem``), never from another
portal's schema.

- On PostgreSQL the read model's rows are searched where they are: each row
  carries its folded title, summary and code and their generated tsvector,
  written with the row (``PublishedItem.fold``, province.sync), so the
  province-wide search is exactly as current as the aggregated pages.
- On Elasticsearch the province index (``<prefix>-province``) follows the read
  model: every write of an agency's rows (``province.sync.items_written``,
  inside the writing transaction) leaves a ``search.province`` outbox row of
  the keys written or removed in that agency's schema; after the commit the
  handler (``apply``) reads those rows as they are then and indexes them, or
  deletes the ones no longer there. A delivery that finds Elasticsearch down
  fails and is retried, as the portals' own updates are (search.sync).

A document of the province index is one read-model row: key
"<kind>:<source_id>", the summary as its body, the field (lĩnh vực) as its
section, the absolute URL on the agency's own portal, and the agency. A
suspended agency's rows stay (as in the read model) and are left out at
query time by the scope (``SearchQuery.agencies``, from province.scope).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import connection, transaction

from .documents import SearchDoc

logger = logging.getLogger("aggov.search")

KIND = "search.province"
#: More keys than this in one write (a reconciliation, a domain move): the
#: handler replaces all the agency's documents instead.
MAX_KEYS = 2000
#: Rows read and refolded per batch by ``rebuild``.
BATCH = 2000


def document(row) -> SearchDoc:
    """The province index's document of a read-model row."""
    return SearchDoc(
        key=f"{row.kind}:{row.source_id}",
        kind=row.kind,
        language=row.language,
        title=row.title,
        body=row.summary or "",
        code=row.code or "",
        section=row.field_name or "",
        url=row.url,
        date=row.date,
        agency_id=row.agency_id,
    )


# --- following the read model (Elasticsearch) ------------------------------


def items_written(sender, agency, keys, **kwargs) -> None:
    """``province.sync.items_written``: queue the keys for Elasticsearch, in
    the agency's schema (the outbox lives there), in the open transaction."""
    from django_tenants.utils import schema_context

    from outbox.service import enqueue

    from .backends import elastic_backend

    if elastic_backend() is None:
        return
    if keys is None or len(keys) > MAX_KEYS:
        payload = {"all": True}
    else:
        payload = {"keys": sorted(set(keys))}
    if connection.schema_name == agency.schema_name:
        enqueue(KIND, payload)
    else:  # a domain move, written from the public schema
        with schema_context(agency.schema_name):
            enqueue(KIND, payload)


def _parse(keys: Iterable[str]) -> set[tuple[str, int]]:
    parsed = set()
    for key in keys:
        kind, _, source_id = str(key).partition(":")
        if source_id.isdigit():
            parsed.add((kind, int(source_id)))
    return parsed


def apply(keys: Iterable[str] | None = None) -> dict:
    """Make the province index's documents of these keys of the current
    schema's agency what the read model holds now (all of them when None);
    the counts."""
    from province.models import PublishedItem
    from tenants.models import current_agency

    from .backends import elastic_backend

    backend = elastic_backend()
    agency = current_agency()
    if backend is None or agency is None:
        return {"indexed": 0, "deleted": 0}
    rows = PublishedItem.objects.filter(agency_id=agency.pk)
    if keys is None:
        docs = [document(row) for row in rows]
        removed = backend.replace_province_agency(agency.pk, docs)
        return {"indexed": len(docs), "deleted": removed}
    wanted = _parse(keys)
    found = [
        row
        for row in rows.filter(
            kind__in={kind for kind, _ in wanted},
            source_id__in={pk for _, pk in wanted},
        )
        if (row.kind, row.source_id) in wanted
    ]
    present = {(row.kind, row.source_id) for row in found}
    gone = [f"{kind}:{pk}" for kind, pk in sorted(wanted - present)]
    backend.index_province([document(row) for row in found])
    backend.delete_province(agency.pk, gone)
    return {"indexed": len(found), "deleted": len(gone)}


# --- rebuilding --------------------------------------------------------------


def refold() -> int:
    """Recompute the read model's folded columns where they differ from what
    ``vietnamese.fold`` gives now (after a change of the folding rules); how
    many rows were rewritten. PostgreSQL regenerates their tsvector."""
    from province.models import PublishedItem

    changed = 0
    rows = PublishedItem.objects.only(
        "pk", "title", "summary", "code", *PublishedItem.FOLDED
    ).order_by("pk")
    batch = []
    for row in rows.iterator(chunk_size=BATCH):
        before = tuple(getattr(row, name) for name in PublishedItem.FOLDED)
        row.fold()
        if tuple(getattr(row, name) for name in PublishedItem.FOLDED) != before:
            batch.append(row)
        if len(batch) >= BATCH:
            changed += PublishedItem.objects.bulk_update(batch, PublishedItem.FOLDED)
            batch = []
    if batch:
        changed += PublishedItem.objects.bulk_update(batch, PublishedItem.FOLDED)
    return changed


def rebuild() -> dict:
    """The province-wide search rebuilt from the read model: the folded
    columns checked (PostgreSQL), the province index replaced by an alias
    swap (Elasticsearch, when configured). In the public schema."""
    from province.models import PublishedItem

    from .backends import elastic_backend

    with transaction.atomic():
        refolded = refold()
    backend = elastic_backend()
    indexed = 0
    if backend is not None:
        rows = PublishedItem.objects.order_by("pk").iterator(chunk_size=BATCH)
        docs = (document(row) for row in rows)

        def counted():
            nonlocal indexed
            for doc in docs:
                indexed += 1
                yield doc

        backend.rebuild_province(counted())
    return {"refolded": refolded, "indexed": indexed}


def replace_agency(agency) -> int:
    """One agency's documents of the province index replaced by its rows now
    (``search_rebuild --portal``); how many are indexed. No-op on PostgreSQL,
    where the read model is searched in place."""
    from province.models import PublishedItem

    from .backends import elastic_backend

    backend = elastic_backend()
    if backend is None:
        return 0
    docs = [document(row) for row in PublishedItem.objects.filter(agency=agency)]
    backend.replace_province_agency(agency.pk, docs)
    return len(docs)
