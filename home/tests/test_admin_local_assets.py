"""Wagtail's admin asks nothing of another host, and draws Khmer and Chinese.

Why: the admin loaded staff avatars from www.gravatar.com (every staff
member's email hash sent abroad on each page, broken images offline), and
the locales' names, ភាសាខ្មែរ and 简体中文, were boxes on a computer without
Khmer or Chinese fonts. Avatars are now the portal's own files (the default
picture under /static/, an uploaded one under /media/<schema>/avatar_images/,
served to staff only by tenants.media), and the admin links the project's
fonts (home/wagtail_hooks.py). What a browser then really requests, and which
font it draws with, is checked in tests/test_browser_phone.py.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PILImage

from editorial import roles
from home import languages
from home.models import SectionPage
from tests.portals import A_HOST, B_HOST, home_page, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db

FONT_LINKS = (
    '<link rel="stylesheet" href="/static/css/fonts.css">',
    '<link rel="stylesheet" href="/static/css/admin-fonts.css">',
)

#: Attributes whose URL the browser fetches by itself (not <a href>, which is
#: only followed when clicked).
FETCHED = re.compile(
    r"<(?P<tag>img|script|link|iframe|source|video|audio|embed|input)\b"
    r"[^>]*?\s(?P<attr>src|href|srcset|poster|data)=\"(?P<url>[^\"]*)\"",
    re.IGNORECASE,
)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
#: Pictures in the JSON the admin's JavaScript draws from (the sidebar's
#: account menu shows the user's avatar from "avatarUrl").
JSON_PICTURE = re.compile(r'"avatarUrl":\s*"([^"]*)"')


def fetched_urls(html: str) -> list[str]:
    urls = []
    for match in FETCHED.finditer(html):
        value = match["url"]
        if match["attr"].lower() == "srcset":
            urls += [part.strip().split(" ")[0] for part in value.split(",")]
        else:
            urls.append(value)
    urls += CSS_URL.findall(html)
    return [url for url in urls if url]


def foreign(urls: list[str], host: str) -> list[str]:
    """The URLs that point at another host than ``host``."""
    out = []
    for url in urls:
        parts = urlsplit(url.replace("\\/", "/"))
        if parts.scheme in ("data", "blob", "javascript", "mailto", "tel"):
            continue
        if parts.netloc and parts.netloc != host:
            out.append(url)
    return out


def json_blobs(html: str) -> str:
    return " ".join(
        re.findall(
            r"<script[^>]*type=\"application/json\"[^>]*>(.*?)</script>", html, re.S
        )
    )


def _png(name="chan-dung.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), (11, 79, 156)).save(buffer, "PNG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name=name)


@pytest.fixture
def staff():
    with inside("sotttt"):
        languages.enable("en")
        languages.enable("km")
        languages.enable("zh-hans")
    people = {
        "bientap": roles.EDITOR,
        "thanhvien": roles.MEMBER,
        "truongban": roles.HEAD,
        "biendich": roles.TRANSLATOR,
        "quantri2": roles.TECH_ADMIN,
    }
    for username, role in people.items():
        make_staff("sotttt", username, role, f"Người thử {username}")
    return people


def screens(username: str) -> list[str]:
    """The admin screens a user of that role works in."""
    with inside("sotttt"):
        home = home_page("sotttt")
        about = SectionPage.objects.get(slug="gioi-thieu", locale__language_code="vi")
    paths = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{home.pk}/",
        f"/admin/pages/{about.pk}/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/account/",
    ]
    if username in ("bientap", "truongban"):
        paths.append(f"/admin/pages/{about.pk}/edit/")
    if username == "biendich":
        paths.append(f"/admin/localize/submit/page/{about.pk}/")
    if username == "quantri2":
        paths += ["/admin/locales/", "/admin/users/"]
    return paths


def test_no_admin_screen_of_any_role_fetches_from_another_host(staff):
    checked = 0
    for username in staff:
        client = signed_in(Client, A_HOST, username)
        for path in screens(username):
            response = client.get(path, HTTP_HOST=A_HOST)
            assert response.status_code == 200, (username, path, response.status_code)
            html = response.content.decode()
            assert "gravatar" not in html.lower(), (username, path)
            assert foreign(fetched_urls(html), A_HOST) == [], (username, path)
            pictures = JSON_PICTURE.findall(json_blobs(html))
            assert pictures, (username, path)
            assert foreign(pictures, A_HOST) == [], (username, path)
            for link in FONT_LINKS:
                assert link in html, (username, path, link)
            checked += 1
    assert checked >= 36


def test_the_sign_in_page_links_the_fonts_too(client):
    response = client.get("/admin/login/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    html = response.text
    for link in FONT_LINKS:
        assert link in html
    assert foreign(fetched_urls(html), A_HOST) == []


def test_the_admin_s_font_files_are_the_project_s_own():
    static = Path(settings.BASE_DIR) / "static" / "css"
    for name in ("fonts.css", "admin-fonts.css"):
        css = (static / name).read_text(encoding="utf-8")
        urls = CSS_URL.findall(css)
        assert urls, name
        for url in urls:
            assert not urlsplit(url).netloc, (name, url)
            assert (static / url).resolve().is_file(), (name, url)
    # Khmer and Chinese come first in the admin's font stack, and the
    # families it names are declared by these two files.
    admin_css = (static / "admin-fonts.css").read_text(encoding="utf-8")
    stack = re.search(r"--w-font-sans:\s*([^;]+);", admin_css)[1]
    families = [family.strip().strip('"') for family in stack.split(",")]
    assert families[:2] == ["Noto Sans Khmer", "Chinese language names"]
    assert "Noto Sans SC" in families
    fonts_css = (static / "fonts.css").read_text(encoding="utf-8")
    for family in ("Noto Sans Khmer", "Noto Sans SC"):
        assert f'font-family: "{family}";' in fonts_css
    assert 'font-family: "Chinese language names";' in admin_css


def test_avatars_are_the_portal_s_own_files(staff):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    with inside("sotttt"):
        user = get_user_model().objects.get(username="truongban")
        profile = UserProfile.get_for_user(user)
        profile.avatar = _png()
        profile.save()
        uploaded = profile.avatar.url
    assert uploaded.startswith("/media/sotttt/avatar_images/")

    head = signed_in(Client, A_HOST, "truongban")
    dashboard = head.get("/admin/", HTTP_HOST=A_HOST)
    assert dashboard.status_code == 200
    assert uploaded in dashboard.content.decode()
    picture = head.get(uploaded, HTTP_HOST=A_HOST)
    assert picture.status_code == 200
    assert b"".join(picture.streaming_content).startswith(b"\x89PNG")

    # Someone without a picture gets Wagtail's default one, from /static/.
    editor = signed_in(Client, A_HOST, "bientap")
    html = editor.get("/admin/account/", HTTP_HOST=A_HOST).content.decode()
    assert "/static/wagtailadmin/images/default-user-avatar" in html

    # Staff pictures are not public, and not another portal's business.
    assert Client().get(uploaded, HTTP_HOST=A_HOST).status_code == 404
    make_staff("soyte", "truongban_b", roles.HEAD)
    other = signed_in(Client, B_HOST, "truongban_b")
    assert other.get(uploaded, HTTP_HOST=B_HOST).status_code == 404
    assert other.get(uploaded, HTTP_HOST=A_HOST).status_code == 404
