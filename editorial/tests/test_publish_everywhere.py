"""One broken schema does not stop scheduled publishing in the others."""

import logging
from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.utils import timezone

from editorial.tasks import publish_scheduled_everywhere
from home.models import SectionPage, StandardPage
from tenants.models import Agency
from tests.logs import aggov_log
from tests.portals import B_HOST, inside

pytestmark = pytest.mark.django_db


def break_schema(schema: str) -> None:
    """A schema whose page table is gone (rolled back with the test)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f'ALTER TABLE "{schema}".wagtailcore_page RENAME TO wagtailcore_page_old'
        )


def scheduled_page_at_b():
    with inside("soyte"):
        section = SectionPage.objects.get(slug="thong-ke")
        page = section.add_child(
            instance=StandardPage(title="Số liệu y tế", slug="so-lieu-y-te", live=False)
        )
        page.save_revision().publish()
        page.refresh_from_db()
        page.unpublish()
        revision = page.save_revision(
            approved_go_live_at=timezone.now() + timedelta(hours=1)
        )
        return page, revision


def test_the_other_portals_still_publish_and_the_failure_is_logged(client, caplog):
    page, _revision = scheduled_page_at_b()
    break_schema("sotttt")  # between angiang and soyte in the run's order
    portals = Agency.objects.portals().count()
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        with aggov_log(caplog):
            assert publish_scheduled_everywhere.delay().get() == portals - 1
    with inside("soyte"):
        page.refresh_from_db()
        assert page.live
    assert client.get("/thong-ke/so-lieu-y-te/", HTTP_HOST=B_HOST).status_code == 200
    failures = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.getMessage() for r in failures] == [
        "Scheduled publishing failed in schema sotttt"
    ]
    assert failures[0].name == "aggov.editorial" and failures[0].exc_info
