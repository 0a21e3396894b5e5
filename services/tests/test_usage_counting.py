"""Usage counters (Art. 14.2): counted without a database write in the
request, in Redis or in process, flushed into UsageDay without losing or
doubling a count, bots not counted, and one portal's counts never on another."""

from __future__ import annotations

import io
import logging
import threading

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from services import usage
from services.models import UsageDay, UsageFlush
from services.tasks import flush_usage_everywhere
from tests.logs import aggov_log
from tests.portals import A_HOST, inside

from .usage_fixtures import (  # noqa: F401 - fixtures
    BROWSER,
    COC_COC,
    PHONE,
    ZALO,
    add_procedure,
    counts,
    fixture_fresh_counters,
    fixture_in_process,
    fixture_own_redis,
    fixture_with_redis,
    get,
    procedures_with_one_id,
)

pytestmark = pytest.mark.django_db

BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "coccocbot-web/1.0 (+http://help.coccoc.com/searchengine)",
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.32.3",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "HeadlessChrome/120.0.6099.28 Safari/537.36",
    "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
    "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
    "",
]


def batches_left(client) -> list[str]:
    """Day hashes and flush keys in Redis (the sets of pending days aside: a
    day leaves its set at the first flush that finds nothing for it)."""
    return [k for k in client.keys("aggov:usage:*") if not k.endswith(":days")]


def record_many(page_id, kinds, user_agent=BROWSER, method="get"):
    for kind in kinds:
        usage.record(get(user_agent=user_agent, method=method), page_id, kind)


class TestInProcess:
    def test_counts_reach_usage_day_after_a_flush(self, in_process):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            record_many(procedure, ["view"] * 3 + ["download"] * 2 + ["submit"])
            assert counts(procedure.pk) == {}  # nothing stored before the flush
        assert usage.flush_buffer() == 6
        with inside("sotttt"):
            assert counts(procedure.pk) == {"view": 3, "download": 2, "submit": 1}
            # A second flush adds to the same rows.
            record_many(procedure, ["view"])
        usage.flush_buffer()
        with inside("sotttt"):
            assert counts(procedure.pk)["view"] == 4
            assert UsageDay.objects.filter(procedure=procedure).count() == 3

    def test_record_runs_no_query(self, in_process):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            with CaptureQueriesContext(connection) as queries:
                for kind in usage.KINDS:
                    usage.record(get(), procedure, kind)
            assert len(queries) == 0, [q["sql"] for q in queries]
        assert len(usage.buffer) == 3

    def test_the_buffer_flushes_itself_after_a_request(self, in_process, settings):
        settings.USAGE_FLUSH_SECONDS = 0
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            usage.record(get(), procedure, usage.VIEW)
        from django.test import Client

        response = Client().get("/", HTTP_HOST=A_HOST)
        assert response.status_code == 200
        with inside("sotttt"):
            assert counts(procedure.pk) == {"view": 1}
        assert len(usage.buffer) == 0

    def test_no_flush_after_a_request_before_the_interval(self, in_process):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            usage.record(get(), procedure, usage.VIEW)
        from django.test import Client

        assert Client().get("/", HTTP_HOST=A_HOST).status_code == 200
        assert len(usage.buffer) == 1
        with inside("sotttt"):
            assert counts(procedure.pk) == {}

    def test_a_flush_during_counting_loses_nothing(self, in_process):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
        stored = count_while_flushing(procedure.pk, usage.flush_buffer)
        with inside("sotttt"):
            assert counts(procedure.pk) == {"view": stored}

    def test_a_failed_flush_keeps_the_counts(self, in_process, monkeypatch):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            record_many(procedure, ["view", "view"])

        def broken(rows, token=None):
            raise RuntimeError("database away")

        monkeypatch.setattr(usage, "_apply", broken)
        usage.flush_buffer()
        monkeypatch.undo()
        assert len(usage.buffer) == 1
        usage.flush_buffer()
        with inside("sotttt"):
            assert counts(procedure.pk) == {"view": 2}


def count_while_flushing(page_id, flush, threads=4, rounds=6, each=50) -> int:
    """``threads`` browsers count views in portal A while ``flush`` runs again
    and again (each browser waits for one more flush between its rounds, so
    flushes fall among the counting); returns how many views they counted."""
    done = threading.Event()
    flushed = {"n": 0}
    progress = threading.Condition()

    def browse():
        with inside_without_query("sotttt"):
            for round_ in range(rounds):
                for _ in range(each):
                    usage.record(get(user_agent=PHONE), page_id, usage.VIEW)
                with progress:
                    progress.wait_for(lambda r=round_: flushed["n"] > r, timeout=10)

    workers = [threading.Thread(target=browse) for _ in range(threads)]
    for worker in workers:
        worker.start()

    def watch():
        for worker in workers:
            worker.join()
        done.set()

    threading.Thread(target=watch).start()
    with inside("sotttt"):
        while not done.is_set():
            flush()
            with progress:
                flushed["n"] += 1
                progress.notify_all()
        flush()
    assert flushed["n"] >= rounds
    return threads * rounds * each


class inside_without_query:
    """A worker thread's connection put in a schema by name (no query)."""

    def __init__(self, schema):
        self.schema = schema

    def __enter__(self):
        connection.set_schema(self.schema)

    def __exit__(self, *exc):
        connection.set_schema_to_public()
        connection.close()


class TestRedis:
    def test_counts_reach_usage_day_after_a_flush(self, with_redis):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            record_many(procedure, ["view"] * 3 + ["download"] * 2 + ["submit"])
            assert counts(procedure.pk) == {}
            assert len(usage.buffer) == 0  # in Redis, not in process
            assert usage.flush_here() == 6
            assert counts(procedure.pk) == {"view": 3, "download": 2, "submit": 1}
            record_many(procedure, ["view"])
            usage.flush_here()
            assert counts(procedure.pk)["view"] == 4
        assert batches_left(with_redis) == []  # nothing left behind

    def test_record_runs_no_query(self, with_redis):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            with CaptureQueriesContext(connection) as queries:
                for kind in usage.KINDS:
                    usage.record(get(), procedure, kind)
            assert len(queries) == 0, [q["sql"] for q in queries]
        day = with_redis.smembers(usage.pending_key("sotttt")).pop()
        assert with_redis.hgetall(usage.day_key("sotttt", day)) == {
            f"{procedure.pk}:view": "1",
            f"{procedure.pk}:download": "1",
            f"{procedure.pk}:submit": "1",
        }

    def test_a_flush_during_counting_loses_nothing(self, with_redis):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
        stored = count_while_flushing(procedure.pk, usage.flush_redis_here)
        with inside("sotttt"):
            assert counts(procedure.pk) == {"view": stored}
        assert batches_left(with_redis) == []

    def test_a_crash_between_rename_and_apply_is_recovered(self, with_redis):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            record_many(procedure, ["view"] * 5)
            day = with_redis.smembers(usage.pending_key("sotttt")).pop()
            keys = [
                usage.day_key("sotttt", day),
                usage.flush_key("sotttt", day),
                usage.pending_key("sotttt"),
            ]
            # The flush renamed the day's hash, then the worker died.
            take = with_redis.register_script(usage._TAKE_BATCH)
            assert take(keys=keys, args=[day, "dead-worker"]) == 1
            record_many(procedure, ["view"] * 2)  # counting goes on meanwhile
            assert usage.flush_here() == 7
            assert counts(procedure.pk) == {"view": 7}
            assert usage.flush_here() == 0
            assert counts(procedure.pk) == {"view": 7}
        assert batches_left(with_redis) == []

    def test_a_crash_after_the_commit_is_not_counted_twice(self, with_redis):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            record_many(procedure, ["download"] * 4)
            day = with_redis.smembers(usage.pending_key("sotttt")).pop()
            keys = [
                usage.day_key("sotttt", day),
                usage.flush_key("sotttt", day),
                usage.pending_key("sotttt"),
            ]
            take = with_redis.register_script(usage._TAKE_BATCH)
            take(keys=keys, args=[day, "token-1"])
            batch = with_redis.hgetall(keys[1])
            token = batch.pop(usage.BATCH_FIELD)
            # Applied and committed, then the worker died before deleting it.
            usage._apply(usage._parse_batch(day, batch), token)
            assert counts(procedure.pk) == {"download": 4}
            assert usage.flush_here() == 0
            assert counts(procedure.pk) == {"download": 4}
            assert UsageFlush.objects.filter(token=token).exists()
        assert batches_left(with_redis) == []

    def test_redis_down_does_not_break_counting(self, settings, own_redis, caplog):
        settings.REDIS_URL = own_redis.url
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            record_many(procedure, ["view"])
            own_redis.stop()
            with aggov_log(caplog):
                record_many(procedure, ["view", "submit"])  # no exception
            assert any("Redis failed" in r.getMessage() for r in caplog.records)
            assert len(usage.buffer) == 2  # counted in process meanwhile
        usage.flush_buffer()
        with inside("sotttt"):
            # The counts of the outage, from the buffer (the one view Redis
            # held waits there for the beat's flush).
            assert counts(procedure.pk) == {"view": 1, "submit": 1}


def only_the_browser_counted(procedure):
    """After the uncounted calls, one browser's view: the buffer holds just it."""
    usage.record(get(), procedure, usage.VIEW)
    day = timezone.localdate().isoformat()
    assert usage.buffer.take() == {("sotttt", day, procedure.pk, usage.VIEW): 1}


class TestWhoIsCounted:
    @pytest.mark.parametrize("user_agent", BOTS)
    def test_bots_are_not_counted(self, in_process, user_agent):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            usage.record(get(user_agent=user_agent), procedure, usage.VIEW)
            only_the_browser_counted(procedure)

    def test_a_missing_user_agent_is_not_counted(self, in_process):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            usage.record(get(user_agent=None), procedure, usage.VIEW)
            only_the_browser_counted(procedure)

    @pytest.mark.parametrize("user_agent", [BROWSER, PHONE, ZALO, COC_COC])
    def test_browsers_are_counted(self, in_process, user_agent):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            usage.record(get(user_agent=user_agent), procedure, usage.VIEW)
        assert len(usage.buffer) == 1

    def test_head_requests_are_not_counted(self, in_process):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            usage.record(get(method="head"), procedure, usage.VIEW)
            usage.record(get(method="options"), procedure, usage.VIEW)
            only_the_browser_counted(procedure)

    def test_previews_are_not_counted(self, in_process):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            request = get()
            request.is_preview = True  # as Wagtail's preview sets it
            usage.record(request, procedure, usage.VIEW)
            only_the_browser_counted(procedure)

    def test_bots_are_not_counted_in_redis(self, with_redis):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            for user_agent in BOTS:
                usage.record(get(user_agent=user_agent), procedure, usage.VIEW)
            usage.record(get(method="head"), procedure, usage.VIEW)
            usage.record(get(), procedure, usage.VIEW)
            usage.flush_here()
            assert counts(procedure.pk) == {"view": 1}

    def test_record_never_raises(self, in_process, caplog):
        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            with aggov_log(caplog):
                usage.record(get(), procedure, "like")  # unknown kind
                usage.record(get(), "not a page", usage.VIEW)
                usage.record(object(), procedure, usage.VIEW)  # not a request
            only_the_browser_counted(procedure)
        messages = [r.getMessage() for r in caplog.records]
        assert any("unknown" in m for m in messages)


class TestIsolation:
    def test_a_count_of_portal_a_never_lands_on_b_in_process(self, in_process):
        page_id, _code_a, _code_b = procedures_with_one_id()
        with inside("sotttt"):
            record_many(page_id, ["view", "view", "download"])
        with inside("soyte"):
            record_many(page_id, ["submit"])
        usage.flush_buffer()
        with inside("sotttt"):
            assert counts(page_id) == {"view": 2, "download": 1}
        with inside("soyte"):
            assert counts(page_id) == {"submit": 1}

    def test_a_count_of_portal_a_never_lands_on_b_in_redis(self, with_redis):
        page_id, _code_a, _code_b = procedures_with_one_id()
        with inside("sotttt"):
            record_many(page_id, ["view", "view", "download"])
        with inside("soyte"):
            record_many(page_id, ["submit"])
            # B's flush takes only B's counters.
            usage.flush_here()
            assert counts(page_id) == {"submit": 1}
        with inside("sotttt"):
            assert counts(page_id) == {}
        result = flush_usage_everywhere()
        assert result["broken"] == []
        assert result["flushed"]["sotttt"] == 3
        with inside("sotttt"):
            assert counts(page_id) == {"view": 2, "download": 1}
        with inside("soyte"):
            assert counts(page_id) == {"submit": 1}

    def test_the_public_schema_counts_nothing(self, in_process):
        usage.record(get(), 1, usage.VIEW)
        with inside("sotttt"):
            only_the_browser_counted(add_procedure("1.000080", "Cấp giấy phép in"))


class TestBeat:
    def test_the_flush_is_scheduled(self, settings):
        entry = settings.CELERY_BEAT_SCHEDULE["services-usage-flush"]
        assert entry["task"] == "services.tasks.flush_usage_everywhere"
        assert entry["schedule"] <= 300

    def test_one_broken_schema_does_not_stop_the_others(self, with_redis, caplog):
        with inside("soyte"):
            procedure = add_procedure("1.001001", "Cấp chứng chỉ hành nghề")
            record_many(procedure, ["view", "view"])
        with inside("sotttt"):
            record_many(4242, ["view"])  # any page: the flush fails before
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the pages' FKs
            cursor.execute('DROP SCHEMA "sotttt" CASCADE')  # rolled back with the test
        connection.set_schema_to_public()
        with aggov_log(caplog):
            result = flush_usage_everywhere()
        assert list(result["broken"]) == ["sotttt"]
        assert result["flushed"]["soyte"] == 2
        errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
        assert errors == ["Usage of sotttt could not be flushed"]
        with inside("soyte"):
            assert counts(procedure.pk) == {"view": 2}
        # sotttt's batch stays in Redis for a later flush.
        assert with_redis.keys("aggov:usage:{sotttt}:*")


class TestCommand:
    def test_flush_usage_writes_every_portal_now(self, with_redis):
        from django.core.management import call_command

        with inside("sotttt"):
            procedure = add_procedure("1.000080", "Cấp giấy phép hoạt động in")
            record_many(procedure, ["view", "submit"])
        out = io.StringIO()
        call_command("flush_usage", stdout=out)
        assert "Đã ghi 2 lượt sử dụng." in out.getvalue()
        with inside("sotttt"):
            assert counts(procedure.pk) == {"view": 1, "submit": 1}
