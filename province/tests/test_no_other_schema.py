"""No public request reads another portal's schema (issue 13, point 4).

The aggregated pages and the home block of the province's portal and of a
district's read the read model (public schema) and nothing of the portals
they list. Every schema the connection is switched to during a request, every
``SET search_path`` it issues and every SQL statement it runs are recorded:
none names another portal's schema. And the number of queries does not grow
with the number of portals or items: the same with 3 and with 30 agencies'
rows (synthetic agencies are registry rows made with bulk_create, which makes
no schema: a request that tried to read one would fail outright).
"""

from __future__ import annotations

import datetime
import re
from contextlib import contextmanager

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext

from province.models import PublishedItem
from province.tests import rows
from tenants.models import Agency, AgencyKind
from tests.portals import DISTRICT_HOST, PROVINCE_HOST, agency, inside

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/tong-hop/tin-tuc/",
    "/tong-hop/dich-vu-cong/",
    "/tong-hop/dich-vu-cong/?muc_do=3&nganh=S1",
    "/tong-hop/van-ban/",
    "/tong-hop/hoi-dap/?page=2",
]
KINDS = [
    PublishedItem.NEWS,
    PublishedItem.PROCEDURE,
    PublishedItem.DOCUMENT,
    PublishedItem.ANSWER,
]


class Recorder:
    """Schemas set on the connection, search paths issued, statements run
    (with the schema the connection was in when each ran)."""

    def __init__(self):
        self.schemas: list[str] = []
        self.search_paths: list[list[str]] = []
        self.statements: list[tuple[str, str]] = []


@contextmanager
def recording(monkeypatch):
    recorder = Recorder()
    db = connections["default"]
    for name in ("set_tenant", "set_schema"):
        original = getattr(db, name)

        def wrapper(*args, _original=original, _name=name, **kwargs):
            result = _original(*args, **kwargs)
            recorder.schemas.append(db.schema_name)
            return result

        monkeypatch.setattr(db, name, wrapper)
    original_paths = db._get_cursor_search_paths

    def paths():
        found = original_paths()
        recorder.search_paths.append(list(found))
        return found

    monkeypatch.setattr(db, "_get_cursor_search_paths", paths)

    def wrapper(execute, sql, params, many, context):
        recorder.statements.append((db.schema_name, str(sql)))
        return execute(sql, params, many, context)

    with db.execute_wrapper(wrapper), CaptureQueriesContext(db) as captured:
        yield recorder
    recorder.captured = [q["sql"] for q in captured.captured_queries]
    monkeypatch.undo()


def portal_schemas() -> set[str]:
    from django.conf import settings

    from tenants.schema_clone import template_schema

    schemas = set(Agency.objects.values_list("schema_name", flat=True))
    return (schemas | {template_schema()}) - {settings.PUBLIC_SCHEMA_NAME}


_LITERAL = re.compile(r"'(?:[^']|'')*'")


def qualified_names(sql: str, schemas: set[str]) -> set[str]:
    """Schemas named as qualifiers (``"x".`` or ``x.``) outside string literals."""
    code = _LITERAL.sub("''", sql)
    found = set()
    for schema in schemas:
        if re.search(
            rf'(?<![\w."]){re.escape(schema)}\.|"{re.escape(schema)}"\.', code
        ):
            found.add(schema)
    return found


def assert_only(recorder: Recorder, own: str, others: set[str]):
    allowed = {own, "public"}
    assert set(recorder.schemas) <= allowed, recorder.schemas
    for path in recorder.search_paths:
        assert set(path) <= allowed, path
    for schema, sql in recorder.statements:
        assert schema in allowed, (schema, sql)
        assert not qualified_names(sql, others), sql
    for sql in recorder.captured:
        assert "search_path" not in sql or not any(o in sql for o in others), sql
        assert not qualified_names(sql, others), sql


def synthetic(
    count: int, parent_code: str, kind_code: str, per_kind: int = 5, start: int = 0
):
    """``count`` registry rows under ``parent_code`` (no schema, no domain),
    each with ``per_kind`` rows of every kind in the read model."""
    parent = agency(parent_code)
    kind = AgencyKind.objects.get(code=kind_code)
    made = Agency.objects.bulk_create(
        [
            Agency(
                name=f"Cơ quan thử {parent_code} {n:03d}",
                code=f"thu_{parent_code}_{n:03d}",
                schema_name=f"thu_{parent_code}_{n:03d}",
                kind=kind,
                parent=parent,
            )
            for n in range(start, start + count)
        ]
    )
    day = datetime.date(2026, 6, 1)
    rows.many(
        [
            rows.item(
                unit,
                item_kind,
                date=day + datetime.timedelta(days=i),
                code=f"1.{i:06d}",
                sector_code="S1",
                sector_name="Ngành 1",
                field_code=f"F{i}",
                field_name=f"Lĩnh vực {i}",
                level=1 + i % 4,
            )
            for unit in made
            for item_kind in KINDS
            for i in range(per_kind)
        ]
    )
    rows.refresh_registry()
    return made


def measure(client, host: str, url: str, monkeypatch):
    """(status, recorder) of a request made after a first one that warmed the
    per-process caches (hosts, registry), as a running server has them."""
    client.get(url, HTTP_HOST=host)
    connection.set_schema_to_public()
    with recording(monkeypatch) as recorder:
        response = client.get(url, HTTP_HOST=host)
    connection.set_schema_to_public()
    return response.status_code, recorder


class TestTheRecorder:
    def test_it_sees_a_read_in_another_schema(self, monkeypatch):
        # The check below would catch a page that read a portal's schema.
        with recording(monkeypatch) as recorder:
            with inside("sotttt"):
                from wagtail.models import Page

                Page.objects.count()
        assert "sotttt" in recorder.schemas
        assert any("sotttt" in path for path in recorder.search_paths)
        assert qualified_names('SELECT 1 FROM "sotttt"."wagtailcore_page"', {"sotttt"})
        assert qualified_names("SELECT 1 FROM sotttt.wagtailcore_page", {"sotttt"})
        assert not qualified_names(
            "SELECT 1 WHERE domain = 'longxuyen.angiang.gov.vn'", {"angiang"}
        )


@pytest.mark.parametrize(
    "host, own, parent, kind",
    [
        (PROVINCE_HOST, "angiang", "angiang", "department"),
        (DISTRICT_HOST, "longxuyen", "longxuyen", "commune"),
    ],
)
@pytest.mark.parametrize("url", PAGES)
class TestPublicRequests:
    def test_no_other_schema_and_as_many_queries_for_3_or_30_agencies(
        self, client, monkeypatch, host, own, parent, kind, url
    ):
        for code in ("sotttt", "mybinh", "mylong", "longxuyen", "angiang"):
            for item_kind in KINDS:
                rows.create(agency(code), item_kind, title=f"{item_kind} {code}")
        synthetic(3, parent, kind)
        status, few = measure(client, host, url, monkeypatch)
        assert status == 200
        others = portal_schemas() - {own}
        assert_only(few, own, others)

        synthetic(27, parent, kind, start=3)  # 30 in all, 600 more rows
        status, many = measure(client, host, url, monkeypatch)
        assert status == 200
        assert_only(many, own, others)
        assert len(many.captured) == len(few.captured), [
            q for q in many.captured if q not in few.captured
        ]
        # The rows of the new agencies are listed: the same queries saw them.
        if url.startswith("/tong-hop/tin-tuc/"):
            response = client.get(url, HTTP_HOST=host)
            assert "Cơ quan thử" in response.content.decode()
