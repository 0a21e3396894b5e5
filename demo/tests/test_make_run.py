"""`make run`'s seeding on a fresh database, committed for real.

The other demo tests run inside one test transaction, where on-commit work
never runs. Here `migrate_platform` and `seed_demo` run as `make run` runs
them, in a subprocess on a database of their own, so work Wagtail or
wagtail-localize leaves for the commit (redirects after a translated slug,
publishing) runs, and must run in the portal's schema.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def _server():
    db = settings.DATABASES["default"]
    return psycopg.connect(
        dbname="postgres",
        user=db["USER"],
        password=db["PASSWORD"],
        host=db["HOST"],
        port=db["PORT"] or None,
        autocommit=True,
    )


@pytest.fixture
def fresh_database():
    name = f"aggov_smoke_{uuid.uuid4().hex[:8]}"
    with _server() as server:
        server.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    yield name
    with _server() as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(database, *args):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "aggov.settings.dev",
        "AGGOV_DATABASE_NAME": database,
    }
    env.pop("REDIS_URL", None)  # tasks in process, as on a bare machine
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_the_demo_seeds_with_real_commits(fresh_database):
    migrated = manage(fresh_database, "migrate_platform")
    assert migrated.returncode == 0, migrated.stderr[-3000:]
    seeded = manage(fresh_database, "seed_demo", "--only", "angiang,songoaivu")
    assert seeded.returncode == 0, seeded.stderr[-3000:]
    assert "Sở Ngoại vụ" in seeded.stdout
    about = manage(
        fresh_database,
        "shell",
        "-c",
        "from django.test import Client;"
        "r = Client().get('/en/about-us/', HTTP_HOST='songoaivu.angiang.localhost');"
        "print(r.status_code, 'About us' in r.text)",
    )
    assert about.stdout.strip().splitlines()[-1] == "200 True", about.stderr[-3000:]


def test_an_unknown_portal_code_is_refused(fresh_database):
    refused = manage(fresh_database, "seed_demo", "--only", "sokhongco")
    assert refused.returncode != 0
    assert "Không có cổng mẫu mã sokhongco" in refused.stderr
