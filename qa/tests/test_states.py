"""Question states enforced on the server (issue 10, point 6): each action only
from its states, under a row lock, with the version the form was opened on."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from editorial import roles
from qa.models import Question
from qa.pages import QAPage
from tests.portals import A_HOST, agency, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db

REFUSED = "Không thể"
STALE = "đã được người khác cập nhật"


def question(code="sotttt", **fields):
    values = {
        "name": "Lê Thị Mai",
        "email": "mai@example.vn",
        "title": "Giờ làm việc của bộ phận một cửa",
        "question": "Bộ phận một cửa có làm việc sáng thứ bảy không?",
        "field": "thu-tuc-hanh-chinh",
        "consent_at": timezone.now(),
        **fields,
    }
    with inside(code):
        return Question.objects.create(**values)


def reload(pk, code="sotttt"):
    with inside(code):
        return Question.objects.get(pk=pk)


def url(q):
    return f"/admin/hoi-dap/{q.pk}/"


def opened_version(client, q):
    """The version the board's page carries in its forms."""
    page = client.get(url(q), HTTP_HOST=A_HOST)
    assert page.status_code == 200
    return page.context["question"].version


@pytest.fixture
def board(client_class):
    make_staff("sotttt", "truongban", roles.HEAD)
    make_staff("sotttt", "photruongban", roles.DEPUTY)
    make_staff("sotttt", "thanhvien", roles.MEMBER)
    return {
        "head": signed_in(client_class, A_HOST, "truongban"),
        "deputy": signed_in(client_class, A_HOST, "photruongban"),
        "member": signed_in(client_class, A_HOST, "thanhvien"),
    }


def test_approving_twice_sends_one_email(board, django_capture_on_commit_callbacks):
    q = question(status=Question.AWAITING_APPROVAL, answer="Có, từ 7 giờ đến 11 giờ.")
    head, deputy = board["head"], board["deputy"]
    # Both have the page open on the same version, and both press "approve".
    version = opened_version(head, q)
    assert opened_version(deputy, q) == version
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        first = head.post(
            url(q), {"action": "approve", "version": version}, HTTP_HOST=A_HOST
        )
        second = deputy.post(
            url(q),
            {"action": "approve", "version": version},
            HTTP_HOST=A_HOST,
            follow=True,
        )
        # An old form without a version is refused by the state alone.
        third = deputy.post(
            url(q), {"action": "approve"}, HTTP_HOST=A_HOST, follow=True
        )
    assert first.status_code == 302
    assert second.status_code == 200 and STALE in second.text
    assert third.status_code == 200 and REFUSED in third.text
    assert [m.to for m in mail.outbox] == [["mai@example.vn"]]
    with inside("sotttt"):
        kinds = list(
            Question.objects.get(pk=q.pk).events.values_list("kind", "actor__username")
        )
    assert kinds == [("answered", "truongban")]


def test_a_stale_draft_cannot_reopen_an_answered_question(
    board, django_capture_on_commit_callbacks
):
    sent = "Có, từ 7 giờ đến 11 giờ sáng thứ bảy."
    q = question(status=Question.AWAITING_APPROVAL, answer=sent)
    member, head = board["member"], board["head"]
    version = opened_version(member, q)  # the member opens the draft form …
    with django_capture_on_commit_callbacks(execute=True):
        head.post(url(q), {"action": "approve", "version": version}, HTTP_HOST=A_HOST)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        # … and posts it after the citizen has received the answer.
        stale = member.post(
            url(q),
            {"action": "answer", "text": "Không làm việc.", "version": version},
            HTTP_HOST=A_HOST,
            follow=True,
        )
        unversioned = member.post(
            url(q), {"action": "answer", "text": "Không làm việc."}, HTTP_HOST=A_HOST
        )
        reapproved = head.post(url(q), {"action": "approve"}, HTTP_HOST=A_HOST)
    assert stale.status_code == 200 and STALE in stale.text
    assert unversioned.status_code == 302 and reapproved.status_code == 302
    fresh = reload(q.pk)
    assert fresh.status == Question.ANSWERED and fresh.answer == sent
    assert mail.outbox == []


def test_a_draft_opened_before_another_draft_is_refused(board):
    q = question(status=Question.ASSIGNED)
    member, deputy = board["member"], board["deputy"]
    version = opened_version(member, q)
    deputy.post(
        url(q),
        {"action": "answer", "text": "Bản của phó trưởng ban.", "version": version},
        HTTP_HOST=A_HOST,
    )
    late = member.post(
        url(q),
        {"action": "answer", "text": "Bản cũ.", "version": version},
        HTTP_HOST=A_HOST,
        follow=True,
    )
    assert late.status_code == 200 and STALE in late.text
    assert reload(q.pk).answer == "Bản của phó trưởng ban."


def test_every_answer_text_is_kept_in_the_history(
    board, django_capture_on_commit_callbacks
):
    q = question(status=Question.ASSIGNED)
    member, head = board["member"], board["head"]
    for text in ("Bản thứ nhất.", "Bản thứ hai, đã sửa."):
        assert (
            member.post(
                url(q), {"action": "answer", "text": text}, HTTP_HOST=A_HOST
            ).status_code
            == 302
        )
    with django_capture_on_commit_callbacks(execute=True):
        head.post(url(q), {"action": "approve"}, HTTP_HOST=A_HOST)
    with inside("sotttt"):
        history = list(
            Question.objects.get(pk=q.pk).events.values_list(
                "kind", "actor__username", "note"
            )
        )
    assert history == [
        ("answer_drafted", "thanhvien", "Bản thứ nhất."),
        ("answer_drafted", "thanhvien", "Bản thứ hai, đã sửa."),
        ("answered", "truongban", "Bản thứ hai, đã sửa."),
    ]
    page = head.get(url(q), HTTP_HOST=A_HOST)
    assert page.status_code == 200 and "Bản thứ nhất." in page.text


@pytest.mark.parametrize(
    "post",
    [
        {"action": "classify", "field": "y-te"},
        {"action": "assign", "unit": "Phòng Hành chính", "assignee": "ASSIGNEE"},
        {"action": "out_of_remit", "text": "Không thuộc thẩm quyền."},
        {"action": "answer", "text": "Trả lời khác."},
        {"action": "progress", "promised_on": "2026-12-30", "note": ""},
        {"action": "transfer", "agency": "SOYTE"},
        {"action": "approve"},
    ],
    ids=lambda p: p["action"],
)
def test_an_answered_question_refuses_every_other_action(
    board, post, django_capture_on_commit_callbacks
):
    q = question(
        status=Question.ANSWERED,
        answer="Đã trả lời.",
        answered_at=timezone.now(),
        responded_at=timezone.now(),
    )
    with inside("sotttt"):
        from django.contrib.auth import get_user_model

        assignee = get_user_model().objects.get(username="thanhvien").pk
    data = {
        key: {"ASSIGNEE": assignee, "SOYTE": agency("soyte").pk}.get(value, value)
        for key, value in post.items()
    }
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = board["head"].post(url(q), data, HTTP_HOST=A_HOST, follow=True)
    assert response.status_code == 200 and REFUSED in response.text
    fresh = reload(q.pk)
    assert (fresh.status, fresh.answer, fresh.field) == (
        Question.ANSWERED,
        "Đã trả lời.",
        "thu-tuc-hanh-chinh",
    )
    assert mail.outbox == []
    with inside("soyte"):
        assert not Question.objects.filter(tracking_code=q.tracking_code).exists()


def test_a_transferred_question_cannot_be_routed_again(board):
    q = question(status=Question.TRANSFERRED, responded_at=timezone.now())
    response = board["member"].post(
        url(q),
        {"action": "transfer", "agency": agency("soyte").pk},
        HTTP_HOST=A_HOST,
        follow=True,
    )
    assert response.status_code == 200 and REFUSED in response.text
    with inside("soyte"):
        assert not Question.objects.filter(tracking_code=q.tracking_code).exists()


def test_publishing_twice_gives_the_same_page(board):
    q = question(
        status=Question.ANSWERED,
        answer="Có, từ 7 giờ đến 11 giờ.",
        answered_at=timezone.now(),
        responded_at=timezone.now() - timedelta(minutes=5),
    )
    head, deputy = board["head"], board["deputy"]
    version = opened_version(deputy, q)
    first = head.post(url(q), {"action": "publish"}, HTTP_HOST=A_HOST)
    second = deputy.post(
        url(q), {"action": "publish", "version": version}, HTTP_HOST=A_HOST
    )
    assert first.status_code == 302 and second.status_code == 302
    assert first["Location"] == second["Location"]
    with inside("sotttt"):
        assert QAPage.objects.filter(source_question_id=q.pk).count() == 1


def test_publishing_an_unanswered_question_is_refused_with_a_message(board):
    q = question(status=Question.AWAITING_APPROVAL, answer="Bản nháp.")
    response = board["head"].post(
        url(q), {"action": "publish"}, HTTP_HOST=A_HOST, follow=True
    )
    assert response.status_code == 200 and REFUSED in response.text
    with inside("sotttt"):
        assert not QAPage.objects.filter(source_question_id=q.pk).exists()
