"""The whole path on two portals' hosts: ask → classify → route → answer →
approve → emailed → published as a Q&A page through the workflow."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import TaskState

from editorial import roles
from qa.models import Question
from qa.pages import QAPage
from tests.captcha import solved
from tests.portals import A_HOST, B_HOST, agency, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db


def test_the_whole_path(client, client_class, django_capture_on_commit_callbacks):
    make_staff("sotttt", "tv_a", roles.MEMBER)
    make_staff("soyte", "tv_b", roles.MEMBER)
    answerer = make_staff("soyte", "chuyenvien", roles.EDITOR)
    make_staff("soyte", "tb_b", roles.HEAD)

    # 1. A citizen asks the wrong portal.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/hoi-dap/gui-cau-hoi/",
            {
                "name": "Phạm Thị Thu Hà",
                "email": "ha@example.vn",
                "phone": "",
                "field": "y-te",
                "title": "Tiêm chủng cho trẻ",
                "question": "Lịch tiêm chủng mở rộng cho trẻ dưới 1 tuổi tại Long Xuyên thế nào?",
                "consent": "on",
                **solved("sotttt"),
                "website": "",
            },
            HTTP_HOST=A_HOST,
        )
    with inside("sotttt"):
        code = Question.objects.get().tracking_code
        pk_a = Question.objects.get().pk

    # 2. Portal A classifies and routes it to the Department of Health.
    a = signed_in(client_class, A_HOST, "tv_a")
    a.post(
        f"/admin/hoi-dap/{pk_a}/",
        {"action": "classify", "field": "y-te"},
        HTTP_HOST=A_HOST,
    )
    with django_capture_on_commit_callbacks(execute=True):
        a.post(
            f"/admin/hoi-dap/{pk_a}/",
            {"action": "transfer", "agency": agency("soyte").pk},
            HTTP_HOST=A_HOST,
        )

    # 3. Portal B assigns, answers, approves; the citizen is emailed.
    with inside("soyte"):
        pk_b = Question.objects.get(tracking_code=code).pk
    b = signed_in(client_class, B_HOST, "tv_b")
    b.post(
        f"/admin/hoi-dap/{pk_b}/",
        {"action": "assign", "unit": "Phòng Nghiệp vụ Y", "assignee": answerer.pk},
        HTTP_HOST=B_HOST,
    )
    writer = signed_in(client_class, B_HOST, "chuyenvien")
    writer.post(
        f"/admin/hoi-dap/{pk_b}/",
        {
            "action": "answer",
            "text": "Trẻ được tiêm theo lịch tại trạm y tế phường vào ngày 25 hằng tháng.",
        },
        HTTP_HOST=B_HOST,
    )
    mail.outbox.clear()
    head = signed_in(client_class, B_HOST, "tb_b")
    with django_capture_on_commit_callbacks(execute=True):
        head.post(f"/admin/hoi-dap/{pk_b}/", {"action": "approve"}, HTTP_HOST=B_HOST)
    assert [m.to for m in mail.outbox] == [["ha@example.vn"]]
    assert "ngày 25 hằng tháng" in mail.outbox[0].body

    # 4. Published as a Q&A page through the board's workflow, initials only.
    response = b.post(
        f"/admin/hoi-dap/{pk_b}/", {"action": "publish"}, HTTP_HOST=B_HOST
    )
    assert response.status_code == 302
    with inside("soyte"):
        page = QAPage.objects.get()
        assert not page.live and page.asker == "P.T.T.H."
        state = TaskState.objects.get(status="in_progress")
        state.task.specific.on_action(
            state, get_user_model().objects.get(username="tv_b"), "approve"
        )
        state = TaskState.objects.get(status="in_progress")
        state.task.specific.on_action(
            state, get_user_model().objects.get(username="tb_b"), "approve"
        )
        page.refresh_from_db()
        assert page.live
    listing = client.get("/hoi-dap/?linh_vuc=y-te&q=tiem+chung", HTTP_HOST=B_HOST).text
    assert "Tiêm chủng cho trẻ" in listing
    public = client.get(page.url_path.replace("/trang-chu", ""), HTTP_HOST=B_HOST).text
    assert (
        "P.T.T.H." in public
        and "Phạm Thị Thu Hà" not in public
        and "ha@example.vn" not in public
    )
    elsewhere = client.get("/hoi-dap/", HTTP_HOST=A_HOST)
    assert elsewhere.status_code == 200
    assert "Tiêm chủng cho trẻ" not in elsewhere.text
