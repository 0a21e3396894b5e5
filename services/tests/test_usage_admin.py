"""Usage shown to the board (Art. 14.2): the portal's listing of procedures
with their 30-day totals (sorted, filtered, exported) and one procedure's
30-day chart, for the board and the technical administrator only, each
portal seeing its own."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.utils import timezone

from editorial import roles
from services.models import UsageDay
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in

from .usage_fixtures import (  # noqa: F401 - fixtures
    add_procedure,
    fixture_fresh_counters,
    procedures_with_one_id,
)

pytestmark = pytest.mark.django_db

LISTING = "/admin/dich-vu-cong/luot-su-dung/"


def chart_url(page_id: int) -> str:
    return f"{LISTING}{page_id}/"


def usage_rows(procedure, **per_kind_and_age):
    """``view_0=5`` : 5 views today; ``download_3=2``: 2 downloads 3 days ago."""
    today = timezone.localdate()
    for key, count in per_kind_and_age.items():
        kind, age = key.rsplit("_", 1)
        UsageDay.objects.create(
            procedure=procedure,
            day=today - timedelta(days=int(age)),
            kind=kind,
            count=count,
        )


@pytest.fixture
def catalogue_a():
    with inside("sotttt"):
        printing = add_procedure("1.000080", "Cấp giấy phép hoạt động in", level=3)
        press = add_procedure("1.004567", "Cấp giấy phép xuất bản bản tin", level=2)
        usage_rows(printing, view_0=5, view_3=7, download_3=2, submit_1=1, view_40=99)
        usage_rows(press, view_0=20, download_29=4)
    return printing, press


@pytest.fixture
def member_a(client_class):
    make_staff("sotttt", "tv_sotttt", roles.MEMBER, "Nguyễn Văn Thành")
    return signed_in(client_class, A_HOST, "tv_sotttt")


class TestListing:
    def test_the_board_sees_30_day_totals(self, catalogue_a, member_a):
        response = member_a.get(LISTING, HTTP_HOST=A_HOST)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Cấp giấy phép hoạt động in" in html
        assert "Cấp giấy phép xuất bản bản tin" in html
        printing, press = catalogue_a
        rows = {
            r["code"]: r
            for r in response.context["object_list"].values(
                "code", "views", "downloads", "submits", "total"
            )
        }
        # The view of 40 days ago is outside the 30 days.
        assert rows["1.000080"] == {
            "code": "1.000080", "views": 12, "downloads": 2, "submits": 1, "total": 15
        }  # fmt: skip
        assert rows["1.004567"]["total"] == 24
        assert chart_url(printing.pk) in html

    def test_sorted_by_a_column(self, catalogue_a, member_a):
        for ordering, first in [("-views", "1.004567"), ("-submits", "1.000080")]:
            response = member_a.get(LISTING, {"ordering": ordering}, HTTP_HOST=A_HOST)
            assert response.status_code == 200
            codes = [p.code for p in response.context["object_list"]]
            assert codes[0] == first, ordering

    def test_filtered_and_searched_without_diacritics(self, catalogue_a, member_a):
        response = member_a.get(LISTING, {"level": 2}, HTTP_HOST=A_HOST)
        assert response.status_code == 200
        assert [p.code for p in response.context["object_list"]] == ["1.004567"]
        response = member_a.get(LISTING, {"q": "hoat dong in"}, HTTP_HOST=A_HOST)
        assert response.status_code == 200
        assert [p.code for p in response.context["object_list"]] == ["1.000080"]

    def test_exported_as_csv(self, catalogue_a, member_a):
        response = member_a.get(LISTING, {"export": "csv"}, HTTP_HOST=A_HOST)
        assert response.status_code == 200
        assert "luot-su-dung-dich-vu-cong" in response["Content-Disposition"]
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0][:2] == ["Mã thủ tục", "Tên thủ tục"]
        assert "Lượt xem (30 ngày)" in rows[0]
        printing = next(r for r in rows if r[0] == "1.000080")
        assert printing[-4:] == ["12", "2", "1", "15"]
        assert printing[3] == "Dịch vụ công trực tuyến một phần"

    def test_exported_as_xlsx(self, catalogue_a, member_a):
        from openpyxl import load_workbook

        response = member_a.get(LISTING, {"export": "xlsx"}, HTTP_HOST=A_HOST)
        assert response.status_code == 200
        content = b"".join(response.streaming_content)
        sheet = load_workbook(io.BytesIO(content)).active
        values = [[c.value for c in row] for row in sheet.iter_rows()]
        printing = next(r for r in values if r[0] == "1.000080")
        assert printing[-1] == 15

    def test_exported_names_cannot_run_as_formulas(self, member_a):
        with inside("sotttt"):
            add_procedure("1.000099", '=HYPERLINK("http://x")', level=1)
        response = member_a.get(LISTING, {"export": "csv"}, HTTP_HOST=A_HOST)
        assert response.status_code == 200
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        assert "'=HYPERLINK" in text

    def test_in_the_services_menu(self, member_a):
        response = member_a.get("/admin/", HTTP_HOST=A_HOST)
        assert response.status_code == 200
        assert LISTING in response.content.decode()


class TestChart:
    def test_the_board_sees_a_30_day_chart(self, catalogue_a, member_a):
        printing, _press = catalogue_a
        response = member_a.get(chart_url(printing.pk), HTTP_HOST=A_HOST)
        assert response.status_code == 200
        html = response.content.decode()
        assert "<svg" in html and 'role="img"' in html
        assert '<title id="usage-chart-title">' in html
        assert "lượt xem 12; lượt tải biểu mẫu 2; lượt bấm nộp trực tuyến 1" in html
        # Three series of 30 points each, and the same figures as a table.
        assert html.count("<polyline") == 3
        assert response.context["rows"][-1]["values"] == [5, 0, 0]
        assert len(response.context["rows"]) == 30
        assert "<table" in html and "<caption>" in html
        # Drawn here: no script, nothing loaded from anywhere.
        figure = html[
            html.index('<figure class="usage-chart">') : html.index("</figure>")
        ]
        assert "<script" not in figure
        assert " src=" not in figure and " href=" not in figure
        # The only addresses are the SVG namespace's.
        assert figure.count("http") == figure.count(
            'xmlns="http://www.w3.org/2000/svg"'
        )

    def test_linked_from_the_procedure_edit_page(self, catalogue_a, member_a):
        printing, _press = catalogue_a
        response = member_a.get(f"/admin/pages/{printing.pk}/edit/", HTTP_HOST=A_HOST)
        assert response.status_code == 200
        assert chart_url(printing.pk) in response.content.decode()

    def test_a_page_that_is_no_procedure_is_not_found(self, member_a):
        response = member_a.get(chart_url(987654), HTTP_HOST=A_HOST)
        assert response.status_code == 404


class TestPermissions:
    @pytest.mark.parametrize(
        "role_code", [roles.HEAD, roles.DEPUTY, roles.MEMBER, roles.TECH_ADMIN]
    )
    def test_the_board_and_the_technical_administrator(
        self, catalogue_a, client_class, role_code
    ):
        make_staff("sotttt", "nguoi_xem", role_code)
        client = signed_in(client_class, A_HOST, "nguoi_xem")
        assert client.get(LISTING, HTTP_HOST=A_HOST).status_code == 200
        printing, _ = catalogue_a
        assert client.get(chart_url(printing.pk), HTTP_HOST=A_HOST).status_code == 200

    @pytest.mark.parametrize("role_code", [roles.CONTRIBUTOR, roles.EDITOR])
    def test_a_contributor_cannot_see_it(self, catalogue_a, client_class, role_code):
        make_staff("sotttt", "ctv_sotttt", role_code)
        client = signed_in(client_class, A_HOST, "ctv_sotttt")
        printing, _ = catalogue_a
        for url in (LISTING, chart_url(printing.pk), LISTING + "?export=csv"):
            response = client.get(url, HTTP_HOST=A_HOST)
            assert response.status_code == 302, url  # Wagtail: back to the dashboard
            assert response["Location"] == "/admin/"
        home = client.get("/admin/", HTTP_HOST=A_HOST)
        assert home.status_code == 200
        assert LISTING not in home.content.decode()
        response = client.get(f"/admin/pages/{printing.pk}/edit/", HTTP_HOST=A_HOST)
        assert chart_url(printing.pk) not in response.content.decode()

    def test_signed_out_is_sent_to_sign_in(self, client):
        response = client.get(LISTING, HTTP_HOST=A_HOST)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


class TestIsolation:
    def test_a_listing_is_invisible_from_b(self, catalogue_a, client_class):
        make_staff("soyte", "tv_soyte", roles.MEMBER)
        member_b = signed_in(client_class, B_HOST, "tv_soyte")
        response = member_b.get(LISTING, HTTP_HOST=B_HOST)
        assert response.status_code == 200
        assert "Cấp giấy phép hoạt động in" not in response.content.decode()
        assert list(response.context["object_list"]) == []
        response = member_b.get(LISTING, {"export": "csv"}, HTTP_HOST=B_HOST)
        assert response.status_code == 200
        assert "1.000080" not in b"".join(response.streaming_content).decode()

    def test_the_same_page_id_shows_each_portal_its_own(self, client_class):
        page_id, code_a, code_b = procedures_with_one_id()
        with inside("sotttt"):
            usage_rows(UsageDay.procedure.field.related_model.objects.get(pk=page_id),
                       view_0=11)  # fmt: skip
        make_staff("soyte", "tv_soyte", roles.MEMBER)
        member_b = signed_in(client_class, B_HOST, "tv_soyte")
        response = member_b.get(chart_url(page_id), HTTP_HOST=B_HOST)
        assert response.status_code == 200
        html = response.content.decode()
        assert code_b in html and code_a not in html
        assert response.context["rows"][-1]["values"] == [0, 0, 0]

    def test_a_board_member_of_a_has_no_power_on_b(self, catalogue_a, member_a):
        response = member_a.get(LISTING, HTTP_HOST=B_HOST)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


class TestScale:
    @pytest.mark.parametrize(
        "largest, top", [(0, 4), (4, 4), (5, 8), (12, 20), (21, 40), (101, 200)]
    )
    def test_the_scale_fits_the_largest_count(self, largest, top):
        from services.admin_usage import nice_ceiling

        assert nice_ceiling(largest) == top
