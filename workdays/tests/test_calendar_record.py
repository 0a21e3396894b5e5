"""Adding or deleting a calendar exception leaves a record the console shows."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from tests.portals import A_HOST, CONSOLE_HOST
from workdays.models import CalendarChange, CalendarDay

pytestmark = pytest.mark.django_db

PASSWORD = "Lich-Lam-Viec-2026"


@pytest.fixture
def operator(client):
    user = get_user_model().objects.create_user(
        "lich", password=PASSWORD, is_staff=True
    )
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="workdays",
            codename__in=["view_calendarday", "add_calendarday", "delete_calendarday"],
        )
    )
    response = client.post(
        "/dang-nhap/",
        {"username": "lich", "password": PASSWORD},
        HTTP_HOST=CONSOLE_HOST,
    )
    assert response.status_code == 302
    return client


def test_a_deleted_day_stays_in_the_record_with_who_deleted_it(operator):
    response = operator.post(
        "/lich-lam-viec/?nam=2026",
        {"date": "2026-10-10", "kind": "work", "name": "Làm bù cho ngày 12/10"},
        HTTP_HOST=CONSOLE_HOST,
    )
    assert response.status_code == 302
    day = CalendarDay.objects.get(date=date(2026, 10, 10))
    response = operator.post(f"/lich-lam-viec/{day.pk}/xoa/", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 302
    assert not CalendarDay.objects.exists()

    deleted, added = CalendarChange.objects.all()
    assert (deleted.action, deleted.username, deleted.date, deleted.kind) == (
        CalendarChange.DELETED,
        "lich",
        date(2026, 10, 10),
        CalendarDay.WORKING_DAY,
    )
    assert deleted.name == "Làm bù cho ngày 12/10" and added.action == "added"

    page = operator.get("/lich-lam-viec/?nam=2026", HTTP_HOST=CONSOLE_HOST)
    assert page.status_code == 200
    history = page.text.split('id="thay-doi"')[1].split("</section>")[0]
    assert "lich xoá 10/10/2026 (Ngày làm việc bù: Làm bù cho ngày 12/10)" in history
    assert "lich thêm 10/10/2026" in history


def test_the_record_is_not_on_a_portal(client):
    assert client.get("/lich-lam-viec/", HTTP_HOST=A_HOST).status_code == 404
