"""Tasks run in the schema of the agency that sent them."""

import pytest
from django.db import connection
from django_tenants.utils import tenant_context

from tenants.tasks import check_portal
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


def test_a_wrong_site_hostname_is_reported():
    with tenant_context(agency("soyte")):
        result = check_portal.delay(A_HOST).get()
    assert not result["ok"]


def test_the_province_wide_check_reaches_every_active_portal(caplog):
    from tenants.models import Agency
    from tenants.tasks import check_portals

    sent = check_portals.delay().get()
    assert len(sent) == Agency.objects.active().count() >= 3
    assert "Portal check failed" not in caplog.text
