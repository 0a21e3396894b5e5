"""The judged set: what citizens type, and what they expect to find.

The corpus is every procedure of ``settings.TTHC_DATA_DIR`` (the national
portal's records, as the importer reads them: title, code, sector, field,
description) with three legal documents and three news items. Each query
lists the keys a citizen would accept at the top, judged by hand from the
titles (not from any backend's answer): the exact procedure where the query
names one, every procedure that fits where it names a family. A query that
finds nothing is searched again with the suggestion the page offers (one
click), as a citizen would.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from search.documents import SearchDoc, SearchQuery


def _procedures() -> list[SearchDoc]:
    from django.conf import settings

    from services.importer import read_paths
    from services.records import ProcedureRecord

    seen: dict[str, SearchDoc] = {}
    for record in read_paths([settings.TTHC_DATA_DIR]):
        if not isinstance(record, ProcedureRecord) or record.code in seen:
            continue
        seen[record.code] = SearchDoc(
            key=f"procedure:{record.code}",
            kind="procedure",
            language="vi",
            title=record.name,
            body=" ".join(
                part for part in (record.field_name, record.description[:2000]) if part
            ),
            code=record.code,
            section="Thủ tục hành chính",
            url=f"/thu-tuc/{record.code}/",
        )
    return list(seen.values())


OTHERS = [
    SearchDoc(
        key="document:1",
        kind="document",
        language="vi",
        title="Quyết định ban hành Quy chế quản lý, vận hành cổng thông tin điện tử",
        body="Quyết định số 03/2017/QĐ-UBND của Ủy ban nhân dân tỉnh An Giang "
        "ban hành Quy chế quản lý, vận hành cổng thông tin điện tử tỉnh.",
        code="03/2017/QĐ-UBND",
        section="Văn bản pháp luật",
        url="/van-ban/03-2017-qd-ubnd/",
        date=datetime.date(2017, 1, 13),
    ),
    SearchDoc(
        key="document:2",
        kind="document",
        language="vi",
        title="Quyết định công bố danh mục thủ tục hành chính lĩnh vực hộ tịch",
        body="Quyết định số 1234/QĐ-UBND công bố danh mục thủ tục hành chính "
        "được chuẩn hóa trong lĩnh vực hộ tịch thuộc phạm vi chức năng quản lý "
        "của Sở Tư pháp.",
        code="1234/QĐ-UBND",
        section="Văn bản pháp luật",
        url="/van-ban/1234-qd-ubnd/",
        date=datetime.date(2025, 6, 2),
    ),
    SearchDoc(
        key="document:3",
        kind="document",
        language="vi",
        title="Kế hoạch chuyển đổi số năm 2026",
        body="Kế hoạch số 45/KH-UBND về chuyển đổi số, phát triển chính quyền "
        "số trên địa bàn tỉnh An Giang năm 2026.",
        code="45/KH-UBND",
        section="Văn bản pháp luật",
        url="/van-ban/45-kh-ubnd/",
        date=datetime.date(2026, 2, 10),
    ),
    SearchDoc(
        key="news:1",
        kind="news",
        language="vi",
        title="Lịch tiếp công dân của lãnh đạo Sở tháng 12",
        body="Lãnh đạo Sở tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở.",
        section="Tin tức",
        url="/tin-tuc/lich-tiep-cong-dan-thang-12/",
        date=datetime.date(2026, 11, 28),
    ),
    SearchDoc(
        key="news:2",
        kind="news",
        language="vi",
        title="Thông báo tuyển dụng viên chức năm 2026",
        body="Sở thông báo tuyển dụng viên chức làm việc tại các đơn vị sự "
        "nghiệp trực thuộc; hồ sơ nộp trước ngày 31/12/2026.",
        section="Tin tức",
        url="/tin-tuc/tuyen-dung-vien-chuc-2026/",
        date=datetime.date(2026, 11, 15),
    ),
    SearchDoc(
        key="news:3",
        kind="news",
        language="vi",
        title="Hướng dẫn đăng ký khai sinh trực tuyến trên Cổng dịch vụ công",
        body="Người dân có thể đăng ký khai sinh cho con qua mạng mà không cần "
        "đến trụ sở Ủy ban nhân dân cấp xã.",
        section="Tin tức",
        url="/tin-tuc/huong-dan-khai-sinh-truc-tuyen/",
        date=datetime.date(2026, 10, 1),
    ),
]


def corpus() -> list[SearchDoc]:
    return _procedures() + OTHERS


def _p(*codes: str) -> frozenset[str]:
    return frozenset(f"procedure:{code}" for code in codes)


BUILDING_PERMITS = _p(
    "1.005126", "1.005134", "1.013225", "1.013236", "1.013229", "1.013238"
)


@dataclass(frozen=True)
class Judged:
    query: str
    expected: frozenset[str]
    why: str  # what the query is: folded, accented, code, number, misspelt…


JUDGED = [
    Judged("dang ky khai sinh", _p("1.001193"), "folded"),
    Judged("đăng ký khai sinh", _p("1.001193"), "accented"),
    Judged("Đăng ký khai sinh", _p("1.001193"), "accented, capital Đ"),
    Judged("dang ky ket hon", _p("1.000894"), "folded"),
    Judged("đăng kí kết hôn", _p("1.000894"), "accented, kí for ký"),
    Judged("ket hon co yeu to nuoc ngoai", _p("2.000806", "1.000094"), "folded"),
    Judged("dang ky khai tu", _p("1.000656"), "folded"),
    Judged("dang ky lai khai sinh", _p("1.004884"), "folded"),
    Judged("dang ky lai ket hon", _p("1.004746"), "folded"),
    Judged("nhan cha me con", _p("1.001022"), "folded, no commas"),
    Judged("khai sinh luu dong", _p("1.003583"), "folded"),
    Judged("ket hon luu dong", _p("1.000593"), "folded"),
    Judged("1.000080", _p("1.000080"), "procedure code"),
    Judged("1.001193", _p("1.001193"), "procedure code"),
    Judged("thu tuc 1.000894", _p("1.000894"), "code with words"),
    Judged("03/2017", frozenset({"document:1"}), "number, prefix"),
    Judged("03/2017/QĐ-UBND", frozenset({"document:1"}), "number, whole"),
    Judged("quyet dinh 03/2017/qd-ubnd", frozenset({"document:1"}), "folded number"),
    Judged("1234/QĐ-UBND", frozenset({"document:2"}), "number"),
    Judged("quy che cong thong tin dien tu", frozenset({"document:1"}), "folded"),
    Judged("ke hoach chuyen doi so", frozenset({"document:3"}), "folded"),
    Judged("chung chi hanh nghe luat su", _p("1.000688", "1.000828"), "folded"),
    Judged("chứng chỉ hành nghề đấu giá", _p("1.003915", "1.000802"), "accented"),
    Judged("cap lai chung chi hanh nghe dau gia", _p("1.000802"), "folded"),
    Judged("giay phep lai tau", _p("1.005071", "1.003897"), "folded"),
    Judged("bai bo duong ngang", _p("1.000294"), "folded"),
    Judged("thoi quoc tich", _p("1.005141", "2.002036"), "folded"),
    Judged("tro lai quoc tich viet nam", _p("1.004757", "2.002038"), "folded"),
    Judged("cong nhan hoa giai vien", _p("1.002211"), "folded"),
    Judged(
        "trung tam hoa giai thuong mai",
        _p("1.008907", "1.008908", "1.008910", "1.008913"),
        "folded",
    ),
    Judged("yeu cau tro giup phap ly", _p("2.000829"), "folded"),
    Judged("moi gioi bat dong san", _p("1.012906", "1.012907", "1.012910"), "folded"),
    Judged("giấy phép xây dựng", BUILDING_PERMITS, "accented, a family"),
    Judged("cap giay phep xay dung", BUILDING_PERMITS, "folded, a family"),
    Judged(
        "nha o cong vu", _p("1.012889", "1.012891", "6.003630", "5.002581"), "folded"
    ),
    Judged("dang ky khai sinhh", _p("1.001193"), "misspelt: a letter doubled"),
    Judged("dang ky ket hom", _p("1.000894"), "misspelt: m for n"),
    Judged("giam dinh vien tu phap", _p("1.001122", "1.001162"), "folded"),
    Judged("lich tiep cong dan", frozenset({"news:1"}), "folded, news"),
    Judged("tuyen dung vien chuc", frozenset({"news:2"}), "folded, news"),
]


@dataclass
class Quality:
    recall_at_3: float
    mrr: float
    misses: list[tuple[str, list[str]]]  # query, the top 3 it got


def measure(search) -> Quality:
    """``search(SearchQuery) -> SearchResults`` over the corpus, judged."""
    found, reciprocal, misses = 0, 0.0, []
    for judged in JUDGED:
        results = search(SearchQuery(text=judged.query, language="vi", per_page=10))
        if not results.hits and results.suggestion:
            results = search(
                SearchQuery(text=results.suggestion, language="vi", per_page=10)
            )
        keys = [hit.key for hit in results.hits]
        rank = next((i for i, key in enumerate(keys, 1) if key in judged.expected), 0)
        if rank and rank <= 3:
            found += 1
        else:
            misses.append((judged.query, keys[:3]))
        reciprocal += 1 / rank if rank else 0.0
    return Quality(found / len(JUDGED), reciprocal / len(JUDGED), misses)
