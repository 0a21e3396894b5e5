"""A Content-Security-Policy on every response; nothing inline on public pages.

Public pages and the console forbid inline scripts and styles (an injected
``<script>`` cannot run); Wagtail's admin gets its own, relaxed policy and
still works.
"""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest
from django.conf import settings

from editorial import roles
from home.models import NewsIndexPage, NewsPage
from tests.portals import A_HOST, CONSOLE_HOST, PROVINCE_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db

HEADER = "Content-Security-Policy"


class InlineFinder(HTMLParser):
    """Collects what a strict policy would block: inline scripts, <style>,
    style= attributes and on...= event handlers."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = {name for name, _value in attrs}
        if tag == "script" and "src" not in names:
            kind = dict(attrs).get("type") or ""
            if kind not in {"application/json", "application/ld+json"}:
                self.found.append(f"<script> without src ({self.getpos()})")
        if tag == "style":
            self.found.append(f"<style> ({self.getpos()})")
        for name in names:
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}=> ({self.getpos()})")


def inline_code(html: str) -> list[str]:
    finder = InlineFinder()
    finder.feed(html)
    return finder.found


def directives(response) -> dict[str, list[str]]:
    header = response[HEADER]
    result = {}
    for part in header.split(";"):
        name, *values = part.split()
        result[name] = values
    return result


def assert_strict(response):
    policy = directives(response)
    assert "'unsafe-inline'" not in response[HEADER]
    assert "'unsafe-eval'" not in response[HEADER]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert response["Referrer-Policy"] == "same-origin"


@pytest.fixture
def news():
    with inside("sotttt"):
        index = NewsIndexPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
        page = index.add_child(
            instance=NewsPage(
                title="Hội nghị chuyển đổi số",
                slug="hoi-nghi-chuyen-doi-so",
                date=date(2026, 11, 20),
                summary="Tóm tắt hội nghị",
                body=[("paragraph", "<p>Nội dung <b>hội nghị</b>.</p>")],
            )
        )
        return page.url_path.replace("/trang-chu", "")


PUBLIC = [
    (A_HOST, "/", 200),
    (A_HOST, "/gioi-thieu/", 200),
    (A_HOST, "/tin-tuc-su-kien/", 200),
    (A_HOST, "/van-ban/", 200),
    (A_HOST, "/hoi-dap/", 200),
    (A_HOST, "/hoi-dap/gui-cau-hoi/", 200),
    (A_HOST, "/gui-thong-tin/", 200),
    (A_HOST, "/khong-co-trang-nay/", 404),
    (PROVINCE_HOST, "/", 200),
    (CONSOLE_HOST, "/dang-nhap/", 200),
    (f"khong-co-cong.{settings.PORTAL_BASE_DOMAIN}", "/", 404),
]


@pytest.mark.parametrize(("host", "path", "status"), PUBLIC)
def test_public_pages_forbid_inline_code_and_have_none(client, host, path, status):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == status
    assert_strict(response)
    assert inline_code(response.text) == []


def test_a_news_page_with_rich_text_has_no_inline_code(client, news):
    response = client.get(news, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "Hội nghị chuyển đổi số" in response.text
    assert_strict(response)
    assert inline_code(response.text) == []


def test_the_console_s_pages_are_strict_too(client):
    response = client.get("/", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 302  # to the sign-in page
    assert_strict(response)


def test_the_admin_gets_its_own_policy_and_still_works(client_class):
    login = client_class().get("/admin/login/", HTTP_HOST=A_HOST)
    assert login.status_code == 200
    assert "'unsafe-inline'" in directives(login)["script-src"]

    make_staff("sotttt", "bientap", roles.EDITOR)
    staff = signed_in(client_class, A_HOST, "bientap")
    dashboard = staff.get("/admin/", HTTP_HOST=A_HOST)
    assert dashboard.status_code == 200
    assert 'id="wagtail-sidebar"' in dashboard.text
    policy = directives(dashboard)
    assert policy["default-src"] == ["'self'"]
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # page previews
    # Only the admin: a public page on the same host stays strict.
    assert_strict(staff.get("/", HTTP_HOST=A_HOST))
