"""The DIC edits the calendar's exceptions in the console; nobody else can."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model

from tests.portals import A_HOST, CONSOLE_HOST
from workdays.calendar import is_working_day
from workdays.models import CalendarDay

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client):
    get_user_model().objects.create_superuser("lich", password="Lich-Lam-Viec-2026")
    client.post(
        "/dang-nhap/",
        {"username": "lich", "password": "Lich-Lam-Viec-2026"},
        HTTP_HOST=CONSOLE_HOST,
    )
    return client


def test_lists_tet_and_adds_a_make_up_day(operator):
    page = operator.get("/lich-lam-viec/?nam=2026", HTTP_HOST=CONSOLE_HOST)
    assert page.status_code == 200
    assert "17/02/2026" in page.text and "Tết Nguyên Đán" in page.text
    response = operator.post(
        "/lich-lam-viec/?nam=2026",
        {"date": "2026-10-10", "kind": "work", "name": "Làm bù cho ngày nghỉ 12/10"},
        HTTP_HOST=CONSOLE_HOST,
    )
    assert response.status_code == 302
    assert is_working_day(date(2026, 10, 10))
    again = operator.post(
        "/lich-lam-viec/",
        {"date": "2026-10-10", "kind": "off", "name": "x"},
        HTTP_HOST=CONSOLE_HOST,
    )
    assert "Ngày này đã có trong bảng ngoại lệ." in again.text
    day = CalendarDay.objects.get(date=date(2026, 10, 10))
    operator.post(f"/lich-lam-viec/{day.pk}/xoa/", HTTP_HOST=CONSOLE_HOST)
    assert not is_working_day(date(2026, 10, 10))


def test_portal_staff_cannot_reach_it(client):
    assert client.get("/lich-lam-viec/", HTTP_HOST=CONSOLE_HOST).status_code == 302
    assert client.get("/lich-lam-viec/", HTTP_HOST=A_HOST).status_code == 404
