"""/tong-hop/van-ban/ and /tong-hop/hoi-dap/: the latest documents and the
published answers of every portal under this one, from the read model."""

from __future__ import annotations

import datetime
import re

import pytest

from province.models import PublishedItem
from province.tests import rows
from tenants.models import Agency
from tests.portals import DISTRICT_HOST, PROVINCE_HOST, agency

pytestmark = pytest.mark.django_db
DOCUMENTS = "/tong-hop/van-ban/"
ANSWERS = "/tong-hop/hoi-dap/"


def get(client, url, host=PROVINCE_HOST, **params):
    response = client.get(url, params, HTTP_HOST=host)
    return response, response.content.decode()


def document_rows(html: str) -> list[list[str]]:
    """The table's rows as the cells' text."""
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    return [
        [
            re.sub(r"<[^>]+>", " ", cell).split("  ")[0].strip()
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)
        ]
        for tr in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def answer_titles(html: str) -> list[str]:
    return re.findall(r'class="aggregate-item__title" href="[^"]*">([^<]*)<', html)


@pytest.fixture
def documents():
    return [
        rows.create(
            agency("soyte"),
            PublishedItem.DOCUMENT,
            title="Quyết định ban hành quy chế khám bệnh",
            code="15/QĐ-SYT",
            date=datetime.date(2026, 10, 3),
            field_code="y-te",
            field_name="Y tế",
        ),
        rows.create(
            agency("mybinh"),
            PublishedItem.DOCUMENT,
            title="Kế hoạch phòng chống thiên tai",
            code="07/KH-UBND",
            date=datetime.date(2026, 10, 9),
            field_code="thien-tai",
            field_name="Phòng chống thiên tai",
        ),
        rows.create(
            agency("angiang"),
            PublishedItem.DOCUMENT,
            title="Chỉ thị về chuyển đổi số",
            code="02/CT-UBND",
            date=datetime.date(2026, 9, 1),
            field_code="cntt",
            field_name="Công nghệ thông tin",
        ),
    ]


class TestDocuments:
    def test_latest_documents_with_number_abstract_date_agency(self, client, documents):
        response, html = get(client, DOCUMENTS)
        assert response.status_code == 200
        assert "<h1>Văn bản toàn tỉnh</h1>" in html
        assert '<th scope="col">Số, ký hiệu</th>' in html
        assert document_rows(html) == [
            [
                "07/KH-UBND",
                "Kế hoạch phòng chống thiên tai",
                "09/10/2026",
                "Ủy ban nhân dân phường Mỹ Bình",
            ],
            [
                "15/QĐ-SYT",
                "Quyết định ban hành quy chế khám bệnh",
                "03/10/2026",
                "Sở Y tế",
            ],
            [
                "02/CT-UBND",
                "Chỉ thị về chuyển đổi số",
                "01/09/2026",
                "Ủy ban nhân dân tỉnh An Giang",
            ],
        ]
        for row in documents:
            assert f'href="{row.url}"' in html

    def test_filter_by_field_and_by_agency(self, client, documents):
        response, html = get(client, DOCUMENTS, linh_vuc="y-te")
        assert response.status_code == 200
        assert [r[0] for r in document_rows(html)] == ["15/QĐ-SYT"]
        assert '<option value="y-te" selected>Y tế</option>' in html
        response, html = get(client, DOCUMENTS, co_quan=agency("mybinh").pk)
        assert [r[0] for r in document_rows(html)] == ["07/KH-UBND"]
        response, html = get(client, DOCUMENTS, linh_vuc="khong-co")
        assert response.status_code == 200
        assert "Một số điều kiện lọc không hợp lệ" in html
        assert len(document_rows(html)) == 3

    def test_the_district_shows_its_communes_only(self, client, documents):
        response, html = get(client, DOCUMENTS, DISTRICT_HOST)
        assert response.status_code == 200
        assert "<h1>Văn bản của các xã, phường, thị trấn</h1>" in html
        assert [r[0] for r in document_rows(html)] == ["07/KH-UBND"]
        # Fields offered: those of the documents shown.
        assert 'value="y-te"' not in html

    def test_suspended_portal_hidden_and_back(self, client, documents):
        rows.set_status("mybinh", Agency.STATUS_SUSPENDED)
        response, html = get(client, DOCUMENTS)
        assert response.status_code == 200
        assert "07/KH-UBND" not in html
        rows.set_status("mybinh", Agency.STATUS_ACTIVE)
        response, html = get(client, DOCUMENTS)
        assert "07/KH-UBND" in html

    def test_paginated_with_the_field_kept(self, client):
        rows.many(
            [
                rows.item(
                    agency("sotttt"),
                    PublishedItem.DOCUMENT,
                    code=f"{n}/QĐ-STTTT",
                    date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
                    field_code="cntt",
                    field_name="Công nghệ thông tin",
                )
                for n in range(1, 23)
            ]
        )
        response, html = get(client, DOCUMENTS, linh_vuc="cntt", page=2)
        assert response.status_code == 200
        assert [r[0] for r in document_rows(html)] == ["2/QĐ-STTTT", "1/QĐ-STTTT"]
        assert 'href="?linh_vuc=cntt&amp;page=1" rel="prev"' in html


class TestAnswers:
    @pytest.fixture
    def answers(self):
        return [
            rows.create(
                agency("soyte"),
                PublishedItem.ANSWER,
                title="Thủ tục cấp thẻ bảo hiểm y tế cho trẻ em?",
                date=datetime.date(2026, 11, 2),
                field_code="bhyt",
                field_name="Bảo hiểm y tế",
            ),
            rows.create(
                agency("mylong"),
                PublishedItem.ANSWER,
                title="Giờ tiếp công dân của phường?",
                date=datetime.date(2026, 11, 4),
                field_code="hanh-chinh",
                field_name="Hành chính",
            ),
        ]

    def test_published_answers_of_every_portal(self, client, answers):
        response, html = get(client, ANSWERS)
        assert response.status_code == 200
        assert "<h1>Hỏi đáp toàn tỉnh</h1>" in html
        assert answer_titles(html) == [
            "Giờ tiếp công dân của phường?",
            "Thủ tục cấp thẻ bảo hiểm y tế cho trẻ em?",
        ]
        assert "Ủy ban nhân dân phường Mỹ Long" in html
        assert "2 câu trả lời" in html

    def test_filters(self, client, answers):
        response, html = get(client, ANSWERS, linh_vuc="bhyt")
        assert response.status_code == 200
        assert answer_titles(html) == ["Thủ tục cấp thẻ bảo hiểm y tế cho trẻ em?"]
        response, html = get(client, ANSWERS, co_quan=agency("mylong").pk)
        assert answer_titles(html) == ["Giờ tiếp công dân của phường?"]
        assert '<label for="linh_vuc">Lĩnh vực</label>' in html

    def test_the_district(self, client, answers):
        response, html = get(client, ANSWERS, DISTRICT_HOST)
        assert response.status_code == 200
        assert answer_titles(html) == ["Giờ tiếp công dân của phường?"]

    def test_none_yet(self, client):
        response, html = get(client, ANSWERS)
        assert response.status_code == 200
        assert "Chưa có câu trả lời được đăng." in html
