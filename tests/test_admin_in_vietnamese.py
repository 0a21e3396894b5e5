"""No English left in the admin screens the board, editors and translators use
(issue 11.3).

Signed in as each role, the test opens the screens that role works in and
collects what a user reads or hears: the text nodes of the page, the
user-facing attributes (``title``, ``aria-label``, ``placeholder``, ``alt``,
the ``value`` of buttons) and the labels of the sidebar menu (rendered by
JavaScript from the ``wagtail-sidebar-props`` JSON). A string fails when

1. it is one of the English msgids of Wagtail's and wagtail-localize's
   catalogues (``locale/en``, django and djangojs), format strings matched as
   patterns (``%(title)s``, ``%s``, ``{name}`` stand for any text); or
2. it is otherwise plain English: it has no letter outside ASCII (every
   Vietnamese sentence of the admin has a diacritic somewhere) and contains a
   word of the admin's English vocabulary (the words, three letters or more, of
   those msgids), all its words of three letters or more are of that
   vocabulary. Data the staff typed (slugs, user names) and Vietnamese written
   without diacritics ("Trang web") are ASCII too, but not made of English words.

What may stay is short and listed in ``ALLOWED``: abbreviations Vietnamese
uses as they are, and proper names; the names of the languages
(``settings.LANGUAGES``) are taken out of a string before it is read. Text marked ``lang="en"`` (the portal's
bilingual lines) and the content of ``<script>``/``<style>`` are not the
interface. Strings rendered only in the browser (the translation editor, a
React app) are checked by ``tests/test_browser_admin_in_vietnamese.py``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.apps import apps

from editorial import roles
from home import languages
from home.models import Announcement, SectionPage
from tests.portals import A_HOST, inside
from tests.staff import signed_in_team

pytestmark = pytest.mark.django_db

#: What may appear as it is, with why.
ALLOWED = {
    # Abbreviations and technical words Vietnamese staff use untranslated.
    "URL",
    "ID",
    "Email",
    "email",
    "SEO",
    "HTML",
    "PDF",
    "CSV",
    "JSON",
    "API",
    "PO",
    "XLSX",
    "OK",
    "UTC",  # time zones keep their IANA names (America/New_York …)
    # Proper names: the software, a language's own name in the switcher.
    "Wagtail",
    "aggov",
    "English",
    # Key names of keyboard shortcuts, as printed on the keys.
    "Ctrl",
    "Alt",
    "Shift",
    "Cmd",
}
#: Not text: Wagtail's side-panel counter renders a Python None in a hidden
#: element, until a script writes the count there.
NOT_TEXT = {"None"}
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
#: Format placeholders of gettext strings: %(name)s, %s, %d, {name}, {0}.
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{[^{}]*\}")


def _english_entries():
    for config in apps.get_app_configs():
        if not config.name.startswith("wagtail"):
            continue
        folder = Path(config.path) / "locale" / "en" / "LC_MESSAGES"
        for domain in ("django", "djangojs"):
            path = folder / f"{domain}.po"
            if path.exists():
                for entry in polib.pofile(str(path)):
                    if not entry.obsolete and entry.msgid:
                        yield entry.msgid
                        if entry.msgid_plural:
                            yield entry.msgid_plural


def _normal(text: str) -> str:
    return " ".join(text.split())


@cache
def catalogue():
    """(exact msgids, patterns of format msgids, English vocabulary)."""
    exact, patterns, words = set(), [], set()
    for msgid in _english_entries():
        plain = _normal(re.sub(r"<[^>]+>", " ", msgid))
        if not re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", plain)):
            continue
        words.update(
            w.lower() for w in re.findall(r"[A-Za-z]{3,}", PLACEHOLDER.sub(" ", plain))
        )
        if PLACEHOLDER.search(plain):
            parts = PLACEHOLDER.split(plain)
            if sum(len(p.strip()) for p in parts) >= 4:
                patterns.append("(?:" + ".+?".join(re.escape(p) for p in parts) + ")")
        else:
            exact.add(plain)
    words -= {w.lower() for w in ALLOWED}
    return exact, re.compile("^(?:" + "|".join(patterns) + ")$"), words


@cache
def language_names() -> list[str]:
    from django.conf import settings

    return sorted({name for _code, name in settings.LANGUAGES}, key=len, reverse=True)


def is_english(text: str) -> bool:
    text = _normal(text)
    if not text or text in ALLOWED or text in NOT_TEXT:
        return False
    exact, patterns, words = catalogue()
    if text in exact or patterns.match(text):
        return True
    # The names of languages are names ("Tiếng Việt", "English"): what is
    # left around them must not be English ("Tiếng Việt to English translation").
    for name in language_names():
        text = text.replace(name, " ")
    if any(c.isalpha() and not c.isascii() for c in text):
        return False
    tokens = [
        token
        for token in re.findall(r"[A-Za-z]+", text)
        if len(token) >= 3 and token not in ALLOWED
    ]
    # Every word English: "Moderators approval", "Sort by title"; not "Trang
    # web" (Vietnamese without diacritics) nor "America/Port_of_Spain".
    return bool(tokens) and all(token.lower() in words for token in tokens)


class _Reader(HTMLParser):
    """What a user reads or hears on a page."""

    SKIP = {"script", "style"}
    VOID = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr",
    }  # fmt: skip

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.found: list[str] = []
        self.json_script: list[str] | None = None

    def _skipped(self):
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        skipped = (
            self._skipped()
            or tag in self.SKIP
            or (attributes.get("lang") or "").startswith("en")
        )
        if tag == "script" and attributes.get("id") == "wagtail-sidebar-props":
            self.json_script = []
        if not skipped:
            for name in ATTRIBUTES:
                if attributes.get(name):
                    self.found.append(attributes[name])
            # An <input> button shows its value; a <button>'s is not shown.
            kind = (attributes.get("type") or "").lower()
            if tag == "input" and kind in ("submit", "button", "reset"):
                if attributes.get("value"):
                    self.found.append(attributes["value"])
        if tag not in self.VOID:
            self.stack.append((tag, skipped))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "script" and self.json_script is not None:
            self._sidebar(json.loads("".join(self.json_script)))
            self.json_script = None
        # Pop to the matching tag (HTML in the wild leaves some unclosed).
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.json_script is not None:
            self.json_script.append(data)
        elif not self._skipped() and data.strip():
            self.found.append(data)

    def _sidebar(self, props):
        """Menu labels of the sidebar (Telepath-packed: strings under "label",
        "name" is a technical key)."""
        if isinstance(props, dict):
            for key, value in props.items():
                if key in ("label", "title") and isinstance(value, str):
                    self.found.append(value)
                else:
                    self._sidebar(value)
        elif isinstance(props, list):
            for value in props:
                self._sidebar(value)


def english_on(client, url) -> list[str]:
    response = client.get(url, HTTP_HOST=A_HOST, follow=True)
    assert response.status_code == 200, (url, response.status_code)
    assert response.redirect_chain[-1:] != [("/admin/", 302)] or url == "/admin/", (
        f"{url}: not allowed for this role"
    )
    reader = _Reader()
    reader.feed(response.text)
    return sorted({_normal(text) for text in reader.found if is_english(text)})


# --- The screens each role uses ------------------------------------------


@pytest.fixture
def team(client_class):
    with inside("sotttt"):
        languages.enable("en")
    return signed_in_team(
        client_class,
        "sotttt",
        A_HOST,
        {
            "btv": (roles.EDITOR, "Huỳnh Ngọc Hân"),
            "thanhvien": (roles.MEMBER, "Phạm Thị Mai"),
            "truongban": (roles.HEAD, "Lê Thị Thu Trang"),
            "bientich": (roles.TRANSLATOR, "Trần Anh"),
        },
    )


def one_page_of_each_type():
    """{model name: page} of the portal's seeded tree (Vietnamese)."""
    from wagtail.models import Page

    found = {}
    with inside("sotttt"):
        for page in Page.objects.filter(depth__gte=2, locale__language_code="vi"):
            model = page.specific_class
            found.setdefault(
                model._meta.model_name, (model, page.pk, page.get_parent().pk)
            )
    return found


@pytest.fixture
def work(team):
    """A page at the board's first step, an announcement, an English
    translation started by the translator."""
    from editorial.tests.test_workflow import page_form
    from home.models import StandardPage
    from tests.test_translation import translate_into_english

    with inside("sotttt"):
        section = SectionPage.objects.get(
            slug="chi-dao-dieu-hanh", locale__language_code="vi"
        )
    response = team["btv"].post(
        f"/admin/pages/add/home/standardpage/{section.pk}/",
        page_form("Lịch công tác tuần", "lich-cong-tac-tuan", "action-submit"),
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 302
    with inside("sotttt"):
        page = StandardPage.objects.get(
            slug="lich-cong-tac-tuan", locale__language_code="vi"
        )
        assert page.workflow_in_progress
    with inside("sotttt"):
        notice = Announcement.objects.create(
            title="Lịch tiếp công dân", body="<p>Thứ Năm.</p>"
        )
        about = SectionPage.objects.get(slug="gioi-thieu", locale__language_code="vi")
    translate_into_english(team["bientich"], f"page/{about.pk}")
    with inside("sotttt"):
        english = about.get_translation(languages_locale("en"))
    return {"page": page, "notice": notice, "about": about, "english": english}


def languages_locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def editing_screens(work):
    page = work["page"]
    screens = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{page.get_parent().pk}/",
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/history/",
        f"/admin/pages/{page.pk}/workflow_history/",
        "/admin/pages/search/?q=lich",
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/documents/multiple/add/",
        "/admin/snippets/",
        "/admin/snippets/home/announcement/",
        "/admin/snippets/home/announcement/add/",
        f"/admin/snippets/home/announcement/edit/{work['notice'].pk}/",
        "/admin/account/",
    ]
    for model_name, (model, pk, _parent) in one_page_of_each_type().items():
        screens.append(f"/admin/pages/{pk}/edit/")
        for parent in model.allowed_parent_page_models():
            with inside("sotttt"):
                target = parent.objects.filter(locale__language_code="vi").first()
            if target is not None and model.can_create_at(target):
                screens.append(
                    f"/admin/pages/add/{model._meta.app_label}/{model_name}/{target.pk}/"
                )
                break
    return screens


def board_screens(work):
    return editing_screens(work) + [
        "/admin/hang-doi-duyet/",
        "/admin/thong-tin-gui-den/",
        "/admin/hoi-dap/",
        "/admin/reports/site-history/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/aging-pages/",
    ]


def translator_screens(work):
    return [
        "/admin/",
        "/admin/pages/",
        "/admin/ban-dich/",
        f"/admin/localize/submit/page/{work['about'].pk}/",
        f"/admin/pages/{work['english'].pk}/edit/",  # the translation editor
        "/admin/snippets/home/announcement/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/account/",
    ]


def english_left(client, screens) -> dict[str, list[str]]:
    left = {}
    for url in dict.fromkeys(screens):
        found = english_on(client, url)
        if found:
            left[url] = found
    return left


def report(left: dict[str, list[str]]) -> str:
    strings = sorted({s for found in left.values() for s in found})
    lines = [f"{len(strings)} English strings on {len(left)} screens:"]
    lines += [f"  {url}: {found}" for url, found in left.items()]
    return "\n".join(lines)


def test_the_heuristic_knows_english_from_vietnamese():
    assert is_english("Save draft")
    assert is_english("Page 'Lịch công tác tuần' has been updated.")  # a pattern
    assert is_english("Just now")
    assert is_english("Sort by title")  # plain English, not a msgid as such
    assert not is_english("Lưu bản nháp")
    assert not is_english("Đã gửi “Lịch” cho Ban biên tập duyệt.")
    assert not is_english("lich-cong-tac-tuan")  # a slug
    assert not is_english("thanhvien")  # a user name
    assert not is_english("URL")
    assert not is_english("Wagtail")
    assert not is_english("English")  # a language's own name
    assert is_english("Tiếng Việt to English translation")


def test_the_sign_in_page_is_vietnamese(client):
    response = client.get("/admin/login/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    reader = _Reader()
    reader.feed(response.text)
    assert "Đăng nhập" in response.text
    left = sorted({_normal(t) for t in reader.found if is_english(t)})
    assert left == [], left


@pytest.mark.parametrize("who", ["btv", "thanhvien", "truongban"])
def test_no_english_on_the_screens_of_editors_and_the_board(team, work, who):
    screens = editing_screens(work) if who == "btv" else board_screens(work)
    if who == "truongban":
        screens.append("/admin/reports/locked/")  # who may unlock
    left = english_left(team[who], screens)
    assert not left, report(left)


def test_no_english_on_the_screens_of_translators(team, work):
    left = english_left(team["bientich"], translator_screens(work))
    assert not left, report(left)
