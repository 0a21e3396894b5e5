"""The catalogue and a procedure page on a 390 × 844 phone, in Chromium,
and as printed: nothing wider than the screen, every target big enough
(WCAG 2.2's 2.5.8, measured as tests/test_browser_phone.py measures it), the
filters usable by touch; printed, no menu and every link's address written."""

from __future__ import annotations

import json

import pytest

from tests.test_browser_phone import TARGETS_JS, WIDTH

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def procedures(live_portal, committed):
    """Two procedures in the demo portal's catalogue; removed afterwards."""
    from django_tenants.utils import schema_context

    from services.models import ProcedurePage
    from services.tests.procedures_factory import add_procedure, field, stream

    with committed(), schema_context(live_portal.schema):
        ProcedurePage.objects.filter(code__in=["2.001630", "2.001631"]).delete()
        consular = field("Ngoại vụ", "Lãnh sự")
        first = add_procedure(
            "2.001630",
            "Cấp công hàm đề nghị phía nước ngoài cấp thị thực cho cán bộ, công "
            "chức, viên chức của tỉnh đi công tác nước ngoài",
            level=3,
            field=consular,
            government_levels=["tinh"],
            implementing_agency="Sở Ngoại vụ tỉnh An Giang",
            channels=stream(
                (
                    "channel",
                    {
                        "channel": "direct",
                        "times": [
                            {
                                "amount": "3",
                                "unit": "working_days",
                                "description": "Kể từ ngày nhận đủ hồ sơ hợp lệ "
                                "theo quy định tại Bộ phận Một cửa của Sở",
                                "fees": [{"amount": "0", "unit": "Đồng"}],
                            }
                        ],
                    },
                ),
            ),
            dossier=stream(
                (
                    "case",
                    {
                        "case": "",
                        "documents": [
                            {
                                "name": "Văn bản đề nghị của cơ quan cử người đi",
                                "originals": 1,
                                "copies": 0,
                                "form_name": "Mẫu văn bản đề nghị",
                                "form_url": "https://dichvucong.gov.vn/mau.docx",
                            }
                        ],
                    },
                ),
            ),
            national_url="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.001630",
        )
        add_procedure(
            "2.001631",
            "Xác nhận lãnh sự giấy tờ",
            level=2,
            field=consular,
            government_levels=["tinh"],
        )
        url = first.url
    yield url
    with committed(), schema_context(live_portal.schema):
        ProcedurePage.objects.filter(code__in=["2.001630", "2.001631"]).delete()


def assert_fits_the_phone(page):
    result = page.evaluate(TARGETS_JS)
    assert result["scrollWidth"] <= WIDTH, result["scrollWidth"]
    assert not result["problems"], json.dumps(result["problems"], ensure_ascii=False)


def test_the_catalogue_on_a_phone(live_portal, procedures, phone):
    assert phone.goto(live_portal.url("/dich-vu-cong/")).status == 200
    assert phone.get_by_role("link", name="Ngoại vụ (2)").is_visible()
    assert_fits_the_phone(phone)
    phone.get_by_label("Mức độ dịch vụ").select_option("3")
    # The catalogue's own button (the header has the portal's search box).
    phone.get_by_role("main").get_by_role("button", name="Tìm", exact=True).tap()
    phone.wait_for_url("**muc_do=3**")
    assert phone.locator(".result-count").inner_text() == "1 thủ tục"
    assert_fits_the_phone(phone)


def test_a_procedure_on_a_phone_and_printed(live_portal, procedures, phone):
    assert phone.goto(live_portal.url(procedures)).status == 200
    assert phone.get_by_role("link", name="Nộp hồ sơ trực tuyến").is_visible()
    assert_fits_the_phone(phone)
    phone.emulate_media(media="print")
    assert not phone.locator("nav.main-nav").is_visible()
    national = phone.get_by_role(
        "link", name="Xem thủ tục trên Cổng Dịch vụ công quốc gia"
    )
    written = national.evaluate("a => getComputedStyle(a, '::after').content")
    assert "dichvucong.gov.vn" in written
    # Printed, the channels table is not cut at the right edge.
    table = phone.locator("table").first
    assert table.evaluate("t => t.scrollWidth <= t.parentElement.clientWidth + 1")
