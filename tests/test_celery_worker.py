"""A real Celery worker on Redis runs each task in the schema it was sent from."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection
from django_tenants.utils import tenant_context

from tests.portals import A_HOST, B_HOST, agency

REDIS_URL = os.environ.get("REDIS_URL", "")
ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.django_db,
    # The suite runs tasks in process (eager); these results really come from
    # the worker through Redis, which Celery cannot know when it warns.
    pytest.mark.filterwarnings(
        "ignore:Results are not stored in backend:RuntimeWarning"
    ),
]


def redis_reachable():
    if not REDIS_URL:
        return "REDIS_URL is not set: no broker to run a worker against"
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except Exception as error:  # noqa: BLE001
        return f"Redis at {REDIS_URL} is unreachable: {error}"
    return ""


@pytest.fixture
def worker():
    reason = redis_reachable()
    if reason:
        pytest.skip(reason)
    queue = f"aggov-test-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "aggov.settings.test",
        "AGGOV_DATABASE_NAME": connection.settings_dict["NAME"],
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "aggov",
            "worker",
            "--pool=solo",
            "--without-mingle",
            "--without-gossip",
            "--without-heartbeat",
            "--loglevel=WARNING",
            "-Q",
            queue,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        yield queue
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_tasks_run_in_the_sender_s_schema_on_a_real_worker(worker):
    # send_task goes to the broker even though the suite runs tasks in process;
    # the tenant-aware app puts the current schema in the message's headers.
    from aggov.celery import app

    started = time.monotonic()
    with tenant_context(agency("sotttt")):
        a = app.send_task("tenants.tasks.check_portal", args=[A_HOST], queue=worker)
    with tenant_context(agency("soyte")):
        b = app.send_task("tenants.tasks.check_portal", args=[B_HOST], queue=worker)
    report_a, report_b = a.get(timeout=90), b.get(timeout=90)
    assert (
        report_a["schema"] == "sotttt"
        and report_a["home_title"] == "Sở Thông tin và Truyền thông"
    )
    assert report_b["schema"] == "soyte" and report_b["home_title"] == "Sở Y tế"
    assert report_a["ok"] and report_b["ok"]
    assert time.monotonic() - started < 90


def test_a_plain_celery_app_would_run_them_in_the_public_schema(worker):
    """The trap the tenant-aware app closes: no schema header, public schema."""
    from celery import Celery

    # set_as_current=False: a new app would otherwise become the current one and
    # take over every shared_task of the process.
    plain = Celery("plain", broker=REDIS_URL, backend=REDIS_URL, set_as_current=False)
    result = plain.send_task("tenants.tasks.check_portal", args=[A_HOST], queue=worker)
    with pytest.raises(Exception) as error:
        result.get(timeout=90)
    assert 'relation "wagtailcore_site" does not exist' in str(error.value)
