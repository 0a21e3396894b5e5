"""The host → agency cache is bounded: random Host headers cannot grow it."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tenants import hosts
from tenants.models import Domain
from tests.portals import A_HOST, agency

pytestmark = pytest.mark.django_db


class Clock:
    def __init__(self):
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(hosts, "time", fake)
    return fake


def cached_entries() -> int:
    return len(hosts._hosts) + len(hosts._misses) + len(hosts._primary)


def test_a_flood_of_unknown_hosts_stays_bounded_and_keeps_the_portals(client):
    assert client.get("/", HTTP_HOST=A_HOST).status_code == 200
    for i in range(hosts.HOST_CACHE_SIZE + hosts.MISS_CACHE_SIZE + 500):
        assert hosts.agency_for_host(f"x{i}.{settings.PORTAL_BASE_DOMAIN}") is None
    assert cached_entries() <= hosts.HOST_CACHE_SIZE * 2 + hosts.MISS_CACHE_SIZE
    assert len(hosts._misses) == hosts.MISS_CACHE_SIZE
    # The portal was not evicted by the flood: no query to find it again.
    expected = agency("sotttt")
    with CaptureQueriesContext(connection) as queries:
        assert hosts.agency_for_host(A_HOST) == expected
    assert len(queries) == 0


def test_the_same_flood_over_http_stays_bounded(client):
    for i in range(hosts.MISS_CACHE_SIZE + 50):
        host = f"ngau-nhien-{i}.{settings.PORTAL_BASE_DOMAIN}"
        assert client.get("/", HTTP_HOST=host).status_code == 404
    assert len(hosts._misses) == hosts.MISS_CACHE_SIZE
    assert len(hosts._hosts) == 0


def test_an_unknown_host_is_remembered_only_briefly(clock):
    name = f"moi.{settings.PORTAL_BASE_DOMAIN}"
    assert hosts.agency_for_host(name) is None
    # Another process adds the domain (no signal reaches this one).
    Domain.objects.bulk_create([Domain(domain=name, tenant=agency("sotttt"))])
    assert hosts.agency_for_host(name) is None  # the miss, still fresh
    clock.now += hosts.MISS_CACHE_SECONDS + 1
    assert hosts.agency_for_host(name) == agency("sotttt")


def test_a_known_host_is_kept_for_its_ttl_then_looked_up_again(clock):
    assert hosts.agency_for_host(A_HOST) == agency("sotttt")
    Domain.objects.filter(domain=A_HOST).update(domain=f"cu.{A_HOST}")
    assert hosts.agency_for_host(A_HOST) == agency("sotttt")
    clock.now += hosts.HOST_CACHE_SECONDS + 1
    assert hosts.agency_for_host(A_HOST) is None
