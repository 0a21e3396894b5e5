import datetime
import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from province.models import PublishedItem
from province.tests import rows
from tenants.models import Agency, AgencyKind
from tests.portals import PROVINCE_HOST, agency

pytestmark = pytest.mark.django_db
KINDS = [
    PublishedItem.NEWS,
    PublishedItem.PROCEDURE,
    PublishedItem.DOCUMENT,
    PublishedItem.ANSWER,
]


def add(start, count):
    parent = agency("angiang")
    kinds = list(
        AgencyKind.objects.filter(code__in=["department", "district", "board"])
    )
    made = Agency.objects.bulk_create(
        [
            Agency(
                name=f"CQ {n:03d}",
                code=f"b{n:03d}",
                schema_name=f"b{n:03d}",
                kind=kinds[n % 3],
                parent=parent,
            )
            for n in range(start, start + count)
        ]
    )
    day = datetime.date(2024, 1, 1)
    batch = []
    for u in made:
        for i in range(200):
            k = KINDS[i % 4]
            batch.append(
                rows.item(
                    u,
                    k,
                    date=day + datetime.timedelta(days=(i * 7 + u.pk) % 700),
                    code=f"1.{i:06d}",
                    sector_code=f"S{i % 12}",
                    sector_name=f"Ngành {i % 12}",
                    field_code=f"F{i % 60}",
                    field_name=f"Lĩnh vực {i % 60}",
                    level=1 + i % 4,
                )
            )
    rows.many(batch)
    rows.refresh_registry()
    with connection.cursor() as c:
        c.execute("ANALYZE province_publisheditem")


def timeit(client, url, n=15):
    client.get(url, HTTP_HOST=PROVINCE_HOST)
    ts = []
    for _ in range(n):
        t = time.perf_counter()
        r = client.get(url, HTTP_HOST=PROVINCE_HOST)
        ts.append(time.perf_counter() - t)
        assert r.status_code == 200
    return statistics.median(ts) * 1000


def test_perf(client):
    out = []
    add(0, 10)
    for url in ["/", "/tong-hop/dich-vu-cong/", "/tong-hop/tin-tuc/"]:
        out.append((10, url, timeit(client, url)))
    with CaptureQueriesContext(connection) as cq:
        client.get("/tong-hop/dich-vu-cong/", HTTP_HOST=PROVINCE_HOST)
    add(10, 90)
    for url in ["/", "/tong-hop/dich-vu-cong/", "/tong-hop/tin-tuc/"]:
        out.append((100, url, timeit(client, url)))
    for o in out:
        print("TIME", o)
    connection.set_schema_to_public()
    with CaptureQueriesContext(connection) as cq:
        client.get("/tong-hop/dich-vu-cong/", HTTP_HOST=PROVINCE_HOST)
        client.get("/", HTTP_HOST=PROVINCE_HOST)
    connection.set_schema_to_public()
    for q in cq.captured_queries:
        if "province_publisheditem" in q["sql"]:
            with connection.cursor() as c:
                c.execute("EXPLAIN (ANALYZE, BUFFERS) " + q["sql"])
                print("SQL", q["sql"][:300])
                print("\n".join(r[0] for r in c.fetchall()))
