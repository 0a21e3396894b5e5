"""The home page's block on a portal with units under it: the latest news of
its units by kind of agency, with each agency's name, from the read model,
and links to the aggregated pages. The portal's own news is the block above
it ("Tin mới"), so its rows are not repeated here."""

from __future__ import annotations

import datetime
import re

import pytest

from home import languages
from province.models import PublishedItem
from province.tests import rows
from tenants.models import Agency
from tests.portals import A_HOST, DISTRICT_HOST, PROVINCE_HOST, agency, inside

pytestmark = pytest.mark.django_db


def home(client, host, url="/"):
    response = client.get(url, HTTP_HOST=host)
    return response, response.content.decode()


def block(html: str) -> str:
    start = html.index('<section class="home-units"')
    return html[start : html.index("</section>", start)]


def groups(html: str) -> list[tuple[str, list[str]]]:
    """(kind heading, [titles]) in the order shown."""
    found = []
    for heading, body in re.findall(
        r"<h3>([^<]*)</h3>\s*<ul[^>]*>(.*?)</ul>", block(html), re.S
    ):
        found.append(
            (
                heading,
                re.findall(
                    r'class="aggregate-item__title" href="[^"]*">([^<]*)<', body
                ),
            )
        )
    return found


@pytest.fixture
def news():
    day = datetime.date(2026, 11, 1)
    made = []
    for n, code in enumerate(
        ["angiang", "sotttt", "soyte", "longxuyen", "mybinh", "mylong"]
    ):
        made.append(
            rows.create(
                agency(code),
                title=f"Tin của {code}",
                date=day + datetime.timedelta(days=n),
            )
        )
    return made


class TestProvinceHome:
    def test_latest_news_of_the_units_by_kind_in_the_kinds_order(self, client, news):
        response, html = home(client, PROVINCE_HOST)
        assert response.status_code == 200
        assert groups(html) == [
            ("Các sở, ngành", ["Tin của soyte", "Tin của sotttt"]),
            ("Ủy ban nhân dân cấp huyện", ["Tin của longxuyen"]),
            ("Ủy ban nhân dân cấp xã", ["Tin của mylong", "Tin của mybinh"]),
        ]
        # Its own news is not repeated in the block.
        assert "Tin của angiang" not in block(html)

    def test_each_item_with_its_agency_name_and_link(self, client, news):
        response, html = home(client, PROVINCE_HOST)
        assert response.status_code == 200
        part = block(html)
        item = part[part.index(news[4].url) :]
        item = item[: item.index("</li>")]
        assert "Ủy ban nhân dân phường Mỹ Bình" in item
        assert '<time datetime="2026-11-05">05/11/2026</time>' in item

    def test_a_few_per_kind_the_newest(self, client):
        sotttt = agency("sotttt")
        rows.many(
            [
                rows.item(sotttt, title=f"Tin {n}", date=datetime.date(2026, 1, 1 + n))
                for n in range(9)
            ]
        )
        rows.create(agency("mybinh"), title="Tin xã cũ", date=datetime.date(2020, 1, 1))
        response, html = home(client, PROVINCE_HOST)
        assert response.status_code == 200
        assert groups(html) == [
            ("Các sở, ngành", ["Tin 8", "Tin 7", "Tin 6", "Tin 5"]),
            # A kind whose news is older still has its place.
            ("Ủy ban nhân dân cấp xã", ["Tin xã cũ"]),
        ]

    def test_links_to_the_aggregated_pages_and_the_portals_list_kept(
        self, client, news
    ):
        response, html = home(client, PROVINCE_HOST)
        assert response.status_code == 200
        part = block(html)
        for url, title in [
            ("/tong-hop/tin-tuc/", "Tin tức toàn tỉnh"),
            ("/tong-hop/dich-vu-cong/", "Dịch vụ công toàn tỉnh"),
            ("/tong-hop/van-ban/", "Văn bản toàn tỉnh"),
            ("/tong-hop/hoi-dap/", "Hỏi đáp toàn tỉnh"),
        ]:
            assert f'<a href="{url}">{title}</a>' in part
        assert '<h2 id="cong-thanh-phan">Các cổng thông tin thành phần</h2>' in html
        assert 'href="http://sotttt.' in html

    def test_only_news_rows(self, client):
        rows.create(agency("soyte"), PublishedItem.PROCEDURE, title="Một thủ tục")
        rows.create(agency("soyte"), PublishedItem.ANNOUNCEMENT, title="Một thông báo")
        response, html = home(client, PROVINCE_HOST)
        assert response.status_code == 200
        assert "Một thủ tục" not in html and "Một thông báo" not in html
        assert "Chưa có tin bài." in block(html)

    def test_a_suspended_portal_hidden_and_back(self, client, news):
        rows.set_status("soyte", Agency.STATUS_SUSPENDED)
        response, html = home(client, PROVINCE_HOST)
        assert response.status_code == 200
        assert "Tin của soyte" not in html
        rows.set_status("soyte", Agency.STATUS_ACTIVE)
        response, html = home(client, PROVINCE_HOST)
        assert "Tin của soyte" in block(html)


class TestDistrictHome:
    def test_its_communes_news_not_the_departments(self, client, news):
        response, html = home(client, DISTRICT_HOST)
        assert response.status_code == 200
        assert '<h2 id="tin-don-vi">Tin tức của các xã, phường, thị trấn</h2>' in html
        assert groups(html) == [
            ("Ủy ban nhân dân cấp xã", ["Tin của mylong", "Tin của mybinh"])
        ]
        assert "Tin của soyte" not in html
        assert 'href="/tong-hop/dich-vu-cong/"' in block(html)


class TestPortalWithoutUnits:
    def test_no_block(self, client, news):
        response, html = home(client, A_HOST)
        assert response.status_code == 200
        assert 'class="home-units"' not in html
        assert "/tong-hop/" not in html


class TestLanguages:
    def test_english_home_lists_english_news_of_the_units(self, client):
        with inside("angiang"):
            languages.enable("en")
        rows.create(agency("soyte"), title="Tin tiếng Việt")
        rows.create(agency("soyte"), language="en", title="Health news")
        response, html = home(client, PROVINCE_HOST, "/en/")
        assert response.status_code == 200
        assert groups(html) == [("Các sở, ngành", ["Health news"])]
        assert (
            '<a href="/en/tong-hop/dich-vu-cong/">Public services across the province</a>'
            in html
        )
