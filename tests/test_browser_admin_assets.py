"""Wagtail's admin in Chromium: no request leaves the portal, and Khmer and
Chinese are drawn with the project's fonts (issue 11, point 4).

Requests are Playwright's ``request`` events (everything the page fetches:
stylesheets, scripts, fonts, images, XHR). Fonts are what Chromium really
drew with: ``CSS.getPlatformFontsForNode`` of the DevTools protocol, through
Playwright's CDP session, for the text nodes of the language names.
"""

from __future__ import annotations

import io
from urllib.parse import urlsplit

import pytest

from editorial import roles

pytestmark = pytest.mark.browser


def _ids(live_portal, committed):
    """Pages the screens open: the Vietnamese home and its "Giới thiệu",
    and the English translation the translator works on."""
    from django_tenants.utils import schema_context
    from wagtail.models import Page
    from wagtail_localize.models import Translation

    with committed(), schema_context(live_portal.schema):
        about = Page.objects.get(slug="gioi-thieu", locale__language_code="vi")
        home = about.get_parent()
        translation = Translation.objects.filter(
            target_locale__language_code="en"
        ).first()
        english = (
            translation.get_target_instance().pk
            if translation is not None
            else Page.objects.get(
                translation_key=about.translation_key, locale__language_code="en"
            ).pk
        )
    return home.pk, about.pk, english


def _screens(role_code, home, about, english):
    paths = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{home}/",
        f"/admin/pages/{about}/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/account/",
    ]
    if role_code in (roles.EDITOR, roles.MEMBER, roles.HEAD):
        paths.append(f"/admin/pages/{about}/edit/")
    if role_code == roles.TRANSLATOR:
        # wagtail-localize's editor and its "Translate this page" screen.
        paths += [
            f"/admin/pages/{english}/edit/",
            f"/admin/localize/submit/page/{about}/",
        ]
    if role_code == roles.TECH_ADMIN:
        paths += ["/admin/locales/", "/admin/users/"]
    return paths


@pytest.fixture
def avatar(live_portal, committed):
    """The head's uploaded profile picture (committed), removed afterwards."""
    from django.contrib.auth import get_user_model
    from django.core.files.images import ImageFile
    from django_tenants.utils import schema_context
    from PIL import Image
    from wagtail.users.models import UserProfile

    username = live_portal.staff(roles.HEAD)
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (165, 14, 36)).save(buffer, "PNG")
    with committed(), schema_context(live_portal.schema):
        profile = UserProfile.get_for_user(
            get_user_model().objects.get(username=username)
        )
        profile.avatar = ImageFile(io.BytesIO(buffer.getvalue()), name="truongban.png")
        profile.save()
        url = profile.avatar.url
    yield url
    with committed(), schema_context(live_portal.schema):
        profile.avatar.delete(save=True)


def test_no_admin_screen_requests_another_host(
    live_portal, committed, new_page, sign_in, avatar
):
    home, about, english = _ids(live_portal, committed)
    assert avatar.startswith(f"/media/{live_portal.schema}/avatar_images/")
    elsewhere = []
    pictures = {}
    visited = 0
    # Two roles between them open every kind of screen (the page editor, the
    # translation editor, media, account); home/tests/test_admin_local_assets.py
    # reads the screens of all five roles without a browser.
    for role_code in (roles.HEAD, roles.TRANSLATOR):
        page = new_page()
        page.on(
            "request",
            lambda request, role_code=role_code: (
                urlsplit(request.url).scheme in ("http", "https", "ws", "wss")
                and urlsplit(request.url).netloc != live_portal.host
                and elsewhere.append((role_code, request.url))
            ),
        )
        page.on(
            "response",
            lambda response: (
                "avatar" in response.url
                and pictures.setdefault(urlsplit(response.url).path, response.status)
            ),
        )
        sign_in(page, live_portal.staff(role_code))
        for path in _screens(role_code, home, about, english):
            response = page.goto(live_portal.url(path))
            assert response.status == 200, (role_code, path, response.status)
            assert "/admin/login/" not in page.url, (role_code, path)
            page.wait_for_load_state("networkidle")
            visited += 1
        page.context.close()
    assert elsewhere == []
    assert visited >= 17
    # Avatars came from the portal: the head's uploaded picture (staff only,
    # tenants.media) and Wagtail's default one for the others.
    assert pictures.get(avatar) == 200, pictures
    assert any(
        path.startswith("/static/wagtailadmin/images/default-user-avatar")
        and status == 200
        for path, status in pictures.items()
    ), pictures


@pytest.fixture
def khmer_and_chinese(live_portal, committed):
    """Khmer and Chinese locales on the portal for this test (the rows only:
    ``bulk_create`` sends no ``post_save``, so no tree is mirrored), removed
    afterwards."""
    from django_tenants.utils import schema_context
    from wagtail.models import Locale

    codes = ["km", "zh-hans"]
    with committed(), schema_context(live_portal.schema):
        Locale.objects.bulk_create(
            [Locale(language_code=code) for code in codes], ignore_conflicts=True
        )
    yield
    with committed(), schema_context(live_portal.schema):
        Locale.objects.filter(language_code__in=codes).delete()


MARK_TEXT = """
name => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let count = 0, node;
  while ((node = walker.nextNode())) {
    if (node.textContent.trim() === name && node.parentElement.offsetParent) {
      node.parentElement.setAttribute('data-font-probe', name);
      count++;
    }
  }
  return count;
}
"""


def test_khmer_and_chinese_names_are_drawn_with_the_project_s_fonts(
    live_portal, desktop, sign_in, khmer_and_chinese
):
    font_files = []
    desktop.on(
        "response",
        lambda response: (
            "/fonts/" in response.url
            and font_files.append((urlsplit(response.url).netloc, response.status))
        ),
    )
    sign_in(desktop, live_portal.staff(roles.TECH_ADMIN))
    assert desktop.goto(live_portal.url("/admin/locales/")).status == 200
    desktop.evaluate("document.fonts.ready")
    cdp = desktop.context.new_cdp_session(desktop)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    drawn = {}
    for name, family in (("ភាសាខ្មែរ", "Noto Sans Khmer"), ("简体中文", "Noto Sans SC")):
        assert desktop.evaluate(MARK_TEXT, name) >= 1, name
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        nodes = cdp.send(
            "DOM.querySelectorAll",
            {"nodeId": root, "selector": f'[data-font-probe="{name}"]'},
        )["nodeIds"]
        for node in nodes:
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            drawn[name] = fonts
            # Every glyph from a web font of the project's family (the
            # subsets of static/fonts/language-names keep the family name),
            # none from a system fallback (which would be boxes here).
            assert fonts and all(font["isCustomFont"] for font in fonts), (name, fonts)
            assert all(font["familyName"].startswith(family) for font in fonts), (
                name,
                fonts,
            )
            assert sum(font["glyphCount"] for font in fonts) >= 4, (name, fonts)
    # The font files came from the portal itself.
    assert font_files, drawn
    assert all(
        host == live_portal.host and status == 200 for host, status in font_files
    ), font_files
