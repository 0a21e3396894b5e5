"""Host name → agency, cached in each process.

Every request needs its agency before anything else; looking it up in the
public schema costs a query per request. The answer is kept here for
``HOST_CACHE_SECONDS`` and dropped at once in this process when an agency or a
domain changes (tenants.signal_handlers). Other processes see a change within
the TTL.

The caches are bounded: the Host header is chosen by the client, and a flood
of random names must not grow a worker's memory. Known hosts (at most
``HOST_CACHE_SIZE``, far more than the province's portals and their aliases)
are kept apart from unknown ones, which are remembered only for
``MISS_CACHE_SECONDS`` and at most ``MISS_CACHE_SIZE`` of them: a flood of
unknown names evicts only other unknown names, never a portal, and a name that
becomes a portal's domain is found within seconds in every process.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from django.utils import timezone

HOST_CACHE_SECONDS = 60
HOST_CACHE_SIZE = 1024
MISS_CACHE_SECONDS = 5
MISS_CACHE_SIZE = 256


class _Bounded:
    """A least-recently-used map of at most ``size`` entries, each with a TTL."""

    def __init__(self, size: int):
        self.size = size
        self._items: OrderedDict[str, tuple[float, object]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str, now: float):
        """(True, value) while fresh, else (False, None)."""
        with self._lock:
            hit = self._items.get(key)
            if hit is None:
                return False, None
            if hit[0] <= now:
                del self._items[key]
                return False, None
            self._items.move_to_end(key)
            return True, hit[1]

    def put(self, key: str, value, expires: float) -> None:
        with self._lock:
            self._items[key] = (expires, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def discard(self, key: str) -> None:
        with self._lock:
            self._items.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


_hosts = _Bounded(HOST_CACHE_SIZE)
_misses = _Bounded(MISS_CACHE_SIZE)
_primary = _Bounded(HOST_CACHE_SIZE)


def agency_for_host(hostname: str):
    """The Agency that ``hostname`` serves, or ``None``."""
    now = time.monotonic()
    found, agency = _hosts.get(hostname, now)
    if found:
        return agency
    found, _none = _misses.get(hostname, now)
    if found:
        return None
    agency = _lookup(hostname)
    if agency is None:
        _misses.put(hostname, None, now + MISS_CACHE_SECONDS)
    else:
        _hosts.put(hostname, agency, now + HOST_CACHE_SECONDS)
    return agency


def _lookup(hostname: str):
    from django.db.models import Q

    from .models import Domain

    domain = (
        Domain.objects.select_related("tenant")
        .filter(domain=hostname)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=timezone.localdate()))
        .first()
    )
    return domain.tenant if domain else None


def primary_domain(schema_name: str) -> str:
    """The primary domain of the agency owning ``schema_name`` (cached like hosts)."""
    now = time.monotonic()
    found, domain = _primary.get(schema_name, now)
    if found:
        return domain
    from .models import Domain

    domain = (
        Domain.objects.filter(tenant__schema_name=schema_name, is_primary=True)
        .values_list("domain", flat=True)
        .first()
    ) or ""
    _primary.put(schema_name, domain, now + HOST_CACHE_SECONDS)
    return domain


#: Other per-process caches of the registry (province.scope) that must be
#: dropped with the hosts: registered with ``on_clear``.
_listeners: list = []


def on_clear(callback) -> None:
    """Call ``callback()`` whenever the host caches are cleared (a registry
    change in this process, or a test's end)."""
    if callback not in _listeners:
        _listeners.append(callback)


def clear() -> None:
    _hosts.clear()
    _misses.clear()
    _primary.clear()
    for callback in list(_listeners):
        callback()
