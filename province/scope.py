"""Which portals' items a portal shows on its aggregated pages (Art. 4.1–4.3).

The province's portal integrates every component portal; a district's portal
its communes, wards and towns; a department's portal its subordinate units.
"Under" is read from the registry's parent links (``Agency.parent``),
transitively: the province covers the communes of its districts too. Only
active portals count: a suspended portal's items are hidden (its rows stay in
the read model and come back with it). A suspended portal does not hide the
active portals under it: they still publish, and their items are still shown.

Every public request of a portal with units needs this, so the whole registry
(a few hundred small rows: id, name, parent, status, kind) is read in one
query and kept in this process for ``SCOPE_CACHE_SECONDS``, like the host
cache (tenants.hosts), and dropped with it: ``tenants.hosts.clear`` runs on
every save or delete of an Agency or Domain in this process (and at the end
of every test), and a change of a kind (its plural name or order) clears it
here. Other processes see a change within the TTL.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from django.db.models.signals import post_delete, post_save

SCOPE_CACHE_SECONDS = 60

#: How a portal's aggregated pages are titled, from the kinds of its units.
PROVINCE = "province"  # no parent: every portal of the province
COMMUNES = "communes"  # its units are communes, wards and towns
UNITS = "units"  # any other units (a department's)
COMMUNE_KIND = "commune"


@dataclass(frozen=True)
class Unit:
    """One portal of the registry, as the aggregated pages need it."""

    id: int
    name: str
    schema_name: str
    parent_id: int | None
    active: bool
    kind_id: int | None
    kind_code: str
    kind_plural: str
    kind_order: int

    @property
    def sort_key(self):
        return (self.kind_order, self.kind_plural, self.name, self.id)


@dataclass
class Registry:
    units: dict[int, Unit]
    children: dict[int, list[int]]
    #: Scopes worked out from this snapshot, by agency id (None: no units).
    scopes: dict = field(default_factory=dict)


@dataclass
class Scope:
    """The active portals under ``portal`` (itself not included in ``units``)."""

    portal: Unit
    units: list[Unit]
    wording: str
    by_id: dict[int, Unit] = field(default_factory=dict)
    #: What ids() and agencies() answered: a scope is kept with its registry
    #: snapshot and asked on every request (a hundred portals, sorted).
    _answers: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self):
        self.by_id = {u.id: u for u in self.units}
        self.by_id.setdefault(self.portal.id, self.portal)

    def ids(self, include_self: bool = True) -> list[int]:
        """Agency ids whose items are shown (sorted: a stable query text)."""
        key = ("ids", include_self)
        if key not in self._answers:
            ids = [u.id for u in self.units]
            if include_self and self.portal.active:
                ids.append(self.portal.id)
            self._answers[key] = tuple(sorted(ids))
        return list(self._answers[key])

    def agencies(self, include_self: bool = True) -> list[Unit]:
        """The portals shown, in the registry's order (kind, then name)."""
        key = ("agencies", include_self)
        if key not in self._answers:
            shown = list(self.units)
            if include_self and self.portal.active:
                shown.append(self.portal)
            self._answers[key] = tuple(sorted(shown, key=lambda u: u.sort_key))
        return list(self._answers[key])

    def kinds(self, include_self: bool = True) -> list[tuple[int, str]]:
        """(kind id, plural name) of the portals shown, in the kinds' order."""
        seen: dict[int, tuple] = {}
        for unit in self.agencies(include_self):
            if unit.kind_id is not None:
                seen.setdefault(unit.kind_id, (unit.kind_order, unit.kind_plural))
        return [
            (kind_id, plural)
            for kind_id, (_order, plural) in sorted(
                seen.items(), key=lambda kv: (kv[1], kv[0])
            )
        ]


_lock = threading.Lock()
_cached: tuple[float, Registry] | None = None


def registry() -> Registry:
    """The registry's portals and parent links (one query, then cached)."""
    global _cached
    now = time.monotonic()
    cached = _cached
    if cached is not None and cached[0] > now:
        return cached[1]
    loaded = _load()
    with _lock:
        _cached = (now + SCOPE_CACHE_SECONDS, loaded)
    return loaded


def _load() -> Registry:
    from tenants.models import Agency

    rows = (
        Agency.objects.portals()
        .order_by()
        .values_list(
            "id",
            "name",
            "schema_name",
            "parent_id",
            "status",
            "kind_id",
            "kind__code",
            "kind__name_plural",
            "kind__sort_order",
        )
    )
    units: dict[int, Unit] = {}
    children: dict[int, list[int]] = {}
    for pk, name, schema, parent, status, kind, code, plural, order in rows:
        units[pk] = Unit(
            id=pk,
            name=name,
            schema_name=schema,
            parent_id=parent,
            active=status == Agency.STATUS_ACTIVE,
            kind_id=kind,
            kind_code=code or "",
            kind_plural=plural or "",
            kind_order=order if order is not None else 1000,
        )
        if parent is not None:
            children.setdefault(parent, []).append(pk)
    return Registry(units=units, children=children)


def clear() -> None:
    global _cached
    with _lock:
        _cached = None


def for_agency(agency) -> Scope | None:
    """The scope of ``agency``'s portal, or None when it has no active unit
    under it (its aggregated pages then answer 404)."""
    if agency is None:
        return None
    reg = registry()
    if agency.pk in reg.scopes:
        return reg.scopes[agency.pk]
    found = _work_out(reg, agency.pk)
    reg.scopes[agency.pk] = found
    return found


def _work_out(reg: Registry, pk: int) -> Scope | None:
    portal = reg.units.get(pk)
    if portal is None:
        return None
    found: list[Unit] = []
    seen = {portal.id}
    stack = list(reg.children.get(portal.id, ()))
    while stack:
        pk = stack.pop()
        if pk in seen:  # a cycle an operator made by mistake: visited once
            continue
        seen.add(pk)
        unit = reg.units.get(pk)
        if unit is None:
            continue
        if unit.active:
            found.append(unit)
        stack.extend(reg.children.get(pk, ()))
    if not found:
        return None
    found.sort(key=lambda u: u.sort_key)
    return Scope(portal=portal, units=found, wording=_wording(portal, reg))


def _wording(portal: Unit, reg: Registry) -> str:
    """How the pages are titled: from the kinds, never from the portals' codes."""
    if portal.parent_id is None:
        return PROVINCE
    direct = [
        reg.units[pk]
        for pk in reg.children.get(portal.id, ())
        if pk in reg.units and reg.units[pk].active
    ]
    if direct and all(u.kind_code == COMMUNE_KIND for u in direct):
        return COMMUNES
    return UNITS


def _forget(sender, **kwargs):
    clear()


def _connect():
    from tenants import hosts
    from tenants.models import AgencyKind

    hosts.on_clear(clear)
    for signal in (post_save, post_delete):
        signal.connect(_forget, sender=AgencyKind, dispatch_uid=f"scope-kind-{signal}")


_connect()
