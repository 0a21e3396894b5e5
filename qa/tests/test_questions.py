"""Citizens' questions: the public form, the status page and the board's handling."""

from datetime import date, datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from editorial import roles
from qa.models import Question
from tests.captcha import solved
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db

VN = timezone.get_fixed_timezone(7 * 60)
PASSWORD = "Hoi-Dap-Cong-Dan-2026"


def form(**extra):
    data = {
        "name": "Trần Văn Bình",
        "email": "binh@example.vn",
        "phone": "0918 123 456",
        "field": "thu-tuc-hanh-chinh",
        "title": "Thủ tục cấp lại giấy phép",
        "question": "Xin hỏi thủ tục cấp lại giấy phép hoạt động in cần những giấy tờ gì?",
        "consent": "on",
        "website": "",
    }
    data.update(extra)
    return data


CODES = {A_HOST: "sotttt", B_HOST: "soyte"}


def ask(client, host=A_HOST, ip="10.5.5.5", **extra):
    data = {**solved(CODES[host]), **form(**extra)}
    return client.post("/hoi-dap/gui-cau-hoi/", data, HTTP_HOST=host, REMOTE_ADDR=ip)


def staff(username, role):
    user = get_user_model().objects.create_user(
        username,
        password=PASSWORD,
        decision_number="8/QĐ",
        email=f"{username}@x.vn",
        full_name=username,
    )
    user.groups.add(roles.group(role))
    return user


def admin(client_class, username, host=A_HOST):
    client = client_class()
    assert (
        client.post(
            "/admin/login/",
            {"username": username, "password": PASSWORD},
            HTTP_HOST=host,
        ).status_code
        == 302
    )
    return client


def test_a_question_is_stored_and_acknowledged(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client)
    assert response.status_code == 200
    with inside("sotttt"):
        question = Question.objects.get()
    assert question.tracking_code in response.text
    assert question.consent_at is not None
    assert [m.to for m in mail.outbox] == [["binh@example.vn"]]
    assert question.tracking_code in mail.outbox[0].body
    assert (
        f"http://{A_HOST}:8000/hoi-dap/tra-cuu/ bằng mã tra cứu "
        f"{question.tracking_code}" in mail.outbox[0].body
    )
    with inside("soyte"):
        assert not Question.objects.exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"question": ""}, "Xin điền mục này"),
        ({"question": "x" * 5001}, "tối đa 5000 ký tự"),
        ({"email": "khong-phai-email"}, "Địa chỉ thư điện tử không hợp lệ."),
        ({"email": "", "phone": ""}, "Cần thư điện tử hoặc số điện thoại"),
        ({"consent": ""}, "Cần đồng ý để Ban biên tập xử lý"),
        ({"captcha_answer": "99"}, "Kết quả phép tính chưa đúng."),
        ({"title": "<script>alert(1)</script>"}, "Không chấp nhận mã HTML hoặc script"),
        ({"name": "<b>Bình</b>"}, "Không chấp nhận mã HTML hoặc script"),
        ({"website": "http://spam"}, "Không gửi được câu hỏi."),
    ],
)
def test_bad_input_gets_a_vietnamese_error_and_stores_nothing(client, extra, message):
    response = ask(client, **extra)
    assert message in response.text
    with inside("sotttt"):
        assert not Question.objects.exists()


def test_script_in_the_question_is_refused(client):
    response = ask(
        client, question="Xin hỏi <script>alert('x')</script> về thủ tục cấp phép?"
    )
    assert "Không chấp nhận mã HTML hoặc script" in response.text
    with inside("sotttt"):
        assert not Question.objects.exists()


def test_a_flood_from_one_address_is_refused(client, settings):
    settings.QA_SUBMISSIONS_PER_HOUR = 3
    for _ in range(3):
        assert ask(client).status_code == 200
    flooded = ask(client)
    assert flooded.status_code == 429
    assert "quá nhiều câu hỏi" in flooded.text
    assert ask(client, ip="10.6.6.6").status_code == 200
    with inside("sotttt"):
        assert Question.objects.count() == 4


@time_machine.travel(datetime(2026, 4, 15, 9, 0, tzinfo=VN), tick=False)
def test_due_in_15_working_days_across_the_holidays(client):
    ask(client)
    with inside("sotttt"):
        question = Question.objects.get()
    assert question.due_on == date(2026, 5, 11)  # across 27/4, 30/4 and 1/5
    status = client.post(
        "/hoi-dap/tra-cuu/", {"code": question.tracking_code}, HTTP_HOST=A_HOST
    ).text
    assert "11/05/2026" in status and "Đã tiếp nhận câu hỏi" in status
    assert "Trần Văn Bình" not in status and "binh@example.vn" not in status


def test_the_board_handles_a_question_to_an_approved_answer(
    client, client_class, django_capture_on_commit_callbacks
):
    ask(client)
    with inside("sotttt"):
        question = Question.objects.get()
        staff("thanhvien", roles.MEMBER)
        answerer = staff("bientap", roles.EDITOR)
        staff("truongban", roles.HEAD)
    member = admin(client_class, "thanhvien")
    url = f"/admin/hoi-dap/{question.pk}/"
    member.post(
        url, {"action": "classify", "field": "thong-tin-truyen-thong"}, HTTP_HOST=A_HOST
    )
    member.post(
        url,
        {"action": "assign", "unit": "Phòng Bưu chính", "assignee": answerer.pk},
        HTTP_HOST=A_HOST,
    )

    writer = admin(client_class, "bientap")
    page = writer.get(url, HTTP_HOST=A_HOST).text
    assert "binh@example.vn" in page  # the assigned answerer sees the contact
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        writer.post(
            url,
            {"action": "answer", "text": "Hồ sơ gồm đơn đề nghị và bản sao giấy phép."},
            HTTP_HOST=A_HOST,
        )
        # The answerer cannot approve their own answer.
        assert (
            writer.post(url, {"action": "approve"}, HTTP_HOST=A_HOST).status_code == 302
        )
    with inside("sotttt"):
        assert Question.objects.get().status == Question.AWAITING_APPROVAL
    assert mail.outbox == []

    head = admin(client_class, "truongban")
    with django_capture_on_commit_callbacks(execute=True):
        head.post(url, {"action": "approve"}, HTTP_HOST=A_HOST)
    with inside("sotttt"):
        question = Question.objects.get()
        assert question.status == Question.ANSWERED and question.responded_at
        history = list(question.events.values_list("kind", "actor__username"))
    assert history == [
        ("received", None),
        ("classified", "thanhvien"),
        ("assigned", "thanhvien"),
        ("answer_drafted", "bientap"),
        ("answered", "truongban"),
    ]
    assert [m.to for m in mail.outbox] == [["binh@example.vn"]]
    assert "Hồ sơ gồm đơn đề nghị" in mail.outbox[0].body
    status = client.post(
        "/hoi-dap/tra-cuu/", {"code": question.tracking_code}, HTTP_HOST=A_HOST
    ).text
    assert "Hồ sơ gồm đơn đề nghị" in status


def test_out_of_remit_and_progress_notice_email_the_citizen(
    client, client_class, django_capture_on_commit_callbacks
):
    ask(client)
    ask(client, title="Câu hỏi thứ hai")
    with inside("sotttt"):
        first, second = Question.objects.order_by("pk")
        staff("thanhvien", roles.MEMBER)
    member = admin(client_class, "thanhvien")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        member.post(
            f"/admin/hoi-dap/{first.pk}/",
            {
                "action": "out_of_remit",
                "text": "Thuộc thẩm quyền của Sở Tài nguyên và Môi trường.",
            },
            HTTP_HOST=A_HOST,
        )
        member.post(
            f"/admin/hoi-dap/{second.pk}/",
            {
                "action": "progress",
                "promised_on": "2026-12-20",
                "note": "Cần xin ý kiến Bộ.",
            },
            HTTP_HOST=A_HOST,
        )
    bodies = [m.body for m in mail.outbox]
    assert any("Thuộc thẩm quyền của Sở Tài nguyên và Môi trường." in b for b in bodies)
    assert any("Ngày hẹn trả lời: 20/12/2026" in b for b in bodies)
    with inside("sotttt"):
        first.refresh_from_db()
        second.refresh_from_db()
    assert first.status == Question.OUT_OF_REMIT and first.deadline.kind == "on_time"
    assert (
        second.promised_on == date(2026, 12, 20) and second.deadline.kind == "on_time"
    )


def test_personal_data_is_hidden_from_other_staff_and_other_portals(
    client, client_class
):
    ask(client)
    with inside("sotttt"):
        question = Question.objects.get()
        staff("ctv", roles.CONTRIBUTOR)
    contributor = admin(client_class, "ctv")
    response = contributor.get(f"/admin/hoi-dap/{question.pk}/", HTTP_HOST=A_HOST)
    assert response.status_code == 302  # refused: not the board, not the answerer
    with inside("soyte"):
        staff("thanhvien", roles.MEMBER)
    other = admin(client_class, "thanhvien", host=B_HOST)
    assert (
        other.get(f"/admin/hoi-dap/{question.pk}/", HTTP_HOST=B_HOST).status_code == 404
    )
    listing = other.get("/admin/hoi-dap/", HTTP_HOST=B_HOST)
    assert listing.status_code == 200
    assert "binh@example.vn" not in listing.text


def test_the_citizen_erases_their_personal_data(client):
    ask(client)
    with inside("sotttt"):
        code = Question.objects.get().tracking_code
    client.post("/hoi-dap/tra-cuu/", {"code": code, "erase": "1"}, HTTP_HOST=A_HOST)
    with inside("sotttt"):
        question = Question.objects.get()
    assert (question.name, question.email, question.phone) == ("(đã xoá)", "", "")
    assert question.question and question.due_on  # the question and its figures stay


def test_retention_erases_closed_questions_only(client, settings):
    from datetime import timedelta

    from qa.tasks import erase_expired_personal_data

    ask(client)
    ask(client, title="Câu hỏi còn mở")
    with inside("sotttt"):
        closed, still_open = Question.objects.order_by("pk")
        Question.objects.filter(pk=closed.pk).update(
            status=Question.ANSWERED,
            responded_at=timezone.now()
            - timedelta(days=settings.QA_RETENTION_DAYS + 1),
        )
        assert erase_expired_personal_data.delay().get() == 1
        closed.refresh_from_db()
        still_open.refresh_from_db()
    assert closed.email == "" and closed.erased_at
    assert still_open.email == "binh@example.vn"


def test_routing_to_another_portal_moves_the_question_with_its_history(
    client, client_class, django_capture_on_commit_callbacks
):
    from tests.portals import agency

    ask(client)
    with inside("sotttt"):
        question = Question.objects.get()
        staff("thanhvien", roles.MEMBER)
    member = admin(client_class, "thanhvien")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = member.post(
            f"/admin/hoi-dap/{question.pk}/",
            {"action": "transfer", "agency": agency("soyte").pk},
            HTTP_HOST=A_HOST,
        )
    assert response.status_code == 302, response.context["transfer_form"].errors
    with inside("sotttt"):
        question.refresh_from_db()
        assert question.status == Question.TRANSFERRED
    with inside("soyte"):
        moved = Question.objects.get(tracking_code=question.tracking_code)
        assert moved.status == Question.RECEIVED and moved.due_on == question.due_on
        kinds = list(moved.events.values_list("kind", flat=True))
    assert kinds[0] == "received" and kinds[-1] == "transferred_in"
    assert [m.to for m in mail.outbox] == [["binh@example.vn"]]
    assert "Sở Y tế" in mail.outbox[0].body
    status = client.post(
        "/hoi-dap/tra-cuu/", {"code": question.tracking_code}, HTTP_HOST=B_HOST
    ).text
    assert "Nhận từ Sở Thông tin và Truyền thông để trả lời" in status
