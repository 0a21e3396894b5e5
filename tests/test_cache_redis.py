"""Tenant-aware keys on a real Redis (the production cache)."""

import os

import pytest
from django.conf import settings
from django.core.cache.backends.redis import RedisCache
from django_tenants.utils import tenant_context

from tests.portals import agency

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("REDIS_URL", "")


@pytest.fixture
def redis_cache():
    if not REDIS_URL:
        pytest.skip("REDIS_URL is not set: no Redis server to test against")
    cache = RedisCache(
        REDIS_URL, {"KEY_FUNCTION": settings.CACHES["default"]["KEY_FUNCTION"]}
    )
    try:
        cache.set("ping", 1, 5)
    except Exception as error:  # noqa: BLE001
        pytest.skip(f"Redis at {REDIS_URL} is unreachable: {error}")
    yield cache
    cache.clear()


def test_keys_of_two_agencies_do_not_collide_on_redis(redis_cache):
    with tenant_context(agency("sotttt")):
        redis_cache.set("wagtail_site_root_paths", "của Sở TT&TT", 30)
    with tenant_context(agency("soyte")):
        assert redis_cache.get("wagtail_site_root_paths") is None
        redis_cache.set("wagtail_site_root_paths", "của Sở Y tế", 30)
    with tenant_context(agency("sotttt")):
        assert redis_cache.get("wagtail_site_root_paths") == "của Sở TT&TT"


def test_the_configured_cache_is_redis_when_redis_url_is_set():
    if not REDIS_URL:
        pytest.skip("REDIS_URL is not set")
    assert settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
