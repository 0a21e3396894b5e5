"""Odd values posted to the page editor are form errors or stored text, never
a 500: a rich text field posted as plain text (not the editor's JSON), a
stream field's counters that are not numbers (issue 11: found while walking
the admin)."""

import json

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from editorial import roles
from home.models import SectionPage, StandardPage
from tests.portals import A_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def head(client_class):
    make_staff("sotttt", "tbt", roles.HEAD)
    return signed_in(client_class, A_HOST, "tbt")


def section():
    with inside("sotttt"):
        return SectionPage.objects.get(slug="gioi-thieu")


def post_section(head, intro):
    page = section()
    return head.post(
        f"/admin/pages/{page.pk}/edit/",
        nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "intro": intro,
                "comments": inline_formset([]),
            }
        ),
        HTTP_HOST=A_HOST,
    )


@pytest.mark.parametrize(
    "intro", ["Giới thiệu chung về Sở", "{not json", "[1, 2", "null", "123", '"x"']
)
def test_rich_text_posted_as_plain_text_is_kept_as_text(head, intro):
    response = post_section(head, intro)
    assert response.status_code == 302, response.status_code
    with inside("sotttt"):
        draft = SectionPage.objects.get(pk=section().pk).get_latest_revision_as_object()
    if intro != "null":
        assert draft.intro == f"<p>{intro}</p>".replace('"', "&quot;")


def test_plain_vietnamese_text_reads_as_a_paragraph(head):
    response = post_section(head, "Giới thiệu <chung> về Sở")
    assert response.status_code == 302
    with inside("sotttt"):
        draft = SectionPage.objects.get(pk=section().pk).get_latest_revision_as_object()
    assert draft.intro == "<p>Giới thiệu &lt;chung&gt; về Sở</p>"


@pytest.mark.parametrize("count", ["abc", "9" * 30, ""])
def test_stream_field_counters_that_are_not_numbers(head, count):
    page = section()
    data = nested_form_data(
        {
            "title": "Trang thử",
            "slug": "trang-thu",
            "summary": "",
            "body": streamfield([]),
            "provenance": "",
            "deadline_rule": "",
            "comments": inline_formset([]),
        }
    )
    data["body-count"] = count
    response = head.post(
        f"/admin/pages/add/home/standardpage/{page.pk}/", data, HTTP_HOST=A_HOST
    )
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert "Không thể tạo trang do dữ liệu không hợp lệ." in html
    # The stream's own error travels in its JSON (non-ASCII escaped).
    assert json.dumps("Dữ liệu của khối nội dung không hợp lệ")[1:-1] in html
    with inside("sotttt"):
        assert not StandardPage.objects.filter(slug="trang-thu").exists()
