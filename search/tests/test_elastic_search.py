"""Searching a portal's index on the real Elasticsearch node: Vietnamese with
and without diacritics, đ and d, codes first, titles above bodies, the
highlight drawn on the accented text, pagination, facets, suggestions."""

from __future__ import annotations

import pytest

from search.tests.elastic_fixtures import (
    DOCS,
    A,
    doc,
    index_in,
    keys,
    search_in,
)


@pytest.fixture
def portal(backend):
    index_in(A, DOCS, backend)
    return backend


def test_folded_query_finds_the_accented_title(portal):
    results = search_in(A, portal, "thu tuc dang ky ho kinh doanh")

    assert keys(results)[0] == "procedure:7"
    assert results.hits[0].title == "Thủ tục đăng ký hộ kinh doanh"


def test_accented_and_folded_queries_find_the_same(portal):
    accented = search_in(A, portal, "Thủ tục đăng ký hộ kinh doanh")
    folded = search_in(A, portal, "THU TUC DANG KY HO KINH DOANH")

    assert set(keys(accented)) == set(keys(folded)) == {"procedure:7", "news:3"}
    assert keys(accented)[0] == "procedure:7"


@pytest.mark.parametrize("text", ["duong day nong", "đường dây nóng", "Duong Dây nong"])
def test_d_and_đ_alike(portal, text):
    assert keys(search_in(A, portal, text)) == ["page:12"]


def test_an_exact_document_number_comes_first(portal, backend):
    # A news item repeats the number in its title and body: the document
    # that bears the number still ranks first, for the number or its start.
    index_in(
        A,
        [
            doc(
                "news:5",
                "Tin về quy chế 03/2017/QĐ-UBND của tỉnh",
                "Quy chế 03/2017/QĐ-UBND nhắc lại: 03/2017/QĐ-UBND, 03/2017.",
                kind="news",
            )
        ],
        backend,
    )
    results = search_in(A, portal, "03/2017/QĐ-UBND")
    assert keys(results)[:2] == ["document:1", "news:5"]
    assert "<mark>03/2017/QĐ-UBND</mark>" in results.hits[0].snippet_html
    assert keys(search_in(A, portal, "03/2017"))[:2] == ["document:1", "news:5"]


def test_a_procedure_code_comes_first(portal, backend):
    # Another item mentions the code in its body: the procedure itself first.
    index_in(
        A,
        [doc("news:4", "Hướng dẫn nộp hồ sơ", "Xem thủ tục mã 1.000080 trên cổng.")],
        backend,
    )
    results = search_in(A, portal, "1.000080")
    assert keys(results) == ["procedure:7", "news:4"]
    assert results.hits[0].score > 2 * results.hits[1].score


def test_title_above_body(backend):
    index_in(
        A,
        [
            doc("page:1", "Giới thiệu chung", "Lịch tiếp công dân của lãnh đạo Sở."),
            doc("page:2", "Lịch tiếp công dân", "Giới thiệu chung về Sở."),
        ],
        backend,
    )
    assert keys(search_in(A, backend, "lich tiep cong dan")) == ["page:2", "page:1"]


def test_the_accents_typed_add_to_the_rank(backend):
    index_in(
        A,
        [doc("page:1", "Bán đấu giá tài sản"), doc("page:2", "Bàn giao tài sản")],
        backend,
    )
    assert keys(search_in(A, backend, "bàn tài sản"))[0] == "page:2"
    assert keys(search_in(A, backend, "bán tài sản"))[0] == "page:1"
    assert set(keys(search_in(A, backend, "ban tai san"))) == {"page:1", "page:2"}


def test_the_highlight_is_drawn_on_the_accented_text(portal):
    hit = search_in(A, portal, "chau doc")
    [hit] = hit.hits

    assert hit.key == "news:3"
    assert "<mark>Châu Đốc</mark>" in hit.snippet_html
    assert hit.title_html == "Tập huấn cán bộ một cửa"  # no match in the title


def test_the_title_is_marked_and_escaped(backend):
    index_in(
        A,
        [doc("page:1", "Hỏi <b>đáp</b> & trả lời", "Giải đáp thắc mắc.")],
        backend,
    )
    [hit] = search_in(A, backend, "dap").hits
    assert hit.title_html == "Hỏi &lt;b&gt;<mark>đáp</mark>&lt;/b&gt; &amp; trả lời"
    assert hit.snippet_html == "Giải <mark>đáp</mark> thắc mắc."


def test_the_snippet_is_a_window_around_the_first_match(backend):
    body = (
        "Lời mở đầu dài. " * 30
        + "Kết quả tuyển dụng viên chức năm 2026."
        + (" Phần sau." * 40)
    )
    index_in(A, [doc("news:1", "Thông báo", body, kind="news")], backend)
    [hit] = search_in(A, backend, "tuyen dung").hits

    assert hit.snippet_html.startswith("…")
    assert hit.snippet_html.endswith("…")
    assert "Kết quả <mark>tuyển dụng</mark> viên chức" in hit.snippet_html
    assert len(hit.snippet_html) < 400


def test_results_in_the_language_asked(portal):
    assert keys(search_in(A, portal, "hotline", language="en")) == ["page:13"]
    assert keys(search_in(A, portal, "hotline", language="vi")) == []
    assert keys(search_in(A, portal, "0296 3852 000", language="vi")) == ["page:12"]


def test_pagination(backend):
    index_in(
        A,
        [
            doc(f"news:{n}", f"Tin số {n} về chuyển đổi số", kind="news")
            for n in range(23)
        ],
        backend,
    )
    pages = [
        search_in(A, backend, "chuyen doi so", page=n, per_page=10) for n in (1, 2, 3)
    ]

    assert [len(p.hits) for p in pages] == [10, 10, 3]
    assert {p.total for p in pages} == {23}
    assert pages[2].pages == 3
    seen = [key for p in pages for key in keys(p)]
    assert len(set(seen)) == 23
    # Past the last page: the last page; absurd sizes are bounded.
    beyond = search_in(A, backend, "chuyen doi so", page=10**12, per_page=10)
    assert (beyond.page, len(beyond.hits)) == (3, 3)
    huge = search_in(A, backend, "chuyen doi so", per_page=10**9)
    assert (huge.per_page, len(huge.hits)) == (50, 23)


def test_facets_by_kind_and_section(backend):
    index_in(
        A,
        [
            doc("news:1", "Cấp phép xây dựng", kind="news", section="Tin tức"),
            doc("news:2", "Giấy phép xây dựng mới", kind="news", section="Tin tức"),
            doc(
                "procedure:1",
                "Cấp giấy phép xây dựng",
                kind="procedure",
                section="Thủ tục hành chính",
            ),
            doc("page:1", "Quy hoạch xây dựng", section="Giới thiệu"),
        ],
        backend,
    )
    results = search_in(A, backend, "xay dung")
    assert results.total == 4
    assert results.facets["kind"] == {"news": 2, "procedure": 1, "page": 1}
    assert results.facets["section"] == {
        "Tin tức": 2,
        "Thủ tục hành chính": 1,
        "Giới thiệu": 1,
    }

    news = search_in(A, backend, "xay dung", kind="news")
    assert sorted(keys(news)) == ["news:1", "news:2"]
    assert news.total == 2
    # The kind facet still counts every kind (to switch), the section facet
    # only within the chosen kind.
    assert news.facets["kind"] == {"news": 2, "procedure": 1, "page": 1}
    assert news.facets["section"] == {"Tin tức": 2}

    section = search_in(A, backend, "xay dung", section="Thủ tục hành chính")
    assert keys(section) == ["procedure:1"]


def test_nothing_found_suggests_the_corrected_form(portal):
    # Up to three words, every word must be found (more: three in four).
    results = search_in(A, portal, "ho kinh doan")

    assert results.total == 0 and results.hits == []
    assert results.suggestion == "ho kinh doanh"
    assert keys(search_in(A, portal, results.suggestion))[0] == "procedure:7"


def test_no_suggestion_when_nothing_is_close(portal):
    results = search_in(A, portal, "qwxzv")
    assert (results.total, results.suggestion) == (0, None)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\x00", "x\x00y", "\ue000", "*" * 5000, '"', "(((", "\\", "é" * 300],
)
def test_odd_queries_find_nothing_and_do_not_fail(portal, text):
    results = search_in(A, portal, text)
    assert (results.total, results.hits) == (0, [])


def test_an_empty_portal_answers_nothing(backend):
    results = search_in(A, backend, "thu tuc")
    assert (results.total, results.hits, results.suggestion) == (0, [], None)
