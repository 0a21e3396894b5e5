"""Citizens look a dossier up by its code plus the receipt's secret (issue 12,
point 4): without the right secret the answer is the same as for a code that
does not exist; lookups are rate limited; no personal data; late marked."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from services.models import Dossier, PostalRequest
from tests.portals import A_HOST, B_HOST, inside

from .dossier_helpers import (
    CODE,
    LOOKUP,
    SECRET,
    look_up,
    payload,
    procedure,
    push,
    token,
)

pytestmark = pytest.mark.django_db

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


@pytest.fixture
def pushed(client):
    procedure("sotttt", "1.000080", level=3, name="Cấp bản sao trích lục hộ tịch")
    _row, secret = token("sotttt")
    response = push(client, A_HOST, secret, payload())
    assert response.status_code == 201
    return secret


def page(response) -> str:
    """The page without its CSRF token (a new one on every response)."""
    return CSRF.sub("", response.content.decode())


def test_the_right_code_and_secret_show_the_procedure_status_steps_and_dates(
    client, pushed
):
    response = look_up(client, A_HOST)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cấp bản sao trích lục hộ tịch" in html
    assert "Đang xử lý" in html  # status 4 in words
    assert "Thẩm định hồ sơ" in html and "Phòng Hộ tịch" in html
    assert "01/12/2026" in html and "08/12/2026" in html
    assert CODE in html


def test_the_code_is_found_whatever_its_case_and_spaces(client, pushed):
    response = look_up(client, A_HOST, code=f"  {CODE.lower()} ")
    assert "Thẩm định hồ sơ" in response.content.decode()


def test_no_secret_a_wrong_secret_and_an_unknown_code_answer_the_same(client, pushed):
    without = look_up(client, A_HOST, secret="")
    wrong = look_up(client, A_HOST, secret="SAI-MA-BI-MAT")
    assert without.status_code == wrong.status_code == 200
    assert page(without) == page(wrong)
    assert "Không tìm thấy hồ sơ" in page(wrong)
    assert "Thẩm định hồ sơ" not in page(wrong)
    assert "Cấp bản sao" not in page(wrong)
    unknown = look_up(client, A_HOST, code="000.00.21.H01-261201-9999", secret="")
    assert page(unknown) == page(without).replace(CODE, "000.00.21.H01-261201-9999")


def test_the_secret_is_never_written_back_into_the_page(client, pushed):
    html = look_up(client, A_HOST, secret="SAI-MA-BI-MAT").content.decode()
    assert "SAI-MA-BI-MAT" not in html
    html = look_up(client, A_HOST).content.decode()
    assert SECRET not in html


def test_the_code_is_never_read_from_the_address(client, pushed):
    response = client.get(f"{LOOKUP}?code={CODE}&secret={SECRET}", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "Thẩm định hồ sơ" not in response.content.decode()


def test_lookups_are_limited_per_address_even_the_right_ones(client, pushed, settings):
    settings.DOSSIER_LOOKUPS_PER_HOUR = 3
    for _ in range(3):
        look_up(client, A_HOST, secret="SAI")
    limited = look_up(client, A_HOST)
    assert limited.status_code == 429
    assert "Thẩm định hồ sơ" not in limited.content.decode()
    # Another address still may.
    other = client.post(
        LOOKUP,
        {"code": CODE, "secret": SECRET},
        HTTP_HOST=A_HOST,
        REMOTE_ADDR="10.9.8.7",
    )
    assert other.status_code == 200 and "Thẩm định hồ sơ" in other.content.decode()


def test_behind_the_trusted_proxy_each_client_has_its_own_count(
    client, pushed, settings
):
    settings.DOSSIER_LOOKUPS_PER_HOUR = 2
    settings.TRUSTED_PROXIES = ["127.0.0.1/32"]
    from aggov.client_ip import _networks

    _networks.cache_clear()
    via = {"HTTP_HOST": A_HOST, "REMOTE_ADDR": "127.0.0.1"}
    data = {"code": CODE, "secret": SECRET}
    for _ in range(2):
        client.post(LOOKUP, data, HTTP_X_FORWARDED_FOR="203.0.113.1", **via)
    assert (
        client.post(LOOKUP, data, HTTP_X_FORWARDED_FOR="203.0.113.1", **via).status_code
        == 429
    )
    assert (
        client.post(LOOKUP, data, HTTP_X_FORWARDED_FOR="203.0.113.2", **via).status_code
        == 200
    )


def test_no_personal_data_on_the_lookup_page(client, pushed):
    with inside("sotttt"):
        PostalRequest.objects.create(
            dossier=Dossier.objects.get(code=CODE),
            name="Trần Thị Bích Ngọc",
            address="12 đường Tôn Đức Thắng, phường Mỹ Bình, Long Xuyên",
            phone="0918123456",
            consent_text="…",
            consented_at=timezone.now(),
        )
    response = look_up(client, A_HOST)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thẩm định hồ sơ" in html
    for personal in ("Trần Thị Bích Ngọc", "Tôn Đức Thắng", "0918123456"):
        assert personal not in html


def _set_dates(appointment, returned=None, status=4):
    with inside("sotttt"):
        Dossier.objects.filter(code=CODE).update(
            appointment_at=appointment, returned_at=returned, status=status
        )


def test_a_dossier_past_its_appointment_and_not_returned_is_late(client, pushed):
    _set_dates(timezone.now() - timedelta(days=10))
    html = look_up(client, A_HOST).content.decode()
    assert "Quá hạn" in html
    assert "ngày làm việc" in html


@pytest.mark.parametrize(
    ("appointment_days", "returned", "status"),
    [(5, False, 4), (-10, True, 10), (-10, False, 3)],
    ids=["not-yet-due", "returned", "not-received"],
)
def test_not_late_when_not_due_returned_or_finished(
    client, pushed, appointment_days, returned, status
):
    now = timezone.now()
    _set_dates(
        now + timedelta(days=appointment_days),
        now - timedelta(days=11) if returned else None,
        status,
    )
    response = look_up(client, A_HOST)
    assert response.status_code == 200
    assert "Thẩm định hồ sơ" in response.content.decode()
    assert "Quá hạn" not in response.content.decode()


def test_an_appointment_given_as_a_date_is_not_late_during_that_day(pushed):
    with inside("sotttt"):
        dossier = Dossier.objects.get(code=CODE)
    end_of_day = timezone.localtime(dossier.appointment_at)
    assert (end_of_day.hour, end_of_day.minute) == (23, 59)
    assert not dossier.is_late(now=end_of_day - timedelta(hours=12))
    assert dossier.is_late(now=end_of_day + timedelta(minutes=1))


def test_a_dossier_of_portal_a_is_not_found_on_portal_b(client, pushed):
    response = look_up(client, B_HOST)
    assert response.status_code == 200
    assert "Không tìm thấy hồ sơ" in response.content.decode()
    assert "Thẩm định hồ sơ" not in response.content.decode()
