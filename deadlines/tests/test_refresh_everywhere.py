"""One broken schema does not stop the dashboard's refresh of the others."""

import logging
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from deadlines.models import PortalDeadlineStats
from deadlines.tasks import refresh_dashboard
from tenants.models import Agency
from tests.logs import aggov_log
from tests.portals import CONSOLE_HOST

pytestmark = pytest.mark.django_db

PASSWORD = "Bang-Theo-Doi-2026"


def break_schema(schema: str) -> None:
    """A schema whose tables the counts read are gone (rolled back with the test)."""
    with connection.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA "{schema}" CASCADE')


def test_the_others_are_refreshed_and_the_console_sees_the_stale_one(client, caplog):
    portals = Agency.objects.portals().count()
    assert refresh_dashboard.delay().get() == portals
    break_schema("sotttt")
    with time_machine.travel(timezone.now() + timedelta(hours=1)):
        with aggov_log(caplog):
            assert refresh_dashboard.delay().get() == portals - 1
    failures = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.getMessage() for r in failures] == [
        "Deadline figures could not be counted in schema sotttt"
    ]
    assert failures[0].name == "aggov.deadlines"
    stats = {
        s.agency.code: s.refreshed_at
        for s in PortalDeadlineStats.objects.filter(period="year")
    }
    assert stats["soyte"] > stats["sotttt"]  # soyte, after sotttt, was refreshed

    get_user_model().objects.create_superuser("dic", password=PASSWORD)
    client.post(
        "/dang-nhap/", {"username": "dic", "password": PASSWORD}, HTTP_HOST=CONSOLE_HOST
    )
    response = client.get("/bang-theo-doi/", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 200
    html = response.text
    row = html[html.index('<th scope="row">Sở Thông tin và Truyền thông') :].split(
        "</tr>"
    )[0]
    assert "lần cập nhật gần nhất bị lỗi" in row
    other = html[html.index('<th scope="row">Sở Y tế') :].split("</tr>")[0]
    assert "lần cập nhật gần nhất bị lỗi" not in other
