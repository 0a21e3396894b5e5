"""The DIC's register of every portal's accounts, and its exports."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from openpyxl import load_workbook

from editorial import roles
from tests.portals import A_HOST, CONSOLE_HOST, inside

pytestmark = pytest.mark.django_db

PASSWORD = "So-Tai-Khoan-2026"


@pytest.fixture
def operator(client):
    user = get_user_model().objects.create_user("dic", password=PASSWORD, is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_account_register"))
    client.post(
        "/dang-nhap/", {"username": "dic", "password": PASSWORD}, HTTP_HOST=CONSOLE_HOST
    )
    return client


@pytest.fixture
def accounts():
    with inside("sotttt"):
        user = get_user_model().objects.create_user(
            "bientap_stttt",
            password=PASSWORD,
            decision_number="33/QĐ-STTTT",
            full_name="Trần Minh Khoa",
        )
        user.groups.add(roles.group(roles.EDITOR))
    with inside("soyte"):
        get_user_model().objects.create_user("khong_quyet_dinh", password=PASSWORD)


def test_lists_the_accounts_of_every_portal(operator, accounts):
    html = operator.get("/tai-khoan/", HTTP_HOST=CONSOLE_HOST).text
    for text in (
        "bientap_stttt",
        "33/QĐ-STTTT",
        "Biên tập viên",
        "quantri_a",
        "quantri_b",
        "Quản trị kỹ thuật",
        "Sở Y tế",
        "khong_quyet_dinh",
        "Chưa có quyết định",
    ):
        assert text in html, text


def test_exports_csv_and_xlsx(operator, accounts):
    response = operator.get("/tai-khoan/?dinh_dang=csv", HTTP_HOST=CONSOLE_HOST)
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Cổng", "Tên đăng nhập", "Họ và tên"]
    row = next(r for r in rows if r[1] == "bientap_stttt")
    assert row[0] == "Sở Thông tin và Truyền thông" and row[4] == "Biên tập viên"
    assert row[5] == "33/QĐ-STTTT"

    response = operator.get("/tai-khoan/?dinh_dang=xlsx", HTTP_HOST=CONSOLE_HOST)
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    assert values[0][9] == "Tuổi mật khẩu (ngày)"
    assert any(r[1] == "khong_quyet_dinh" and r[0] == "Sở Y tế" for r in values[1:])


def test_no_portal_staff_can_read_it(client, accounts):
    # A portal's administrator does not exist on the console host...
    client.post(
        "/dang-nhap/",
        {"username": "quantri_a", "password": "Mật-khẩu-thử-2026!"},
        HTTP_HOST=CONSOLE_HOST,
    )
    assert client.get("/tai-khoan/", HTTP_HOST=CONSOLE_HOST).status_code == 302
    # ...and the register is not served on a portal's host.
    assert client.get("/tai-khoan/", HTTP_HOST=A_HOST).status_code == 404


def test_an_operator_without_the_permission_is_refused(client):
    get_user_model().objects.create_user("xem", password=PASSWORD, is_staff=True)
    client.post(
        "/dang-nhap/", {"username": "xem", "password": PASSWORD}, HTTP_HOST=CONSOLE_HOST
    )
    assert client.get("/tai-khoan/", HTTP_HOST=CONSOLE_HOST).status_code == 403
