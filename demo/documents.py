"""Legal documents for the demo portals' registers (real numbers and titles of
documents that govern the portals; dates relative to today for the deadlines).

Each portal gets the province's Decision 03/2017/QĐ-UBND, the national texts
it follows, one of its own documents posted on time, one posted late, one not
yet posted and late, and one not yet posted but still within its deadline, so
that the dashboards and digests show something true on first run.
"""

from __future__ import annotations

from datetime import date, timedelta

COMMON = [
    {
        "number": "03/2017/QĐ-UBND",
        "title": "Quyết định ban hành Quy chế quản lý, vận hành, cung cấp thông tin và duy trì "
        "hoạt động Cổng thông tin điện tử của cơ quan nhà nước trên địa bàn tỉnh An Giang",
        "body": "Ủy ban nhân dân tỉnh An Giang",
        "signer": "Phó Chủ tịch UBND tỉnh",
        "issued": date(2017, 1, 13),
        "effective": date(2017, 1, 25),
        "field": "thong-tin-truyen-thong",
        "rule": "governed_agency",
        "posted_after_days": 8,
    },
    {
        "number": "42/2022/NĐ-CP",
        "title": "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến "
        "của cơ quan nhà nước trên môi trường mạng",
        "body": "Chính phủ",
        "signer": "Phó Thủ tướng",
        "issued": date(2022, 6, 24),
        "effective": date(2022, 8, 15),
        "field": "thong-tin-truyen-thong",
        "rule": "governed_agency",
        "posted_after_days": 12,
    },
    {
        "number": "43/2011/NĐ-CP",
        "title": "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên "
        "trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước",
        "body": "Chính phủ",
        "signer": "Thủ tướng",
        "issued": date(2011, 6, 13),
        "effective": date(2011, 8, 1),
        "field": "thong-tin-truyen-thong",
        "rule": "governed_agency",
        "status": "replaced",
        "posted_after_days": 9,
    },
]


def own_documents(agency_code: str, body_name: str, today: date) -> list[dict]:
    """Four documents of the agency itself, with deadlines around today."""
    symbol = (
        "UBND"
        if agency_code in ("angiang", "longxuyen", "chaudoc", "tanchau", "thoaison")
        else agency_code.upper()
    )
    year = today.year

    def doc(n, title, issued_days_ago, posted_after_days, field="hanh-chinh"):
        return {
            "number": f"{n}/QĐ-{symbol}",
            "title": title,
            "body": body_name,
            "signer": "Thủ trưởng cơ quan",
            "issued": today - timedelta(days=issued_days_ago),
            "effective": today - timedelta(days=issued_days_ago),
            "field": field,
            "rule": "issuing_agency",
            "posted_after_days": posted_after_days,
        }

    return [
        doc(
            f"{year % 100}01",
            f"Quyết định ban hành Kế hoạch cải cách hành chính năm {year}",
            60,
            1,
        ),
        doc(
            f"{year % 100}02",
            "Quyết định kiện toàn Ban biên tập Cổng thông tin điện tử",
            40,
            9,
        ),
        doc(
            f"{year % 100}03",
            "Quyết định ban hành Quy chế làm việc của cơ quan",
            8,
            None,
        ),
        doc(
            f"{year % 100}04",
            f"Quyết định về công tác chuyển đổi số năm {year}",
            0,
            None,
        ),
    ]
