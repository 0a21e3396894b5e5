"""The board's moderation queue: waiting time in working days, oldest first."""

from datetime import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import TaskState

from editorial import roles
from home.models import SectionPage, StandardPage
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db

PASSWORD = "Hang-Doi-Duyet-2026"
VN = timezone.get_fixed_timezone(7 * 60)


def user(username, role):
    u = get_user_model().objects.create_user(
        username, password=PASSWORD, decision_number="9/QĐ", email=f"{username}@x.vn"
    )
    u.groups.add(roles.group(role))
    return u


def submit(section_slug, title, slug, submitter, started):
    section = SectionPage.objects.get(slug=section_slug)
    page = section.add_child(instance=StandardPage(title=title, slug=slug, live=False))
    revision = page.save_revision(user=submitter)
    workflow = page.get_workflow()
    with time_machine.travel(started, tick=False):
        workflow.start(page, submitter)
    return page, revision


@pytest.fixture
def waiting(django_capture_on_commit_callbacks):
    with inside("sotttt"):
        ctv = user("ctv", roles.CONTRIBUTOR)
        user("thanhvien", roles.MEMBER)
        # Submitted on Friday 13 February 2026, before Tết (16-20 February).
        submit(
            "chi-dao-dieu-hanh",
            "Kế hoạch trước Tết",
            "ke-hoach-truoc-tet",
            ctv,
            datetime(2026, 2, 13, 9, 0, tzinfo=VN),
        )
        submit(
            "gioi-thieu",
            "Giới thiệu cơ cấu mới",
            "co-cau-moi",
            ctv,
            datetime(2026, 2, 23, 9, 0, tzinfo=VN),
        )


def signed_in(client, username="thanhvien", host=A_HOST):
    client.post(
        "/admin/login/", {"username": username, "password": PASSWORD}, HTTP_HOST=host
    )
    return client


@time_machine.travel(datetime(2026, 2, 25, 10, 0, tzinfo=VN), tick=False)
def test_waiting_time_is_counted_in_working_days_across_tet(client, waiting):
    html = signed_in(client).get("/admin/hang-doi-duyet/", HTTP_HOST=A_HOST).text
    # 13/2 -> 25/2: 16-20 Tết and two weekends are not counted: 23, 24, 25.
    assert "3 ngày làm việc" in html
    # 23/2 -> 25/2: 24 and 25.
    assert "2 ngày làm việc" in html
    assert html.index("Kế hoạch trước Tết") < html.index("Giới thiệu cơ cấu mới")
    assert "Thành viên Ban biên tập thẩm định" in html


@time_machine.travel(datetime(2026, 2, 25, 10, 0, tzinfo=VN), tick=False)
def test_filter_by_section(client, waiting):
    with inside("sotttt"):
        section = SectionPage.objects.get(slug="gioi-thieu")
    html = (
        signed_in(client)
        .get(f"/admin/hang-doi-duyet/?chuyen_muc={section.pk}", HTTP_HOST=A_HOST)
        .text
    )
    assert "Giới thiệu cơ cấu mới" in html
    assert "Kế hoạch trước Tết" not in html


def test_only_the_board_sees_the_queue(client, waiting):
    signed_in(client, "ctv")
    response = client.get("/admin/hang-doi-duyet/", HTTP_HOST=A_HOST)
    # Wagtail's admin answers a permission refusal with a redirect to the dashboard.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert "/admin/hang-doi-duyet/" not in client.get("/admin/", HTTP_HOST=A_HOST).text


def test_another_portal_s_queue_is_its_own(client, waiting):
    with inside("soyte"):
        user("thanhvien", roles.MEMBER)
    response = signed_in(client, host=B_HOST).get(
        "/admin/hang-doi-duyet/", HTTP_HOST=B_HOST
    )
    assert response.status_code == 200
    html = response.text
    assert "Kế hoạch trước Tết" not in html
    assert "Không có bài nào đang chờ duyệt." in html
    with inside("soyte"):
        assert not TaskState.objects.exists()


def test_the_board_finds_the_queue_in_the_menu(client, waiting):
    html = signed_in(client).get("/admin/", HTTP_HOST=A_HOST).text
    assert "/admin/hang-doi-duyet/" in html
