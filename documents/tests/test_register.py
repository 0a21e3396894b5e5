"""The public register of documents on a portal's host."""

from datetime import date

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from documents.models import LegalDocumentFile
from tests.documents_factory import add_document
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db


@pytest.fixture
def register():
    with inside("sotttt"):
        seed = add_document(
            "03/2017/QĐ-UBND",
            "Quy chế quản lý, vận hành Cổng thông tin điện tử",
            abstract="Ban hành Quy chế quản lý, vận hành, cung cấp thông tin và duy trì hoạt "
            "động Cổng thông tin điện tử của cơ quan nhà nước trên địa bàn tỉnh An Giang",
            field="thong-tin-truyen-thong",
            effective_on=date(2017, 1, 25),
        )
        add_document(
            "42/2022/NĐ-CP",
            "Nghị định về cung cấp thông tin và dịch vụ công trực tuyến",
            issued_on=date(2022, 6, 24),
            issuing_body_name="Chính phủ",
            deadline_rule="governed_agency",
        )
        add_document(
            "1582/QĐ-UBND",
            "Quyết định về tuyển dụng viên chức",
            issued_on=date(2024, 7, 1),
            legal_status="expired",
            field="hanh-chinh",
        )
        doc_file = get_document_model().objects.create(
            title="Toàn văn Quyết định 03/2017/QĐ-UBND",
            file=ContentFile(b"%PDF-1.4\n%fake\n", name="qd-03-2017.pdf"),
        )
        LegalDocumentFile.objects.create(page=seed, document=doc_file)
        return seed


def listing(client, query="", host=A_HOST):
    """The register's main content (the footer cites the 2017 decision too)."""
    html = client.get(f"/van-ban/{query}", HTTP_HOST=host).text
    return html[html.index("<main") : html.index("</main>")]


def test_lists_and_filters(client, register):
    html = listing(client)
    assert "3 văn bản" in html
    assert "03/2017/QĐ-UBND" in html and "42/2022/NĐ-CP" in html
    assert "42/2022/NĐ-CP" in listing(client, "?loai=NĐ")
    assert "03/2017/QĐ-UBND" not in listing(client, "?loai=NĐ")
    assert "1 văn bản" in listing(client, "?co_quan=CP")
    assert "1 văn bản" in listing(client, "?nam=2017")
    assert "1582/QĐ-UBND" in listing(client, "?hieu_luc=expired")
    assert "1 văn bản" in listing(client, "?linh_vuc=thong-tin-truyen-thong")


def test_search_with_or_without_diacritics(client, register):
    assert "1582/QĐ-UBND" in listing(client, "?q=tuyển+dụng")
    assert "1582/QĐ-UBND" in listing(client, "?q=tuyen+dung")
    assert "03/2017/QĐ-UBND" in listing(client, "?q=03/2017")
    assert "0 văn bản" in listing(client, "?q=khong+co+van+ban+nay")


def test_detail_page_with_metadata_and_files(client, register):
    response = client.get("/van-ban/03-2017-qd-ubnd/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    html = response.text
    for text in (
        "Quyết định",
        "25/01/2017",
        "Còn hiệu lực",
        "Thông tin – Truyền thông",
    ):
        assert text in html
    with inside("sotttt"):
        url = register.files.get().document.url
    served = client.get(url, HTTP_HOST=A_HOST)
    assert served.status_code == 200
    assert served["Content-Type"] == "application/pdf"


def test_the_register_of_one_portal_is_not_another_s(client, register):
    assert "0 văn bản" in listing(client, host=B_HOST)
    assert client.get("/van-ban/03-2017-qd-ubnd/", HTTP_HOST=B_HOST).status_code == 404


def test_deadline_of_a_document(register):
    with inside("sotttt"):
        from documents.models import LegalDocumentPage

        doc = LegalDocumentPage.objects.get(number_symbol="42/2022/NĐ-CP")
        assert doc.deadline_due == date(2022, 7, 8)  # 10 working days after 24/6/2022
        assert doc.deadline.kind == "late"  # posted in 2026
