import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from province.tests.test_zz_perf_tmp import add
from tests.portals import PROVINCE_HOST

pytestmark = pytest.mark.django_db


def sqltime(client, url, n=9):
    client.get(url, HTTP_HOST=PROVINCE_HOST)
    totals, sums = [], []
    for _ in range(n):
        connection.set_schema_to_public()
        with CaptureQueriesContext(connection) as cq:
            t = time.perf_counter()
            client.get(url, HTTP_HOST=PROVINCE_HOST)
            totals.append(time.perf_counter() - t)
        sums.append(sum(float(q["time"]) for q in cq.captured_queries))
    connection.set_schema_to_public()
    return (
        round(statistics.median(totals) * 1000, 1),
        round(statistics.median(sums) * 1000, 1),
        len(cq.captured_queries),
        cq.captured_queries,
    )


def test_explain(client):
    res = {}
    add(0, 10)
    for url in ["/", "/tong-hop/dich-vu-cong/"]:
        res[(10, url)] = sqltime(client, url)[:3]
    add(10, 90)
    for url in ["/", "/tong-hop/dich-vu-cong/"]:
        *r, qs = sqltime(client, url)
        res[(100, url)] = r
        if url == "/":
            for q in qs:
                print("Q", q["time"], q["sql"][:120])
    for k, v in res.items():
        print("RES", k, v)
    for q in qs:
        if "province_publisheditem" in q["sql"]:
            with connection.cursor() as c:
                c.execute("EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) " + q["sql"])
                print("=== ", q["time"], q["sql"][:150])
                print("\n".join(r[0] for r in c.fetchall()))
