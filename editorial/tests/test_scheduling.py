"""Scheduled publishing through the workflow, in every schema; snippets too."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Workflow, WorkflowContentType

from editorial import roles
from editorial.tasks import publish_scheduled_everywhere
from editorial.workflow import WORKFLOW_NAME
from home.models import Announcement, SectionPage, StandardPage
from tests.portals import A_HOST, inside

pytestmark = pytest.mark.django_db


def people():
    made = {}
    for username, code in (
        ("ctv", roles.CONTRIBUTOR),
        ("tv", roles.MEMBER),
        ("tb", roles.HEAD),
    ):
        user = get_user_model().objects.create_user(
            username, password="x", decision_number="1/QĐ"
        )
        user.groups.add(roles.group(code))
        made[username] = user
    return made


def approve_all(obj, users):
    state = obj.current_workflow_state
    state.current_task_state.task.specific.on_action(
        state.current_task_state, users["tv"], "approve"
    )
    state.refresh_from_db()
    state.current_task_state.task.specific.on_action(
        state.current_task_state, users["tb"], "approve"
    )


def test_an_approved_page_with_a_future_date_goes_live_when_the_job_runs(client):
    with inside("sotttt"):
        users = people()
        section = SectionPage.objects.get(slug="thong-ke")
        page = section.add_child(
            instance=StandardPage(
                title="Số liệu quý IV", slug="so-lieu-quy-iv", live=False
            )
        )
        page.go_live_at = timezone.now() + timedelta(hours=1)
        page.save_revision(user=users["ctv"])
        page.get_workflow().start(page, users["ctv"])
        page.refresh_from_db()
        approve_all(page, users)
        page.refresh_from_db()
        assert not page.live  # approved, scheduled for later
        assert page.latest_revision.approved_go_live_at is not None
    assert client.get("/thong-ke/so-lieu-quy-iv/", HTTP_HOST=A_HOST).status_code == 404

    assert publish_scheduled_everywhere.delay().get() >= 3  # too early: nothing yet
    with inside("sotttt"):
        page.refresh_from_db()
        assert not page.live
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        assert publish_scheduled_everywhere.delay().get() >= 3  # one run per schema
    with inside("sotttt"):
        page.refresh_from_db()
        assert page.live
    assert client.get("/thong-ke/so-lieu-quy-iv/", HTTP_HOST=A_HOST).status_code == 200


def test_the_announcement_snippet_publishes_through_the_same_workflow(client):
    with inside("sotttt"):
        users = people()
        workflow = Workflow.objects.get(name=WORKFLOW_NAME)
        assert WorkflowContentType.objects.filter(workflow=workflow).exists()
        notice = Announcement.objects.create(
            title="Lịch tiếp công dân tháng 12", live=False
        )
        assert notice.get_workflow() == workflow
        notice.save_revision(user=users["ctv"])
        workflow.start(notice, users["ctv"])
        notice.refresh_from_db()
        approve_all(notice, users)
        notice.refresh_from_db()
        assert notice.live
    assert "Lịch tiếp công dân tháng 12" in client.get("/", HTTP_HOST=A_HOST).text


def test_the_command_completes_roles_and_workflow_on_existing_portals():
    from django.contrib.auth.models import Group
    from wagtail.models import WorkflowPage

    with inside("soyte"):
        Group.objects.filter(name="Cộng tác viên").delete()
        WorkflowPage.objects.all().delete()
    call_command("ensure_editorial", verbosity=0)
    with inside("soyte"):
        assert Group.objects.filter(name="Cộng tác viên").exists()
        assert WorkflowPage.objects.filter(workflow__name=WORKFLOW_NAME).exists()
