"""The judged set (search.quality.judged) on both backends: recall@3 and MRR
of citizens' queries over the real procedures of data/tthc (issue 14.5).

The floor is what a citizen must be able to count on; the figures of each
run are printed by ``make bench`` (bench/search_quality.py)."""

from __future__ import annotations

import pytest

from search.backends.postgres import PostgresBackend
from search.quality import judged
from tests.portals import inside

pytestmark = pytest.mark.django_db
PORTAL = "sotttt"
RECALL_FLOOR = 0.9
MRR_FLOOR = 0.8


@pytest.fixture(scope="module")
def corpus():
    return judged.corpus()


def check(quality):
    assert len(judged.JUDGED) >= 30
    detail = "; ".join(f"{q!r} → {top}" for q, top in quality.misses)
    assert quality.recall_at_3 >= RECALL_FLOOR, detail
    assert quality.mrr >= MRR_FLOOR, detail


def test_the_corpus_is_the_real_data(corpus):
    codes = {doc.code for doc in corpus if doc.kind == "procedure"}
    assert len(codes) > 700
    assert {"1.000080", "1.001193", "1.000894"} <= codes


def test_postgresql(corpus):
    backend = PostgresBackend()
    with inside(PORTAL):
        backend.rebuild(corpus)
        quality = judged.measure(backend.search)
    check(quality)


def test_elasticsearch(corpus, elasticsearch):
    from search.backends.elastic import ElasticBackend

    backend = ElasticBackend()
    with inside(PORTAL):
        backend.rebuild(corpus)
        backend.refresh()
        quality = judged.measure(backend.search)
    check(quality)
