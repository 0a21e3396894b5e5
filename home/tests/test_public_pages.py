"""The public sites of two portals, by host, as a citizen sees them."""

import re
from datetime import date, timedelta

import pytest
from django.conf import settings
from django.utils.html import escape

from home.models import NewsIndexPage, NewsPage
from tests.portals import A_HOST, B_HOST, PROVINCE_HOST, home_page, inside
from vietnamese import slugify

pytestmark = pytest.mark.django_db


def add_news(code, count, prefix="Tin"):
    with inside(code):
        index = NewsIndexPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
        for i in range(count):
            index.add_child(
                instance=NewsPage(
                    title=f"{prefix} số {i + 1}",
                    slug=slugify(f"{prefix} {i + 1}"),
                    date=date(2026, 1, 1) + timedelta(days=i),
                    summary=f"Tóm tắt {prefix} {i + 1}",
                )
            )


class TestHomePages:
    def test_each_host_serves_its_own_agency(self, client):
        a = client.get("/", HTTP_HOST=A_HOST)
        b = client.get("/", HTTP_HOST=B_HOST)
        assert a.status_code == b.status_code == 200
        assert "Sở Thông tin và Truyền thông" in a.text
        assert "Sở Y tế" not in a.text.split("<main")[0]
        assert "Sở Y tế" in b.text

    def test_page_is_vietnamese_accessible_and_local(self, client):
        html = client.get("/", HTTP_HOST=A_HOST).text
        assert '<html lang="vi">' in html
        assert 'name="viewport"' in html
        assert 'class="skip-link" href="#noi-dung"' in html
        assert '<main id="noi-dung"' in html
        assert '<nav class="main-nav" aria-label="Chuyên mục chính">' in html
        # Every asset from the project itself: no CDN, no web font service.
        for url in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert not url.startswith(("http://", "https://", "//")) or A_HOST in url, (
                url
            )

    def test_navigation_lists_the_mandatory_sections(self, client):
        html = client.get("/", HTTP_HOST=A_HOST).text
        for title, href in [
            ("Giới thiệu", "/gioi-thieu/"),
            ("Tin tức – Sự kiện", "/tin-tuc-su-kien/"),
            ("Văn bản quy phạm pháp luật", "/van-ban/"),
            ("Thủ tục hành chính – Dịch vụ công trực tuyến", "/dich-vu-cong/"),
            ("Trao đổi – Hỏi đáp", "/hoi-dap/"),
        ]:
            assert f'<a href="{href}">{escape(title)}</a>' in html

    def test_footer_shows_the_agency_contacts(self, client):
        html = client.get("/", HTTP_HOST=B_HOST).text
        footer = html.split('<footer class="site-footer">')[1]
        assert "Địa chỉ thử b, tỉnh An Giang" in footer
        assert 'href="mailto:b@angiang.gov.vn"' in footer
        assert 'href="tel:02963852000"' in footer

    def test_province_lists_the_component_portals(self, client):
        html = client.get("/", HTTP_HOST=PROVINCE_HOST).text
        assert "Các cổng thông tin thành phần" in html
        assert f'href="http://{A_HOST}:8000/">Sở Thông tin và Truyền thông</a>' in html
        assert f'href="http://{B_HOST}:8000/">Sở Y tế</a>' in html
        department_html = client.get("/", HTTP_HOST=A_HOST).text
        assert "Các cổng thông tin thành phần" not in department_html


class TestSectionsAndNews:
    def test_section_page_has_breadcrumbs(self, client):
        response = client.get("/gioi-thieu/", HTTP_HOST=A_HOST)
        assert response.status_code == 200
        html = response.text
        assert '<nav class="breadcrumbs" aria-label="Đường dẫn">' in html
        assert '<a href="/">Trang chủ</a>' in html
        assert '<span aria-current="page">Giới thiệu</span>' in html
        assert "<h1>Giới thiệu</h1>" in html

    def test_news_list_is_paginated_newest_first(self, client):
        add_news("sotttt", 12)
        first = client.get("/tin-tuc-su-kien/", HTTP_HOST=A_HOST).text
        assert first.index("Tin số 12") < first.index("Tin số 11")
        assert "Tin số 2<" not in first  # the 11th and 12th oldest are on page 2
        assert 'href="?page=2" rel="next"' in first
        second = client.get("/tin-tuc-su-kien/?page=2", HTTP_HOST=A_HOST).text
        assert "Tin số 2<" in second and "Tin số 1<" in second
        assert '<span aria-current="page">2</span>' in second
        # Under the page's h1, each card's title is an h2 (heading order, WCAG 1.3.1).
        assert '<h2 class="card__title">' in first and "<h3" not in first
        # Out of range and junk page numbers do not fail.
        assert (
            client.get("/tin-tuc-su-kien/?page=99", HTTP_HOST=A_HOST).status_code == 200
        )
        assert (
            client.get("/tin-tuc-su-kien/?page=x", HTTP_HOST=A_HOST).status_code == 200
        )

    def test_news_page_on_its_portal(self, client):
        add_news("sotttt", 1, prefix="Hội nghị")
        response = client.get("/tin-tuc-su-kien/hoi-nghi-1/", HTTP_HOST=A_HOST)
        assert response.status_code == 200
        assert "<h1>Hội nghị số 1</h1>" in response.text


class TestNotFound:
    def test_unknown_host_gets_a_clear_404(self, client):
        response = client.get("/", HTTP_HOST="soxyz.angiang.localhost")
        assert response.status_code == 404
        assert "Không có cổng thông tin tại địa chỉ này" in response.text
        # No agency's site is shown in its place.
        assert '<span class="brand__name">Tỉnh An Giang</span>' in response.text
        assert "Chuyên mục chính" not in response.text

    def test_unknown_path_on_a_portal(self, client):
        response = client.get("/khong-co-trang-nay/", HTTP_HOST=A_HOST)
        assert response.status_code == 404
        assert "Không tìm thấy trang" in response.text

    def test_home_page_fixture_is_the_site_root(self):
        assert home_page("sotttt").title == "Sở Thông tin và Truyền thông"
