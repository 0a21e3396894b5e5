"""The public side (issue 14.1): a search box in every portal's header and the
results page /tim-kiem/ on a tenant host, in the URL's language, with total,
facet links, marked snippets, pages and the suggestion; bad input never 500."""

from datetime import date

import pytest
from django.conf import settings
from django.utils import translation

from home import languages
from search.backends.postgres import PostgresBackend
from search.documents import SearchDoc
from search.tests.factory import drain, news
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _vietnamese_afterwards():
    yield
    translation.activate(settings.LANGUAGE_CODE)


def test_every_portal_s_header_has_an_accessible_search_box(client):
    for host in (A_HOST, B_HOST):
        html = client.get("/", HTTP_HOST=host).text
        assert (
            '<form class="search-box" role="search" method="get" action="/tim-kiem/"'
            in html
        )
        assert '<label for="tim-kiem-q">Tìm kiếm</label>' in html
        assert '<input type="search" id="tim-kiem-q" name="q"' in html


def test_the_results_page_shows_total_facets_marks_and_pages(client):
    with inside("sotttt"):
        for number in range(11):
            news(
                f"Thông báo tuyển dụng đợt {number + 1}", day=date(2026, 1, number + 1)
            )
        news("Hội nghị khác", "Không liên quan.")
        drain()
    response = client.get("/tim-kiem/", {"q": "tuyen dung"}, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    html = response.text
    assert "11 kết quả</h2>" in html
    assert "<mark>tuyển</mark> <mark>dụng</mark> đợt 11</a>" in html
    assert 'href="?q=tuyen+dung&amp;loai=news"' in html and "Tin tức <span" in html
    assert "Tin tức – Sự kiện" in html  # the section facet
    assert 'href="?q=tuyen+dung&amp;page=2" rel="next"' in html
    assert "Hội nghị khác" not in html
    second = client.get(
        "/tim-kiem/", {"q": "tuyen dung", "page": "2"}, HTTP_HOST=A_HOST
    ).text
    assert 'aria-current="page">2</span>' in second
    assert "đợt 1</a>" in second and "đợt 11</a>" not in second
    # The other portal's page finds none of them.
    other = client.get("/tim-kiem/", {"q": "tuyen dung"}, HTTP_HOST=B_HOST).text
    assert "Không tìm thấy kết quả nào cho «tuyen dung»." in other


def test_a_kind_filter_keeps_the_query(client):
    with inside("sotttt"):
        news("Lịch tiếp dân tháng 12")
        drain()
    html = client.get(
        "/tim-kiem/", {"q": "tiep dan", "loai": "news"}, HTTP_HOST=A_HOST
    ).text
    assert "1 kết quả</h2>" in html
    assert '<input type="hidden" name="loai" value="news">' in html
    none = client.get(
        "/tim-kiem/", {"q": "tiep dan", "loai": "document"}, HTTP_HOST=A_HOST
    ).text
    assert "Không tìm thấy kết quả nào" in none


def test_nothing_found_suggests_a_correction(client):
    with inside("sotttt"):
        news("Thông báo tuyển dụng viên chức")
        drain()
    html = client.get("/tim-kiem/", {"q": "tuyen dumg"}, HTTP_HOST=A_HOST).text
    assert "Không tìm thấy kết quả nào cho «tuyen dumg»." in html
    assert (
        'Có phải bạn muốn tìm: <a href="?q=tuy%E1%BB%83n+d%E1%BB%A5ng" '
        'class="search-suggestion">tuyển dụng</a>?'
    ) in html


def test_results_are_in_the_url_s_language(client):
    assert client.get("/en/tim-kiem/", {"q": "x"}, HTTP_HOST=A_HOST).status_code == 404
    with inside("sotttt"):
        languages.enable("en")
        PostgresBackend().index(
            [
                SearchDoc(
                    "page:900001", "news", "en", "Recruitment notice", "", url="/en/r/"
                ),
                SearchDoc(
                    "page:900002", "news", "vi", "Recruitment tiếng Việt", "", url="/r/"
                ),
            ]
        )
    english = client.get("/en/tim-kiem/", {"q": "recruitment"}, HTTP_HOST=A_HOST)
    assert english.status_code == 200
    assert '<html lang="en">' in english.text
    assert "1 result</h2>" in english.text
    assert "<mark>Recruitment</mark> notice" in english.text
    assert "tiếng Việt" not in english.text.split("<main")[1]
    vietnamese = client.get("/tim-kiem/", {"q": "recruitment"}, HTTP_HOST=A_HOST).text
    assert "<mark>Recruitment</mark> tiếng Việt" in vietnamese
    assert "Recruitment notice" not in vietnamese


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 10_000},
        {"q": "tuyen", "page": str(10**30)},
        {"q": "tuyen", "page": "-1"},
        {"q": "tuyen", "page": "abc"},
        {"q": "tuyen", "loai": "khong-co"},
        {"q": "tuyen", "muc": "m" * 5000},
        {"q": "' OR 1=1 --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "a:* & !b | (c"},
    ],
)
def test_bad_input_is_never_a_500(client, params):
    response = client.get("/tim-kiem/", params, HTTP_HOST=A_HOST)
    assert response.status_code in (200, 400)
    assert "<script>alert(1)</script>" not in response.text


def test_a_nul_byte_is_not_a_500(client):
    response = client.get("/tim-kiem/?q=a%00b&muc=%00", HTTP_HOST=A_HOST)
    assert response.status_code in (200, 400)


def test_the_console_and_an_unknown_host_have_no_search_box(client):
    from tests.portals import CONSOLE_HOST

    console = client.get("/dang-nhap/", HTTP_HOST=CONSOLE_HOST)
    assert console.status_code == 200
    assert 'role="search"' not in console.text
    unknown = client.get("/", HTTP_HOST="khong-co.angiang.gov.vn")
    assert unknown.status_code == 404
    assert 'role="search"' not in unknown.text
