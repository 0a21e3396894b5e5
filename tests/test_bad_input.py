"""No input makes a 500: every public page, admin list and console page of a
portal, asked with a corpus of bad values.

The walker discovers what to ask: the portal's live pages, the parameter names
of each page's forms (every ``name="…"`` in its HTML) and the admin's own menu
(the sidebar's props), plus the parameter names the project's views read. Each
URL is asked once per bad value with every name set to it, by GET, and forms
by POST; a 5xx, or the script text reflected unescaped, is a failure listed
with its URL and value. The Django test client runs in process, with
``raise_request_exception=False`` so a 500 is a status to report.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.documents_factory import add_document
from tests.portals import A_HOST, CONSOLE_HOST, PROVINCE_HOST, inside

pytestmark = pytest.mark.django_db

PASSWORD = "Kiem-Tra-Dau-Vao-2026"
SCRIPT = "<script>alert(1)</script>"

#: Parameter names the project's views and Wagtail's listings read.
KNOWN = [
    "q",
    "page",
    "p",
    "ordering",
    "nam",
    "ma",
    "loai",
    "linh_vuc",
    "co_quan",
    "hieu_luc",
    "trang_thai",
    "chuyen_muc",
    "target",
    "dinh_dang",
    "locale",
    "content_type",
    "muc",
]

#: Values percent-encoded by the walker.
VALUES = [
    "\x00",
    "abc\x00def",
    str(10**30),
    "-1",
    "0",
    "10000",
    "²",
    "٣",
    "2024-02-30",
    "[" * 2000,  # a GET is never decoded; deep_json_post sends 100 000
    "' OR 1=1 --",
    SCRIPT,
    "x" * 5000,
    "9" * 5000,
    "1e30",
]
#: Raw query-string text: invalid UTF-8 percent-encodings.
RAW = ["%ff%fe", "%c3%28%ed%a0%80"]

#: Admin listings are slower to render: a shorter corpus covering every kind.
ADMIN_VALUES = [
    "\x00",
    str(10**30),
    "-1",
    "²",
    "2024-02-30",
    "[" * 2000,
    "' OR 1=1 --",
    SCRIPT,
    "9" * 5000,
]

#: Odd paths under every portal (NUL, invalid UTF-8, huge ids, long segments).
ODD_PATHS = [
    "/van-ban/%00/",
    "/%ff%fe/",
    "/hoi-dap/" + "a" * 3000 + "/",
    "/media/%00",
    "/documents/%00/x.pdf",
    "/documents/99999999999999999999999/x.pdf",
    "/admin/pages/99999999999999999999999/",
    "/admin/pages/%00/",
    "/admin/hoi-dap/99999999999999999999999/",
]

#: Deeply nested JSON-looking text with an escaped letter (the NFC middleware
#: decodes a value only when it holds a ``\\u`` escape).
DEEP_JSON = [
    "[" * 100_000 + '"Vi\\u1ec7t"' + "]" * 100_000,
    '{"a":' * 50_000 + '"\\u00e9"' + "}" * 50_000,
    "[" * 100_000 + "\\u0041",
]

NAME = re.compile(r'\bname="([^"]+)"')


def names_in(html: str) -> list[str]:
    found = {n for n in NAME.findall(html) if n != "csrfmiddlewaretoken"}
    return sorted(found | set(KNOWN))


def spread(names, values):
    """One request per value; in request k, name i gets value k + i (a Latin
    square): every name meets every value, and no request carries a long value
    in every name. A value with NUL is refused whole (400), which would hide
    the other names' values: it gets requests of its own, in every name."""
    plain = [v for v in values if "\x00" not in v]
    for k, value in enumerate(plain):
        yield value, {n: plain[(k + i) % len(plain)] for i, n in enumerate(names)}
    for value in values:
        if "\x00" in value:
            yield value, dict.fromkeys(names, value)


def queries(names, values=VALUES, raw=RAW):
    for value, data in spread(names, values):
        yield value, "&".join(f"{quote(n)}={quote(v)}" for n, v in data.items())
    for text in raw:
        yield text, "&".join(f"{quote(n)}={text}" for n in names)


class Walker:
    """Asks URLs with bad values and collects what went wrong."""

    def __init__(self, client, host):
        self.client = client
        self.host = host
        self.failures: list[str] = []
        self.asked = 0

    def _check(self, method, url, value, response):
        self.asked += 1
        # The request's text, cut: which names carried which values.
        where = f"{method} {self.host}{url[:300]} (round of {value[:30]!r})"
        if response.status_code >= 500:
            self.failures.append(f"{response.status_code}: {where}")
        elif SCRIPT in response.content.decode(errors="replace"):
            self.failures.append(f"script reflected: {where}")

    def baseline(self, url) -> str:
        """The page as it is, which must answer 200 (else we walk an error page)."""
        response = self.client.get(url, HTTP_HOST=self.host)
        assert response.status_code == 200, f"{self.host}{url}: {response.status_code}"
        return response.content.decode()

    def get(self, url, values=VALUES, names=None):
        names = names or names_in(self.baseline(url))
        for value, query in queries(names, values):
            response = self.client.get(f"{url}?{query}", HTTP_HOST=self.host)
            self._check("GET", f"{url}?{query}", value, response)

    def post(self, url, values=VALUES, names=None):
        names = names or names_in(self.baseline(url))
        for value, data in spread(names, values):
            response = self.client.post(url, data, HTTP_HOST=self.host)
            self._check("POST", f"{url} {data!r}", value, response)

    def deep_json_post(self, url):
        """A field of deeply nested JSON-looking text, any URL (decoded by the
        NFC middleware before CSRF and the view)."""
        for value in DEEP_JSON:
            response = self.client.post(url, {"body": value}, HTTP_HOST=self.host)
            self._check("POST", url, value, response)

    def path(self, path):
        response = self.client.get(path, HTTP_HOST=self.host)
        self._check("GET", path, "", response)

    def assert_clean(self):
        assert not self.failures, f"{len(self.failures)} of {self.asked}:\n" + (
            "\n".join(self.failures[:60])
        )


def client():
    return Client(raise_request_exception=False)


@pytest.fixture
def content():
    """One of each kind of page on portal A, and a question to look up."""
    from home.models import NewsIndexPage, NewsPage
    from qa.models import FIELD_CHOICES, Question
    from qa.pages import QAIndexPage, QAPage

    with inside("sotttt"):
        document = add_document("03/2017/QĐ-UBND", "Quy chế quản lý Cổng thông tin")
        news = NewsIndexPage.objects.get(locale__language_code="vi").add_child(
            instance=NewsPage(
                title="Tin thử", slug="tin-thu", date=date(2026, 1, 5), summary="Tóm"
            )
        )
        qa = QAIndexPage.objects.get(locale__language_code="vi").add_child(
            instance=QAPage(
                title="Hỏi về thủ tục",
                question_text="Xin hỏi thủ tục?",
                field=FIELD_CHOICES[0][0],
                answer="Trả lời.",
                asked_on=date(2026, 1, 2),
                answered_on=date(2026, 1, 3),
            )
        )
        question = Question.objects.create(
            name="Nguyễn Văn A",
            email="a@example.vn",
            title="Câu hỏi",
            question="Nội dung câu hỏi đủ dài để hợp lệ.",
            field="khac",
            consent_at=date(2026, 1, 1),
        )
        return {"document": document, "news": news, "qa": qa, "question": question}


def public_urls() -> list[str]:
    """One live page of each type on portal A (home, a section, the lists and
    their items, the register and a document): pages of one type run the same
    code, and the 2 cores of CI are shared."""
    from wagtail.models import Page

    with inside("sotttt"):
        pages = Page.objects.live().filter(depth__gt=1, locale__language_code="vi")
        by_type = {}
        for page in pages.order_by("path").specific():
            by_type.setdefault(type(page), page.get_url())
        return sorted(by_type.values())


def superuser(code, username="sieuquantri"):
    with inside(code):
        return get_user_model().objects.create_superuser(
            username,
            email=f"{username}@{code}.angiang.gov.vn",
            password=PASSWORD,
            full_name="Siêu quản trị",
            decision_number="9/QĐ-UBND",
        )


def signed_in(host, login="/admin/login/", username="sieuquantri"):
    c = client()
    response = c.post(
        login, {"username": username, "password": PASSWORD}, HTTP_HOST=host
    )
    assert response.status_code == 302, response.content.decode()[:300]
    return c


def admin_menu_urls(html: str) -> list[str]:
    """The admin's menu, as the sidebar gets it (a JSON blob in the page)."""
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    assert props, "the admin's sidebar props are not in the page"
    found = re.findall(r'"url": "(/admin/[^"]*)"', props.group(1))
    assert found, props.group(1)[:500]
    return sorted(set(found))


def test_public_pages_of_a_portal(content):
    urls = public_urls()
    assert {"/", "/van-ban/", "/hoi-dap/", "/tin-tuc-su-kien/"} <= set(urls), urls
    assert len(urls) >= 8, urls
    walker = Walker(client(), A_HOST)
    for url in urls:
        walker.get(url)
    for url in ("/hoi-dap/gui-cau-hoi/", "/gui-thong-tin/"):
        walker.get(url)
        walker.post(url)
    walker.get("/hoi-dap/tra-cuu/", names=KNOWN)
    walker.get("/tim-kiem/", names=KNOWN)  # the portal's search (issue 14)
    walker.post("/hoi-dap/tra-cuu/", names=["ma", "erase"])
    for url in ("/", "/van-ban/", "/hoi-dap/tra-cuu/", "/gui-thong-tin/"):
        walker.deep_json_post(url)
    for path in ODD_PATHS:
        walker.path(path)
    walker.assert_clean()


def test_aggregated_pages_of_the_province(content):
    """The province's pages over every portal (issue 13), with each filter's
    parameter given every bad value, and the page number too."""
    walker = Walker(client(), PROVINCE_HOST)
    for url in (
        "/",
        "/tong-hop/tin-tuc/",
        "/tong-hop/dich-vu-cong/",
        "/tong-hop/van-ban/",
        "/tong-hop/hoi-dap/",
    ):
        walker.get(url)
        walker.get(url, names=["page"])
    # The province-wide search (issue 14.2), each of its parameters.
    walker.get("/tong-hop/tim-kiem/", names=["q", "loai", "muc", "co_quan", "page"])
    walker.assert_clean()


@pytest.fixture
def admin_a(content):
    superuser("sotttt")
    return signed_in(A_HOST)


def test_admin_lists_of_a_portal(admin_a):
    dashboard = admin_a.get("/admin/", HTTP_HOST=A_HOST)
    assert dashboard.status_code == 200
    urls = set(admin_menu_urls(dashboard.content.decode()))
    # The project's own pages and Wagtail's lists not all in the menu.
    urls |= {
        "/admin/hang-doi-duyet/",
        "/admin/thong-tin-gui-den/",
        "/admin/hoi-dap/",
        "/admin/van-ban-den/",
        "/admin/ban-dich/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/documents/",
        "/admin/images/",
        "/admin/snippets/",
        "/admin/pages/search/",
        "/admin/reports/site-history/",
    }
    with inside("sotttt"):
        from wagtail.models import Site

        home = Site.objects.get(is_default_site=True).root_page_id
    urls |= {f"/admin/pages/{home}/", "/admin/pages/"}
    walker = Walker(admin_a, A_HOST)
    for url in sorted(urls):
        if url in ("/admin/logout/",) or "/logout" in url:
            continue
        response = admin_a.get(url, HTTP_HOST=A_HOST)
        if response.status_code in (301, 302):
            continue  # a menu entry that only redirects (e.g. to the user's page)
        names = names_in(walker.baseline(url))
        walker.get(url, values=ADMIN_VALUES, names=names)
    walker.post("/admin/van-ban-den/", values=ADMIN_VALUES, names=["target"])
    walker.get("/admin/van-ban-den/", values=ADMIN_VALUES, names=["target"])
    for url in ("/admin/", "/admin/hang-doi-duyet/"):
        walker.deep_json_post(url)
    walker.assert_clean()


MEDIA_LISTS = ("/admin/documents/", "/admin/images/")


def test_admin_media_search_with_the_usage_count_filter(admin_a):
    """Wagtail 8 alone answers 500 here (modelsearch cannot filter on the
    annotated count): aggov.media_search searches the filtered ids instead."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    with inside("sotttt"):
        get_document_model().objects.create(
            title="Quy chế tiếp công dân", file=ContentFile(b"%PDF-1.4", name="qc.pdf")
        )
    walker = Walker(admin_a, A_HOST)
    for url in MEDIA_LISTS:
        walker.path(f"{url}?q=quy&usage_count_min=1")
        walker.path(f"{url}?q=quy&usage_count_max=0")
    walker.assert_clean()
    unused = admin_a.get("/admin/documents/?q=quy&usage_count_max=0", HTTP_HOST=A_HOST)
    assert unused.status_code == 200 and "Quy chế tiếp công dân" in unused.text
    used = admin_a.get("/admin/documents/?q=quy&usage_count_min=1", HTTP_HOST=A_HOST)
    assert used.status_code == 200 and "Quy chế tiếp công dân" not in used.text


def test_a_number_longer_than_python_converts_gets_the_400_page(admin_a):
    """Wagtail's media lists were a 500 on ``usage_count_max`` of 5,000 nines
    (with a search and a page): no view sees such a number now."""
    nines = "9" * 5000
    url = f"/admin/documents/?q=quy&p=-1&usage_count_max={nines}"
    response = admin_a.get(url, HTTP_HOST=A_HOST)
    assert response.status_code == 400 and "Yêu cầu không hợp lệ" in response.text
    public = Client().get(f"/van-ban/?nam={nines}", HTTP_HOST=A_HOST)
    assert public.status_code == 400
    assert (
        Client().get(f"/van-ban/?nam={'9' * 4000}", HTTP_HOST=A_HOST).status_code == 200
    )


def test_admin_lists_of_the_province():
    superuser("angiang")
    walker = Walker(signed_in(PROVINCE_HOST), PROVINCE_HOST)
    walker.get("/admin/van-ban-di/", values=ADMIN_VALUES)
    walker.post("/admin/van-ban-di/", values=ADMIN_VALUES)
    walker.assert_clean()


def test_console_pages():
    get_user_model().objects.create_superuser(
        "vanhanh", email="vanhanh@stttt.angiang.gov.vn", password=PASSWORD
    )
    console = signed_in(CONSOLE_HOST, login="/dang-nhap/", username="vanhanh")
    walker = Walker(console, CONSOLE_HOST)
    pages = [
        "/",
        "/cong-moi/",
        "/suc-khoe/",
        "/cong/sotttt/",
        "/tai-khoan/",
        "/loai-co-quan/",
        "/loai-co-quan/moi/",
        "/bang-theo-doi/",
        "/lich-lam-viec/",
    ]
    for url in pages:
        walker.get(url, values=ADMIN_VALUES)
    for url in ("/cong-moi/", "/loai-co-quan/moi/", "/lich-lam-viec/"):
        walker.post(url, values=ADMIN_VALUES)
    for action in ("save", "move", "language"):
        names = names_in(walker.baseline("/cong/sotttt/")) + [action]
        walker.post("/cong/sotttt/", values=ADMIN_VALUES, names=names)
    walker.deep_json_post("/cong-moi/")
    for path in (
        "/cong/%00/",
        "/loai-co-quan/%ff/",
        "/lich-lam-viec/999999999999999999999/xoa/",
    ):
        walker.path(path)
    walker.assert_clean()


# What a person sees for the cases of the issue, one by one -------------------


def test_nul_gets_a_400_page_in_vietnamese_on_a_portal_and_the_console():
    for host, path in ((A_HOST, "/van-ban/?q=%00"), (CONSOLE_HOST, "/?x=%00")):
        response = client().get(path, HTTP_HOST=host)
        assert response.status_code == 400, (host, response.status_code)
        assert "Yêu cầu không hợp lệ" in response.content.decode()
    posted = client().post("/hoi-dap/tra-cuu/", {"ma": "AB\x00"}, HTTP_HOST=A_HOST)
    assert posted.status_code == 400


def test_a_bad_year_on_the_register_is_a_form_error_and_the_list_stays(content):
    for year in ("10000", "0", "²"):
        response = client().get(f"/van-ban/?nam={quote(year)}", HTTP_HOST=A_HOST)
        assert response.status_code == 200, (year, response.status_code)
        html = response.content.decode()
        assert "Một số điều kiện lọc không hợp lệ" in html, year
        assert "03/2017/QĐ-UBND" in html  # the filter is ignored, not the list
    good = client().get("/van-ban/?nam=2017", HTTP_HOST=A_HOST).content.decode()
    assert "03/2017/QĐ-UBND" in good and "không hợp lệ" not in good


def test_deeply_nested_json_text_is_stored_as_sent_not_a_500(content):
    """The NFC middleware leaves a too-deep value undecoded; the form then
    judges it like any text (here the status lookup finds no such code)."""
    for value in DEEP_JSON:
        response = client().post("/gui-thong-tin/", {"body": value}, HTTP_HOST=A_HOST)
        assert response.status_code < 500, response.status_code


def test_received_documents_with_a_target_that_is_not_a_number(admin_a):
    response = admin_a.post("/admin/van-ban-den/", {"target": "abc"}, HTTP_HOST=A_HOST)
    assert response.status_code == 404
    listing = admin_a.get("/admin/van-ban-den/?target=abc", HTTP_HOST=A_HOST)
    assert listing.status_code == 200
