"""Test setup shared by every app: a real PostgreSQL, portals created once.

pytest-django creates the test database and migrates the public schema; here
the template schema is built and three portals are provisioned once per
session through the real provisioning service. Each test then runs in a
transaction that is rolled back, so the portals stay clean between tests.
"""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection

from tenants import hosts

# Browser tests' fixtures (Playwright, Chromium, a live demo portal), and the
# real Elasticsearch node of the search tests (TEST_ELASTICSEARCH_URL).
pytest_plugins = ["tests.browser", "tests.elasticsearch_server"]

# The portals every test can use: the province, two departments, and a
# district with two communes (the subordinate units of Art. 4.3).
PORTALS = {
    "province": {
        "name": "Ủy ban nhân dân tỉnh An Giang",
        "kind": "province",
        "code": "angiang",
    },
    "a": {
        "name": "Sở Thông tin và Truyền thông",
        "kind": "department",
        "parent": "angiang",
    },
    "b": {"name": "Sở Y tế", "kind": "department", "parent": "angiang"},
    "district": {
        "name": "Ủy ban nhân dân thành phố Long Xuyên",
        "kind": "district",
        "parent": "angiang",
        "code": "longxuyen",
    },
    "commune1": {
        "name": "Ủy ban nhân dân phường Mỹ Bình",
        "kind": "commune",
        "parent": "longxuyen",
        "code": "mybinh",
    },
    "commune2": {
        "name": "Ủy ban nhân dân phường Mỹ Long",
        "kind": "commune",
        "parent": "longxuyen",
        "code": "mylong",
    },
}
ADMIN_PASSWORD = "Mật-khẩu-thử-2026!"  # noqa: S105 - test portals only


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """The test database, always (pytest-django's own fixture sets up only the
    databases that the collected tests ask for through ``db``: a run of
    browser tests alone would otherwise work in the development database)."""
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        databases = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            aliases={"default"},
            keepdb=django_db_keepdb and not django_db_createdb,
        )
        if not connection.settings_dict["NAME"].startswith("test_"):
            pytest.exit("the tests must run on a test database", returncode=2)
        _build_portals()
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(databases, verbosity=request.config.option.verbose)


def _build_portals():
    from tenants.provisioning import PortalRequest, provision_portal

    call_command("migrate_platform", verbosity=0)
    for key, fields in PORTALS.items():
        provision_portal(
            PortalRequest(
                **fields,
                decision_number=f"{len(key)}0/QĐ-UBND",
                address=f"Địa chỉ thử {key}, tỉnh An Giang",
                phone="0296 3852 000",
                email=f"{key}@angiang.gov.vn",
                admin_username=f"quantri_{key}",
                admin_password=ADMIN_PASSWORD,
            )
        )


@pytest.fixture(autouse=True)
def _public_schema_between_tests():
    """Requests switch the connection's schema (and the active language);
    every test starts on public, in Vietnamese."""
    from django.utils import translation

    connection.set_schema_to_public()
    translation.activate("vi")
    yield
    translation.activate("vi")
    connection.set_schema_to_public()
    hosts.clear()
    for alias in ("default", "renditions"):
        caches[alias].clear()


@pytest.fixture
def client_class():
    """Django's test client class, for tests where several people act at once."""
    from django.test import Client

    return Client


def pytest_collection_modifyitems(config, items):
    """Browser tests last: their demo portal's rows are committed (and dropped
    at the end of the session), so no other test runs beside them."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
