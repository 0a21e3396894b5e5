"""Test helpers of the usage counters: procedures to count, requests as a
browser or a bot sends them, and the settings of each counting mode."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.db import connection
from django.test import RequestFactory

from services import usage
from services.models import ProcedureIndexPage, ProcedurePage, UsageDay
from tests.portals import inside

BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)
PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)

#: What many citizens browse with: Zalo's in-app browser, Cốc Cốc.
ZALO = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Zalo/24.10"
)
COC_COC = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
    "Gecko) coc_coc_browser/131.0.218 Chrome/125.0.6422.218 Safari/537.36"
)


def add_procedure(code: str, name: str, level: int = 3) -> ProcedurePage:
    """A live procedure under the current schema's catalogue index."""
    index = ProcedureIndexPage.objects.filter(locale__language_code="vi").first()
    return index.add_child(
        instance=ProcedurePage(title=name, name=name, code=code, level=level)
    )


def procedures_with_one_id(code_a="1.000080", code_b="1.001001"):
    """One procedure in portal A (sotttt) and one in B (soyte) with the same
    page id, as ids repeat across schemas; returns their id. The schema whose
    page ids lag behind has its sequence moved up (earlier tests of the
    session may have made hundreds of pages in one portal only)."""

    def next_id() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT nextval(%s)", [_page_sequence()])
            return cursor.fetchone()[0]

    def start_at(value: int) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT setval(%s, %s, true)", [_page_sequence(), value - 1])

    with inside("sotttt"):
        wanted = next_id()
    with inside("soyte"):
        wanted = max(wanted, next_id())
        start_at(wanted)
        b = add_procedure(code_b, "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh")
    with inside("sotttt"):
        start_at(wanted)
        a = add_procedure(code_a, "Cấp giấy phép hoạt động in")
    assert a.pk == b.pk == wanted
    return a.pk, a.code, b.code


def _page_sequence() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_get_serial_sequence('wagtailcore_page', 'id')")
        return cursor.fetchone()[0]


def get(path="/thu-tuc/", user_agent=BROWSER, method="get"):
    headers = {"HTTP_USER_AGENT": user_agent} if user_agent is not None else {}
    return getattr(RequestFactory(), method)(path, **headers)


def counts(procedure_id: int) -> dict:
    """{kind: count} of ``procedure_id`` in the current schema, every day."""
    out = {}
    for row in UsageDay.objects.filter(procedure_id=procedure_id):
        out[row.kind] = out.get(row.kind, 0) + row.count
    return out


def shared_redis_or_skip():
    """The Redis of REDIS_URL (this helper's own database), or a skip."""
    import redis

    if not settings.REDIS_URL:
        pytest.skip("REDIS_URL is not set: the Redis counters need a Redis server")
    try:
        redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis at REDIS_URL is unreachable ({error})")


@pytest.fixture(autouse=True, name="fresh_counters")
def fixture_fresh_counters():
    """Each test starts with an empty buffer and Redis believed up."""
    usage.buffer.clear()
    usage._down_until = 0.0
    yield
    usage.buffer.clear()
    usage._down_until = 0.0


@pytest.fixture(name="in_process")
def fixture_in_process(settings):
    """Counting without Redis (``make run``): the in-process buffer."""
    settings.REDIS_URL = ""
    settings.USAGE_FLUSH_SECONDS = 3600


@pytest.fixture(name="with_redis")
def fixture_with_redis(settings):
    shared_redis_or_skip()
    settings.USAGE_FLUSH_SECONDS = 3600
    client = usage.redis_client()
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture(name="own_redis")
def fixture_own_redis():
    """A redis-server of the test's own, which it may stop (tests.redis_server)."""
    import shutil

    from tests.redis_server import OwnRedis

    server = OwnRedis()
    try:
        server.start()
    except (OSError, FileNotFoundError) as error:
        pytest.skip(f"redis-server cannot be started ({error})")
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)
