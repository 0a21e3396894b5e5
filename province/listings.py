"""The queries of the aggregated pages, on the read model alone.

Every listing reads ``PublishedItem`` rows of one kind and one language (the
request's), of the agencies in the portal's scope (province.scope) that are
active at query time (``agency__status="active"``: a suspended portal's rows
stay and come back with it). Nothing here reads a portal's schema.

Each page costs a fixed number of queries whatever the number of portals and
items, and each query follows one of the model's indexes:

- a listing page: ``ORDER BY date DESC, published_at DESC, id DESC LIMIT n``
  on ``province_item_latest`` (kind, language, -date, -published_at, -id): the
  newest rows are read from the index and the scan stops at the page's end;
- the home block: one ``UNION ALL`` of such walks, one per kind of agency;
- the counts per agency (which also give the paginator its total: no second
  count) and the filters' choices: grouped on ``province_item_agency`` and
  ``province_item_catalogue``.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.functional import cached_property

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
#: The catalogue by sector, field and level: the order of province_item_catalogue.
CATALOGUE_ORDER = ("sector_code", "field_code", "level", "code", "id")


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


def agency_counts(rows) -> dict[int, int]:
    """{agency id: number of rows} (one grouped query)."""
    return dict(
        rows.order_by().values_list("agency_id").annotate(n=Count("id")).order_by()
    )


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
    **filters,
) -> Listing:
    """Rows of ``kind`` newest first (or in ``order``), filtered by ``filters``
    (field lookups on the row) and by ``agency``; the counts per agency are
    those of every agency in ``agency_ids`` with ``filters`` applied."""
    rows = visible(kind, language, agency_ids).filter(**filters)
    counts = agency_counts(rows)
    if agency is not None:
        rows = rows.filter(agency_id=agency)
        total = counts.get(agency, 0)
    else:
        total = sum(counts.values())
    ordered = rows.only(*_LISTED).order_by(*order)
    return Listing(
        items=page_of(ordered, total, number, per_page), counts=counts, total=total
    )


def field_choices(kind: str, language: str, agency_ids) -> list[tuple[str, str]]:
    """(field code, field name) of the rows shown, by name."""
    rows = (
        visible(kind, language, agency_ids)
        .exclude(field_code="")
        .order_by()
        .values_list("field_code", "field_name")
        .distinct()
    )
    names: dict[str, str] = {}
    for code, name in rows:
        names.setdefault(code, name or code)
    return sorted(names.items(), key=lambda kv: (kv[1], kv[0]))


def catalogue_choices(language: str, agency_ids) -> tuple[list, list]:
    """Sectors and fields of the procedures shown: ([(code, name)],
    [(code, name, sector code)]), by name (one grouped query)."""
    rows = (
        visible(PublishedItem.PROCEDURE, language, agency_ids)
        .order_by()
        .values_list("sector_code", "sector_name", "field_code", "field_name")
        .distinct()
    )
    sectors: dict[str, str] = {}
    fields: dict[str, tuple[str, str]] = {}
    for sector, sector_name, code, name in rows:
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
