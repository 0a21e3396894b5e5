"""Decomposed Vietnamese (as pasted from macOS) is stored as NFC, everywhere."""

import json
import unicodedata

import pytest
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from editorial import roles
from home.models import SectionPage, StandardPage
from qa.models import Question
from tests.captcha import solved
from tests.portals import A_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db


def nfd(text):
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    return decomposed


def head_signed_in(client_class):
    make_staff("sotttt", "tb", roles.HEAD)
    return signed_in(client_class, A_HOST, "tb")


def about_section_id():
    with inside("sotttt"):
        return SectionPage.objects.get(slug="gioi-thieu").pk


def standard_page(title, summary="", body_html=None, slug="thong-bao-tuyen-dung"):
    """The admin's "publish" of a new standard page, as the browser posts it."""
    blocks = [("paragraph", rich_text(body_html))] if body_html else []
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": summary,
            "body": streamfield(blocks),
            "provenance": "",
            "deadline_rule": "",
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "1"
    return data


def test_a_page_title_and_rich_text_body_from_the_admin(client_class):
    client = head_signed_in(client_class)
    section = about_section_id()
    data = standard_page(
        nfd("Thông báo tuyển dụng viên chức"),
        nfd("Sở Thông tin và Truyền thông thông báo"),
        nfd("<p>Hồ sơ gồm đơn đăng ký dự tuyển.</p>"),
    )
    response = client.post(
        f"/admin/pages/add/home/standardpage/{section}/", data, HTTP_HOST=A_HOST
    )
    assert response.status_code == 302
    with inside("sotttt"):
        page = StandardPage.objects.get(slug="thong-bao-tuyen-dung")
    assert page.title == "Thông báo tuyển dụng viên chức"
    assert unicodedata.is_normalized("NFC", page.summary)
    body = page.body.raw_data[0]["value"]
    assert "Hồ sơ gồm đơn đăng ký dự tuyển." in body and unicodedata.is_normalized(
        "NFC", body
    )


def test_a_public_form_submission(client):
    client.post(
        "/hoi-dap/gui-cau-hoi/",
        {
            "name": nfd("Nguyễn Thị Hường"),
            "email": "huong@example.vn",
            "phone": "",
            "field": "khac",
            "title": nfd("Hỏi về thủ tục"),
            "question": nfd("Xin hỏi thủ tục đăng ký hộ kinh doanh cần giấy tờ gì?"),
            "consent": "on",
            **solved("sotttt"),
            "website": "",
        },
        HTTP_HOST=A_HOST,
    )
    with inside("sotttt"):
        question = Question.objects.get()
    assert question.name == "Nguyễn Thị Hường"
    assert unicodedata.is_normalized("NFC", question.question)


def test_text_in_tcvn3_is_caught_converted_and_stored_after_confirmation(client):
    base = {
        "name": "NguyÔn ThÞ H­êng",
        "email": "huong@example.vn",
        "phone": "",
        "field": "khac",
        "title": "Hái vÒ thñ tôc",
        "question": "Xin hái thñ tôc ®¨ng ký hé kinh doanh cÇn giÊy tê g×?",
        "consent": "on",
        **solved("sotttt"),
        "website": "",
    }
    first = client.post("/hoi-dap/gui-cau-hoi/", base, HTTP_HOST=A_HOST)
    assert "bảng mã TCVN3 (ABC)" in first.text
    assert "Xin hỏi thủ tục đăng ký hộ kinh doanh cần giấy tờ gì?" in first.text
    with inside("sotttt"):
        assert not Question.objects.exists()
    form = first.context["form"]
    confirmed = {
        **base,
        **{k: form.data[k] for k in ("name", "title", "question")},
        **solved("sotttt", first.text),
    }
    client.post("/hoi-dap/gui-cau-hoi/", confirmed, HTTP_HOST=A_HOST)
    with inside("sotttt"):
        question = Question.objects.get()
    assert question.question == "Xin hỏi thủ tục đăng ký hộ kinh doanh cần giấy tờ gì?"
    assert question.name == "Nguyễn Thị Hường"


def test_a_page_title_pasted_in_tcvn3_is_refused_in_the_admin_and_offered_in_unicode(
    client_class,
):
    client = head_signed_in(client_class)
    section = about_section_id()

    url = f"/admin/pages/add/home/standardpage/{section}/"
    # "Thông báo tuyển dụng" / "Sở Thông tin và Truyền thông" typed in TCVN3.
    first = client.post(
        url,
        standard_page("Th«ng b¸o tuyÓn dông", "Së Th«ng tin vµ TruyÒn th«ng"),
        HTTP_HOST=A_HOST,
    )
    assert first.status_code == 200
    assert "bảng mã TCVN3 (ABC)" in first.text
    assert 'value="Thông báo tuyển dụng"' in first.text
    with inside("sotttt"):
        assert not StandardPage.objects.filter(slug="thong-bao-tuyen-dung").exists()
    second = client.post(
        url,
        standard_page("Thông báo tuyển dụng", "Sở Thông tin và Truyền thông"),
        HTTP_HOST=A_HOST,
    )
    assert second.status_code == 302
    with inside("sotttt"):
        page = StandardPage.objects.get(slug="thong-bao-tuyen-dung")
        assert page.title == "Thông báo tuyển dụng"
        assert page.summary == "Sở Thông tin và Truyền thông"


def test_a_rich_text_body_pasted_in_vni_is_refused_in_the_admin_and_offered_in_unicode(
    client_class,
):
    client = head_signed_in(client_class)
    url = f"/admin/pages/add/home/standardpage/{about_section_id()}/"

    # "Cộng hòa xã hội chủ nghĩa Việt Nam" typed in VNI, in the body only.
    first = client.post(
        url,
        standard_page(
            "Thông báo tuyển dụng",
            body_html="<p>Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam</p>",
        ),
        HTTP_HOST=A_HOST,
    )
    assert first.status_code == 200
    assert "bảng mã VNI" in first.text
    offered = "Cộng hòa xã hội chủ nghĩa Việt Nam"
    # Offered back in Unicode, in the editor's data (JSON inside JSON).
    in_editor = json.dumps(offered)[1:-1].replace("\\", "\\\\")
    assert in_editor in first.text
    assert json.dumps("Coäng")[1:-1].replace("\\", "\\\\") not in first.text
    with inside("sotttt"):
        assert not StandardPage.objects.filter(slug="thong-bao-tuyen-dung").exists()
    second = client.post(
        url,
        standard_page(
            "Thông báo tuyển dụng",
            body_html="<p>Cộng hòa xã hội chủ nghĩa Việt Nam</p>",
        ),
        HTTP_HOST=A_HOST,
    )
    assert second.status_code == 302
    with inside("sotttt"):
        page = StandardPage.objects.get(slug="thong-bao-tuyen-dung")
    assert "Cộng hòa xã hội chủ nghĩa Việt Nam" in page.body.raw_data[0]["value"]


def test_french_in_the_french_section_is_not_taken_for_legacy_vietnamese(
    client_class,
):
    from home import languages

    french_text = "Ça coûte à l'île: façade, maïs, Noël"
    with inside("sotttt"):
        french = languages.enable("fr")
        section = SectionPage.objects.get(slug="gioi-thieu", locale=french).pk
    client = head_signed_in(client_class)
    data = standard_page(french_text, french_text, slug="la-facade")
    response = client.post(
        f"/admin/pages/add/home/standardpage/{section}/", data, HTTP_HOST=A_HOST
    )
    assert response.status_code == 302
    with inside("sotttt"):
        page = StandardPage.objects.get(slug="la-facade")
    assert page.title == french_text and page.summary == french_text
