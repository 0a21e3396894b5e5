"""The main menu as the server sends it: a menu button for phones whose
list is in the page in full, so a reader without JavaScript still has every
section; the button's script comes from the portal itself, on every kind of
public page and in every language. (How it behaves on a phone is in
tests/test_browser_phone.py.)"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from home import languages
from tests.portals import A_HOST, home_page, inside

pytestmark = pytest.mark.django_db

TOGGLE = (
    '<button type="button" class="main-nav__toggle" aria-expanded="false"'
    ' aria-controls="main-nav-list" hidden>'
)
SCRIPT = '<script src="/static/js/menu.js"></script>'

#: One page of each kind a citizen opens (the test portals have no news or
#: documents yet: their lists and the forms are enough for the markup).
PAGES = [
    "/",
    "/gioi-thieu/",
    "/tin-tuc-su-kien/",
    "/van-ban/",
    "/hoi-dap/",
    "/hoi-dap/gui-cau-hoi/",
    "/hoi-dap/tra-cuu/",
    "/gui-thong-tin/",
]


class MenuList(HTMLParser):
    """The hrefs of the links inside the element with id ``main-nav-list``."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += tag == "ul"
            if tag == "a":
                self.hrefs.append(attrs.get("href"))
        elif attrs.get("id") == "main-nav-list":
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and tag == "ul":
            self.depth -= 1


def menu_links(html: str) -> list[str]:
    parser = MenuList()
    parser.feed(html)
    return parser.hrefs


def test_the_menu_button_controls_a_list_that_holds_every_section(client):
    response = client.get("/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    html = response.text
    # A real button, named, collapsed, pointing at the list it opens; hidden
    # until the script has run, so without JavaScript nothing is hidden.
    assert TOGGLE in html
    button = html.split(TOGGLE)[1].split("</button>")[0]
    assert re.search(r"<span>Chuyên mục</span>", button)
    assert 'aria-hidden="true"' in button  # the icon is not read out
    with inside("sotttt"):
        sections = [
            page.url for page in home_page("sotttt").get_children().live().in_menu()
        ]
    assert len(sections) >= 9
    assert menu_links(html) == ["/", *sections]
    # The script is the portal's own file, loaded in <head> (before the first
    # paint: the list does not flash open), nothing inline.
    head = html.split("</head>")[0]
    assert SCRIPT in head


@pytest.mark.parametrize("path", PAGES)
def test_every_kind_of_public_page_has_the_menu_button(client, path):
    response = client.get(path, HTTP_HOST=A_HOST)
    assert response.status_code == 200, path
    html = response.text
    assert TOGGLE in html
    assert SCRIPT in html.split("</head>")[0]
    assert len(menu_links(html)) >= 10


@pytest.mark.parametrize(
    ("code", "label"),
    [("en", "Sections"), ("fr", "Rubriques"), ("km", "ផ្នែក"), ("zh-hans", "栏目")],
)
def test_the_menu_button_speaks_the_page_s_language(client, code, label):
    with inside("sotttt"):
        languages.enable(code)
    response = client.get(f"/{code}/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    html = response.text
    assert TOGGLE in html
    button = html.split(TOGGLE)[1].split("</button>")[0]
    assert f"<span>{label}</span>" in button
    assert SCRIPT in html.split("</head>")[0]
    if code in ("km", "zh-hans"):
        # Its label in Khmer or Chinese is drawn with the portal's fonts.
        assert '<link rel="stylesheet" href="/static/css/fonts.css">' in html
