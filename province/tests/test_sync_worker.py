"""A real Celery worker on Redis delivers ``province.sync`` in the portal's
schema (tenant-aware Celery after the commit, issue 13.1).

The worker has its own database connection, so the publish must really
commit: a separate process publishes (and at the end deletes) a news item in
sotttt, the worker delivers both outbox rows, and this test reads the
committed rows. Everything the test commits is deleted again in ``finally``.
"""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection

from province.models import PublishedItem
from tests.portals import agency
from tests.redis_server import own_redis  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[2]
TITLE = f"Tin giao cho tiến trình nền {uuid.uuid4().hex[:6]}"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings(
        "ignore:Results are not stored in backend:RuntimeWarning"
    ),
]

PUBLISH = """
from django.db import transaction
from django_tenants.utils import tenant_context
from aggov.celery import app
from home.models import NewsIndexPage, NewsPage
from tenants.models import Agency
app.conf.update(task_always_eager=False, task_default_queue={queue!r})
with tenant_context(Agency.objects.get(code="sotttt")):
    with transaction.atomic():
        index = NewsIndexPage.objects.get(slug="tin-tuc-su-kien")
        page = index.add_child(
            instance=NewsPage(title={title!r}, slug="tin-tien-trinh-nen", live=False)
        )
        page.save_revision().publish()
    print(page.pk)
"""

DELETE = """
from django.db import transaction
from django_tenants.utils import tenant_context
from aggov.celery import app
from home.models import NewsPage
from outbox.models import Delivery
from tenants.models import Agency
app.conf.update(task_always_eager=False, task_default_queue={queue!r})
with tenant_context(Agency.objects.get(code="sotttt")):
    with transaction.atomic():
        for page in NewsPage.objects.filter(title={title!r}):
            page.delete()
"""

FORGET = """
from django_tenants.utils import tenant_context
from outbox.models import Delivery
from province.models import PublishedItem
from tenants.models import Agency
agency = Agency.objects.get(code="sotttt")
PublishedItem.objects.filter(agency=agency, title={title!r}).delete()
with tenant_context(agency):
    Delivery.objects.filter(kind="province.sync").delete()
"""


def run(script: str, env: dict) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def committed_row():
    return PublishedItem.objects.filter(agency=agency("sotttt"), title=TITLE).first()


def wait_for(condition, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return False


def test_a_real_worker_writes_the_row_in_the_portal_s_schema(own_redis):  # noqa: F811
    queue = f"aggov-province-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "aggov.settings.test",
        "AGGOV_DATABASE_NAME": connection.settings_dict["NAME"],
        "REDIS_URL": own_redis.url,
    }
    worker = subprocess.Popen(
        [
            sys.executable, "-m", "celery", "-A", "aggov", "worker",
            "--pool=solo", "--without-mingle", "--without-gossip",
            "--without-heartbeat", "--loglevel=WARNING", "-Q", queue,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    script = {"queue": queue, "title": TITLE}
    try:
        page_id = int(run(PUBLISH.format(**script), env).splitlines()[-1])
        assert wait_for(lambda: committed_row() is not None), "no row from the worker"
        item = committed_row()
        assert item.agency.code == "sotttt" and item.source_id == page_id
        assert item.kind == PublishedItem.NEWS
        assert item.path == "/tin-tuc-su-kien/tin-tien-trinh-nen/"
        run(DELETE.format(**script), env)
        assert wait_for(lambda: committed_row() is None), "the row outlived its page"
    finally:
        run(DELETE.format(**script), env)
        run(FORGET.format(**script), env)
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
