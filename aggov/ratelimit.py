"""One rate limit for every public form: so many actions an hour per client address.

Keyed by ``aggov.client_ip.client_ip`` (so that behind the trusted proxies each
citizen has their own count) and by portal (the cache key function adds the
schema). A cache that is down must not take the public forms down with it:
any cache error counts as "allowed" and is logged, and the form goes on.
"""

from __future__ import annotations

import logging

from django.core.cache import cache

from aggov.client_ip import client_ip

logger = logging.getLogger("aggov.ratelimit")

HOUR = 3600


def _key(request, scope: str) -> str:
    return f"ratelimit:{scope}:{client_ip(request)}"


def exceeded(request, scope: str, limit: int) -> bool:
    """Whether this address has already used up ``limit`` actions of ``scope``."""
    try:
        return (cache.get(_key(request, scope)) or 0) >= limit
    except Exception:  # noqa: BLE001 - any cache failure: allowed, and said
        logger.warning(
            "Rate limit %s not checked: cache unavailable", scope, exc_info=True
        )
        return False


def record(request, scope: str, window: int = HOUR) -> None:
    """Count one action of ``scope`` for this address, for ``window`` seconds
    from the first one (a fixed window)."""
    key = _key(request, scope)
    try:
        cache.add(key, 0, window)
        cache.incr(key)
    except ValueError:  # the key expired between add and incr
        try:
            cache.set(key, 1, window)
        except Exception:  # noqa: BLE001
            logger.warning("Rate limit %s not counted", scope, exc_info=True)
    except Exception:  # noqa: BLE001
        logger.warning(
            "Rate limit %s not counted: cache unavailable", scope, exc_info=True
        )


def hit(request, scope: str, limit: int, window: int = HOUR) -> bool:
    """Count one action and say whether it is over the limit (for actions
    counted whether or not they succeed, such as looking up a tracking code)."""
    if exceeded(request, scope, limit):
        return True
    record(request, scope, window)
    return False
