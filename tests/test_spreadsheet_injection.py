"""Exports never hand a spreadsheet a formula (CSV/XLSX injection).

A name or title such as ``=cmd|' /C calc'!A0`` comes out as text with a leading
apostrophe in the console's accounts register and in Wagtail's own exports
(here the aging-pages report, one of the SpreadsheetExportMixin views).
"""

from __future__ import annotations

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from openpyxl import load_workbook

from aggov.spreadsheets import neutralise
from editorial import roles
from home.models import StandardPage
from tests.portals import A_HOST, B_HOST, CONSOLE_HOST, home_page, inside
from tests.staff import PASSWORD, make_staff, signed_in

pytestmark = pytest.mark.django_db

FORMULA = "=cmd|' /C calc'!A0"


def test_text_that_a_spreadsheet_evaluates_gets_an_apostrophe():
    for text in (FORMULA, "+84 296 3852", "-1+2", "@SUM(A1)", "\t=1", "\r=1"):
        assert neutralise(text) == "'" + text
    for value in ("Trần Minh Khoa", "a=b", "", 5, -5, None):
        assert neutralise(value) == value


@pytest.fixture
def operator(client):
    user = get_user_model().objects.create_user("dic", password=PASSWORD, is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_account_register"))
    response = client.post(
        "/dang-nhap/", {"username": "dic", "password": PASSWORD}, HTTP_HOST=CONSOLE_HOST
    )
    assert response.status_code == 302
    return client


def test_the_console_s_accounts_register_neutralises_cells(operator):
    with inside("sotttt"):
        get_user_model().objects.create_user(
            "nguoi_la",
            password=PASSWORD,
            full_name=FORMULA,
            decision_number="+1/QĐ",
            email="@x@example.vn",
        )
    response = operator.get("/tai-khoan/?dinh_dang=csv", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    row = next(r for r in rows if r[1] == "nguoi_la")
    assert row[2:4] == ["'" + FORMULA, "'@x@example.vn"] and row[5] == "'+1/QĐ"

    response = operator.get("/tai-khoan/?dinh_dang=xlsx", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = next(r for r in sheet.iter_rows() if r[1].value == "nguoi_la")
    assert cells[2].value == "'" + FORMULA and cells[2].data_type == "s"
    assert cells[5].value == "'+1/QĐ"
    assert isinstance(cells[9].value, int)  # numbers stay numbers


@pytest.fixture
def formula_page():
    home = home_page("sotttt")
    with inside("sotttt"):
        page = home.add_child(instance=StandardPage(title=FORMULA, slug="cong-thuc"))
        page.save_revision().publish()
    make_staff("sotttt", "bientap", roles.DEPUTY)


def test_wagtail_exports_neutralise_cells(client_class, formula_page):
    staff = signed_in(client_class, A_HOST, "bientap")
    response = staff.get("/admin/reports/aging-pages/?export=csv", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    titles = [row[0] for row in csv.reader(io.StringIO(text))]
    assert "'" + FORMULA in titles and FORMULA not in titles

    response = staff.get("/admin/reports/aging-pages/?export=xlsx", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    sheet = load_workbook(io.BytesIO(content)).active
    titles = [row[0].value for row in sheet.iter_rows()]
    assert "'" + FORMULA in titles and FORMULA not in titles


def test_another_portal_s_export_does_not_hold_the_page(client_class, formula_page):
    home = home_page("soyte")
    with inside("soyte"):
        page = home.add_child(
            instance=StandardPage(title="Bài của Sở Y tế", slug="bai")
        )
        page.save_revision().publish()
    make_staff("soyte", "bientap_b", roles.DEPUTY)
    staff = signed_in(client_class, B_HOST, "bientap_b")
    response = staff.get("/admin/reports/aging-pages/?export=csv", HTTP_HOST=B_HOST)
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    assert "Bài của Sở Y tế" in text
    assert "cmd|" not in text
