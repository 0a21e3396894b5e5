"""The outbox keeps what the broker or SMTP could not take, and delivers it once.

With the broker down (the real Celery app pointed at a closed port), an
approved answer is stored with its email as an outbox row and nothing is
sent; the beat drain sends it, once. An SMTP failure is retried after a
back-off. One broken portal schema does not stop the drain of the others.
"""

import smtplib

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone

from outbox.models import Delivery
from outbox.service import BASE_DELAY, backoff
from outbox.tasks import drain_everywhere
from qa.models import Question
from tests.broker import broker_unreachable
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db


class DownSmtpBackend(EmailBackend):
    """An SMTP server that refuses every message while ``down`` is set."""

    down = True
    attempts = 0

    def send_messages(self, messages):
        DownSmtpBackend.attempts += 1
        if DownSmtpBackend.down:
            raise smtplib.SMTPServerDisconnected("máy chủ thư không trả lời")
        return super().send_messages(messages)


def awaiting_approval(code="sotttt"):
    from editorial import roles

    with inside(code):
        make_staff(code, f"truongban_{code}", roles.HEAD)
        question = Question.objects.create(
            name="Trần Văn Bình",
            email="binh@example.vn",
            title="Thủ tục cấp lại giấy phép",
            question="Xin hỏi thủ tục cấp lại giấy phép hoạt động in?",
            field="thu-tuc-hanh-chinh",
            consent_at=timezone.now(),
            status=Question.AWAITING_APPROVAL,
            answer="Ông/bà nộp hồ sơ tại Trung tâm phục vụ hành chính công.",
        )
    return question


def approve(client_class, question, host=A_HOST, code="sotttt"):
    head = signed_in(client_class, host, f"truongban_{code}")
    return head.post(
        f"/admin/hoi-dap/{question.pk}/", {"action": "approve"}, HTTP_HOST=host
    )


def rows(code="sotttt", **filters):
    with inside(code):
        return list(Delivery.objects.filter(**filters))


def test_with_the_broker_down_the_answer_waits_then_goes_once(
    client_class, django_capture_on_commit_callbacks
):
    question = awaiting_approval()
    with broker_unreachable():
        with django_capture_on_commit_callbacks(execute=True):
            response = approve(client_class, question)
    assert response.status_code == 302
    with inside("sotttt"):
        question.refresh_from_db()
    assert question.status == Question.ANSWERED
    # The email is stored with the answer, not sent, not lost.
    (row,) = rows(kind="qa.email")
    assert row.payload == {"question_id": question.pk, "kind": "answer"}
    assert row.status == Delivery.PENDING and row.attempts == 0
    assert mail.outbox == []
    # Beat's drain delivers it; a second drain sends nothing more.
    result = drain_everywhere.delay().get()
    assert result["delivered"]["sotttt"] == 1 and result["broken"] == {}
    drain_everywhere.delay().get()
    assert [m.to for m in mail.outbox] == [["binh@example.vn"]]
    assert "Trung tâm phục vụ hành chính công" in mail.outbox[0].body
    (row,) = rows(kind="qa.email")
    assert row.status == Delivery.DONE and row.delivered_at and row.attempts == 1


def test_with_the_broker_up_the_email_is_delivered_on_commit(
    client_class, django_capture_on_commit_callbacks
):
    """Without a broker (tasks in process, as in make run) delivery is on commit."""
    question = awaiting_approval()
    with django_capture_on_commit_callbacks(execute=True):
        assert approve(client_class, question).status_code == 302
    assert [m.to for m in mail.outbox] == [["binh@example.vn"]]
    (row,) = rows(kind="qa.email")
    assert row.status == Delivery.DONE


def test_an_smtp_failure_is_retried_with_back_off_then_delivered(
    client_class, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "outbox.tests.test_delivery.DownSmtpBackend"
    DownSmtpBackend.down, DownSmtpBackend.attempts = True, 0
    question = awaiting_approval()
    start = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        assert approve(client_class, question).status_code == 302
    (row,) = rows(kind="qa.email")
    assert row.status == Delivery.PENDING and row.attempts == 1
    assert "máy chủ thư không trả lời" in row.last_error
    assert row.next_attempt_at >= start + backoff(1)
    # Not due yet: the drain leaves it alone.
    drain_everywhere()
    assert DownSmtpBackend.attempts == 1
    # Due, still down: a second failure, the wait doubles.
    with time_machine.travel(row.next_attempt_at, tick=False):
        drain_everywhere()
        (row,) = rows(kind="qa.email")
        assert row.attempts == 2
        assert row.next_attempt_at == timezone.now() + backoff(2)
        assert backoff(2).total_seconds() == 2 * BASE_DELAY
    assert mail.outbox == []
    # SMTP is back: the next drain after the back-off delivers it, once.
    DownSmtpBackend.down = False
    with time_machine.travel(row.next_attempt_at, tick=False):
        drain_everywhere()
        drain_everywhere()
    assert [m.to for m in mail.outbox] == [["binh@example.vn"]]
    (row,) = rows(kind="qa.email")
    assert row.status == Delivery.DONE and row.attempts == 3 and not row.last_error


def test_after_the_last_attempt_the_row_is_failed_and_kept(settings):
    from outbox import service

    settings.EMAIL_BACKEND = "outbox.tests.test_delivery.DownSmtpBackend"
    DownSmtpBackend.down = True
    with inside("sotttt"):
        row = service.enqueue(
            "mail", {"subject": "S", "body": "B", "to": ["x@x.vn"]}, kick=False
        )
        for _ in range(service.MAX_ATTEMPTS):
            Delivery.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
            service.deliver(row.pk)
        row.refresh_from_db()
        assert row.status == Delivery.FAILED
        assert row.attempts == service.MAX_ATTEMPTS
        # A failed row waits for an operator; the drain does not take it.
        assert service.drain_here() == 0
    assert mail.outbox == []


def test_a_broken_schema_does_not_stop_the_drain_of_the_others():
    from django.db import connection

    from outbox import service

    for code in ("sotttt", "soyte"):
        with inside(code):
            service.enqueue(
                "mail",
                {"subject": f"Thư {code}", "body": "Nội dung", "to": ["x@x.vn"]},
                kick=False,
            )
    with inside("angiang"):
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE outbox_delivery CASCADE")
    result = drain_everywhere()
    assert "angiang" in result["broken"]
    assert "outbox_delivery" in result["broken"]["angiang"]
    delivered = {code: n for code, n in result["delivered"].items() if n}
    assert delivered == {"soyte": 1, "sotttt": 1}
    assert set(result["delivered"]) | set(result["broken"]) >= {
        "longxuyen",
        "mybinh",
        "mylong",
    }
    assert sorted(m.subject for m in mail.outbox) == ["Thư sotttt", "Thư soyte"]


def test_each_portal_drains_only_its_own_rows(client_class):
    from outbox import service

    with inside("sotttt"):
        row = service.enqueue(
            "mail", {"subject": "Của A", "body": ".", "to": ["a@x.vn"]}, kick=False
        )
    with inside("soyte"):
        assert not Delivery.objects.filter(pk=row.pk, kind="mail").exists()
        assert service.drain_here() == 0
    assert mail.outbox == []
    with inside("sotttt"):
        assert service.drain_here() == 1
    assert [m.subject for m in mail.outbox] == ["Của A"]
    # B's portal admin has no way to this row either: the console is not on B.
    assert client_class().get("/hang-doi-gui/", HTTP_HOST=B_HOST).status_code == 404
