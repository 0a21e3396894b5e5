"""The same searches on both backends, where their behaviour must agree
(issue 14.4): PostgreSQL (the default) and the real Elasticsearch node."""

from __future__ import annotations

import datetime

import pytest

from search.documents import SearchQuery
from search.tests.elastic_fixtures import A, B, doc, keys
from tests.portals import inside

DOCS = [
    doc(
        "document:1",
        "Ban hành Quy chế quản lý cổng thông tin điện tử",
        "Quyết định 03/2017/QĐ-UBND ban hành quy chế.",
        kind="document",
        code="03/2017/QĐ-UBND",
        section="Văn bản",
        date=datetime.date(2017, 1, 13),
    ),
    doc(
        "news:1",
        "Tin về quy chế 03/2017 của tỉnh",
        "Quy chế 03/2017 nhắc lại nhiều lần: 03/2017, 03/2017.",
        kind="news",
        section="Tin tức",
        date=datetime.date(2026, 11, 30),
    ),
    doc(
        "procedure:1",
        "Đăng ký thành lập hộ kinh doanh",
        "Thủ tục mã 1.000080: hồ sơ đăng ký hộ kinh doanh.",
        kind="procedure",
        code="1.000080",
        section="Thủ tục hành chính",
    ),
    doc(
        "news:2",
        "Hướng dẫn nộp hồ sơ trực tuyến",
        "Xem thủ tục 1.000080 và đăng ký hộ kinh doanh trên cổng dịch vụ công.",
        kind="news",
        section="Tin tức",
        date=datetime.date(2026, 10, 1),
    ),
    doc(
        "page:1",
        "Đường dây nóng",
        "Số điện thoại đường dây nóng của Sở.",
        section="Giới thiệu",
    ),
    doc("page:2", "Hotline", "The Department's hotline.", language="en"),
]


@pytest.fixture(params=["postgres", "elasticsearch"])
def either(request, db):
    """Each backend in turn, with DOCS indexed in portal A."""
    if request.param == "postgres":
        postgres = pytest.importorskip("search.backends.postgres")
        backend = postgres.PostgresBackend()
    else:
        request.getfixturevalue("elasticsearch")
        from search.backends.elastic import ElasticBackend

        backend = ElasticBackend()
    with inside(A):
        backend.index(DOCS)
        if hasattr(backend, "refresh"):
            backend.refresh()
    return backend


def find(backend, text, code=A, **options):
    with inside(code):
        return backend.search(SearchQuery(text=text, **options))


@pytest.mark.parametrize(
    "text",
    [
        "dang ky ho kinh doanh",
        "Đăng ký hộ kinh doanh",
        "DANG KY HO KINH DOANH",
        # The other spelling of the final i/y (vietnamese.fold).
        "đăng kí hộ kinh doanh",
        "dang ki ho kinh doanh",
    ],
)
def test_with_and_without_diacritics(either, text):
    assert keys(find(either, text)) == ["procedure:1", "news:2"]


@pytest.mark.parametrize("text", ["duong day nong", "đường dây nóng", "đuong DÂY"])
def test_d_and_đ(either, text):
    assert keys(find(either, text)) == ["page:1"]


@pytest.mark.parametrize("text", ["03/2017/QĐ-UBND", "03/2017/qd-ubnd", "03/2017"])
def test_the_document_number_first(either, text):
    assert keys(find(either, text))[0] == "document:1"


def test_the_procedure_code_first(either):
    assert keys(find(either, "1.000080")) == ["procedure:1", "news:2"]


def test_the_title_above_the_body(either):
    # "quy chế": in news:1's title and in document:1's body (and title).
    found = keys(find(either, "tin quy che"))
    assert found[0] == "news:1"


def test_the_language_of_the_query(either):
    assert keys(find(either, "hotline", language="en")) == ["page:2"]
    assert keys(find(either, "hotline")) == []


def test_facets_and_a_kind(either):
    results = find(either, "ho kinh doanh")
    assert results.facets["kind"] == {"procedure": 1, "news": 1}
    assert results.facets["section"] == {"Thủ tục hành chính": 1, "Tin tức": 1}
    assert keys(find(either, "ho kinh doanh", kind="news")) == ["news:2"]


def test_the_snippet_marks_the_accented_words(either):
    [hit] = find(either, "duong day nong").hits
    assert "<mark>đường dây nóng</mark>" in hit.snippet_html.replace(
        "</mark> <mark>", " "
    )


def test_another_portal_finds_nothing(either):
    assert keys(find(either, "duong day nong", code=B)) == []


def test_nothing_found_is_nothing_on_both(either):
    results = find(either, "qwxzv")
    assert (results.total, results.hits, results.suggestion) == (0, [], None)
