"""A procedure's public page on a portal's host: every part, the level rules
(forms from level 2, online submission and postal delivery from level 3),
legal bases linked to the register, the two redirects, isolation."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Site

from services import usage
from services.models import ServicesSettings
from services.tests.procedures_factory import add_procedure, field, stream
from tests.documents_factory import add_document
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db

CODE = "1.000080"
PAGE = "/dich-vu-cong/dang-ky-khai-sinh/"
FORM = f"/thu-tuc/{CODE}/mau/1/"
SUBMIT = f"/thu-tuc/{CODE}/nop-truc-tuyen/"
NATIONAL_FORM = "https://dichvucong.gov.vn/p/home/dvc-tai-lieu.html?ma=TK-KS"
POSTAL = "Có nhận kết quả qua dịch vụ bưu chính công ích"


def full_procedure(level=3, form_url=NATIONAL_FORM, form_document=None, **fields):
    """A birth registration as the importer writes it, every part filled."""
    documents = [
        {
            "name": "Tờ khai đăng ký khai sinh",
            "originals": 1,
            "copies": 0,
            "form_name": "Tờ khai đăng ký khai sinh (mẫu TP/HT-2020-KS.1)",
            "form_url": form_url,
            "form_document": form_document,
        },
        {"name": "Giấy chứng sinh", "originals": 1, "copies": 2, "form_name": ""},
    ]
    defaults = {
        "procedure_type": "TTHC được luật giao quy định chi tiết",
        "decision_number": "1872/QĐ-BTP",
        "government_levels": ["xa"],
        "field": field("Tư pháp", "Hộ tịch", "G15-TP01"),
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "competent_authority": "Ủy ban nhân dân xã, phường, thị trấn",
        "applicants": "Công dân Việt Nam",
        "reception_address": "Bộ phận Một cửa Ủy ban nhân dân cấp xã",
        "requirements": "Không có yêu cầu.\n  Trẻ em sinh ra được đăng ký khai sinh.",
        "national_url": "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000080",
        "steps": stream(
            (
                "case",
                {
                    "case": "Trường hợp nộp trực tiếp",
                    "steps": ["Nộp tờ khai tại Bộ phận Một cửa", "Nhận kết quả"],
                },
            ),
            ("original", "Bước 3: nguyên văn\n  thụt đầu dòng"),
        ),
        "channels": stream(
            (
                "channel",
                {
                    "channel": "direct",
                    "times": [
                        {
                            "amount": "1",
                            "unit": "working_days",
                            "description": "Trong ngày nếu nộp trước 15 giờ",
                            "fees": [
                                {
                                    "amount": "8000",
                                    "unit": "Đồng",
                                    "description": "Lệ phí đăng ký quá hạn",
                                }
                            ],
                        }
                    ],
                },
            ),
            (
                "channel",
                {
                    "channel": "online",
                    "times": [{"amount": "0.5", "unit": "days", "fees": []}],
                },
            ),
        ),
        "dossier": stream(
            ("case", {"case": "Trường hợp khai sinh đúng hạn", "documents": documents}),
            ("original", "Giấy tờ khác theo quy định"),
        ),
        "results": stream(("result", {"code": "KQ-KS", "name": "Giấy khai sinh"})),
        "legal_bases": stream(
            ("basis", {"number": "60/2014/QH13", "title": "Luật Hộ tịch"}),
            (
                "basis",
                {
                    "number": "123/2015/NĐ-CP",
                    "title": "Nghị định hướng dẫn Luật Hộ tịch",
                },
            ),
            ("basis", {"number": "03/2017/qd-ubnd", "title": "Quy chế của tỉnh"}),
        ),
    }
    defaults.update(fields)
    return add_procedure(CODE, "Đăng ký khai sinh", level=level, **defaults)


def set_submission_url(url):
    settings = ServicesSettings.for_site(Site.objects.get(is_default_site=True))
    settings.submission_url = url
    settings.save()


@pytest.fixture
def counted(monkeypatch):
    """The usage interface's calls (the counters are another part's)."""
    calls = []
    monkeypatch.setattr(usage, "record", lambda r, page, kind: calls.append(kind))
    return calls


def page_html(client, host=A_HOST, path=PAGE):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, response.status_code
    return response.text


class TestEveryPart:
    def test_the_page_shows_each_part(self, client, counted):
        with inside("sotttt"):
            full_procedure(level=3)
        html = page_html(client)
        for text in (
            "<h1>Đăng ký khai sinh</h1>",
            "1.000080",
            "Mức độ 3 – Dịch vụ công trực tuyến một phần",
            "Nộp hồ sơ trực tuyến, nhận kết quả trực tiếp",
            "TTHC được luật giao quy định chi tiết",
            "Cấp xã",
            "Tư pháp › Hộ tịch",
            "Ủy ban nhân dân cấp xã",
            "Ủy ban nhân dân xã, phường, thị trấn",
            "Công dân Việt Nam",
            "Bộ phận Một cửa Ủy ban nhân dân cấp xã",
            "Trường hợp nộp trực tiếp</h3>",
            "<li>Nộp tờ khai tại Bộ phận Một cửa</li>",
            '<div class="original">Bước 3: nguyên văn\n  thụt đầu dòng</div>',
            "<caption>Hình thức nộp, thời hạn giải quyết và phí, lệ phí</caption>",
            '<th scope="row">Trực tiếp</th><td>1 ngày làm việc</td>',
            "8.000 Đồng – Lệ phí đăng ký quá hạn",
            '<th scope="row">Trực tuyến</th><td>0,5 ngày</td>',
            "<caption>Trường hợp khai sinh đúng hạn</caption>",
            '<th scope="row">Giấy chứng sinh</th><td>1</td><td>2</td>',
            "Giấy tờ khác theo quy định",
            "Giấy khai sinh (KQ-KS)",
            "Không có yêu cầu.",
            "1872/QĐ-BTP",
            'href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000080"',
        ):
            assert text in html, text
        assert counted == [usage.VIEW]

    def test_a_level_4_procedure_reads_toan_trinh(self, client, counted):
        with inside("sotttt"):
            full_procedure(level=4)
        html = page_html(client)
        assert "Mức độ 4 – Dịch vụ công trực tuyến toàn trình" in html
        assert "Nộp hồ sơ, thanh toán và nhận kết quả trực tuyến" in html


class TestLegalBases:
    def test_linked_to_the_register_when_the_document_is_there(self, client, counted):
        with inside("sotttt"):
            law = add_document(
                "60/2014/QH13", "Luật Hộ tịch", issuing_body_name="Quốc hội"
            )
            decision = add_document("03/2017/QĐ-UBND", "Quy chế Cổng thông tin")
            full_procedure()
            law_url, decision_url = law.url, decision.url
        html = page_html(client)
        assert f'<a href="{law_url}">60/2014/QH13: Luật Hộ tịch</a>' in html
        # Matched whatever the case and with D for Đ.
        assert f'<a href="{decision_url}">03/2017/qd-ubnd: Quy chế của tỉnh</a>' in html
        # Not in the register: plain text, no link.
        assert "<li>123/2015/NĐ-CP: Nghị định hướng dẫn Luật Hộ tịch</li>" in html
        # The announcing decision is not in A's register: its number alone.
        assert "<dd>1872/QĐ-BTP</dd>" in html

    def test_the_announcing_decision_and_a_number_inside_a_title(self, client, counted):
        with inside("sotttt"):
            decision = add_document(
                "1872/QĐ-BTP", "Công bố thủ tục", issuing_body_name="Bộ Tư pháp"
            )
            circular = add_document(
                "85/2019/TT-BTC", "Thông tư về phí", issuing_body_name="Bộ Tài chính"
            )
            full_procedure(
                legal_bases=stream(
                    (
                        "basis",
                        {
                            "number": "",
                            "title": "Thông tư hướng dẫn về phí và lệ phí85/2019/TT-BTC",
                        },
                    ),
                )
            )
            decision_url, circular_url = decision.url, circular.url
        html = page_html(client)
        assert f'<dd><a href="{decision_url}">1872/QĐ-BTP</a></dd>' in html
        assert (
            f'<a href="{circular_url}">Thông tư hướng dẫn về phí và lệ phí85/2019/TT-BTC</a>'
            in html
        )

    def test_one_query_for_all_bases(self, client, counted):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with inside("sotttt"):
            full_procedure()
        page_html(client)  # caches warm
        with CaptureQueriesContext(connection) as captured:
            page_html(client)
        register = [q for q in captured if "documents_legaldocumentpage" in q["sql"]]
        assert len(register) == 1

    def test_the_register_of_another_portal_is_not_linked(self, client, counted):
        with inside("soyte"):
            add_document("60/2014/QH13", "Luật Hộ tịch", issuing_body_name="Quốc hội")
        with inside("sotttt"):
            full_procedure()
        html = page_html(client)
        assert "<li>60/2014/QH13: Luật Hộ tịch</li>" in html


class TestLevelRules:
    def test_level_1_names_the_form_without_offering_it(self, client, counted):
        with inside("sotttt"):
            full_procedure(level=1)
        html = page_html(client)
        assert "Mức độ 1 – Cung cấp thông tin trực tuyến" in html
        assert "Tờ khai đăng ký khai sinh (mẫu TP/HT-2020-KS.1)" in html
        assert FORM not in html and NATIONAL_FORM not in html
        assert SUBMIT not in html and POSTAL not in html
        assert client.get(FORM, HTTP_HOST=A_HOST).status_code == 404
        assert client.get(SUBMIT, HTTP_HOST=A_HOST).status_code == 404
        assert usage.DOWNLOAD not in counted

    def test_level_2_offers_the_form_but_no_submission(self, client, counted):
        with inside("sotttt"):
            full_procedure(level=2)
        html = page_html(client)
        assert (
            f'<a href="{FORM}" rel="nofollow">Tải về: Tờ khai đăng ký khai sinh' in html
        )
        assert SUBMIT not in html and POSTAL not in html
        response = client.get(FORM, HTTP_HOST=A_HOST)
        assert response.status_code == 302
        assert response["Location"] == NATIONAL_FORM
        assert client.get(SUBMIT, HTTP_HOST=A_HOST).status_code == 404
        # Only the component that has a form has a number.
        assert (
            client.get(f"/thu-tuc/{CODE}/mau/2/", HTTP_HOST=A_HOST).status_code == 404
        )
        assert counted == [usage.VIEW, usage.DOWNLOAD]

    @pytest.mark.parametrize("level", [3, 4])
    def test_level_3_and_4_submit_online_and_offer_postal_delivery(
        self, client, counted, level
    ):
        with inside("sotttt"):
            set_submission_url("https://dichvucong.angiang.gov.vn/nop-ho-so?ma={code}")
            full_procedure(level=level)
        html = page_html(client)
        assert f'<a class="button" href="{SUBMIT}"' in html
        # The postal request is made for a dossier, from its lookup.
        assert f'<a href="/dich-vu-cong/tra-cuu-ho-so/">{POSTAL}</a>' in html
        assert FORM in html
        response = client.get(SUBMIT, HTTP_HOST=A_HOST)
        assert response.status_code == 302
        assert (
            response["Location"]
            == "https://dichvucong.angiang.gov.vn/nop-ho-so?ma=1.000080"
        )
        assert counted == [usage.VIEW, usage.SUBMIT]

    def test_a_form_on_the_portal_is_served_from_the_portal(self, client, counted):
        with inside("sotttt"):
            document = get_document_model().objects.create(
                title="Tờ khai khai sinh",
                file=ContentFile(b"%PDF-1.4\n%fake\n", name="to-khai-khai-sinh.pdf"),
            )
            full_procedure(level=2, form_url="", form_document=document.pk)
            url = document.url
        response = client.get(FORM, HTTP_HOST=A_HOST)
        assert response.status_code == 302
        assert response["Location"] == url
        assert client.get(url, HTTP_HOST=A_HOST).status_code == 200


class TestRedirectTargets:
    @pytest.mark.parametrize(
        "target",
        [
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "ftp://example.org/form.doc",
            "//evil.example/form.doc",
            "https:///no-host",
        ],
    )
    def test_a_form_address_that_is_not_http_is_not_followed(
        self, client, counted, target
    ):
        with inside("sotttt"):
            full_procedure(level=3, form_url=target)
        html = page_html(client)
        assert FORM not in html
        # The form is named, the rest of the page's offers stand.
        assert "<td>Tờ khai đăng ký khai sinh (mẫu TP/HT-2020-KS.1)</td>" in html
        assert SUBMIT in html
        assert client.get(FORM, HTTP_HOST=A_HOST).status_code == 404

    @pytest.mark.parametrize("target", ["ftp://dichvucong.example/", "javascript:x()"])
    def test_a_submission_address_that_is_not_http_is_not_followed(
        self, client, counted, target
    ):
        with inside("sotttt"):
            ServicesSettings.objects.update_or_create(
                site=Site.objects.get(is_default_site=True),
                defaults={"submission_url": target},
            )
            full_procedure(level=3)
        html = page_html(client)
        assert SUBMIT not in html
        assert FORM in html and POSTAL in html
        assert client.get(SUBMIT, HTTP_HOST=A_HOST).status_code == 404

    def test_unknown_codes_and_numbers_are_404(self, client, counted):
        with inside("sotttt"):
            full_procedure(level=3)
        assert client.get(FORM, HTTP_HOST=A_HOST).status_code == 302
        for path in (
            "/thu-tuc/1.999999/mau/1/",
            "/thu-tuc/1.000080/mau/0/",
            "/thu-tuc/1.000080/mau/99999999/",
            "/thu-tuc/khong-phai-ma/nop-truc-tuyen/",
        ):
            assert client.get(path, HTTP_HOST=A_HOST).status_code == 404, path

    def test_a_draft_procedure_has_no_redirects(self, client, counted):
        with inside("sotttt"):
            page = full_procedure(level=3)
        assert client.get(SUBMIT, HTTP_HOST=A_HOST).status_code == 302
        with inside("sotttt"):
            page.unpublish()
        assert client.get(FORM, HTTP_HOST=A_HOST).status_code == 404
        assert client.get(SUBMIT, HTTP_HOST=A_HOST).status_code == 404


class TestIsolation:
    def test_a_procedure_of_a_is_404_on_b(self, client, counted):
        with inside("sotttt"):
            full_procedure(level=3)
        assert client.get(PAGE, HTTP_HOST=B_HOST).status_code == 404
        assert client.get(FORM, HTTP_HOST=B_HOST).status_code == 404
        assert client.get(SUBMIT, HTTP_HOST=B_HOST).status_code == 404
        assert client.get(PAGE, HTTP_HOST=A_HOST).status_code == 200
        assert client.get(FORM, HTTP_HOST=A_HOST).status_code == 302
        assert client.get(SUBMIT, HTTP_HOST=A_HOST).status_code == 302


class TestSettings:
    def test_the_technical_administrator_sets_the_submission_address(self, client):
        from editorial import roles
        from tests.staff import make_staff, signed_in

        with inside("sotttt"):
            site = Site.objects.get(is_default_site=True)
            roles.ensure_roles(site.root_page)
        make_staff("sotttt", "kythuat", roles.TECH_ADMIN)
        make_staff("sotttt", "bientap", roles.EDITOR)
        url = f"/admin/settings/services/servicessettings/{site.pk}/"
        admin = signed_in(type(client), A_HOST, "kythuat")
        assert admin.get(url, HTTP_HOST=A_HOST).status_code == 200
        refused = admin.post(
            url, {"submission_url": "ftp://mot-cua.example/"}, HTTP_HOST=A_HOST
        )
        assert refused.status_code == 200
        assert "phải bắt đầu bằng https:// hoặc http://" in refused.text
        saved = admin.post(
            url,
            {"submission_url": "https://motcua.angiang.gov.vn/nop?ma={code}"},
            HTTP_HOST=A_HOST,
        )
        assert saved.status_code == 302
        with inside("sotttt"):
            assert (
                ServicesSettings.for_site(site).submission_link(CODE)
                == "https://motcua.angiang.gov.vn/nop?ma=1.000080"
            )
        editor = signed_in(type(client), A_HOST, "bientap")
        assert editor.get(url, HTTP_HOST=A_HOST).status_code in (302, 403)
