"""The configured caches (settings.CACHES) on a real Redis: tenant-aware keys.

These test the caches the project is configured with, not a cache built here:
with REDIS_URL set (CI, production) every alias is the tolerant Redis cache
with the tenant key function.
"""

import os

import pytest
from django.conf import settings
from django.core.cache import caches
from django_tenants.utils import tenant_context

from tests.portals import agency

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("REDIS_URL", "")
ALIASES = ("default", "renditions")


@pytest.fixture
def on_redis():
    if not REDIS_URL:
        pytest.skip("REDIS_URL is not set: the caches are in process")
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis at {REDIS_URL} is unreachable: {error}")


def test_every_alias_is_the_tolerant_redis_cache_with_tenant_keys(on_redis):
    from aggov.cache import TolerantRedisCache

    for alias in ALIASES:
        config = settings.CACHES[alias]
        assert config["LOCATION"] == REDIS_URL
        assert config["KEY_FUNCTION"] == "django_tenants.cache.make_key"
        assert isinstance(caches[alias], TolerantRedisCache)


@pytest.mark.parametrize("alias", ALIASES)
def test_keys_of_two_agencies_do_not_collide_on_redis(on_redis, alias):
    import redis

    cache = caches[alias]
    with tenant_context(agency("sotttt")):
        cache.set("wagtail_site_root_paths", "của Sở TT&TT", 30)
    with tenant_context(agency("soyte")):
        assert cache.get("wagtail_site_root_paths") is None
        cache.set("wagtail_site_root_paths", "của Sở Y tế", 30)
    with tenant_context(agency("sotttt")):
        assert cache.get("wagtail_site_root_paths") == "của Sở TT&TT"
    # Really in Redis, under each schema's own key.
    keys = redis.Redis.from_url(REDIS_URL).keys("*wagtail_site_root_paths*")
    assert {k.decode().split(":")[0] for k in keys} >= {"sotttt", "soyte"}
