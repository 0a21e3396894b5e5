"""The board's review, driven through the admin on a portal's host (Art. 24)."""

import smtplib

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from editorial import roles
from home.models import SectionPage, StandardPage
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def board():
    return {
        "contributor": make_staff("sotttt", "ctv", roles.CONTRIBUTOR, "Huỳnh Ngọc Hân"),
        "member": make_staff("sotttt", "thanhvien", roles.MEMBER, "Phạm Thị Mai"),
        "head": make_staff("sotttt", "truongban", roles.HEAD, "Lê Thị Thu Trang"),
        "deputy": make_staff("sotttt", "photruongban", roles.DEPUTY, "Nguyễn Văn Đức"),
    }


def client_for(client_class, username):
    return signed_in(client_class, A_HOST, username)


def page_form(title, slug, action):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Tóm tắt bài viết",
            "body": streamfield([]),
            "provenance": "",
            "comments": inline_formset([]),
        }
    )
    data[action] = "1"
    return data


def section_id():
    with inside("sotttt"):
        return SectionPage.objects.get(slug="chi-dao-dieu-hanh").pk


def the_page():
    with inside("sotttt"):
        return StandardPage.objects.get(slug="lich-cong-tac-tuan")


def current_task_state(page_id):
    with inside("sotttt"):
        return TaskState.objects.get(
            workflow_state__object_id=str(page_id),
            status=TaskState.STATUS_IN_PROGRESS,
        )


def act(client, page_id, action, task_state_id, comment=""):
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page_id, action, task_state_id]
    )
    return client.post(url, {"comment": comment}, HTTP_HOST=A_HOST)


def test_contributor_to_head_the_whole_path(
    client_class, board, django_capture_on_commit_callbacks
):
    contributor = client_for(client_class, "ctv")
    add_url = f"/admin/pages/add/home/standardpage/{section_id()}/"

    # The contributor writes and submits; publishing is not theirs to do.
    with django_capture_on_commit_callbacks(execute=True):
        response = contributor.post(
            add_url,
            page_form("Lịch công tác tuần", "lich-cong-tac-tuan", "action-publish"),
            HTTP_HOST=A_HOST,
        )
    page = the_page()
    # Saved as a draft, and the contributor is taken to its edit page.
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live, "a contributor's publish attempt must not publish"
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        contributor.post(
            f"/admin/pages/{page.pk}/edit/",
            page_form("Lịch công tác tuần", "lich-cong-tac-tuan", "action-submit"),
            HTTP_HOST=A_HOST,
        )
    state = current_task_state(page.pk)
    assert state.task.name == "Thành viên Ban biên tập thẩm định"
    assert [m.to for m in mail.outbox] == [["thanhvien@sotttt.angiang.gov.vn"]]
    assert "Chờ duyệt: Lịch công tác tuần" in mail.outbox[0].subject
    assert f"http://{A_HOST}:8000/admin/pages/{page.pk}/edit/" in mail.outbox[0].body
    mail.outbox.clear()

    # The member sends it back with a comment.
    member = client_for(client_class, "thanhvien")
    with django_capture_on_commit_callbacks(execute=True):
        act(member, page.pk, "reject", state.pk, comment="Bổ sung thời gian, địa điểm.")
    with inside("sotttt"):
        rejected = TaskState.objects.get(pk=state.pk)
        assert rejected.status == TaskState.STATUS_REJECTED
        assert rejected.finished_by.username == "thanhvien"
        assert rejected.comment == "Bổ sung thời gian, địa điểm."
        assert rejected.finished_at is not None
    assert [m.to for m in mail.outbox] == [["ctv@sotttt.angiang.gov.vn"]]
    assert "Bổ sung thời gian, địa điểm." in mail.outbox[0].body
    assert "Phạm Thị Mai" in mail.outbox[0].body
    mail.outbox.clear()

    # The contributor resubmits; the member approves; the head approves.
    with django_capture_on_commit_callbacks(execute=True):
        contributor.post(
            f"/admin/pages/{page.pk}/edit/",
            page_form("Lịch công tác tuần", "lich-cong-tac-tuan", "action-submit"),
            HTTP_HOST=A_HOST,
        )
    state = current_task_state(page.pk)
    assert state.task.name == "Thành viên Ban biên tập thẩm định"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act(member, page.pk, "approve", state.pk, comment="Đạt.")
    assert not the_page().live
    state = current_task_state(page.pk)
    assert state.task.name == "Trưởng ban hoặc Phó Trưởng ban phê duyệt"
    assert sorted(address for m in mail.outbox for address in m.to) == [
        "photruongban@sotttt.angiang.gov.vn",
        "truongban@sotttt.angiang.gov.vn",
    ]
    mail.outbox.clear()

    # A member cannot give the final approval.
    act(member, page.pk, "approve", state.pk)
    assert not the_page().live

    head = client_for(client_class, "truongban")
    with django_capture_on_commit_callbacks(execute=True):
        act(head, page.pk, "approve", state.pk, comment="Đồng ý đăng.")
    page = the_page()
    assert page.live
    with inside("sotttt"):
        workflow_state = WorkflowState.objects.get(
            object_id=str(page.pk), status="approved"
        )
        decisions = list(
            workflow_state.task_states.order_by("started_at").values_list(
                "status", "finished_by__username", "comment"
            )
        )
    assert decisions[-2:] == [
        ("approved", "thanhvien", "Đạt."),
        ("approved", "truongban", "Đồng ý đăng."),
    ]
    assert [m.to for m in mail.outbox] == [["ctv@sotttt.angiang.gov.vn"]]
    assert "Đã duyệt: Lịch công tác tuần" in mail.outbox[0].subject

    # Live on this portal only, saying who published it and when (Art. 4.5).
    public = client_class().get(
        "/chi-dao-dieu-hanh/lich-cong-tac-tuan/", HTTP_HOST=A_HOST
    )
    assert public.status_code == 200
    assert "Cơ quan đăng tải: Sở Thông tin và Truyền thông" in public.text
    assert "Người phê duyệt: Lê Thị Thu Trang" in public.text
    other = client_class().get(
        "/chi-dao-dieu-hanh/lich-cong-tac-tuan/", HTTP_HOST=B_HOST
    )
    assert other.status_code == 404


def test_a_contributor_cannot_publish_directly(client_class, board):
    contributor = client_for(client_class, "ctv")
    contributor.post(
        f"/admin/pages/add/home/standardpage/{section_id()}/",
        page_form("Lịch công tác tuần", "lich-cong-tac-tuan", "action-publish"),
        HTTP_HOST=A_HOST,
    )
    page = the_page()
    assert not page.live
    with inside("sotttt"):
        perms = page.permissions_for_user(board["contributor"])
        assert not perms.can_publish()
        assert perms.can_submit_for_moderation()
        editor_perms = page.permissions_for_user(board["member"])
        assert not editor_perms.can_publish()
        assert page.permissions_for_user(board["head"]).can_publish()


def test_the_technical_administrator_publishes_nothing(board):
    with inside("sotttt"):
        admin = get_user_model().objects.get(username="quantri_a")
        home = Page.objects.get(depth=2)
        assert not home.permissions_for_user(admin).can_publish()
        assert admin.has_perm("accounts.add_user")
        assert admin.has_perm("wagtailcore.change_workflow")


class FlakyBackend(EmailBackend):
    """Fails the first send, as an SMTP server that is briefly down."""

    failures = 0

    def send_messages(self, messages):
        if FlakyBackend.failures < 1:
            FlakyBackend.failures += 1
            raise smtplib.SMTPServerDisconnected("máy chủ thư tạm ngừng")
        return super().send_messages(messages)


def test_a_failed_send_is_retried_and_the_decision_kept(
    client_class, board, settings, django_capture_on_commit_callbacks
):
    import time_machine
    from django.utils import timezone

    from outbox.models import Delivery
    from outbox.service import drain_everywhere

    settings.EMAIL_BACKEND = "editorial.tests.test_workflow.FlakyBackend"
    FlakyBackend.failures = 0
    contributor = client_for(client_class, "ctv")
    contributor.post(
        f"/admin/pages/add/home/standardpage/{section_id()}/",
        page_form("Lịch công tác tuần", "lich-cong-tac-tuan", "action-draft"),
        HTTP_HOST=A_HOST,
    )
    page = the_page()
    with django_capture_on_commit_callbacks(execute=True):
        response = contributor.post(
            f"/admin/pages/{page.pk}/edit/",
            page_form("Lịch công tác tuần", "lich-cong-tac-tuan", "action-submit"),
            HTTP_HOST=A_HOST,
        )
    # The send failed; the email waits in the outbox with the error and a
    # retry after a back-off; the decision stands.
    assert response.status_code == 302
    assert FlakyBackend.failures == 1
    state = current_task_state(page.pk)
    assert state.status == TaskState.STATUS_IN_PROGRESS
    assert mail.outbox == []
    with inside("sotttt"):
        row = Delivery.objects.get(kind="editorial.workflow")
    assert row.status == Delivery.PENDING and row.attempts == 1
    assert "máy chủ thư tạm ngừng" in row.last_error
    assert row.next_attempt_at > timezone.now()
    # The drain (Celery beat) after the back-off delivers the email, once.
    with time_machine.travel(row.next_attempt_at, tick=False):
        drain_everywhere()
        drain_everywhere()
    assert [m.to for m in mail.outbox] == [["thanhvien@sotttt.angiang.gov.vn"]]
    with inside("sotttt"):
        row.refresh_from_db()
    assert row.status == Delivery.DONE and row.attempts == 2
