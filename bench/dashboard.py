"""Dashboard refresh for many portals full of documents, beside one portal.

Creates BENCH_DASHBOARD_PORTALS portals (default 40) with BENCH_DOCUMENTS legal
documents each (default 2,000: one made through Wagtail, the rest copied in SQL
with their own tree paths, dates and publication states), times the DIC
dashboard's refresh over all of them and over one, then drops them.
"""

from __future__ import annotations

import os
import time
from datetime import date

from django.conf import settings

PORTALS = int(os.environ.get("BENCH_DASHBOARD_PORTALS", "40"))
DOCUMENTS = int(os.environ.get("BENCH_DOCUMENTS", "2000"))
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _step(n: int) -> str:
    out = ""
    for _ in range(4):
        n, r = divmod(n, 36)
        out = ALPHABET[r] + out
    return out


def fill(agency, count: int) -> None:
    """``count`` documents in the agency's register, most of them copied in SQL."""
    from django.db import connection
    from django_tenants.utils import tenant_context

    from documents.models import LegalDocumentIndexPage, LegalDocumentPage

    with tenant_context(agency):
        index = LegalDocumentIndexPage.objects.get(
            locale__language_code=settings.LANGUAGE_CODE
        )
        seed = index.add_child(
            instance=LegalDocumentPage(
                title="Văn bản mẫu",
                number_symbol="1/QĐ-UBND",
                issued_on=date(2026, 1, 5),
                issuing_body_name="Ủy ban nhân dân tỉnh An Giang",
                abstract="Văn bản mẫu cho đo hiệu năng",
            )
        )
        seed.save_revision().publish()
        paths = [index.path + _step(i + 2) for i in range(count - 1)]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = %s AND table_name = 'wagtailcore_page' ORDER BY ordinal_position",
                [agency.schema_name],
            )
            columns = [c for (c,) in cursor.fetchall() if c != "id"]
            overrides = {
                "path": "t.path",
                "slug": "'vb-' || t.n",
                "url_path": "p.url_path || t.n || '/'",
                "translation_key": "gen_random_uuid()",
                # Posted 0-3 days after issue (so on time or late), or not yet.
                "first_published_at": "CASE WHEN t.n %% 5 = 0 THEN NULL "
                "ELSE timestamptz '2026-01-05 09:00+07' "
                "+ ((t.n %% 330) + (t.n %% 4)) * interval '1 day' END",
                "live": "t.n %% 5 <> 0",
            }
            select = ", ".join(overrides.get(c, f"p.{c}") for c in columns)
            cursor.execute(
                f"INSERT INTO wagtailcore_page ({', '.join(columns)}) "  # noqa: S608
                f"SELECT {select} FROM wagtailcore_page p, "
                "unnest(%s::text[]) WITH ORDINALITY AS t(path, n) WHERE p.id = %s RETURNING id",
                [paths, seed.pk],
            )
            ids = [i for (i,) in cursor.fetchall()]
            cursor.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = %s AND table_name = 'documents_legaldocumentpage' "
                "ORDER BY ordinal_position",
                [agency.schema_name],
            )
            doc_columns = [c for (c,) in cursor.fetchall() if c != "page_ptr_id"]
            doc_overrides = {
                "issued_on": "d.issued_on + (t.n %% 330) * interval '1 day'",
                "deadline_due": "d.deadline_due + (t.n %% 330) * interval '1 day'",
                "number_symbol": "t.n || '/QĐ-UBND'",
            }
            doc_select = ", ".join(doc_overrides.get(c, f"d.{c}") for c in doc_columns)
            cursor.execute(
                f"INSERT INTO documents_legaldocumentpage (page_ptr_id, {', '.join(doc_columns)}) "  # noqa: S608
                f"SELECT t.id, {doc_select} FROM documents_legaldocumentpage d, "
                "unnest(%s::bigint[]) WITH ORDINALITY AS t(id, n) WHERE d.page_ptr_id = %s",
                [ids, seed.pk],
            )
            cursor.execute(
                "UPDATE wagtailcore_page SET numchild = numchild + %s WHERE id = %s",
                [len(ids), index.pk],
            )


def run() -> None:
    from bench import portals
    from deadlines.tasks import refresh_for
    from tenants import provisioning
    from tenants.schema_clone import ensure_template

    ensure_template()
    agencies = []
    started = time.perf_counter()
    try:
        for i in range(PORTALS):
            code = f"bench_dash_{i}"
            result = provisioning.provision_portal(
                portals.request(code, f"Sở Đo hiệu năng {i}")
            )
            fill(result.agency, DOCUMENTS)
            agencies.append(result.agency)
        setup = time.perf_counter() - started
        day = date(2026, 11, 28)
        for agency in agencies[:1]:  # warm the connection and the graph
            refresh_for([agency], day)
        single = min(_timed(refresh_for, agencies[:1], day) for _ in range(5))
        everything = min(_timed(refresh_for, agencies, day) for _ in range(3))
        print(
            f"Dashboard refresh ({DOCUMENTS} documents a portal; set-up {setup:.0f} s)"
        )
        print(f"  1 portal (baseline)  {single * 1000:8.1f} ms")
        print(
            f"  {PORTALS} portals           {everything * 1000:8.1f} ms"
            f"   ({everything / single:.1f}x the baseline, {everything / PORTALS * 1000:.1f} ms a portal)"
        )
        from deadlines.models import PortalDeadlineStats

        sample = PortalDeadlineStats.objects.get(agency=agencies[0], period="year")
        print(
            f"  counts of one portal this year: on time {sample.on_time}, late {sample.late}, open {sample.open}"
        )
    finally:
        portals.drop_all()


def _timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start
