"""Elasticsearch down: the backend says so at once, and a write raises (the
outbox keeps the row and retries it when the node is back)."""

from __future__ import annotations

import pytest
from elasticsearch import ConnectionError as ElasticConnectionError

from search.backends.elastic import UNAVAILABLE, ElasticBackend
from search.tests.elastic_fixtures import A, doc, index_in, keys, search_in
from tests.broker import free_port
from tests.portals import inside


@pytest.fixture
def closed_port_url(settings):
    """An Elasticsearch URL where nothing listens."""
    url = f"http://127.0.0.1:{free_port()}"
    settings.ELASTICSEARCH_URL = url
    return url


def test_a_node_that_does_not_answer_is_unavailable(closed_port_url, db):
    assert ElasticBackend().available() is False


def test_writes_raise_while_the_node_is_down(closed_port_url, db):
    backend = ElasticBackend()
    with inside(A), pytest.raises(ElasticConnectionError):
        backend.index([doc("page:1", "Thông báo")])
    with inside(A), pytest.raises(UNAVAILABLE):
        backend.delete(["page:1"])


def test_the_real_node_is_available_and_writes_are_replayed_after(
    backend, settings, elasticsearch
):
    # Down: the delivery fails (the outbox keeps its row) …
    real = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{free_port()}"
    with inside(A), pytest.raises(UNAVAILABLE):
        backend.index([doc("page:1", "Thông báo nghỉ lễ")])
    # … back: the same delivery again, and the item is found.
    settings.ELASTICSEARCH_URL = real
    assert backend.available() is True
    index_in(A, [doc("page:1", "Thông báo nghỉ lễ")], backend)
    assert keys(search_in(A, backend, "thong bao nghi le")) == ["page:1"]


def test_get_backend_falls_back_to_postgresql_with_a_notice(closed_port_url, db):
    pytest.importorskip("search.backends.postgres")
    from search.backends import get_backend

    chosen = get_backend()
    assert chosen.name == "postgres"
    assert chosen.notice
