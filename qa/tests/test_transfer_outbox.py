"""Routing a question to another portal through the outbox (Art. 12.1d).

A's copy is closed only once B has the question; with delivery failing (the
broker down) A's copy is "transferring" and B has nothing, until the drain
completes both. Routed back (A → B → A) the question is reopened at A, one
question with its whole history, and B's copy is closed. An erasure asked at
B reaches A's copy.
"""

import pytest
from django.core import mail
from django.utils import timezone

from editorial import roles
from outbox.models import Delivery, Receipt
from outbox.tasks import drain_everywhere
from qa.models import Question
from tests.broker import broker_unreachable
from tests.portals import A_HOST, B_HOST, agency, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def boards(client_class):
    make_staff("sotttt", "bientap_a", roles.MEMBER)
    make_staff("soyte", "bientap_b", roles.MEMBER)
    return {
        "sotttt": signed_in(client_class, A_HOST, "bientap_a"),
        "soyte": signed_in(client_class, B_HOST, "bientap_b"),
    }


def new_question():
    with inside("sotttt"):
        question = Question.objects.create(
            name="Trần Văn Bình",
            email="binh@example.vn",
            phone="0918 123 456",
            title="Cấp phép hành nghề y tư nhân",
            question="Xin hỏi thủ tục cấp phép phòng khám tư nhân?",
            field="y-te",
            consent_at=timezone.now(),
        )
        question.events.create(kind="received", public_text="Đã tiếp nhận câu hỏi")
    return question


def route(client, question_pk, host, to):
    return client.post(
        f"/admin/hoi-dap/{question_pk}/",
        {"action": "transfer", "agency": agency(to).pk},
        HTTP_HOST=host,
    )


def status_page(client, host, code):
    response = client.post("/hoi-dap/tra-cuu/", {"code": code}, HTTP_HOST=host)
    assert response.status_code == 200
    return response.text


def copy(code, tracking_code):
    with inside(code):
        return Question.objects.filter(tracking_code=tracking_code).first()


def test_with_delivery_failing_a_is_not_closed_and_b_is_empty_until_the_drain(
    boards, client, django_capture_on_commit_callbacks
):
    question = new_question()
    code = question.tracking_code
    with broker_unreachable():
        with django_capture_on_commit_callbacks(execute=True):
            response = route(boards["sotttt"], question.pk, A_HOST, "soyte")
    assert response.status_code == 302
    assert copy("sotttt", code).status == Question.TRANSFERRING
    assert copy("soyte", code) is None
    assert "Đang chuyển cơ quan khác" in status_page(client, A_HOST, code)
    with inside("sotttt"):
        (row,) = Delivery.objects.filter(kind="qa.transfer")
        assert row.status == Delivery.PENDING
        # The row holds identifiers, no personal data.
        assert "binh@example.vn" not in str(row.payload)
    assert mail.outbox == []
    # While on its way it cannot be routed again.
    again = route(boards["sotttt"], question.pk, A_HOST, "angiang")
    # Refused with a message, back on the question's page.
    assert again.status_code == 302
    assert again["Location"] == f"/admin/hoi-dap/{question.pk}/"
    with inside("sotttt"):
        assert Delivery.objects.filter(kind="qa.transfer").count() == 1
    # The drain (beat) completes both sides and tells the citizen.
    drain_everywhere.delay().get()
    a, b = copy("sotttt", code), copy("soyte", code)
    assert a.status == Question.TRANSFERRED
    assert b.status == Question.RECEIVED and b.email == "binh@example.vn"
    assert b.due_on == a.due_on
    assert [m.to for m in mail.outbox] == [["binh@example.vn"]]
    assert "Sở Y tế" in mail.outbox[0].body
    assert "Nhận từ Sở Thông tin và Truyền thông để trả lời" in status_page(
        client, B_HOST, code
    )
    # Draining again changes nothing.
    drain_everywhere.delay().get()
    with inside("soyte"):
        assert Question.objects.filter(tracking_code=code).count() == 1
    assert len(mail.outbox) == 1


def test_a_transfer_delivered_twice_opens_the_question_once(
    boards, django_capture_on_commit_callbacks
):
    """As after a crash between B's commit and A's: the row is delivered again."""
    from outbox import service
    from qa import transfers

    question = new_question()
    with django_capture_on_commit_callbacks(execute=True):
        route(boards["sotttt"], question.pk, A_HOST, "soyte")
    with inside("sotttt"):
        row = Delivery.objects.get(kind="qa.transfer")
        assert row.status == Delivery.DONE
        data = transfers.snapshot(Question.objects.get(pk=question.pk))
        source = service.current_source(row)
    with inside("soyte"):
        assert transfers.receive(data, source) is None  # keyed by A's row
        assert Question.objects.filter(tracking_code=question.tracking_code).count()
        moved = Question.objects.get(tracking_code=question.tracking_code)
        assert moved.events.filter(kind="transferred_in").count() == 1
        assert Receipt.objects.filter(source_schema="sotttt", source_id=row.pk).exists()


def test_routed_back_the_question_is_reopened_at_a_and_closed_at_b(
    boards, client, django_capture_on_commit_callbacks
):
    question = new_question()
    code = question.tracking_code
    with django_capture_on_commit_callbacks(execute=True):
        route(boards["sotttt"], question.pk, A_HOST, "soyte")
    b = copy("soyte", code)
    with django_capture_on_commit_callbacks(execute=True):
        response = route(boards["soyte"], b.pk, B_HOST, "sotttt")
    assert response.status_code == 302
    with inside("sotttt"):
        copies = list(Question.objects.filter(tracking_code=code))
        assert len(copies) == 1 and copies[0].pk == question.pk
        assert copies[0].status == Question.RECEIVED
        kinds = list(copies[0].events.values_list("kind", flat=True))
    # The whole history, A's steps once, B's steps after them.
    assert kinds.count("received") == 1
    assert kinds.count("transferred_in") == 2  # the one at B, the one back at A
    assert kinds[-1] == "transferred_in"
    assert copy("soyte", code).status == Question.TRANSFERRED
    page = status_page(client, A_HOST, code)
    assert "Nhận lại từ Sở Y tế để trả lời" in page
    assert "Đã tiếp nhận" in page  # the status: open again
    # The board at A works on it again.
    response = boards["sotttt"].get(f"/admin/hoi-dap/{question.pk}/", HTTP_HOST=A_HOST)
    assert response.status_code == 200


def test_an_erasure_at_b_reaches_a_s_copy(
    boards, client, django_capture_on_commit_callbacks
):
    question = new_question()
    code = question.tracking_code
    with django_capture_on_commit_callbacks(execute=True):
        route(boards["sotttt"], question.pk, A_HOST, "soyte")
    with broker_unreachable():
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/hoi-dap/tra-cuu/", {"code": code, "erase": "1"}, HTTP_HOST=B_HOST
            )
    assert response.status_code == 200 and "Đã xoá họ tên" in response.text
    b = copy("soyte", code)
    assert b.erased_at and b.email == "" and b.name == "(đã xoá)"
    # The erasure at A is on its way (stored at B), not lost with the broker.
    assert copy("sotttt", code).email == "binh@example.vn"
    drain_everywhere.delay().get()
    a = copy("sotttt", code)
    assert a.erased_at and a.email == "" and a.phone == "" and a.name == "(đã xoá)"
    with inside("sotttt"):
        assert a.events.filter(kind="erased").exists()


def test_an_erasure_reaches_every_portal_of_a_longer_chain(
    boards, client, client_class, django_capture_on_commit_callbacks
):
    """A → B → province: erased at A, B's and the province's copies go too."""
    make_staff("angiang", "bientap_p", roles.MEMBER)
    question = new_question()
    code = question.tracking_code
    with django_capture_on_commit_callbacks(execute=True):
        route(boards["sotttt"], question.pk, A_HOST, "soyte")
    with django_capture_on_commit_callbacks(execute=True):
        route(boards["soyte"], copy("soyte", code).pk, B_HOST, "angiang")
    assert copy("angiang", code).email == "binh@example.vn"
    with django_capture_on_commit_callbacks(execute=True):
        erased = client.post(
            "/hoi-dap/tra-cuu/", {"code": code, "erase": "1"}, HTTP_HOST=A_HOST
        )
    assert erased.status_code == 200
    drain_everywhere()
    drain_everywhere()
    for portal in ("sotttt", "soyte", "angiang"):
        assert copy(portal, code).erased_at, portal
        assert copy(portal, code).email == "", portal
