"""What the aggregated pages cache: the parts that follow the number of portals.

A page of the catalogue reads its 20 rows from the head of an index, whatever
the number of portals; its filters do not: the counts per agency (one per
portal of the scope) and the sectors and fields shown (a walk over the
distinct pairs) grow with the province. Those change only when the read model
or the registry does, so they are kept in the cache (Redis at scale, else this
process's memory) under the read model's token (``ReadModelVersion``), which
every write of rows and every registry change replaces in the writing
transaction. A request reads the token once (one small query) and finds the
filters of the token it sees: never a count older than the rows it lists.

The key holds the token, the kind, the language, the scope (a digest of the
agency ids: another portal's scope, or this one's after a registry change, is
another entry) and the filters. Entries expire after ``FACETS_SECONDS``; an
unreachable Redis (aggov.cache.TolerantRedisCache) only makes every request
compute them.
"""

from __future__ import annotations

import hashlib
import uuid

from django.core.cache import cache

from .models import ReadModelVersion

FACETS_SECONDS = 15 * 60


def token() -> str:
    """The read model's current token (one query)."""
    found = ReadModelVersion.objects.filter(pk=1).values_list("token", flat=True)
    value = next(iter(found), None)
    return value.hex if value is not None else "none"


def changed() -> None:
    """Replace the token, in the caller's transaction: every cached facet of
    the read model is stale from the moment the caller's writes are seen."""
    updated = ReadModelVersion.objects.filter(pk=1).update(token=uuid.uuid4())
    if not updated:
        ReadModelVersion.objects.update_or_create(
            pk=1, defaults={"token": uuid.uuid4()}
        )


def _digest(*parts) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()


def cached(name: str, version: str, kind: str, language: str, ids, compute, **extra):
    """``compute()``, or what it gave under the same key: ``name``, the
    ``version`` token, ``kind``, ``language``, the scope ``ids`` and
    ``extra`` (the filters)."""
    filters = ",".join(f"{k}={extra[k]}" for k in sorted(extra))
    scope = ",".join(str(i) for i in sorted(ids))
    key = f"province:{name}:{version}:{_digest(kind, language, scope, filters)}"
    found = cache.get(key)
    if found is not None:
        return found
    value = compute()
    cache.set(key, value, FACETS_SECONDS)
    return value
