"""Wagtail's "copy page" form follows the project's slug rule too: its slug
field folds in the browser, and a slug posted with diacritics is stored
unaccented (issue 11, point 1)."""

import pytest

from editorial import roles
from home.models import SectionPage, StandardPage
from tests.portals import A_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def original():
    with inside("sotttt"):
        section = SectionPage.objects.get(slug="gioi-thieu")
        page = section.add_child(
            instance=StandardPage(title="Chức năng nhiệm vụ", slug="chuc-nang")
        )
        return section.pk, page.pk


def test_a_copy_posted_with_a_vietnamese_slug_gets_the_ascii_slug(
    client_class, original
):
    section, page = original
    make_staff("sotttt", "tbt", roles.HEAD)
    head = signed_in(client_class, A_HOST, "tbt")
    form = head.get(f"/admin/pages/{page}/copy/", HTTP_HOST=A_HOST)
    assert form.status_code == 200
    # The form's slug field carries the rule's formatters, as the page editor's
    # does (Wagtail's own copy form has none: its browser code drops "đ").
    assert "data-w-slug-formatters-value" in form.content.decode()
    response = head.post(
        f"/admin/pages/{page}/copy/",
        {
            "new_title": "Chức năng nhiệm vụ (bản sao)",
            "new_slug": "Chức năng đặc biệt",
            "new_parent_page": section,
        },
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    with inside("sotttt"):
        copy = StandardPage.objects.get(title="Chức năng nhiệm vụ (bản sao)")
        assert copy.slug == "chuc-nang-dac-biet"
    with inside("soyte"):
        assert not StandardPage.objects.filter(slug="chuc-nang-dac-biet").exists()
