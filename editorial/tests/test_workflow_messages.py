"""After each workflow action the admin says where the item now is (issue 11.3).

Driven through the real admin POSTs on a portal's host; the assertions read the
message on the page the user is sent to next.
"""

from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState
from wagtail.test.utils.form_data import rich_text

from editorial import roles
from editorial.tests.test_workflow import current_task_state, page_form, section_id
from home.models import Announcement, StandardPage
from tests.portals import A_HOST, inside
from tests.staff import signed_in_team

pytestmark = pytest.mark.django_db

MEMBER_STEP = "Thành viên Ban biên tập thẩm định"
HEAD_STEP = "Trưởng ban hoặc Phó Trưởng ban phê duyệt"


@pytest.fixture
def people(client_class):
    return signed_in_team(
        client_class,
        "sotttt",
        A_HOST,
        {
            "btv": (roles.EDITOR, "Huỳnh Ngọc Hân"),
            "thanhvien": (roles.MEMBER, "Phạm Thị Mai"),
            "truongban": (roles.HEAD, "Lê Thị Thu Trang"),
        },
    )


class _Messages(HTMLParser):
    """The <li> texts of Wagtail's messages container."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # > 0 inside the container
        self.items: list[list[str]] = []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += tag == "ul"
            if tag == "li" and self.depth == 1:
                self.items.append([])
        elif tag == "ul" and ("data-w-messages-target", "container") in attrs:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and tag == "ul":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and self.items:
            self.items[-1].append(data)


def shown_messages(response) -> list[str]:
    """The text of the admin's messages on the page the user landed on."""
    assert response.status_code == 200
    parser = _Messages()
    parser.feed(response.text)
    return [" ".join("".join(item).split()) for item in parser.items]


def new_draft(editor, title="Lịch công tác tuần", slug="lich-cong-tac-tuan", **extra):
    data = page_form(title, slug, "action-save-draft")
    data.update(extra)
    response = editor.post(
        f"/admin/pages/add/home/standardpage/{section_id()}/",
        data,
        HTTP_HOST=A_HOST,
        follow=True,  # its "created" message is read here, not on the next page
    )
    assert response.redirect_chain
    with inside("sotttt"):
        return StandardPage.objects.get(slug=slug)


def edit_post(client, page, action, follow=True, **extra):
    data = page_form(page.title, page.slug, action)
    data.update(extra)
    return client.post(
        f"/admin/pages/{page.pk}/edit/", data, HTTP_HOST=A_HOST, follow=follow
    )


def workflow_action(client, page, action, comment=""):
    state = current_task_state(page.pk)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk]
    )
    return client.post(url, {"comment": comment}, HTTP_HOST=A_HOST, follow=True)


def test_the_submit_action_is_named_as_the_board_calls_it(people):
    page = new_draft(people["btv"])
    response = people["btv"].get(f"/admin/pages/{page.pk}/edit/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "Gửi Ban biên tập duyệt" in response.text
    assert "Submit to" not in response.text
    assert "Thực hiện Quy trình" not in response.text  # Wagtail's own Vietnamese
    assert "Lưu bản nháp" in response.text


def test_editor_member_head_each_told_where_the_page_is(people):
    page = new_draft(people["btv"])

    response = edit_post(people["btv"], page, "action-submit")
    assert shown_messages(response) == [
        "Đã gửi “Lịch công tác tuần” cho Ban biên tập duyệt. Đang chờ bước "
        f"“{MEMBER_STEP}” (Thành viên Ban biên tập). Xem bản nháp Sửa"
    ]

    # The member approves from the dashboard / queue (workflow action view).
    response = workflow_action(people["thanhvien"], page, "approve", "Đạt.")
    # (Then Wagtail's note that the page is locked for the head's step.)
    assert shown_messages(response)[:1] == [
        f"Đã phê duyệt “Lịch công tác tuần” ở bước “{MEMBER_STEP}”. Đang chờ bước "
        f"“{HEAD_STEP}” (Phó Trưởng Ban biên tập, Trưởng Ban biên tập)."
    ]

    # The head approves from the page's edit form (footer action).
    response = edit_post(
        people["truongban"],
        page,
        "action-workflow-action",
        **{"workflow-action-name": "approve"},
    )
    assert shown_messages(response) == [
        "Đã phê duyệt và xuất bản “Lịch công tác tuần”."
    ]
    with inside("sotttt"):
        assert StandardPage.objects.get(pk=page.pk).live


def test_request_changes_returns_it_to_the_author_with_the_comment(people):
    page = new_draft(people["btv"])
    edit_post(people["btv"], page, "action-submit")
    response = workflow_action(
        people["thanhvien"], page, "reject", "Bổ sung thời gian, địa điểm."
    )
    assert shown_messages(response) == [
        "Đã trả “Lịch công tác tuần” về người viết (Huỳnh Ngọc Hân) để sửa, "
        "kèm góp ý: “Bổ sung thời gian, địa điểm.”."
    ]
    # The author's button now says it goes back to the board.
    response = people["btv"].get(f"/admin/pages/{page.pk}/edit/", HTTP_HOST=A_HOST)
    assert "Gửi lại Ban biên tập duyệt" in response.text
    response = edit_post(people["btv"], page, "action-submit")
    assert shown_messages(response)[0].startswith(
        f"Đã gửi “Lịch công tác tuần” cho Ban biên tập duyệt. Đang chờ bước "
        f"“{MEMBER_STEP}”"
    )


def test_final_approval_of_a_future_date_says_when_it_goes_live(people):
    go_live = timezone.localtime(timezone.now() + timedelta(days=2)).replace(
        hour=8, minute=30, second=0, microsecond=0
    )
    stamp = go_live.strftime("%Y-%m-%d %H:%M")
    page = new_draft(people["btv"], go_live_at=stamp)
    edit_post(people["btv"], page, "action-submit", go_live_at=stamp)
    workflow_action(people["thanhvien"], page, "approve")
    response = workflow_action(people["truongban"], page, "approve")
    when = go_live.strftime("%H:%M ngày %d/%m/%Y")
    assert shown_messages(response)[:1] == [
        f"Đã phê duyệt “Lịch công tác tuần”: hẹn giờ xuất bản lúc {when}."
    ]
    with inside("sotttt"):
        assert not StandardPage.objects.get(pk=page.pk).live


def test_cancel_and_restart_say_so(people):
    page = new_draft(people["btv"])
    edit_post(people["btv"], page, "action-submit")
    response = edit_post(people["btv"], page, "action-cancel-workflow")
    assert shown_messages(response)[0] == (
        "Đã huỷ quy trình duyệt “Lịch công tác tuần”: bài trở lại bản nháp, "
        "không còn chờ Ban biên tập."
    )
    # Restarting is offered once a step asked for changes: back to step one
    # instead of resuming at the step that asked.
    edit_post(people["btv"], page, "action-submit")
    workflow_action(people["thanhvien"], page, "approve")
    workflow_action(people["truongban"], page, "reject", "Xem lại từ đầu.")
    response = edit_post(people["btv"], page, "action-restart-workflow")
    assert shown_messages(response)[0].startswith(
        "Đã gửi lại “Lịch công tác tuần” cho Ban biên tập duyệt từ bước đầu. "
        f"Đang chờ bước “{MEMBER_STEP}”"
    )
    assert current_task_state(page.pk).task.name == MEMBER_STEP


def test_an_announcement_is_told_the_same(people):
    url = "/admin/snippets/home/announcement/add/"
    response = people["btv"].get(url, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "Gửi Ban biên tập duyệt" in response.text
    response = people["btv"].post(
        url,
        {
            "title": "Lịch tiếp công dân",
            "body": rich_text("<p>Thứ Năm hằng tuần.</p>"),
            "action-submit": "1",
        },
        HTTP_HOST=A_HOST,
        follow=True,
    )
    assert shown_messages(response)[0].startswith(
        "Đã gửi “Lịch tiếp công dân” cho Ban biên tập duyệt. Đang chờ bước "
        f"“{MEMBER_STEP}” (Thành viên Ban biên tập)."
    )
    with inside("sotttt"):
        notice = Announcement.objects.get(title="Lịch tiếp công dân")
        state = TaskState.objects.get(
            workflow_state__object_id=str(notice.pk),
            status=TaskState.STATUS_IN_PROGRESS,
        )
    url = reverse(
        "wagtailsnippets_home_announcement:workflow_action",
        args=[notice.pk, "approve", state.pk],
    )
    response = people["thanhvien"].post(
        url, {"comment": ""}, HTTP_HOST=A_HOST, follow=True
    )
    assert shown_messages(response)[:1] == [
        f"Đã phê duyệt “Lịch tiếp công dân” ở bước “{MEMBER_STEP}”. Đang chờ bước "
        f"“{HEAD_STEP}” (Phó Trưởng Ban biên tập, Trưởng Ban biên tập)."
    ]
