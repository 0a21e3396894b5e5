"""The question form and the status lookup cannot be abused (issue 10, point 8):
a captcha whose answer stays on the server and works once, a per-address
limit, and the tracking code posted, never read from the address."""

import json
import re

import pytest
from django.core import signing
from django.utils import timezone

from qa.models import CaptchaChallenge, Question
from tests.captcha import challenge_id, solved
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db

HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')


def question_data(**extra):
    return {
        "name": "Võ Minh Tâm",
        "email": "tam@example.vn",
        "phone": "",
        "field": "khac",
        "title": "Hỏi về lịch tiếp công dân",
        "question": "Lịch tiếp công dân của lãnh đạo Sở trong tháng này thế nào?",
        "consent": "on",
        "website": "",
        **extra,
    }


def stored(code="sotttt", **fields):
    with inside(code):
        return Question.objects.create(
            name="Võ Minh Tâm",
            email="tam@example.vn",
            phone="0918 222 333",
            title="Hỏi về lịch tiếp công dân",
            question="Lịch tiếp công dân của lãnh đạo Sở trong tháng này thế nào?",
            field="khac",
            consent_at=timezone.now(),
            **fields,
        )


def _decodes(value: str) -> bool:
    """Whether some part of ``value`` is readable data (base64 JSON, as in a
    signed token), rather than an opaque random id."""
    for part in value.split(":"):
        try:
            json.loads(signing.b64_decode(part.encode()))
        except (ValueError, UnicodeDecodeError, TypeError):
            continue
        return True
    return False


def test_the_captcha_answer_is_not_in_the_page(client):
    page = client.get("/hoi-dap/gui-cau-hoi/", HTTP_HOST=A_HOST)
    assert page.status_code == 200
    hidden = dict(HIDDEN.findall(page.text))
    assert set(hidden) == {"csrfmiddlewaretoken", "captcha_id"}
    assert not _decodes(hidden["captcha_id"])
    with inside("sotttt"):
        assert CaptchaChallenge.objects.filter(key=hidden["captcha_id"]).exists()


def test_a_replayed_challenge_is_refused(client):
    page = client.get("/hoi-dap/gui-cau-hoi/", HTTP_HOST=A_HOST)
    data = {**question_data(), **solved("sotttt", page.text)}
    first = client.post("/hoi-dap/gui-cau-hoi/", data, HTTP_HOST=A_HOST)
    assert first.status_code == 200 and "Đã gửi câu hỏi" in first.text
    replay = client.post("/hoi-dap/gui-cau-hoi/", data, HTTP_HOST=A_HOST)
    assert replay.status_code == 200
    assert "Kết quả phép tính chưa đúng." in replay.text
    # The form comes back with a new challenge.
    assert challenge_id(replay.text) != data["captcha_id"]
    with inside("sotttt"):
        assert Question.objects.count() == 1


def test_a_wrong_answer_uses_the_challenge_up(client):
    page = client.get("/hoi-dap/gui-cau-hoi/", HTTP_HOST=A_HOST)
    data = {**question_data(), **solved("sotttt", page.text)}
    wrong = client.post(
        "/hoi-dap/gui-cau-hoi/", {**data, "captcha_answer": "99"}, HTTP_HOST=A_HOST
    )
    assert "Kết quả phép tính chưa đúng." in wrong.text
    retry = client.post("/hoi-dap/gui-cau-hoi/", data, HTTP_HOST=A_HOST)
    assert "Kết quả phép tính chưa đúng." in retry.text
    with inside("sotttt"):
        assert not Question.objects.exists()


def test_a_challenge_of_one_portal_does_not_work_on_another(client):
    data = {**question_data(), **solved("sotttt")}
    response = client.post("/hoi-dap/gui-cau-hoi/", data, HTTP_HOST=B_HOST)
    assert response.status_code == 200
    assert "Kết quả phép tính chưa đúng." in response.text
    with inside("soyte"):
        assert not Question.objects.exists()


def test_the_status_lookup_works_by_post(client):
    q = stored(status=Question.ANSWERED, answer="Thứ năm hằng tuần.")
    response = client.post(
        "/hoi-dap/tra-cuu/", {"code": q.tracking_code.lower()}, HTTP_HOST=A_HOST
    )
    assert response.status_code == 200
    assert "Hỏi về lịch tiếp công dân" in response.text
    assert "Thứ năm hằng tuần." in response.text
    assert "Võ Minh Tâm" not in response.text and "tam@example.vn" not in response.text


def test_a_code_in_the_address_shows_no_question(client):
    q = stored(status=Question.ANSWERED, answer="Thứ năm hằng tuần.")
    response = client.get(f"/hoi-dap/tra-cuu/?ma={q.tracking_code}", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert 'method="post"' in response.text
    assert "Hỏi về lịch tiếp công dân" not in response.text
    assert "Thứ năm hằng tuần." not in response.text


def test_a_nul_in_the_code_gets_the_400_page(client):
    posted = client.post("/hoi-dap/tra-cuu/", {"code": "HD-\x00ABC"}, HTTP_HOST=A_HOST)
    assert posted.status_code == 400 and "Yêu cầu không hợp lệ" in posted.text


@pytest.mark.parametrize("code", ["x" * 500, ""])
def test_bad_codes_get_a_message_not_an_error(client, code):
    posted = client.post("/hoi-dap/tra-cuu/", {"code": code}, HTTP_HOST=A_HOST)
    assert posted.status_code == 200
    assert "Mã tra cứu không hợp lệ." in posted.text or "Xin nhập mã" in posted.text
    got = client.get("/hoi-dap/tra-cuu/", {"ma": code}, HTTP_HOST=A_HOST)
    assert got.status_code == 200


def test_lookups_are_throttled_per_address(client, settings):
    settings.QA_LOOKUPS_PER_HOUR = 3
    q = stored()
    for n in range(3):
        response = client.post(
            "/hoi-dap/tra-cuu/", {"code": f"HD-WRONG{n}"}, HTTP_HOST=A_HOST
        )
        assert response.status_code == 200
    limited = client.post(
        "/hoi-dap/tra-cuu/",
        {"code": q.tracking_code},
        HTTP_HOST=A_HOST,
    )
    assert limited.status_code == 429
    assert "quá nhiều lần" in limited.text
    assert "Hỏi về lịch tiếp công dân" not in limited.text
    erase = client.post(
        "/hoi-dap/tra-cuu/", {"code": q.tracking_code, "erase": "1"}, HTTP_HOST=A_HOST
    )
    assert erase.status_code == 429
    with inside("sotttt"):
        assert Question.objects.get(pk=q.pk).email == "tam@example.vn"
    other = client.post(
        "/hoi-dap/tra-cuu/",
        {"code": q.tracking_code},
        HTTP_HOST=A_HOST,
        REMOTE_ADDR="10.9.9.9",
    )
    assert other.status_code == 200 and "Hỏi về lịch tiếp công dân" in other.text


def test_erasure_is_a_post_and_only_once(client):
    q = stored()
    response = client.post(
        "/hoi-dap/tra-cuu/", {"code": q.tracking_code, "erase": "1"}, HTTP_HOST=A_HOST
    )
    assert response.status_code == 200 and "Đã xoá họ tên" in response.text
    again = client.post(
        "/hoi-dap/tra-cuu/", {"code": q.tracking_code, "erase": "1"}, HTTP_HOST=A_HOST
    )
    assert again.status_code == 200 and "đã được xoá" in again.text
    with inside("sotttt"):
        fresh = Question.objects.get(pk=q.pk)
        assert (fresh.name, fresh.email, fresh.phone) == ("(đã xoá)", "", "")
        assert fresh.events.filter(kind="erased").count() == 1


def test_one_portal_cannot_look_up_or_erase_another_s_question(client):
    q = stored()
    lookup = client.post(
        "/hoi-dap/tra-cuu/", {"code": q.tracking_code}, HTTP_HOST=B_HOST
    )
    assert lookup.status_code == 200
    assert "Không tìm thấy câu hỏi" in lookup.text
    assert "Hỏi về lịch tiếp công dân" not in lookup.text
    erase = client.post(
        "/hoi-dap/tra-cuu/", {"code": q.tracking_code, "erase": "1"}, HTTP_HOST=B_HOST
    )
    assert erase.status_code == 200
    with inside("sotttt"):
        assert Question.objects.get(pk=q.pk).email == "tam@example.vn"


def test_the_email_link_leads_to_the_form_without_the_code(
    client, django_capture_on_commit_callbacks
):
    from django.core import mail

    data = {**question_data(), **solved("sotttt")}
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/hoi-dap/gui-cau-hoi/", data, HTTP_HOST=A_HOST)
    with inside("sotttt"):
        code = Question.objects.get().tracking_code
    (receipt,) = mail.outbox
    assert code in receipt.body and f"?ma={code}" not in receipt.body
