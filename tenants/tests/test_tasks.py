"""Tasks run in the schema of the agency that sent them."""

import pytest
from django.db import connection
from django_tenants.utils import tenant_context

from tenants.tasks import check_portal
from tests.logs import aggov_log
from tests.portals import A_HOST, B_HOST, agency

pytestmark = pytest.mark.django_db


def test_a_task_sent_from_an_agency_runs_in_its_schema():
    with tenant_context(agency("sotttt")):
        result = check_portal.delay(A_HOST).get()
    assert result["schema"] == "sotttt"
    assert result["home_title"] == "Sở Thông tin và Truyền thông"
    assert result["ok"]
    with tenant_context(agency("soyte")):
        result = check_portal.delay(B_HOST).get()
    assert result["schema"] == "soyte" and result["home_title"] == "Sở Y tế"
    assert connection.schema_name == "public"


def test_a_wrong_site_hostname_is_reported(caplog):
    with tenant_context(agency("soyte")), aggov_log(caplog):
        result = check_portal.delay(A_HOST).get()
    assert not result["ok"]
    # The "aggov" logger does not propagate: aggov_log lets caplog see it.
    [record] = [r for r in caplog.records if "Portal check failed" in r.getMessage()]
    assert record.levelname == "WARNING" and "'schema': 'soyte'" in record.getMessage()


def test_the_province_wide_check_reaches_every_active_portal(caplog):
    from tenants.models import Agency
    from tenants.tasks import check_portals

    with aggov_log(caplog):
        sent = check_portals.delay().get()
    assert len(sent) == Agency.objects.active().count() >= 3
    assert not [r for r in caplog.records if "Portal check failed" in r.getMessage()]


def test_a_failing_portal_in_the_province_wide_check_is_logged(caplog):
    from wagtail.models import Site

    from tenants.tasks import check_portals

    with tenant_context(agency("soyte")):
        Site.objects.filter(is_default_site=True).update(hostname="sai.example")
    with aggov_log(caplog):
        check_portals.delay().get()
    failed = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(failed) == 1 and "'schema': 'soyte'" in failed[0]


def test_the_check_runs_on_a_schedule():
    from django.conf import settings

    from aggov.celery import app

    entries = [
        e
        for e in settings.CELERY_BEAT_SCHEDULE.values()
        if e["task"] == "tenants.tasks.check_portals"
    ]
    assert len(entries) == 1
    assert entries[0]["task"] in app.tasks  # the name Celery beat sends exists
