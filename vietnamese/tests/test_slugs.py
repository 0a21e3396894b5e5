"""Every page's slug is the ASCII of the project's one rule (issue 11, point 1):
typed in the admin, posted, saved through the ORM, in a foreign-language
tree, or left over from before."""

import re
import unicodedata

import pytest
from django.core.management import call_command
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from editorial import roles
from home.models import SectionPage, StandardPage
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in
from vietnamese import slugify
from vietnamese.slugs import formatters, page_slug

pytestmark = pytest.mark.django_db

TITLE = "Sở TTTT tổ chức tọa đàm về chuyển đổi số"


def about_section_id():
    with inside("sotttt"):
        return SectionPage.objects.get(slug="gioi-thieu").pk


def draft(title, slug):
    """An editor's "save draft" of a new standard page, as the browser posts it."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "",
            "body": streamfield([]),
            "provenance": "",
            "deadline_rule": "",
            "comments": inline_formset([]),
        }
    )


@pytest.fixture
def editor(client_class):
    make_staff("sotttt", "btv", roles.EDITOR)
    return signed_in(client_class, A_HOST, "btv")


def create(editor, title, slug):
    response = editor.post(
        f"/admin/pages/add/home/standardpage/{about_section_id()}/",
        draft(title, slug),
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    with inside("sotttt"):
        return StandardPage.objects.get(title=title)


def test_a_slug_posted_with_diacritics_is_stored_unaccented(editor):
    # What Wagtail's browser code sent before: the title with its diacritics.
    page = create(editor, TITLE, "sở-tttt-tổ-chức-tọa-đàm-về-chuyển-đổi-số")
    assert page.slug == "so-tttt-to-chuc-toa-dam-ve-chuyen-doi-so"
    assert page.url_path.endswith(
        "/gioi-thieu/so-tttt-to-chuc-toa-dam-ve-chuyen-doi-so/"
    )


def test_an_empty_slug_is_made_from_the_title_by_the_rule(editor):
    page = create(editor, "Ủy ban nhân dân tỉnh Đắk Lắk: thủ tục", "")
    # Django's slugify (Wagtail's default) drops "Đ" and keeps nothing of "Ủ".
    assert page.slug == "uy-ban-nhan-dan-tinh-dak-lak-thu-tuc"


def test_the_create_form_slugifies_in_the_browser_by_the_same_rule(editor):
    response = editor.get(
        f"/admin/pages/add/home/standardpage/{about_section_id()}/", HTTP_HOST=A_HOST
    )
    assert response.status_code == 200
    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', response.text).group(0)
    # False is rendered as no attribute: the controller's default, ASCII.
    assert "data-w-slug-allow-unicode-value" not in slug_input
    assert "data-w-slug-formatters-value=" in slug_input


def browser_slug(text: str) -> str:
    """What Wagtail's w-slug controller does with the widget's formatters
    (``format`` then ``urlify``, as in its core.js), with Python's ``re``
    standing in for the browser's (the patterns are written for both)."""
    for pattern, replacement in formatters():
        text = re.sub(pattern, replacement, text)
    text = text.lower()
    text = re.sub(r"[^-\w\s]", "", text, flags=re.ASCII)
    text = re.sub(r"[-\s]+", "-", text)[:255]
    return re.sub(r"-+$", "", text)


@pytest.mark.parametrize(
    "title",
    [
        "Đắk Lắk",
        "Thủ tục",
        "Ủy ban",
        "Sở TT&TT",
        TITLE,
        unicodedata.normalize("NFD", TITLE),
        "  Hướng dẫn — “Dịch vụ công” trực tuyến (mức 4)!  ",
        "Événement à Paris, ĐẮK NÔNG",
        "关于我们",
    ],
)
def test_the_browser_rule_agrees_with_the_server_rule(title):
    assert browser_slug(title) == slugify(title)


def test_the_browser_rule_agrees_on_every_character():
    every = "".join(chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000)
    for start in range(0, len(every), 500):
        chunk = every[start : start + 500]
        spaced = " a".join(chunk)
        assert browser_slug(spaced) == page_slug(spaced), chunk


def test_the_orm_and_a_foreign_language_tree_fold_too():
    from wagtail.models import Locale, Page

    from home import languages

    with inside("sotttt"):
        section = SectionPage.objects.get(slug="gioi-thieu")
        page = section.add_child(
            instance=StandardPage(title="Lịch tiếp công dân", slug="lịch-tiếp-dân")
        )
        assert page.slug == "lich-tiep-dan"
        chinese = section.add_child(instance=StandardPage(title="关于我们", slug=""))
        assert re.fullmatch(r"trang-[0-9a-f]{8}", chinese.slug)
        assert chinese.slug == f"trang-{chinese.translation_key.hex[:8]}"

        languages.enable("fr")
        french = Locale.objects.get(language_code="fr")
        alias = Page.objects.get(
            locale=french, translation_key=page.translation_key
        ).specific
        alias.slug = "à-propos-de-l’accueil"
        alias.save()
        alias.refresh_from_db()
        assert alias.slug == "a-propos-de-l-accueil"
        assert alias.url_path.endswith("/a-propos-de-l-accueil/")
        # A slug of Khmer letters only folds to nothing: the fallback.
        alias.slug = "អំពីយើង"
        alias.title = "អំពីយើង"
        alias.save(clean=False)
        assert alias.slug == f"trang-{alias.translation_key.hex[:8]}"


def test_old_unicode_slugs_are_folded_and_the_old_address_redirects(
    client, django_capture_on_commit_callbacks
):
    with inside("sotttt"):
        section = SectionPage.objects.get(slug="gioi-thieu")
        page = section.add_child(
            instance=StandardPage(title="Lịch tiếp dân", slug="lich-tiep-dan")
        )
        page.save_revision().publish()
        # As the admin stored it before this issue: a Unicode slug.
        StandardPage.objects.filter(pk=page.pk).update(
            slug="lịch-tiếp-dân",
            url_path=page.url_path.replace("lich-tiep-dan", "lịch-tiếp-dân"),
        )
    old = "/gioi-thieu/lịch-tiếp-dân/"
    assert client.get(old, HTTP_HOST=A_HOST).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        call_command("fold_page_slugs", stdout=open("/dev/null", "w"))

    with inside("sotttt"):
        page = StandardPage.objects.get(pk=page.pk)
        assert page.slug == "lich-tiep-dan"
    assert client.get("/gioi-thieu/lich-tiep-dan/", HTTP_HOST=A_HOST).status_code == 200
    moved = client.get(old, HTTP_HOST=A_HOST)
    assert moved.status_code == 301
    assert moved["Location"].endswith("/gioi-thieu/lich-tiep-dan/")
    # The other portal has no such page, and no such redirect.
    assert client.get(old, HTTP_HOST=B_HOST).status_code == 404
