"""/tong-hop/dich-vu-cong/: the services catalogue of every portal under this
one (Art. 15), from the read model: filters by agency, sector, field and
level, counts per agency, every procedure linking to its own portal."""

from __future__ import annotations

import re

import pytest

from home import languages
from province.models import PublishedItem
from province.tests import rows
from tenants.models import Agency
from tests.portals import DISTRICT_HOST, PROVINCE_HOST, agency, inside

pytestmark = pytest.mark.django_db
URL = "/tong-hop/dich-vu-cong/"
PROCEDURE = PublishedItem.PROCEDURE


def get(client, host=PROVINCE_HOST, url=URL, **params):
    response = client.get(url, params, HTTP_HOST=host)
    return response, response.content.decode()


def names(html: str) -> list[str]:
    return re.findall(r'class="aggregate-item__title" href="[^"]*">([^<]*)<', html)


def procedure(
    code,
    name,
    *,
    sector=("S-TP", "Tư pháp"),
    field=("F-HT", "Hộ tịch"),
    level=2,
    number="1.000001",
    **fields,
):
    return rows.create(
        agency(code),
        PROCEDURE,
        title=name,
        code=number,
        sector_code=sector[0],
        sector_name=sector[1],
        field_code=field[0],
        field_name=field[1],
        level=level,
        **fields,
    )


@pytest.fixture
def catalogue():
    return {
        "khai_sinh": procedure(
            "mybinh", "Đăng ký khai sinh", level=3, number="1.001193"
        ),
        "ket_hon": procedure("mylong", "Đăng ký kết hôn", level=4, number="1.000894"),
        "hanh_nghe": procedure(
            "soyte",
            "Cấp chứng chỉ hành nghề",
            sector=("S-YT", "Y tế"),
            field=("F-KB", "Khám bệnh, chữa bệnh"),
            level=2,
            number="1.002222",
        ),
        "bao_chi": procedure(
            "sotttt",
            "Cấp giấy phép xuất bản bản tin",
            sector=("S-TT", "Thông tin và Truyền thông"),
            field=("F-BC", "Báo chí"),
            level=1,
            number="1.003333",
        ),
    }


class TestProvinceCatalogue:
    def test_every_procedure_of_every_portal_linked_to_its_portal(
        self, client, catalogue
    ):
        response, html = get(client)
        assert response.status_code == 200
        assert "<h1>Dịch vụ công toàn tỉnh</h1>" in html
        assert sorted(names(html)) == sorted(r.title for r in catalogue.values())
        for row in catalogue.values():
            assert f'href="{row.url}"' in html
            assert row.url.startswith("http://")
        assert "4 thủ tục" in html

    def test_each_procedure_shows_code_level_words_field_and_agency(
        self, client, catalogue
    ):
        response, html = get(client)
        assert response.status_code == 200
        row = html[html.index("Đăng ký khai sinh") :]
        row = row[: row.index("</li>")]
        assert "1.001193" in row
        assert "Mức độ 3 – Dịch vụ công trực tuyến một phần" in row
        assert "Hộ tịch" in row
        assert "Ủy ban nhân dân phường Mỹ Bình" in row

    def test_counts_per_agency_each_linking_to_its_filter(self, client, catalogue):
        procedure("mybinh", "Chứng thực bản sao", number="2.000815")
        response, html = get(client)
        assert response.status_code == 200
        mybinh = agency("mybinh").pk
        side = html[html.index('id="theo-co-quan"') :]
        assert (
            f'<a href="?co_quan={mybinh}">Ủy ban nhân dân phường Mỹ Bình '
            '<span class="aggregate-agencies__count">(2)</span></a>'
        ) in side
        assert f'<option value="{mybinh}">Ủy ban nhân dân phường Mỹ Bình (2)' in html
        # An agency without procedures is not listed.
        assert "Ủy ban nhân dân thành phố Long Xuyên" not in side
        response, html = get(client, co_quan=mybinh)
        assert sorted(names(html)) == ["Chứng thực bản sao", "Đăng ký khai sinh"]

    def test_counts_follow_the_other_filters(self, client, catalogue):
        response, html = get(client, nganh="S-TP")
        assert response.status_code == 200
        side = html[html.index('id="theo-co-quan"') :]
        assert "Ủy ban nhân dân phường Mỹ Long <span" in side
        assert "Sở Y tế" not in side
        # The agency links keep the sector filter.
        assert f'href="?nganh=S-TP&amp;co_quan={agency("mylong").pk}"' in side

    def test_filter_by_sector(self, client, catalogue):
        response, html = get(client, nganh="S-TP")
        assert response.status_code == 200
        assert sorted(names(html)) == ["Đăng ký khai sinh", "Đăng ký kết hôn"]
        assert '<option value="S-TP" selected>Tư pháp</option>' in html

    def test_filter_by_field(self, client, catalogue):
        response, html = get(client, linh_vuc="F-KB")
        assert response.status_code == 200
        assert names(html) == ["Cấp chứng chỉ hành nghề"]
        assert (
            '<option value="F-KB" selected>Y tế › Khám bệnh, chữa bệnh</option>' in html
        )

    @pytest.mark.parametrize(
        "level, expected",
        [(1, "Cấp giấy phép xuất bản bản tin"), (4, "Đăng ký kết hôn")],
    )
    def test_filter_by_level_with_its_words(self, client, catalogue, level, expected):
        response, html = get(client, muc_do=level)
        assert response.status_code == 200
        assert names(html) == [expected]
        assert (
            '<option value="4">Mức độ 4 – Dịch vụ công trực tuyến toàn trình</option>'
            in html
            or '<option value="4" selected>Mức độ 4 – Dịch vụ công trực tuyến toàn trình'
            in html
        )

    def test_filters_combine(self, client, catalogue):
        response, html = get(
            client, nganh="S-TP", muc_do=3, co_quan=agency("mybinh").pk
        )
        assert response.status_code == 200
        assert names(html) == ["Đăng ký khai sinh"]
        response, html = get(client, nganh="S-YT", co_quan=agency("mybinh").pk)
        assert names(html) == []
        assert "Không có thủ tục phù hợp." in html

    def test_every_filter_has_a_label(self, client, catalogue):
        response, html = get(client)
        assert response.status_code == 200
        for name in ("co_quan", "nganh", "linh_vuc", "muc_do"):
            assert f'<label for="{name}">' in html
            assert f'id="{name}" name="{name}"' in html

    @pytest.mark.parametrize(
        "params",
        [
            {"muc_do": "7"},
            {"muc_do": "2.5"},
            {"muc_do": "9" * 50},
            {"nganh": "<script>"},
            {"linh_vuc": "x" * 500},
            {"co_quan": "-3"},
            {"page": "-1"},
        ],
    )
    def test_unknown_values_ignored_never_a_500(self, client, catalogue, params):
        response, html = get(client, **params)
        assert response.status_code == 200
        assert "Một số điều kiện lọc không hợp lệ và đã được bỏ qua" in html
        assert len(names(html)) == 4
        assert "<script>" not in html.split("<main", 1)[1]

    def test_rows_of_a_suspended_portal_hidden_and_back(self, client, catalogue):
        rows.set_status("soyte", Agency.STATUS_SUSPENDED)
        response, html = get(client)
        assert response.status_code == 200
        assert "Cấp chứng chỉ hành nghề" not in html
        assert "3 thủ tục" in html
        rows.set_status("soyte", Agency.STATUS_ACTIVE)
        response, html = get(client)
        assert "Cấp chứng chỉ hành nghề" in html

    def test_other_kinds_of_rows_are_not_procedures(self, client, catalogue):
        rows.create(agency("soyte"), PublishedItem.NEWS, title="Một tin tức")
        rows.create(agency("soyte"), PublishedItem.DOCUMENT, title="Một văn bản")
        response, html = get(client)
        assert response.status_code == 200
        assert "Một tin tức" not in html and "Một văn bản" not in html


class TestPagination:
    def test_page_two_keeps_the_filters(self, client):
        soyte = agency("soyte")
        rows.many(
            [
                rows.item(
                    soyte,
                    PROCEDURE,
                    title=f"Thủ tục {n:02d}",
                    code=f"1.0{n:05d}",
                    sector_code="S-YT",
                    sector_name="Y tế",
                    field_code="F-KB",
                    field_name="Khám bệnh",
                    level=3,
                )
                for n in range(23)
            ]
        )
        procedure("sotttt", "Thủ tục khác", level=3)
        response, html = get(client, nganh="S-YT", muc_do=3)
        assert response.status_code == 200
        assert len(names(html)) == 20
        assert "23 thủ tục" in html
        assert 'href="?nganh=S-YT&amp;muc_do=3&amp;page=2"' in html
        response, html = get(client, nganh="S-YT", muc_do=3, page=2)
        assert response.status_code == 200
        assert names(html) == ["Thủ tục 02", "Thủ tục 01", "Thủ tục 00"]


class TestDistrictCatalogue:
    def test_only_its_communes_procedures(self, client, catalogue):
        response, html = get(client, DISTRICT_HOST)
        assert response.status_code == 200
        assert "<h1>Dịch vụ công của các xã, phường, thị trấn</h1>" in html
        assert sorted(names(html)) == ["Đăng ký khai sinh", "Đăng ký kết hôn"]
        # The departments' sectors are not offered either.
        assert 'value="S-YT"' not in html
        assert "Sở Y tế" not in html


class TestLanguages:
    def test_english_catalogue_lists_english_procedures(self, client, catalogue):
        with inside("angiang"):
            languages.enable("en")
        procedure(
            "soyte",
            "Issuing a practising certificate",
            language="en",
            sector=("S-YT", "Health"),
            field=("F-KB", "Medical examination"),
            level=2,
        )
        response, html = get(client, url="/en" + URL)
        assert response.status_code == 200
        assert "<h1>Public services across the province</h1>" in html
        assert names(html) == ["Issuing a practising certificate"]
        assert ">Service level</label>" in html
        assert "1 procedure" in html

    def test_not_enabled_language_404(self, client, catalogue):
        response, _html = get(client, url="/km" + URL)
        assert response.status_code == 404
