"""Where a portal's documents are indexed and searched.

``get_backend()`` answers with Elasticsearch when ``settings.ELASTICSEARCH_URL``
is set and the cluster answers, else with PostgreSQL (the portal's
``search.Entry`` table), with a notice when Elasticsearch was wanted but is
down. ``writers()`` are the backends an update goes to: PostgreSQL always
(the fallback must be current), Elasticsearch too when it is configured (a
failure there fails the outbox delivery, which is retried: the missed updates
are replayed when it returns).
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


def writers() -> list[Backend]:
    from .postgres import PostgresBackend

    found: list[Backend] = [PostgresBackend()]
    elastic = _elastic()
    if elastic is not None:
        found.append(elastic())
    return found
