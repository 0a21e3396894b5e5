"""What a citizen finds on one portal (issue 14.1), on the PostgreSQL backend:
without diacritics, đ and d alike, codes first, titles above bodies, marked
snippets, facets, pages, languages and suggestions."""

from datetime import date

import pytest

from search.backends.postgres import PostgresBackend
from search.documents import SearchDoc
from search.tests.factory import article, drain, news, search, titles
from services.tests.procedures_factory import add_procedure
from tests.documents_factory import add_document
from tests.portals import inside

pytestmark = pytest.mark.django_db


def test_folded_and_accented_queries_find_the_same_page():
    with inside("sotttt"):
        news("Thủ tục đăng ký kinh doanh hộ cá thể", "Hướng dẫn nộp hồ sơ.")
        news("Hội nghị tổng kết năm", "Đánh giá kết quả.")
        drain()
        for query in (
            "thu tuc dang ky kinh doanh",
            "Thủ tục đăng ký kinh doanh",
            "THU TUC DANG KY",
            "đăng kí",  # the other spelling of the final i/y: the same word
        ):
            found = titles(search(query))
            assert found == ["Thủ tục đăng ký kinh doanh hộ cá thể"], query


def test_d_and_đ_are_one_letter():
    with inside("sotttt"):
        news("Đường Điện Biên Phủ được sửa", "Đoạn đường dài 2 km.")
        drain()
        for query in ("duong dien bien phu", "đường điện", "DUONG DIỆN", "đuong"):
            assert titles(search(query)) == ["Đường Điện Biên Phủ được sửa"], query


def test_an_exact_document_number_comes_first():
    with inside("sotttt"):
        news(
            "Tin về quy chế 03/2017 của tỉnh",
            "Quyết định 03/2017/QĐ-UBND về quy chế quản lý cổng thông tin, "
            "03/2017 nhắc lại nhiều lần: 03/2017, 03/2017.",
            day=date(2026, 11, 30),
        )
        add_document(
            "03/2017/QĐ-UBND",
            "Ban hành Quy chế quản lý cổng thông tin điện tử",
            issued_on=date(2017, 1, 13),
        )
        add_document("04/2017/QĐ-UBND", "Quy định khác", issued_on=date(2017, 2, 1))
        drain()
        for query in (
            "03/2017",
            "03/2017/QĐ-UBND",
            "03/2017/qd-ubnd",
            "quyết định 03/2017",
        ):
            found = search(query)
            assert found.hits, query
            first = found.hits[0]
            assert first.code == "03/2017/QĐ-UBND", query
            assert first.kind == "document"
        assert (
            "<mark>03/2017/QĐ-UBND</mark>" not in search("03/2017").hits[0].title_html
        )


def test_a_procedure_code_comes_first():
    with inside("sotttt"):
        add_procedure("1.000080", "Đăng ký khai sinh")
        add_procedure("1.001193", "Đăng ký kết hôn")
        news("Số liệu 1.000080 lượt", "Đã có 1.000080 lượt truy cập.")
        drain()
        found = search("1.000080")
        assert found.hits[0].title == "Đăng ký khai sinh"
        assert found.hits[0].kind == "procedure"
        assert found.total == 2
        assert titles(search("dang ky ket hon")) == ["Đăng ký kết hôn"]


def test_a_title_match_ranks_above_body_matches():
    with inside("sotttt"):
        news(
            "Hướng dẫn chung",
            "Giấy phép xây dựng, giấy phép xây dựng, giấy phép xây dựng nhà ở.",
            day=date(2026, 11, 30),
        )
        news("Cấp giấy phép xây dựng", "Thủ tục.", day=date(2020, 1, 1))
        drain()
        assert titles(search("giay phep xay dung")) == [
            "Cấp giấy phép xây dựng",
            "Hướng dẫn chung",
        ]


def test_same_rank_the_most_recent_first():
    with inside("sotttt"):
        news("Lịch tiếp công dân tháng 10", day=date(2026, 10, 1))
        news("Lịch tiếp công dân tháng 11", day=date(2026, 11, 1))
        drain()
        assert titles(search("lich tiep cong dan")) == [
            "Lịch tiếp công dân tháng 11",
            "Lịch tiếp công dân tháng 10",
        ]


def test_the_snippet_marks_the_accented_words_and_escapes_the_rest():
    with inside("sotttt"):
        filler = "Nội dung mở đầu dài. " * 20
        news(
            "Thông báo <b>tuyển dụng</b> viên chức",
            filler + "Sở TUYỂN DỤNG 12 viên chức & nhân viên (1 < 2).",
        )
        drain()
        hit = search("tuyen dung").hits[0]
    assert hit.title_html == (
        "Thông báo &lt;b&gt;<mark>tuyển</mark> <mark>dụng</mark>&lt;/b&gt; viên chức"
    )
    assert "<mark>TUYỂN</mark> <mark>DỤNG</mark> 12 viên chức &amp; nhân viên" in (
        hit.snippet_html
    )
    assert "(1 &lt; 2)" in hit.snippet_html
    assert hit.snippet_html.startswith("…")  # a window, not the whole body


def test_facets_count_kinds_and_sections():
    with inside("sotttt"):
        news("Chuyển đổi số: tin một")
        news("Chuyển đổi số: tin hai")
        article("Chuyển đổi số: kế hoạch", section_slug="gioi-thieu")
        add_document("12/2026/QĐ-UBND", "Chương trình chuyển đổi số")
        drain()
        found = search("chuyen doi so")
        assert found.total == 4
        assert found.facets["kind"] == {"news": 2, "page": 1, "document": 1}
        sections = found.facets["section"]
        assert sections["Tin tức – Sự kiện"] == 2 or sum(sections.values()) == 4
        assert sum(sections.values()) == 4
        only_news = search("chuyen doi so", kind="news")
        assert only_news.total == 2 and {h.kind for h in only_news.hits} == {"news"}
        # A facet counts under the other filter, not its own.
        assert only_news.facets["kind"] == found.facets["kind"]
        section = next(iter(sections))
        in_section = search("chuyen doi so", section=section)
        assert in_section.total == sections[section]
        assert {h.section for h in in_section.hits} == {section}


def test_pages_are_bounded():
    with inside("sotttt"):
        for number in range(12):
            news(f"Bản tin nông nghiệp số {number + 1}", day=date(2026, 1, number + 1))
        drain()
        first = search("ban tin nong nghiep")
        second = search("ban tin nong nghiep", page=2)
        far = search("ban tin nong nghiep", page=10**9)
    assert first.total == 12 and len(first.hits) == 10 and first.pages == 2
    assert len(second.hits) == 2 and second.page == 2
    assert far.page == 2 and titles(far) == titles(second)
    assert not set(titles(first)) & set(titles(second))


def test_results_are_in_the_query_s_language():
    with inside("sotttt"):
        PostgresBackend().index(
            [
                SearchDoc("page:900001", "page", "en", "Recruitment notice", "Hiring"),
                SearchDoc("page:900002", "page", "vi", "Recruitment tiếng Việt", ""),
            ]
        )
        assert titles(search("recruitment", language="en")) == ["Recruitment notice"]
        assert titles(search("recruitment", language="vi")) == [
            "Recruitment tiếng Việt"
        ]
        assert search("recruitment", language="fr").total == 0


def test_a_query_that_finds_nothing_suggests_a_corrected_one():
    with inside("sotttt"):
        news("Thông báo tuyển dụng viên chức")
        drain()
        nothing = search("tuyen dumg")
        assert nothing.total == 0 and nothing.hits == []
        assert nothing.suggestion == "tuyển dụng"
        assert search(nothing.suggestion).total == 1
        # Nothing near in the vocabulary: no suggestion.
        assert search("xyzxyzxyz").suggestion is None
        # A found query has no suggestion.
        assert search("tuyen dung").suggestion is None


def test_odd_queries_find_nothing_without_failing():
    with inside("sotttt"):
        news("Tin bình thường")
        drain()
        for query in (
            "",
            "   ",
            "\x00",
            "' OR 1=1 --",
            "a:* & b",
            "x" * 10_000,
            "((",
            "\\'",
        ):
            found = search(query)
            assert found.total == 0, query
