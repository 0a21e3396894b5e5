"""A Redis cache whose errors are misses: Redis down never takes a page down.

Django's ``RedisCache`` raises when Redis is unreachable, so every page that
touches the cache (Wagtail's site root paths, renditions, the questions' rate
limit) would answer 500. Here each operation that fails on a Redis error is
logged and answered as a miss (``get`` → default, ``add``/``touch``/``delete``
→ False, ``incr`` → ``delta``, as for a new counter). After an error the
server is left alone for ``RETRY_AFTER`` seconds, so a page with many cache
calls does not wait on a dead server for each one.
"""

from __future__ import annotations

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger("aggov.cache")

#: Seconds during which a server that failed is not asked again.
RETRY_AFTER = 5.0
#: Redis errors are at most this slow (settings' OPTIONS may change it).
DEFAULT_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 1.0}

_down_until: dict[tuple, float] = {}


def _tolerant(name, miss):
    original = getattr(RedisCacheClient, name)

    def method(self, *args, **kwargs):
        import redis

        servers = tuple(self._servers)
        if _down_until.get(servers, 0.0) > time.monotonic():
            return miss(*args, **kwargs)
        try:
            return original(self, *args, **kwargs)
        except redis.RedisError as error:
            _down_until[servers] = time.monotonic() + RETRY_AFTER
            logger.warning("Cache %s failed (%s); treated as a miss", name, error)
            return miss(*args, **kwargs)

    method.__name__ = name
    return method


class TolerantRedisCacheClient(RedisCacheClient):
    add = _tolerant("add", lambda *a, **k: False)
    get = _tolerant("get", lambda key, default: default)
    set = _tolerant("set", lambda *a, **k: None)
    touch = _tolerant("touch", lambda *a, **k: False)
    delete = _tolerant("delete", lambda *a, **k: False)
    get_many = _tolerant("get_many", lambda *a, **k: {})
    has_key = _tolerant("has_key", lambda *a, **k: False)
    incr = _tolerant("incr", lambda key, delta: delta)
    set_many = _tolerant("set_many", lambda *a, **k: [])
    delete_many = _tolerant("delete_many", lambda *a, **k: None)
    clear = _tolerant("clear", lambda *a, **k: False)


class TolerantRedisCache(RedisCache):
    """``django.core.cache.backends.redis.RedisCache`` with errors as misses."""

    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._class = TolerantRedisCacheClient
