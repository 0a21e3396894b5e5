"""Where a portal's documents are indexed and searched.

``get_backend()`` answers with Elasticsearch when ``settings.ELASTICSEARCH_URL``
is set and the cluster answers, else with PostgreSQL (the portal's
``search.Entry`` table), with a notice when Elasticsearch was wanted but is
down. Updates go to PostgreSQL always (the fallback must be current) and to
Elasticsearch when it is configured, through an outbox row of its own
(``search.sync.ELASTIC_KIND``, retried while it is down); ``writers()`` are
the backends a rebuild writes.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from ..documents import SearchDoc, SearchQuery, SearchResults

FALLBACK_NOTICE = _("Tìm kiếm đang dùng chế độ dự phòng; kết quả có thể chưa đầy đủ.")


class Backend:
    """What every backend does, for the portal of the current schema."""

    name = ""

    def index(self, docs: list[SearchDoc]) -> None:
        raise NotImplementedError

    def delete(self, keys: list[str]) -> None:
        raise NotImplementedError

    def rebuild(self, docs: list[SearchDoc]) -> None:
        raise NotImplementedError

    def search(self, query: SearchQuery) -> SearchResults:
        raise NotImplementedError


def _elastic():
    """The Elasticsearch backend class, or None when it is not configured."""
    if not getattr(settings, "ELASTICSEARCH_URL", ""):
        return None
    try:
        from .elastic import ElasticBackend
    except ImportError:
        return None
    return ElasticBackend


def get_backend() -> Backend:
    from .postgres import PostgresBackend

    elastic = _elastic()
    if elastic is not None:
        backend = elastic()
        if getattr(backend, "available", lambda: True)():
            return backend
        return PostgresBackend(notice=str(FALLBACK_NOTICE))
    return PostgresBackend()


def elastic_backend() -> Backend | None:
    """The Elasticsearch backend when it is configured (reachable or not)."""
    elastic = _elastic()
    return elastic() if elastic is not None else None


def writers() -> list[Backend]:
    from .postgres import PostgresBackend

    found: list[Backend] = [PostgresBackend()]
    elastic = _elastic()
    if elastic is not None:
        found.append(elastic())
    return found
