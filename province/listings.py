"""The queries of the aggregated pages, on the read model alone.

Every listing reads ``PublishedItem`` rows of one kind and one language (the
request's), of the agencies in the portal's scope (province.scope) that are
active at query time (``agency__status="active"``: a suspended portal's rows
stay and come back with it). Nothing here reads a portal's schema.

Each page costs a fixed number of queries whatever the number of portals and
items, and each query follows one of the model's indexes (checked with
EXPLAIN on 20,000 rows of 100 portals):

- a listing page: ``ORDER BY date DESC, published_at DESC, id DESC LIMIT n``
  on ``province_item_latest`` (kind, language, -date, -published_at, -id): the
  newest rows are read from the index and the scan stops at the page's end
  (the catalogue too: ordered by sector and field, a page would sort every
  row of its first sector and field, which grow with the portals);
- the home block: one ``UNION ALL`` of such walks, one per kind of agency;
- the filters' sectors and fields: a loose index scan of
  ``province_item_catalogue`` (one step per distinct pair, not per row);
- the counts per agency, which also give the paginator its total (no second
  COUNT): one count per agency on ``province_item_agency`` (agency, kind,
  language, …), an index-only scan once the table is vacuumed. This is the
  one cost that follows the number of rows, those of one kind and language
  in the scope: ~2 ms for 5,000 procedures of 100 portals.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, OuterRef, Subquery
from django.utils.functional import cached_property

from . import facets
from .models import PublishedItem

PER_PAGE = 20
HOME_PER_KIND = 4
#: What a listing shows of a row (the rest stays in the table).
_LISTED = (
    "id",
    "agency_id",
    "kind",
    "title",
    "summary",
    "url",
    "date",
    "published_at",
    "code",
    "field_code",
    "field_name",
    "sector_code",
    "sector_name",
    "level",
)
NEWEST = ("-date", "-published_at", "-id")
#: The catalogue, newest first too: a page is read from the head of
#: province_item_latest. (By sector and field, a page would need every row of
#: its first sector and field sorted, and those grow with the portals.)
CATALOGUE_ORDER = NEWEST


def visible(kind: str, language: str, agency_ids) -> object:
    """Rows of ``kind`` in ``language`` of the active agencies ``agency_ids``."""
    return PublishedItem.objects.filter(
        kind=kind,
        language=language,
        agency_id__in=list(agency_ids),
        agency__status="active",
    )


class CountedPaginator(Paginator):
    """A paginator told its total (from the counts per agency): no COUNT(*)."""

    def __init__(self, object_list, per_page, total: int, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._total = total

    @cached_property
    def count(self):
        return self._total


def page_of(queryset, total: int, number: int | None, per_page: int = PER_PAGE):
    """Page ``number`` (out of range: the last; missing: the first)."""
    paginator = CountedPaginator(queryset, per_page, total)
    number = number or 1
    if number > paginator.num_pages:
        number = paginator.num_pages
    return paginator.page(number)


def agency_counts(
    kind: str, language: str, agency_ids, filters=None, version: str | None = None
) -> dict:
    """{agency id: its rows of ``kind`` in ``language`` matching ``filters``}
    for the active agencies of ``agency_ids`` that have any; with the read
    model's ``version`` token, kept in the cache under it (province.facets).

    One query: each agency's count is a subquery on ``province_item_agency``
    (agency, kind, language, …), which reads that agency's rows of this kind
    and language only, never the whole table or the other kinds."""
    ids = list(agency_ids)
    if version is not None:
        return facets.cached(
            "counts",
            version,
            kind,
            language,
            ids,
            lambda: _agency_counts(kind, language, ids, filters),
            **(filters or {}),
        )
    return _agency_counts(kind, language, ids, filters)


def _agency_counts(kind: str, language: str, agency_ids, filters) -> dict:
    from tenants.models import Agency

    per_agency = (
        PublishedItem.objects.filter(
            agency_id=OuterRef("pk"), kind=kind, language=language, **(filters or {})
        )
        .order_by()
        .values("agency_id")
        # COUNT(*): the index holds every column read, so an index-only scan
        # can answer where the table has been vacuumed.
        .annotate(n=Count("*"))
        .values("n")
    )
    rows = (
        Agency.objects.filter(pk__in=list(agency_ids), status=Agency.STATUS_ACTIVE)
        .order_by()
        .annotate(n=Subquery(per_agency))
        .values_list("pk", "n")
    )
    return {pk: n for pk, n in rows if n}


@dataclass
class Listing:
    """One aggregated listing: its page of rows and the counts beside it."""

    items: object  # a Page of PublishedItem
    counts: dict[int, int]  # per agency, the other filters applied
    total: int


def listing(
    kind: str,
    language: str,
    agency_ids,
    *,
    agency: int | None = None,
    number: int | None = None,
    order=NEWEST,
    per_page: int = PER_PAGE,
    version: str | None = None,
    **filters,
) -> Listing:
    """Rows of ``kind`` newest first (or in ``order``), filtered by ``filters``
    (field lookups on the row) and by ``agency``; the counts per agency are
    those of every agency in ``agency_ids`` with ``filters`` applied (cached
    under the read model's ``version`` token when given)."""
    counts = agency_counts(kind, language, agency_ids, filters, version)
    # The agencies the counts found active, in this same request: the page's
    # rows are theirs, read without a join (the newest-first walk of
    # province_item_latest stops at the page's end whatever the statistics
    # say about the registry).
    rows = PublishedItem.objects.filter(
        kind=kind, language=language, agency_id__in=sorted(counts), **filters
    )
    if agency is not None:
        rows = rows.filter(agency_id=agency)
        total = counts.get(agency, 0)
    else:
        total = sum(counts.values())
    ordered = rows.only(*_LISTED).order_by(*order)
    return Listing(
        items=page_of(ordered, total, number, per_page), counts=counts, total=total
    )


#: The distinct (sector, field) pairs of one kind and language, read as a
#: loose index scan of ``province_item_catalogue`` (kind, language,
#: sector_code, field_code, level): each step jumps to the next pair, so the
#: cost follows the number of pairs (the national vocabulary), not of rows.
#: A pair counts only when a row of an active agency of the scope has it.
_PAIRS_SQL = """
WITH RECURSIVE pairs AS (
  (SELECT i.sector_code, i.field_code, i.sector_name, i.field_name
     FROM {items} i
    WHERE i.kind = %(kind)s AND i.language = %(language)s
      AND i.agency_id = ANY(%(ids)s)
      AND EXISTS (SELECT 1 FROM {agencies} a
                   WHERE a.id = i.agency_id AND a.status = %(active)s)
    ORDER BY i.sector_code, i.field_code
    LIMIT 1)
  UNION ALL
  SELECT n.sector_code, n.field_code, n.sector_name, n.field_name
    FROM pairs p, LATERAL (
      SELECT i.sector_code, i.field_code, i.sector_name, i.field_name
        FROM {items} i
       WHERE i.kind = %(kind)s AND i.language = %(language)s
         AND (i.sector_code, i.field_code) > (p.sector_code, p.field_code)
         AND i.agency_id = ANY(%(ids)s)
         AND EXISTS (SELECT 1 FROM {agencies} a
                      WHERE a.id = i.agency_id AND a.status = %(active)s)
       ORDER BY i.sector_code, i.field_code
       LIMIT 1) n
)
SELECT sector_code, sector_name, field_code, field_name FROM pairs
"""


def _pairs(
    kind: str, language: str, agency_ids, version: str | None = None
) -> list[tuple[str, str, str, str]]:
    """(sector code, sector name, field code, field name) of the rows shown;
    kept in the cache under the read model's ``version`` token when given."""
    ids = list(agency_ids)
    if not ids:
        return []
    if version is not None:
        return facets.cached(
            "pairs",
            version,
            kind,
            language,
            ids,
            lambda: _read_pairs(kind, language, ids),
        )
    return _read_pairs(kind, language, ids)


def _read_pairs(kind: str, language: str, ids: list) -> list:
    from tenants.models import Agency

    sql = _PAIRS_SQL.format(
        items=connection.ops.quote_name(PublishedItem._meta.db_table),
        agencies=connection.ops.quote_name(Agency._meta.db_table),
    )
    params = {
        "kind": kind,
        "language": language,
        "ids": ids,
        "active": Agency.STATUS_ACTIVE,
    }
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def field_choices(
    kind: str, language: str, agency_ids, version: str | None = None
) -> list[tuple[str, str]]:
    """(field code, field name) of the rows shown, by name."""
    names: dict[str, str] = {}
    for _sector, _sector_name, code, name in _pairs(
        kind, language, agency_ids, version
    ):
        if code:
            names.setdefault(code, name or code)
    return sorted(names.items(), key=lambda kv: (kv[1], kv[0]))


def catalogue_choices(
    language: str, agency_ids, version: str | None = None
) -> tuple[list, list]:
    """Sectors and fields of the procedures shown: ([(code, name)],
    [(code, name, sector code)]), by name (one query, or none when cached)."""
    sectors: dict[str, str] = {}
    fields: dict[str, tuple[str, str]] = {}
    for sector, sector_name, code, name in _pairs(
        PublishedItem.PROCEDURE, language, agency_ids, version
    ):
        if sector:
            sectors.setdefault(sector, sector_name or sector)
        if code:
            fields.setdefault(code, (name or code, sector))
    return (
        sorted(sectors.items(), key=lambda kv: (kv[1], kv[0])),
        sorted(
            ((code, name, sector) for code, (name, sector) in fields.items()),
            key=lambda f: (sectors.get(f[2], ""), f[1], f[0]),
        ),
    )


def latest_by_kind(scope, language: str, per_kind: int = HOME_PER_KIND):
    """The home block: for each kind of the units under the portal (the
    portal itself left out), its ``per_kind`` newest news items, in the kinds'
    order: [(plural name, [rows])]. One query (a UNION ALL of index walks)."""
    units = scope.agencies(include_self=False)
    kinds = scope.kinds(include_self=False)
    parts = []
    for kind_id, _plural in kinds:
        ids = [u.id for u in units if u.kind_id == kind_id]
        parts.append(
            visible(PublishedItem.NEWS, language, ids)
            .only(*_LISTED)
            .order_by(*NEWEST)[:per_kind]
        )
    if not parts:
        return []
    query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    rows = list(query)
    kind_of = {u.id: u.kind_id for u in units}
    grouped: dict[int, list] = {kind_id: [] for kind_id, _plural in kinds}
    for row in rows:
        grouped[kind_of[row.agency_id]].append(row)
    for items in grouped.values():
        # The SQL order (NULL published_at first among a day's items).
        items.sort(
            key=lambda r: (
                (r.date, r.published_at is None, r.published_at or 0, r.id)
                if r.published_at is None
                else (r.date, False, r.published_at.timestamp(), r.id)
            ),
            reverse=True,
        )
    return [(plural, grouped[kind_id]) for kind_id, plural in kinds if grouped[kind_id]]
