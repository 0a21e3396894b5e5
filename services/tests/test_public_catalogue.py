"""The public catalogue (/dich-vu-cong/) on a portal's host: groups by sector
and field with counts, filters with counts on their options, the folded
search, bad parameters, pagination, usage guides, isolation."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from services import public
from services.tests.procedures_factory import add_procedure, field
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db

URL = "/dich-vu-cong/"


@pytest.fixture
def catalogue():
    with inside("sotttt"):
        civil = field("Tư pháp", "Hộ tịch", "G15-TP01")
        notary = field("Tư pháp", "Chứng thực")
        building = field("Xây dựng", "Cấp phép xây dựng")
        add_procedure(
            "1.000080",
            "Đăng ký khai sinh",
            level=3,
            field=civil,
            government_levels=["xa"],
        )
        add_procedure(
            "1.001193",
            "Đăng ký kết hôn",
            level=4,
            field=civil,
            government_levels=["xa", "huyen"],
        )
        add_procedure(
            "2.000635",
            "Cấp bản sao trích lục hộ tịch",
            level=2,
            field=civil,
            government_levels=["tinh"],
        )
        add_procedure(
            "2.000815",
            "Chứng thực bản sao từ bản chính giấy tờ",
            level=1,
            field=notary,
            government_levels=["xa"],
        )
        add_procedure(
            "1.009972",
            "Cấp giấy phép xây dựng mới",
            level=3,
            field=building,
            government_levels=["tinh"],
        )
        add_procedure("1.000001", "Thủ tục chưa xuất bản", live=False, field=civil)
    with inside("soyte"):
        add_procedure(
            "1.004616",
            "Cấp giấy phép hoạt động khám bệnh",
            level=2,
            field=field("Y tế", "Khám bệnh, chữa bệnh"),
            government_levels=["tinh"],
        )
    return {"civil": civil, "notary": notary, "building": building}


def get(client, query="", host=A_HOST):
    response = client.get(URL + query, HTTP_HOST=host)
    assert response.status_code == 200, response.status_code
    html = response.text
    return html[html.index("<main") : html.index("</main>")]


def count_of(html) -> int:
    return int(re.search(r"(\d+) thủ tục</h2>", html).group(1))


class TestGroupsAndCounts:
    def test_sectors_and_fields_with_their_counts(self, client, catalogue):
        html = get(client)
        assert count_of(html) == 5
        for text in (
            "Tư pháp (4)",
            "Hộ tịch (3)",
            "Chứng thực (1)",
            "Xây dựng (1)",
            "Cấp phép xây dựng (1)",
        ):
            assert text in html, text
        # The listing is grouped under "sector › field" headings.
        assert "Tư pháp › Hộ tịch</h3>" in html
        assert "Xây dựng › Cấp phép xây dựng</h3>" in html
        assert "Thủ tục chưa xuất bản" not in html

    def test_both_level_vocabularies_on_options_and_rows(self, client, catalogue):
        html = get(client)
        assert "Mức độ 3 – Dịch vụ công trực tuyến một phần (2)" in html
        assert "Mức độ 4 – Dịch vụ công trực tuyến toàn trình (1)" in html
        assert "Mức độ 1 – Cung cấp thông tin trực tuyến (1)" in html
        assert "Cấp tỉnh (2)" in html and "Cấp xã (3)" in html
        assert "Cấp huyện (1)" in html

    def test_a_constant_number_of_queries_whatever_the_rows(self, client, catalogue):
        def queries():
            with CaptureQueriesContext(connection) as captured:
                get(client)
            return len(captured)

        queries()  # caches warm (site root paths, tenant, content types)
        before = queries()
        with inside("sotttt"):
            for n in range(6):
                add_procedure(
                    f"1.10000{n}",
                    f"Thủ tục thêm {n}",
                    level=2,
                    field=catalogue["notary"],
                    government_levels=["xa"],
                )
        assert count_of(get(client)) == 11
        assert queries() == before


class TestFilters:
    def test_by_sector(self, client, catalogue):
        html = get(client, "?nganh=xay-dung")
        assert count_of(html) == 1
        assert "Cấp giấy phép xây dựng mới" in html
        assert "Đăng ký khai sinh" not in html

    def test_by_field(self, client, catalogue):
        html = get(client, f"?linh_vuc={catalogue['notary'].pk}")
        assert count_of(html) == 1
        assert "Chứng thực bản sao từ bản chính giấy tờ" in html
        assert "Đăng ký khai sinh" not in html

    def test_by_level(self, client, catalogue):
        html = get(client, "?muc_do=3")
        assert count_of(html) == 2
        assert "Đăng ký khai sinh" in html and "Cấp giấy phép xây dựng mới" in html
        assert "Đăng ký kết hôn" not in html
        # The groups count within the chosen level.
        assert "Tư pháp (1)" in html

    def test_by_level_of_government(self, client, catalogue):
        html = get(client, "?cap=tinh")
        assert count_of(html) == 2
        assert "Cấp bản sao trích lục hộ tịch" in html
        assert "Đăng ký khai sinh" not in html

    def test_filters_combine(self, client, catalogue):
        html = get(client, "?nganh=tu-phap&cap=xa&muc_do=4")
        assert count_of(html) == 1
        assert "Đăng ký kết hôn" in html


class TestSearch:
    @pytest.mark.parametrize(
        "query",
        [
            "khai+sinh",
            "Khai+Sinh",
            "đăng+ký+khai+sinh",
            "dang+ky+khai+sinh",
            "1.000080",
        ],
    )
    def test_with_or_without_diacritics_and_by_code(self, client, catalogue, query):
        html = get(client, f"?q={query}")
        assert count_of(html) == 1
        assert "Đăng ký khai sinh" in html

    def test_d_and_đ_alike(self, client, catalogue):
        html = get(client, "?q=dang+ky")
        assert count_of(html) == 2
        assert "Đăng ký kết hôn" in html

    def test_nothing_found(self, client, catalogue):
        html = get(client, "?q=khong+co+thu+tuc+nay")
        assert count_of(html) == 0
        assert "Không có thủ tục phù hợp." in html


class TestBadParameters:
    @pytest.mark.parametrize(
        "query",
        [
            "?muc_do=9",
            "?muc_do=3.0",
            "?muc_do=%C2%B3",  # "³"
            "?linh_vuc=99999999999999999999999",
            "?linh_vuc=-1",
            "?nganh=%3Cscript%3E",
            "?cap=t%E1%BB%89nh",  # "tỉnh", not the code
            "?q=" + "a" * 300,
            "?page=99999999999999999999",
            "?page=abc",
            "?muc_do=1&muc_do=2",
        ],
    )
    def test_ignored_with_a_message_never_a_500(self, client, catalogue, query):
        html = get(client, query)
        if "muc_do=1&muc_do=2" not in query and "page=" not in query:
            assert "không hợp lệ và đã được bỏ qua" in html
        assert count_of(html) in (5, 1)

    @pytest.mark.parametrize("query", ["?q=%00", "?nganh=%00", "?muc_do=%00"])
    def test_nul_is_refused_not_a_500(self, client, catalogue, query):
        # The site-wide guard (aggov.bad_input) answers 400 first ...
        response = client.get(URL + query, HTTP_HOST=A_HOST)
        assert response.status_code == 400
        # ... and the catalogue's form would leave a NUL out on its own.
        from services.filters import CatalogueFilterForm

        name = query[1 : query.index("=")]
        form = CatalogueFilterForm({name: "a\x00b"})
        assert name not in form.filters()
        assert name in form.errors


class TestPagination:
    def test_pages_keep_the_filters(self, client, catalogue, monkeypatch):
        monkeypatch.setattr(public, "PER_PAGE", 2)
        html = get(client, "?nganh=tu-phap")
        assert count_of(html) == 4
        assert "?nganh=tu-phap&amp;page=2" in html
        second = get(client, "?nganh=tu-phap&page=2")
        assert 'aria-current="page">2<' in second
        assert "Cấp giấy phép xây dựng mới" not in second


class TestGuides:
    def test_the_section_s_usage_guides_beside_the_catalogue(self, client, catalogue):
        from home.models import StandardPage
        from services.models import ProcedureIndexPage

        with inside("sotttt"):
            index = ProcedureIndexPage.objects.get(locale__language_code="vi")
            guide = StandardPage(
                title="Hướng dẫn nộp hồ sơ trực tuyến",
                summary="Các bước tạo tài khoản và nộp hồ sơ.",
            )
            index.add_child(instance=guide)
            guide.save_revision().publish()
        html = get(client)
        assert "Hướng dẫn sử dụng" in html
        assert "Hướng dẫn nộp hồ sơ trực tuyến" in html
        assert "Các bước tạo tài khoản và nộp hồ sơ." in html
        # A guide is not a procedure: the count stays.
        assert count_of(html) == 5


class TestIsolation:
    def test_a_s_catalogue_does_not_count_b_s(self, client, catalogue):
        a = get(client)
        assert "Cấp giấy phép hoạt động khám bệnh" not in a
        assert "Y tế" not in a
        b = get(client, host=B_HOST)
        assert count_of(b) == 1
        assert "Y tế (1)" in b
        assert "Đăng ký khai sinh" not in b and "Tư pháp" not in b

    def test_a_s_search_does_not_find_b_s(self, client, catalogue):
        assert count_of(get(client, "?q=1.004616")) == 0
        assert count_of(get(client, "?q=1.004616", host=B_HOST)) == 1


class TestLongCatalogue:
    def test_many_pages_are_elided(self, client, catalogue, monkeypatch):
        monkeypatch.setattr(public, "PER_PAGE", 1)
        html = get(client, "?page=3")
        assert 'aria-current="page">3<' in html
        assert ">5</a>" in html and ">4</a>" in html
        # Five pages: none elided yet; with more, a gap.
        assert "pagination__gap" not in html
        with inside("sotttt"):
            for n in range(6):
                add_procedure(
                    f"1.20000{n}", f"Thủ tục dài {n}", field=catalogue["notary"]
                )
        html = get(client, "?page=1")
        assert count_of(html) == 11
        assert 'class="pagination__gap">…</span>' in html
        assert ">11</a>" in html and ">7</a>" not in html
