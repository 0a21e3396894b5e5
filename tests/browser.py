"""Browser tests: Playwright for Python driving Debian's Chromium.

One browser, one live server and one demo portal per test session:

- ``live_portal``: the demo portal of the Department of Foreign Affairs
  (``songoaivu``: real-looking Vietnamese content, staff of every role, its
  English section), seeded by ``demo.seeding``
  with its data COMMITTED, served by a live server thread on 127.0.0.1.
  Chromium resolves every ``*.localhost`` name to the loopback, so the
  portal is reached on its own host name, as a citizen would. The portal is
  dropped (schema and registry rows) when the session ends, and the browser
  tests run after every other test (``pytest_collection_modifyitems`` in the
  root conftest), so nothing they write is seen by another test.
- ``browser``: one headless Chromium (``CHROMIUM`` or ``/usr/bin/chromium``).
  Where it or Playwright is missing, the browser tests skip, saying so.
- ``desktop`` and ``phone``: a fresh page in its own context (cookies not
  shared) at 1280 × 800 or as a 390 × 844 phone (touch, 3× pixels), in
  Vietnamese. ``new_page(**context_options)`` makes others, e.g.
  ``new_page(java_script_enabled=False)``.
- ``sign_in(page, username)``: signs in through the admin's login form.
- ``committed``: a context manager for reading or writing rows from the test
  (outside any test transaction: what the server thread sees).

Browser tests are marked ``@pytest.mark.browser`` (``-m "not browser"`` skips
them) and never use the ``db`` fixture: their rows are committed.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

CHROMIUM_ARGS = [
    # The flags a closed network needs: no background connections to Google.
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
PORTAL_CODE = "songoaivu"
#: Its foreign languages here: English only (each language mirrors every page;
#: a test that needs another creates what it needs and removes it).
LANGUAGES = ["en"]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
}


def chromium_path() -> str | None:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    return path if path and os.access(path, os.X_OK) else None


@dataclass
class LivePortal:
    """The demo portal as the browser reaches it."""

    code: str
    schema: str
    host: str  # e.g. songoaivu.angiang.localhost:41234
    base_url: str
    console_url: str
    password: str

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def staff(self, role_code: str) -> str:
        """The username of a staff member of this portal holding ``role_code``
        (``editorial.roles``: HEAD, MEMBER, EDITOR, TRANSLATOR…), created and
        committed on first use; their password is ``self.password``."""
        from django.contrib.auth import get_user_model
        from django_tenants.utils import schema_context

        from editorial import roles

        username = f"tb_{role_code}"
        with _unblocked(), schema_context(self.schema):
            user, created = get_user_model().objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@{self.code}.angiang.gov.vn",
                    "full_name": f"Thử nghiệm {roles.role(role_code).name}",
                    "decision_number": f"99/QĐ-{self.code.upper()}",
                },
            )
            if created:
                user.set_password(self.password)
                user.save()
                user.groups.add(roles.group(role_code))
        return username


@pytest.fixture(scope="session")
def committed(django_db_setup, django_db_blocker):
    """``with committed(): ...`` runs ORM code outside any test transaction.

    Playwright's sync API runs an event loop in this thread, so Django's
    async-safety check would refuse the ORM here: it is lifted for the browser
    tests only (they run last and alone in this thread)."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    _blocker.append(django_db_blocker)
    yield _unblocked
    _blocker.clear()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


_blocker: list = []


@contextmanager
def _unblocked():
    from django.db import connection

    with _blocker[0].unblock():
        try:
            yield
        finally:
            connection.set_schema_to_public()


def _close_server_connections() -> None:
    """The server's request threads are daemons: one still finishing a
    keep-alive connection may hold its database connection open, and the test
    database could then not be dropped. End every other session on it."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


def _drop_portal(code: str) -> None:
    from tenants import hosts
    from tenants.models import Agency

    agency = Agency.objects.filter(code=code).first()
    if agency is not None:
        agency.delete(force_drop=True)
    hosts.clear()


@pytest.fixture(scope="session")
def live_portal(committed, django_db_blocker):
    """The demo portal ``songoaivu``, committed and served on a live server."""
    if chromium_path() is None:
        pytest.skip("no Chromium: install Debian's chromium (or set CHROMIUM)")
    from django.conf import settings
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread

    from demo.seeding import DEMO_PASSWORD, seed

    with committed():
        _drop_portal(PORTAL_CODE)  # left by an interrupted run (--reuse-db)
        seed(only=[PORTAL_CODE], operator=False, languages=LANGUAGES)
        from tenants.models import Agency

        agency = Agency.objects.get(code=PORTAL_CODE)
        domain, schema = agency.primary_domain, agency.schema_name
    # pytest-django blocks the database in every thread; the server's threads
    # need it for the whole session (as pytest-django's own live_server).
    with django_db_blocker.unblock():
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        port = server.port
        yield LivePortal(
            code=PORTAL_CODE,
            schema=schema,
            host=f"{domain}:{port}",
            base_url=f"http://{domain}:{port}",
            console_url=f"http://{settings.PORTAL_CONSOLE_DOMAIN}:{port}",
            password=DEMO_PASSWORD,
        )
        server.terminate()
    with committed():
        _close_server_connections()
        _drop_portal(PORTAL_CODE)


@pytest.fixture(scope="session")
def browser(live_portal):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (requirements.txt)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser):
    """``new_page(**context_options)``: a page in a fresh context, closed after."""
    contexts = []

    def make(**options):
        options.setdefault("viewport", DESKTOP)
        options.setdefault("locale", "vi-VN")
        context = browser.new_context(**options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def desktop(new_page):
    return new_page()


@pytest.fixture
def phone(new_page):
    return new_page(**PHONE)


@pytest.fixture
def sign_in(live_portal):
    """``sign_in(page, username)``: the admin's login form, as staff use it."""

    def act(page, username: str, password: str | None = None):
        page.goto(live_portal.url("/admin/login/"))
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password or live_portal.password)
        page.click("button[type=submit]")
        page.wait_for_url(lambda url: "/admin/login/" not in url)
        return page

    return act
