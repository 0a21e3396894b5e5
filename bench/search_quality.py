"""Search quality on both backends, side by side (issue 14.5).

The judged set of ``search.quality.judged`` (citizens' queries over the real
procedures of data/tthc, with the answers a citizen accepts, judged by hand)
is indexed into one demo portal's PostgreSQL index inside a transaction that
is rolled back (the portal's own index is left as it was), and, when
``ELASTICSEARCH_URL`` is set, into Elasticsearch under a prefix of the bench's
own (``aggov-bench-…``, deleted after). Prints recall@3, MRR, the queries
missed, and the median and p95 milliseconds of a query.

Run alone: ``.venv/bin/python bench/search_quality.py`` (``make demo``
first); ``bench/run.py`` runs it.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

PORTAL = "sotttt"


class _Rollback(Exception):
    pass


def timed(search):
    """``search`` that records each call's milliseconds in ``.timings``."""

    def wrapper(query):
        start = time.perf_counter()
        try:
            return search(query)
        finally:
            wrapper.timings.append((time.perf_counter() - start) * 1000)

    wrapper.timings = []
    return wrapper


def report(label: str, quality, timings) -> None:
    p95 = statistics.quantiles(timings, n=20)[18] if len(timings) > 1 else timings[0]
    print(
        f"  {label:<14} recall@3 {quality.recall_at_3:.3f}   MRR {quality.mrr:.3f}"
        f"   query median {statistics.median(timings):6.1f} ms   p95 {p95:6.1f} ms"
    )
    for query, top in quality.misses:
        print(f"      missed {query!r}: top 3 {top}")


def run() -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.db import transaction
    from django.test import override_settings
    from django_tenants.utils import tenant_context

    from search.backends.postgres import PostgresBackend
    from search.quality import judged
    from tenants.models import Agency

    agency = Agency.objects.filter(code=PORTAL).first()
    if agency is None:
        print(f"Search quality: skipped, no portal «{PORTAL}» (make demo first)")
        return
    docs = judged.corpus()
    print(
        f"Search quality: {len(judged.JUDGED)} judged queries over {len(docs)} items"
        f" (the procedures of data/tthc, documents, news) in {PORTAL}'s index"
    )
    with tenant_context(agency):
        try:
            with transaction.atomic():
                backend = PostgresBackend()
                backend.rebuild(docs)
                search = timed(backend.search)
                quality = judged.measure(search)
                raise _Rollback
        except _Rollback:
            pass
    report("PostgreSQL", quality, search.timings)

    if not settings.ELASTICSEARCH_URL:
        print("  Elasticsearch  skipped: ELASTICSEARCH_URL is not set")
        print()
        return
    prefix = f"aggov-bench-{uuid.uuid4().hex[:8]}"
    with override_settings(ELASTICSEARCH_INDEX_PREFIX=prefix):
        from search.backends.elastic import ElasticBackend, client

        backend = ElasticBackend()
        if not backend.available():
            print(
                f"  Elasticsearch  skipped: {settings.ELASTICSEARCH_URL} does not answer"
            )
            print()
            return
        try:
            with tenant_context(agency):
                backend.rebuild(docs)
                backend.refresh()
                search = timed(backend.search)
                quality = judged.measure(search)
        finally:
            # By name: a wildcard delete is refused (destructive_requires_name).
            names = list(
                client().indices.get(index=f"{prefix}-*", allow_no_indices=True)
            )
            if names:
                client().indices.delete(index=",".join(names))
    report("Elasticsearch", quality, search.timings)
    print()


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aggov.settings.dev")
    run()
