"""Province-wide search (issue 14.2): /tong-hop/tim-kiem/ on a portal with
units, over the read model of every portal in its scope, with a facet by
agency, each hit linking to its own portal; a portal without units has none,
a suspended portal's items leave, bad input is answered, never a 500.

Every test runs on both backends: PostgreSQL searches the read model in
place; on Elasticsearch the province index is rebuilt from the read model
before each request (the rows here are written directly; the feed that keeps
the index current is tested in test_elastic_province_feed)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.conf import settings
from django.utils import translation

from province.models import PublishedItem
from province.tests import rows
from tenants.models import Agency
from tests.portals import A_HOST, DISTRICT_HOST, PROVINCE_HOST, agency

pytestmark = pytest.mark.django_db
URL = "/tong-hop/tim-kiem/"
#: What runs before each request: the province index rebuilt (Elasticsearch).
_before = []


@pytest.fixture(autouse=True, params=["postgres", "elasticsearch"])
def engine(request):
    if request.param == "elasticsearch":
        request.getfixturevalue("elasticsearch")
        _before.append(_index_the_read_model)
    yield request.param
    _before.clear()
    translation.activate(settings.LANGUAGE_CODE)


def _index_the_read_model():
    from search import province
    from search.backends.elastic import ElasticBackend

    province.rebuild()
    ElasticBackend().refresh(province=True)


def page(client, host, path=URL, **params):
    for step in _before:
        step()
    response = client.get(path, params, HTTP_HOST=host)
    assert response.status_code == 200, response.status_code
    return response.text


def plain(html: str) -> str:
    return re.sub(r"</?mark>", "", html)


def hits(html: str) -> list[str]:
    """The hits' links, in order."""
    return re.findall(r'<h3 class="search-hit__title"><a href="([^"]+)"', html)


@pytest.fixture
def items():
    """The same kind of item at a department, a district and one of its wards,
    and one item that does not match."""
    made = {
        "sotttt": rows.create(
            agency("sotttt"),
            PublishedItem.PROCEDURE,
            title="Cấp giấy phép bưu chính",
            code="1.004470",
            field_name="Bưu chính",
            summary="Thủ tục cấp giấy phép bưu chính cho doanh nghiệp.",
        ),
        "longxuyen": rows.create(
            agency("longxuyen"),
            PublishedItem.PROCEDURE,
            title="Cấp giấy phép xây dựng nhà ở riêng lẻ",
            code="1.009994",
            field_name="Xây dựng",
        ),
        "mybinh": rows.create(
            agency("mybinh"),
            PublishedItem.NEWS,
            title="Phường Mỹ Bình hướng dẫn cấp giấy phép kinh doanh",
            summary="Người dân được hướng dẫn nộp hồ sơ trực tuyến.",
            date=date(2026, 11, 25),
        ),
        "other": rows.create(
            agency("soyte"), PublishedItem.NEWS, title="Tiêm chủng mở rộng"
        ),
    }
    return made


def test_the_province_finds_every_portal_s_items_with_a_facet_by_agency(client, items):
    html = page(client, PROVINCE_HOST, q="cap giay phep")
    text = plain(html)
    assert "<h1>Tìm kiếm toàn tỉnh</h1>" in html
    assert "3 kết quả</h2>" in html
    # Each hit links to its own portal, and names it.
    assert sorted(hits(html)) == sorted(
        items[code].url for code in ("sotttt", "longxuyen", "mybinh")
    )
    assert items["sotttt"].url.startswith("http://sotttt.")
    assert '<span class="search-hit__agency">Sở Thông tin và Truyền thông</span>' in (
        text
    )
    assert "Tiêm chủng" not in text
    # The facet by agency: each agency with its count, linking to its filter.
    facet = html.split('id="theo-co-quan"')[1].split("</nav>")[0]
    for code in ("sotttt", "longxuyen", "mybinh"):
        unit = agency(code)
        assert f"co_quan={unit.pk}" in facet
        assert f"{unit.name} <span" in facet
    assert "Sở Y tế" not in facet  # no match there
    # The kind facet and the field facet ("Theo lĩnh vực").
    assert "Thủ tục hành chính <span" in html and "Tin tức <span" in html
    assert "Theo lĩnh vực" in html and "Xây dựng <span" in html


def test_choosing_an_agency_keeps_the_others_in_the_facet(client, items):
    chosen = agency("longxuyen")
    html = page(client, PROVINCE_HOST, q="cap giay phep", co_quan=chosen.pk)
    assert "1 kết quả</h2>" in html
    assert hits(html) == [items["longxuyen"].url]
    facet = html.split('id="theo-co-quan"')[1].split("</nav>")[0]
    assert f'aria-current="true">{chosen.name}' in facet
    assert agency("sotttt").name in facet  # to switch agency
    # The query box keeps the choice.
    assert f'name="co_quan" value="{chosen.pk}"' in html


def test_a_code_finds_its_procedure_first(client, items):
    html = page(client, PROVINCE_HOST, q="1.009994")
    assert hits(html)[0] == items["longxuyen"].url


def test_a_district_searches_its_wards_not_the_province(client, items):
    html = page(client, DISTRICT_HOST, q="cap giay phep")
    assert "<h1>Tìm kiếm trên cổng các xã, phường, thị trấn</h1>" in html
    assert sorted(hits(html)) == sorted([items["longxuyen"].url, items["mybinh"].url])
    # An agency outside the district's scope is refused, said, and ignored.
    html = page(client, DISTRICT_HOST, q="cap giay phep", co_quan=agency("sotttt").pk)
    assert "Không có cơ quan này trong phạm vi." in html
    assert items["sotttt"].url not in hits(html)
    assert len(hits(html)) == 2


def test_a_portal_without_units_has_no_province_search_nor_tabs(client, items):
    assert client.get(URL, {"q": "cap"}, HTTP_HOST=A_HOST).status_code == 404
    html = page(client, A_HOST, "/tim-kiem/", q="cap giay phep")
    assert "search-scope" not in html
    assert hits(html) == []  # its own index holds no read-model row


def test_the_portal_s_results_page_links_to_the_province_wide_one(client, items):
    html = page(client, PROVINCE_HOST, "/tim-kiem/", q="cap giay phep")
    tabs = html.split('class="search-scope"')[1].split("</nav>")[0]
    assert '<span aria-current="page">Cổng này</span>' in tabs
    assert '<a href="/tong-hop/tim-kiem/?q=cap+giay+phep">Toàn tỉnh</a>' in tabs
    back = page(client, PROVINCE_HOST, q="cap giay phep")
    tabs = back.split('class="search-scope"')[1].split("</nav>")[0]
    assert '<a href="/tim-kiem/?q=cap+giay+phep">Cổng này</a>' in tabs
    assert '<span aria-current="page">Toàn tỉnh</span>' in tabs


def test_a_suspended_portal_s_items_leave_and_come_back(client, items):
    rows.set_status("mybinh", Agency.STATUS_SUSPENDED)
    html = page(client, PROVINCE_HOST, q="cap giay phep")
    assert items["mybinh"].url not in hits(html)
    assert "2 kết quả</h2>" in html
    rows.set_status("mybinh", Agency.STATUS_ACTIVE)
    html = page(client, PROVINCE_HOST, q="cap giay phep")
    assert items["mybinh"].url in hits(html)


def test_results_in_the_url_s_language_only(client, items):
    from home import languages
    from tests.portals import inside

    with inside("angiang"):
        languages.enable("en")
    english = rows.create(
        agency("sotttt"),
        PublishedItem.NEWS,
        language="en",
        title="Postal licence granted online",
    )
    html = page(client, PROVINCE_HOST, "/en/tong-hop/tim-kiem/", q="postal licence")
    assert hits(html) == [english.url]
    assert "<h1>Search across the province</h1>" in html
    assert hits(page(client, PROVINCE_HOST, q="postal licence")) == []


def test_an_announcement_is_found_and_named(client):
    notice = rows.create(
        agency("soyte"),
        PublishedItem.ANNOUNCEMENT,
        title="Thông báo lịch tiêm vắc xin sởi",
    )
    html = page(client, PROVINCE_HOST, q="lich tiem vac xin")
    assert hits(html) == [notice.url]
    assert "Sở Y tế</span> · Thông báo" in html


def test_nothing_found_suggests_a_title_word_of_the_scope(client, items):
    html = page(client, PROVINCE_HOST, q="buu chimh")
    assert "Không tìm thấy kết quả nào" in html
    # As a title writes it (PostgreSQL), or folded (Elasticsearch).
    assert re.search(r'class="search-suggestion">(bưu chính|buu chinh)</a>', html)


def test_odd_input_is_answered(client, items):
    for params in (
        {"q": "cap", "co_quan": "x"},
        {"q": "cap", "co_quan": "9" * 30},
        {"q": "cap", "page": "9" * 30},
        {"q": "cap", "loai": "nope", "muc": "x" * 5000},
        {"q": "cap" * 5000},
    ):
        response = client.get(URL, params, HTTP_HOST=PROVINCE_HOST)
        assert response.status_code == 200, params
    assert client.get(URL, {"q": "a\x00b"}, HTTP_HOST=PROVINCE_HOST).status_code == 400


def test_the_aggregated_pages_carry_the_province_wide_search_box(client, engine):
    html = page(client, DISTRICT_HOST, "/tong-hop/tin-tuc/")
    form = html.split('<form class="aggregate-search"')[1].split("</form>")[0]
    assert 'action="/tong-hop/tim-kiem/"' in form and 'role="search"' in form
    assert (
        '<label for="tim-kiem-tong-hop">'
        "Tìm kiếm trên cổng các xã, phường, thị trấn</label>"
    ) in form
