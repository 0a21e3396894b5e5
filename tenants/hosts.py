"""Host name → agency, cached in each process.

Every request needs its agency before anything else; looking it up in the
public schema costs a query per request. The answer is kept here for
``HOST_CACHE_SECONDS`` and dropped at once in this process when an agency or a
domain changes (tenants.signal_handlers). Other processes see a change within
the TTL.
"""

from __future__ import annotations

import threading
import time

from django.utils import timezone

HOST_CACHE_SECONDS = 60
_lock = threading.Lock()
_hosts: dict[str, tuple[float, object]] = {}


def agency_for_host(hostname: str):
    """The Agency that ``hostname`` serves, or ``None``."""
    now = time.monotonic()
    hit = _hosts.get(hostname)
    if hit is not None and hit[0] > now:
        return hit[1]
    agency = _lookup(hostname)
    with _lock:
        _hosts[hostname] = (now + HOST_CACHE_SECONDS, agency)
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


_primary: dict[str, tuple[float, str]] = {}


def primary_domain(schema_name: str) -> str:
    """The primary domain of the agency owning ``schema_name`` (cached like hosts)."""
    now = time.monotonic()
    hit = _primary.get(schema_name)
    if hit is not None and hit[0] > now:
        return hit[1]
    from .models import Domain

    domain = (
        Domain.objects.filter(tenant__schema_name=schema_name, is_primary=True)
        .values_list("domain", flat=True)
        .first()
    ) or ""
    with _lock:
        _primary[schema_name] = (now + HOST_CACHE_SECONDS, domain)
    return domain


def clear() -> None:
    with _lock:
        _hosts.clear()
        _primary.clear()
