"""/tong-hop/tin-tuc/: the news of every portal under this one, from the read
model, on the province's portal and on a district's (two communes)."""

from __future__ import annotations

import datetime
import re

import pytest

from home import languages
from province.tests import rows
from tenants.models import Agency, AgencyKind
from tests.portals import (
    A_HOST,
    COMMUNE1_HOST,
    DISTRICT_HOST,
    PROVINCE_HOST,
    agency,
    inside,
)

pytestmark = pytest.mark.django_db
URL = "/tong-hop/tin-tuc/"


def get(client, host, url=URL, **params):
    response = client.get(url, params, HTTP_HOST=host)
    return response, response.content.decode()


def titles(html: str) -> list[str]:
    return re.findall(r'class="aggregate-item__title" href="[^"]*">([^<]*)<', html)


@pytest.fixture
def news():
    """One news item of each portal, dated so the order is known."""
    made = {}
    for n, code in enumerate(
        ["angiang", "sotttt", "soyte", "longxuyen", "mybinh", "mylong"]
    ):
        made[code] = rows.create(
            agency(code),
            title=f"Tin của {code}",
            date=datetime.date(2026, 11, 1 + n),
        )
    return made


class TestProvince:
    def test_every_portal_under_the_province_newest_first(self, client, news):
        response, html = get(client, PROVINCE_HOST)
        assert response.status_code == 200
        assert "<h1>Tin tức toàn tỉnh</h1>" in html
        # Its own news included (everything under this portal), communes too
        # (transitively, through the district).
        assert titles(html) == [
            "Tin của mylong",
            "Tin của mybinh",
            "Tin của longxuyen",
            "Tin của soyte",
            "Tin của sotttt",
            "Tin của angiang",
        ]

    def test_each_item_names_its_agency_and_links_to_its_own_portal(self, client, news):
        response, html = get(client, PROVINCE_HOST)
        assert response.status_code == 200
        item = html[html.index(news["mybinh"].url) - 60 :]
        item = item[: item.index("</li>")]
        assert f'href="{news["mybinh"].url}"' in item
        assert "Ủy ban nhân dân phường Mỹ Bình" in item
        assert '<time datetime="2026-11-05">05/11/2026</time>' in item

    def test_filter_by_agency(self, client, news):
        response, html = get(client, PROVINCE_HOST, co_quan=agency("soyte").pk)
        assert response.status_code == 200
        assert titles(html) == ["Tin của soyte"]
        assert "1 tin" in html

    def test_filter_by_kind_of_agency(self, client, news):
        commune = AgencyKind.objects.get(code="commune")
        response, html = get(client, PROVINCE_HOST, loai_co_quan=commune.pk)
        assert response.status_code == 200
        assert titles(html) == ["Tin của mylong", "Tin của mybinh"]
        # The filter offers the kinds of the portals shown, named in plural.
        assert f'<option value="{commune.pk}" selected>Ủy ban nhân dân cấp xã' in html
        assert ">Các sở, ngành</option>" in html

    def test_filters_have_labels(self, client, news):
        response, html = get(client, PROVINCE_HOST)
        assert response.status_code == 200
        for name in ("co_quan", "loai_co_quan"):
            assert f'<label for="{name}">' in html
            assert f'<select id="{name}" name="{name}">' in html
        assert '<main id="noi-dung"' in html
        assert 'role="search"' in html
        # In the portal's menu and breadcrumbs; the home is not this page.
        assert '<li><a href="/">Trang chủ</a></li>' in html
        assert '<span aria-current="page">Tin tức toàn tỉnh</span>' in html
        assert '<a href="/" aria-current="page">' not in html

    @pytest.mark.parametrize(
        "params",
        [
            {"co_quan": "999999"},
            {"co_quan": "abc"},
            {"co_quan": "9" * 40},
            {"loai_co_quan": "-1"},
            {"page": "abc"},
            {"page": "0"},
            {"page": "9" * 30},
        ],
    )
    def test_bad_parameters_are_ignored_and_said(self, client, news, params):
        response, html = get(client, PROVINCE_HOST, **params)
        assert response.status_code == 200
        assert "Một số điều kiện lọc không hợp lệ và đã được bỏ qua" in html
        assert len(titles(html)) == 6

    def test_a_nul_byte_is_a_clear_400(self, client, news):
        response = client.get(URL + "?co_quan=%00", HTTP_HOST=PROVINCE_HOST)
        assert response.status_code == 400

    def test_inactive_portal_hidden_then_back(self, client, news):
        rows.set_status("soyte", Agency.STATUS_SUSPENDED)
        response, html = get(client, PROVINCE_HOST)
        assert response.status_code == 200
        assert "Tin của soyte" not in html
        assert "Tin của sotttt" in html
        # Its filter is gone too: a suspended portal is not offered.
        assert "Sở Y tế" not in html
        rows.set_status("soyte", Agency.STATUS_ACTIVE)
        response, html = get(client, PROVINCE_HOST)
        assert response.status_code == 200
        assert "Tin của soyte" in html

    def test_rows_of_agencies_outside_the_registry_tree_never_shown(self, client, news):
        # A portal registered without a parent is not under the province.
        kind = AgencyKind.objects.get(code="department")
        (orphan,) = Agency.objects.bulk_create(
            [
                Agency(
                    name="Sở không trực thuộc",
                    code="orphan",
                    schema_name="orphan",
                    kind=kind,
                )
            ]
        )
        rows.refresh_registry()
        rows.create(orphan, title="Tin của orphan")
        response, html = get(client, PROVINCE_HOST)
        assert response.status_code == 200
        assert "Tin của orphan" not in html
        assert len(titles(html)) == 6


class TestPagination:
    def test_twenty_a_page_and_the_filters_kept_on_page_two(self, client):
        sotttt = agency("sotttt")
        rows.many(
            [
                rows.item(
                    sotttt,
                    title=f"Tin số {n:02d}",
                    date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
                )
                for n in range(25)
            ]
        )
        rows.create(agency("soyte"), title="Tin của Sở Y tế")
        response, html = get(client, PROVINCE_HOST, co_quan=sotttt.pk)
        assert response.status_code == 200
        assert len(titles(html)) == 20
        assert titles(html)[0] == "Tin số 24"
        assert "25 tin" in html
        assert f'href="?co_quan={sotttt.pk}&amp;page=2" rel="next"' in html
        response, html = get(client, PROVINCE_HOST, co_quan=sotttt.pk, page=2)
        assert response.status_code == 200
        assert titles(html) == [f"Tin số {n:02d}" for n in range(4, -1, -1)]
        assert '<span aria-current="page">2</span>' in html

    def test_a_page_beyond_the_last_shows_the_last(self, client):
        rows.many([rows.item(agency("sotttt")) for _n in range(21)])
        response, html = get(client, PROVINCE_HOST, page=50)
        assert response.status_code == 200
        assert len(titles(html)) == 1
        assert '<span aria-current="page">2</span>' in html


class TestDistrict:
    def test_exactly_its_two_communes_and_itself(self, client, news):
        response, html = get(client, DISTRICT_HOST)
        assert response.status_code == 200
        assert "<h1>Tin tức của các xã, phường, thị trấn</h1>" in html
        assert titles(html) == ["Tin của mylong", "Tin của mybinh", "Tin của longxuyen"]
        assert "Sở Y tế" not in html

    def test_filter_by_one_commune(self, client, news):
        response, html = get(client, DISTRICT_HOST, co_quan=agency("mylong").pk)
        assert response.status_code == 200
        assert titles(html) == ["Tin của mylong"]

    def test_an_agency_outside_the_district_is_not_a_valid_filter(self, client, news):
        response, html = get(client, DISTRICT_HOST, co_quan=agency("soyte").pk)
        assert response.status_code == 200
        assert "Một số điều kiện lọc không hợp lệ" in html
        assert "Tin của soyte" not in html
        assert len(titles(html)) == 3

    def test_a_suspended_commune_hidden_and_back(self, client, news):
        rows.set_status("mybinh", Agency.STATUS_SUSPENDED)
        response, html = get(client, DISTRICT_HOST)
        assert response.status_code == 200
        assert titles(html) == ["Tin của mylong", "Tin của longxuyen"]
        rows.set_status("mybinh", Agency.STATUS_ACTIVE)
        response, html = get(client, DISTRICT_HOST)
        assert titles(html) == ["Tin của mylong", "Tin của mybinh", "Tin của longxuyen"]


class TestWhoServesThePages:
    @pytest.mark.parametrize("host", [A_HOST, COMMUNE1_HOST])
    def test_a_portal_without_units_answers_404(self, client, news, host):
        response, _html = get(client, host)
        assert response.status_code == 404

    def test_a_department_with_a_unit_is_titled_for_its_units(self, client):
        unit_kind = AgencyKind.objects.get(code="unit")
        soyte = agency("soyte")
        (unit,) = Agency.objects.bulk_create(
            [
                Agency(
                    name="Trung tâm Kiểm soát bệnh tật",
                    code="cdc",
                    schema_name="cdc",
                    kind=unit_kind,
                    parent=soyte,
                )
            ]
        )
        rows.refresh_registry()
        rows.create(unit, title="Tin của trung tâm")
        rows.create(agency("sotttt"), title="Tin của sở khác")
        from tests.portals import B_HOST

        response, html = get(client, B_HOST)
        assert response.status_code == 200
        assert "<h1>Tin tức của các đơn vị trực thuộc</h1>" in html
        assert titles(html) == ["Tin của trung tâm"]


class TestLanguages:
    def test_english_lists_english_items(self, client):
        with inside("angiang"):
            languages.enable("en")
        sotttt = agency("sotttt")
        rows.create(sotttt, title="Tin tiếng Việt")
        rows.create(sotttt, language="en", title="English news")
        response, html = get(client, PROVINCE_HOST, "/en" + URL)
        assert response.status_code == 200
        assert '<html lang="en">' in html
        assert "<h1>News from across the province</h1>" in html
        assert titles(html) == ["English news"]
        assert ">Kind of agency</label>" in html
        # The language links lead to this page in each language.
        assert 'href="/tong-hop/tin-tuc/" lang="vi"' in html
        response, html = get(client, PROVINCE_HOST)
        assert titles(html) == ["Tin tiếng Việt"]

    def test_a_language_the_portal_has_not_enabled_is_404(self, client):
        rows.create(agency("sotttt"), language="fr", title="Actualité")
        response, _html = get(client, PROVINCE_HOST, "/fr" + URL)
        assert response.status_code == 404
