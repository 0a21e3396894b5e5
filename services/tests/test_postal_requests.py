"""Postal delivery of a dossier's result (issue 12, point 5): from level 3,
after the code + secret check, with consent, captcha and a rate limit; the
board's queue; the one-stop-shop's pull and acknowledgement; retention."""

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from editorial import roles
from services.models import Dossier, PostalRequest
from services.tasks import erase_expired_postal_data, erase_expired_postal_everywhere
from tests.captcha import solved
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in

from .dossier_helpers import (
    ACK,
    CODE,
    POSTAL,
    PULL,
    look_up,
    payload,
    procedure,
    push,
    token,
)

pytestmark = pytest.mark.django_db

QUEUE = "/admin/dich-vu-cong/yeu-cau-chuyen-phat/"


def form_data(**extra):
    return {
        "name": "Trần Thị Bích Ngọc",
        "address": "12 đường Tôn Đức Thắng, phường Mỹ Bình, Long Xuyên",
        "phone": "0918 123 456",
        "consent": "on",
        "website": "",
        **extra,
    }


def setup_dossier(client, level=3, portal="sotttt", host=A_HOST):
    procedure(portal, "1.000080", level=level)
    _row, secret = token(portal)
    assert push(client, host, secret, payload()).status_code == 201
    return secret


def ask(client, host=A_HOST, portal="sotttt", **extra):
    """Look the dossier up, open the form, fill it in as a citizen would."""
    assert look_up(client, host).status_code == 200
    form = client.get(POSTAL, HTTP_HOST=host)
    if form.status_code != 200:
        return form
    data = {**form_data(**extra), **solved(portal, form.content.decode())}
    return client.post(POSTAL, data, HTTP_HOST=host)


def api(client, secret, method, path, data=None, host=A_HOST):
    auth = {"HTTP_AUTHORIZATION": f"Bearer {secret}", "HTTP_HOST": host}
    if method == "get":
        return client.get(path, data or {}, **auth)
    return client.post(
        path, data=json.dumps(data), content_type="application/json", **auth
    )


def test_a_level_3_dossier_can_have_its_result_posted(client):
    setup_dossier(client)
    page = look_up(client, A_HOST).content.decode()
    assert POSTAL in page
    response = ask(client)
    assert response.status_code == 200, response.content.decode()[:2000]
    assert "Đã gửi yêu cầu" in response.content.decode()
    with inside("sotttt"):
        postal = PostalRequest.objects.get()
        assert postal.dossier.code == CODE
        assert postal.name == "Trần Thị Bích Ngọc"
        assert postal.phone == "0918123456"
        assert postal.status == PostalRequest.NEW
        assert "Điều 6" in postal.consent_text and postal.consented_at


def test_below_level_3_it_is_refused(client):
    setup_dossier(client, level=2)
    page = look_up(client, A_HOST).content.decode()
    assert "Thẩm định hồ sơ" in page and POSTAL not in page
    response = client.get(POSTAL, HTTP_HOST=A_HOST)
    assert response.status_code == 403
    assert "mức độ 3" in response.content.decode()
    posted = client.post(POSTAL, form_data(), HTTP_HOST=A_HOST)
    assert posted.status_code == 403
    with inside("sotttt"):
        assert not PostalRequest.objects.exists()


def test_without_the_code_and_secret_check_the_form_is_not_offered(client):
    setup_dossier(client)
    response = client.get(POSTAL, HTTP_HOST=A_HOST)
    assert response.status_code == 302
    look_up(client, A_HOST, secret="SAI")  # a failed lookup gives nothing
    assert client.post(POSTAL, form_data(), HTTP_HOST=A_HOST).status_code == 302
    with inside("sotttt"):
        assert not PostalRequest.objects.exists()


def test_consent_is_required(client):
    setup_dossier(client)
    response = ask(client, consent="")
    assert response.status_code == 200
    assert "Cần đồng ý" in response.content.decode()
    with inside("sotttt"):
        assert not PostalRequest.objects.exists()


def test_a_wrong_captcha_is_refused(client):
    setup_dossier(client)
    look_up(client, A_HOST)
    form = client.get(POSTAL, HTTP_HOST=A_HOST).content.decode()
    data = {**form_data(), **solved("sotttt", form)}
    data["captcha_answer"] = str(int(data["captcha_answer"]) + 1)
    response = client.post(POSTAL, data, HTTP_HOST=A_HOST)
    assert "Kết quả phép tính chưa đúng." in response.content.decode()
    with inside("sotttt"):
        assert not PostalRequest.objects.exists()


def test_requests_are_rate_limited_per_address(client, settings):
    settings.POSTAL_REQUESTS_PER_HOUR = 1
    setup_dossier(client)
    assert ask(client).status_code == 200
    with inside("sotttt"):
        PostalRequest.objects.update(status=PostalRequest.CANCELLED)
    response = ask(client)
    assert response.status_code == 429
    with inside("sotttt"):
        assert PostalRequest.objects.count() == 1


def test_a_second_request_while_one_is_open_is_refused(client):
    setup_dossier(client)
    ask(client)
    assert client.get(POSTAL, HTTP_HOST=A_HOST).status_code == 409
    with inside("sotttt"):
        assert PostalRequest.objects.count() == 1


# The board's queue -------------------------------------------------------------


def test_the_board_sees_the_queue_and_closes_a_request(client):
    setup_dossier(client)
    ask(client)
    make_staff("sotttt", "truongban", roles.HEAD, "Nguyễn Thị Lan")
    board = signed_in(Client, A_HOST, "truongban")
    listing = board.get(QUEUE, HTTP_HOST=A_HOST)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert CODE in html and "Trần Thị Bích Ngọc" in html
    assert "Mới, chờ hệ thống một cửa nhận" in html
    with inside("sotttt"):
        postal = PostalRequest.objects.get()
    edit = board.post(
        f"{QUEUE}edit/{postal.pk}/", {"status": "delivered"}, HTTP_HOST=A_HOST
    )
    assert edit.status_code == 302
    with inside("sotttt"):
        postal.refresh_from_db()
    assert postal.status == PostalRequest.DELIVERED and postal.closed_at


@pytest.mark.parametrize("role", [roles.EDITOR, roles.CONTRIBUTOR, roles.TECH_ADMIN])
def test_other_roles_have_no_queue(client, role):
    setup_dossier(client)
    ask(client)
    make_staff("sotttt", "khac", role, "Người khác")
    other = signed_in(Client, A_HOST, "khac")
    assert other.get(QUEUE, HTTP_HOST=A_HOST).status_code in (302, 403)
    with inside("sotttt"):
        postal = PostalRequest.objects.get()
    response = other.post(
        f"{QUEUE}edit/{postal.pk}/", {"status": "cancelled"}, HTTP_HOST=A_HOST
    )
    assert response.status_code in (302, 403)
    with inside("sotttt"):
        assert PostalRequest.objects.get().status == PostalRequest.NEW


def test_another_portals_board_does_not_see_the_request(client):
    setup_dossier(client)
    ask(client)
    make_staff("soyte", "truongban_b", roles.HEAD, "Trưởng ban B")
    board_b = signed_in(Client, B_HOST, "truongban_b")
    listing = board_b.get(QUEUE, HTTP_HOST=B_HOST)
    assert listing.status_code == 200
    assert "Trần Thị Bích Ngọc" not in listing.content.decode()
    with inside("sotttt"):
        pk = PostalRequest.objects.get().pk
    assert board_b.get(f"{QUEUE}edit/{pk}/", HTTP_HOST=B_HOST).status_code == 404


# The one-stop-shop's pull and acknowledgement ------------------------------------


def test_the_pull_gives_pending_requests_and_the_ack_takes_them_off(client):
    secret = setup_dossier(client)
    ask(client)
    pulled = api(client, secret, "get", PULL)
    assert pulled.status_code == 200
    [item] = pulled.json()["yeu_cau"]
    assert item["ma_ho_so"] == CODE and item["ma_thu_tuc"] == "1.000080"
    assert item["ho_ten"] == "Trần Thị Bích Ngọc"
    assert item["dia_chi"].startswith("12 đường Tôn Đức Thắng")
    assert item["dien_thoai"] == "0918123456" and item["kenh_tra_ket_qua"] == 3

    ack = api(client, secret, "post", ACK, {"id": [item["id"], 999999]})
    assert ack.status_code == 200
    assert ack.json() == {
        "da_nhan": [item["id"]],
        "da_nhan_truoc": [],
        "khong_tim_thay": [999999],
    }
    again = api(client, secret, "post", ACK, {"id": [item["id"]]})
    assert again.json()["da_nhan_truoc"] == [item["id"]]
    assert api(client, secret, "get", PULL).json() == {"yeu_cau": []}
    with inside("sotttt"):
        postal = PostalRequest.objects.get()
        assert postal.status == PostalRequest.FORWARDED
        assert postal.acknowledged_at and postal.acknowledged_by.name


def test_returning_the_result_closes_the_forwarded_request(client):
    secret = setup_dossier(client)
    ask(client)
    [item] = api(client, secret, "get", PULL).json()["yeu_cau"]
    api(client, secret, "post", ACK, {"id": [item["id"]]})
    done = payload(trang_thai=10, ngay_tra_ket_qua="2026-12-05T10:00:00+07:00")
    assert push(client, A_HOST, secret, done).status_code == 200
    with inside("sotttt"):
        postal = PostalRequest.objects.get()
    assert postal.status == PostalRequest.DELIVERED and postal.closed_at


@pytest.mark.parametrize(
    "body",
    [{"id": []}, {"id": "1"}, {"id": [True]}, {"id": [1.5]}, {"id": [10**30]}, [1]],
)
def test_bad_acknowledgements_are_422(client, body):
    secret = setup_dossier(client)
    response = api(client, secret, "post", ACK, body)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "id"


def test_a_bad_pull_limit_is_422_and_no_token_is_401(client):
    secret = setup_dossier(client)
    assert api(client, secret, "get", PULL, {"gioi_han": "0"}).status_code == 422
    assert api(client, secret, "get", PULL, {"gioi_han": "9" * 50}).status_code == 422
    assert client.get(PULL, HTTP_HOST=A_HOST).status_code == 401
    assert (
        client.post(ACK, "{}", "application/json", HTTP_HOST=A_HOST).status_code == 401
    )


def test_portal_bs_token_pulls_nothing_of_portal_a(client):
    setup_dossier(client)
    ask(client)
    _row, b_secret = token("soyte")
    assert api(client, b_secret, "get", PULL, host=B_HOST).json() == {"yeu_cau": []}
    assert api(client, b_secret, "get", PULL, host=A_HOST).status_code == 401
    with inside("sotttt"):
        pk = PostalRequest.objects.get().pk
    ack = api(client, b_secret, "post", ACK, {"id": [pk]}, host=B_HOST)
    assert ack.json()["khong_tim_thay"] == [pk]
    with inside("sotttt"):
        assert PostalRequest.objects.get().status == PostalRequest.NEW


# Retention ---------------------------------------------------------------------


def _closed(days_ago, status=PostalRequest.DELIVERED, portal="sotttt"):
    with inside(portal):
        dossier = Dossier.objects.get(code=CODE)
        postal = PostalRequest.objects.create(
            dossier=dossier,
            name="Trần Thị Bích Ngọc",
            address="12 đường Tôn Đức Thắng",
            phone="0918123456",
            consent_text="…",
            consented_at=timezone.now() - timedelta(days=days_ago + 5),
            status=status,
        )
        PostalRequest.objects.filter(pk=postal.pk).update(
            closed_at=timezone.now() - timedelta(days=days_ago)
        )
        return postal.pk


def test_personal_data_is_erased_after_the_retention_period(client, settings):
    settings.QA_RETENTION_DAYS = 30
    setup_dossier(client)
    old = _closed(31)
    recent = _closed(29)
    with inside("sotttt"):
        pending = PostalRequest.objects.create(
            dossier=Dossier.objects.get(code=CODE),
            name="Lê Văn Minh",
            address="Châu Đốc",
            phone="0918000111",
            consent_text="…",
            consented_at=timezone.now() - timedelta(days=400),
        )
        assert erase_expired_postal_data() == 1
        erased = PostalRequest.objects.get(pk=old)
        assert (erased.name, erased.address, erased.phone) == ("", "", "")
        assert erased.erased_at and erased.status == PostalRequest.DELIVERED
        assert erased.closed_at and erased.created_at  # dates stay
        assert PostalRequest.objects.get(pk=recent).name == "Trần Thị Bích Ngọc"
        assert PostalRequest.objects.get(pk=pending.pk).name == "Lê Văn Minh"
        assert PostalRequest.objects.count() == 3  # counts stay


def test_the_retention_job_runs_in_every_portal(client, settings):
    settings.QA_RETENTION_DAYS = 30
    setup_dossier(client)
    setup_dossier(client, portal="soyte", host=B_HOST)
    a = _closed(40)
    b = _closed(40, status=PostalRequest.CANCELLED, portal="soyte")
    erase_expired_postal_everywhere()
    with inside("sotttt"):
        assert PostalRequest.objects.get(pk=a).name == ""
    with inside("soyte"):
        assert PostalRequest.objects.get(pk=b).name == ""


def test_the_retention_job_is_scheduled():
    from django.conf import settings

    tasks = {e["task"] for e in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "services.tasks.erase_expired_postal_everywhere" in tasks
