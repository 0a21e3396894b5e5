"""The interface of the public pages in five languages, and the fonts they need.

Vietnamese is the source: the templates carry it as msgid, and
locale/<lang>/LC_MESSAGES/django.po translate it into en, zh_Hans, fr and km.
What a reader sees is checked on real pages: /en/, /km/, /zh-hans/, error pages.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.template import engines
from django.template.base import Lexer, TokenType
from django.templatetags.i18n import BlockTranslateNode, TranslateNode
from django.utils import translation

from home import languages
from tenants.models import Agency
from tests.portals import A_HOST, CONSOLE_HOST, inside

pytestmark = pytest.mark.django_db

TEMPLATES = settings.BASE_DIR / "templates"
STATIC = settings.BASE_DIR / "static"
LOCALE = settings.BASE_DIR / "locale"
CATALOGUES = ["en", "zh_Hans", "fr", "km"]
#: Staff and console templates: Vietnamese only, not in the catalogues (the
#: Makefile's MESSAGES_IGNORE leaves the same ones out of `make messages`).
STAFF_ONLY = (
    "wagtailadmin/",
    "wagtailusers/",
    "tenants/console/",
    "qa/admin/",
    "services/admin/",
    "qa/emails/",
    "editorial/emails/",
    "editorial/inbox.html",
    "editorial/queue.html",
    "editorial/contribution.html",
    "editorial/translations.html",
    "province/admin/",
    "deadlines/",
    "workdays/",
    "accounts/",
    "registration/",
    "services/admin/",
)


@pytest.fixture(autouse=True)
def _vietnamese_afterwards():
    """Requests under /en/ leave English active on this thread: restore it."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


def public_templates() -> list[Path]:
    return sorted(
        path
        for path in TEMPLATES.rglob("*.html")
        if not path.relative_to(TEMPLATES).as_posix().startswith(STAFF_ONLY)
    )


def msgids(path: Path) -> set[tuple[str | None, str, str | None]]:
    """(context, msgid, plural msgid) of every {% translate %} and
    {% blocktranslate %} in ``path``, as Django looks them up when rendering."""
    engine = engines["django"].engine
    template = engine.from_string(path.read_text(encoding="utf-8"))
    found = set()
    for node in template.nodelist.get_nodes_by_type(TranslateNode):
        var = node.filter_expression.var
        literal = getattr(var, "literal", None)
        if isinstance(literal, str) and not node.noop:
            context = node.message_context.resolve({}) if node.message_context else None
            found.add((context, str(literal), None))
    for node in template.nodelist.get_nodes_by_type(BlockTranslateNode):
        singular, _vars = node.render_token_list(node.singular)
        plural = node.render_token_list(node.plural)[0] if node.plural else None
        context = node.message_context.resolve({}) if node.message_context else None
        found.add((context, singular, plural))
    return found


def all_msgids() -> dict[tuple[str | None, str, str | None], str]:
    where = {}
    for path in public_templates():
        for key in msgids(path):
            where.setdefault(key, path.relative_to(TEMPLATES).as_posix())
    return where


class TestCatalogues:
    def test_every_interface_string_is_translated_in_every_language(self):
        strings = all_msgids()
        assert len(strings) > 80  # the extraction sees the templates
        for code in CATALOGUES:
            po = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))
            entries = {(e.msgctxt, e.msgid): e for e in po if not e.obsolete}
            for (context, msgid, plural), template in strings.items():
                entry = entries.get((context, msgid))
                assert entry is not None, (
                    f"{code}: «{msgid}» ({template}) not in catalogue"
                )
                assert not entry.fuzzy, f"{code}: «{msgid}» is fuzzy"
                assert entry.translated(), f"{code}: «{msgid}» is not translated"
                assert (entry.msgid_plural or None) == plural, (
                    f"{code}: «{msgid}» plural"
                )

    def test_the_public_templates_have_no_vietnamese_outside_translation_tags(self):
        # Text of the templates themselves (not {{ data }}): a word with a
        # diacritic outside {% translate %}/{% blocktranslate %} was missed.
        for path in public_templates():
            source = path.read_text(encoding="utf-8")
            inside_tag = None
            for token in Lexer(source).tokenize():
                if token.token_type == TokenType.BLOCK:
                    name = token.contents.split()[0]
                    if name in ("blocktranslate", "blocktrans", "comment"):
                        inside_tag = name
                    elif name in ("endblocktranslate", "endblocktrans", "endcomment"):
                        inside_tag = None
                elif token.token_type == TokenType.TEXT and inside_tag is None:
                    stray = [
                        word
                        for word in token.contents.split()
                        if any(c.isalpha() and not c.isascii() for c in word)
                    ]
                    assert not stray, f"{path.relative_to(TEMPLATES)}: {stray}"

    def test_the_build_compiled_every_catalogue(self):
        for code in CATALOGUES:
            po = LOCALE / code / "LC_MESSAGES" / "django.po"
            mo = po.with_suffix(".mo")
            assert mo.exists(), f"{mo} missing: run `make catalogues`"
            assert mo.stat().st_mtime >= po.stat().st_mtime, (
                f"{mo} older than its .po: run `make catalogues`"
            )

    def test_headers_name_the_language_and_its_plurals(self):
        for code in CATALOGUES:
            po = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))
            assert po.metadata["Language"] == code
            assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
            assert "nplurals=" in po.metadata["Plural-Forms"]
            assert not po.metadata_is_fuzzy

    def test_vietnamese_is_the_source_its_catalogue_only_completes_the_admin(self):
        # The public templates are written in Vietnamese: locale/vi holds
        # only the Vietnamese of Wagtail's English admin strings (django and
        # djangojs, see vietnamese/management/commands/admin_catalogue.py),
        # compiled by the same build.
        folder = LOCALE / "vi" / "LC_MESSAGES"
        assert sorted(p.name for p in folder.glob("*.po")) == [
            "django.po",
            "djangojs.po",
        ]
        public = {msgid for _context, msgid, _plural in all_msgids()}
        for po_path in folder.glob("*.po"):
            po = polib.pofile(str(po_path))
            assert po.metadata["Language"] == "vi"
            assert not public & {e.msgid for e in po}, po_path.name
            mo = po_path.with_suffix(".mo")
            assert mo.exists(), f"{mo} missing: run `make catalogues`"
            assert mo.stat().st_mtime >= po_path.stat().st_mtime


class TestCompileCommand:
    def write(self, folder: Path, msgstr: str, fuzzy: bool = False) -> Path:
        po = polib.POFile()
        po.metadata = {
            "Language": "en",
            "Content-Type": "text/plain; charset=UTF-8",
            "Plural-Forms": "nplurals=2; plural=(n != 1);",
        }
        entry = polib.POEntry(msgid="Trang chủ", msgstr=msgstr)
        if fuzzy:
            entry.flags.append("fuzzy")
        po.append(entry)
        path = folder / "en" / "LC_MESSAGES" / "django.po"
        path.parent.mkdir(parents=True)
        po.save(str(path))
        return path

    def test_compiles_with_polib(self, tmp_path, settings):
        settings.LOCALE_PATHS = [tmp_path]
        path = self.write(tmp_path, "Home")
        call_command("compile_catalogues", verbosity=0)
        compiled = polib.mofile(str(path.with_suffix(".mo")))
        assert [(e.msgid, e.msgstr) for e in compiled] == [("Trang chủ", "Home")]

    @pytest.mark.parametrize("msgstr, fuzzy", [("", False), ("Home", True)])
    def test_refuses_untranslated_or_fuzzy_entries(
        self, tmp_path, settings, msgstr, fuzzy
    ):
        settings.LOCALE_PATHS = [tmp_path]
        path = self.write(tmp_path, msgstr, fuzzy)
        with pytest.raises(CommandError) as refused:
            call_command("compile_catalogues", verbosity=0)
        message = str(refused.value)
        assert message.startswith("Danh mục dịch chưa hoàn chỉnh")
        assert "Incomplete catalogues" in message and "Trang chủ" in message
        assert not path.with_suffix(".mo").exists()

    def test_refuses_a_translation_that_loses_a_placeholder(self, tmp_path, settings):
        settings.LOCALE_PATHS = [tmp_path]
        self.write(tmp_path, "Home")
        path = tmp_path / "en" / "LC_MESSAGES" / "django.po"
        po = polib.pofile(str(path))
        po.append(polib.POEntry(msgid="Gửi câu hỏi đến %(name)s", msgstr="Ask us"))
        po.save()
        with pytest.raises(CommandError, match="placeholders differ"):
            call_command("compile_catalogues", verbosity=0)


def page(client, path, host=A_HOST, **headers):
    response = client.get(path, HTTP_HOST=host, **headers)
    return response.status_code, response.text


class TestPagesInEachLanguage:
    def test_english_interface_under_en_vietnamese_without_prefix(self, client):
        with inside("sotttt"):
            languages.enable("en")
        status, english = page(client, "/en/")
        assert status == 200
        assert '<html lang="en">' in english
        for text in (
            '<a class="skip-link" href="#noi-dung">Skip to main content</a>',
            '<nav class="main-nav" aria-label="Main sections">',
            ' aria-current="page">Home</a>',
            '<h2 id="tin-moi">Latest news</h2>',
            "E-Information Portal",
            "Address:",
        ):
            assert text in english, text
        for text in ("Bỏ qua, đến nội dung chính", ">Trang chủ</a>", ">Tin mới</h2>"):
            assert text not in english, text

        status, vietnamese = page(client, "/")
        assert status == 200
        assert '<html lang="vi">' in vietnamese
        for text in (
            "Bỏ qua, đến nội dung chính",
            ">Trang chủ</a>",
            '<h2 id="tin-moi">Tin mới</h2>',
            "Chuyên mục chính",
        ):
            assert text in vietnamese, text
        assert "Skip to main content" not in vietnamese

    def test_khmer_interface_in_khmer_script(self, client):
        with inside("sotttt"):
            languages.enable("km")
        status, khmer = page(client, "/km/")
        assert status == 200
        assert '<html lang="km">' in khmer
        assert ">រំលងទៅខ្លឹមសារចម្បង</a>" in khmer
        assert ">ទំព័រដើម</a>" in khmer
        assert "ព័ត៌មានថ្មីៗ" in khmer
        assert "Bỏ qua, đến nội dung chính" not in khmer

    def test_simplified_chinese_interface_and_bcp47_lang(self, client):
        with inside("sotttt"):
            languages.enable("zh-hans")
        status, chinese = page(client, "/zh-hans/")
        assert status == 200
        assert '<html lang="zh-Hans">' in chinese
        assert ">跳到主要内容</a>" in chinese
        assert ">首页</a>" in chinese
        assert "Bỏ qua, đến nội dung chính" not in chinese

    def test_french_documents_register(self, client):
        with inside("sotttt"):
            languages.enable("fr")
        status, french = page(client, "/fr/van-ban/")
        assert status == 200
        assert '<html lang="fr">' in french
        assert ">Type de texte</label>" in french
        assert ">Rechercher</button>" in french


class TestErrorPages:
    def test_not_found_under_en_is_english(self, client):
        with inside("sotttt"):
            languages.enable("en")
        status, html = page(client, "/en/khong-co-trang-nay/")
        assert status == 404
        assert '<html lang="en">' in html
        assert "<h1>Page not found</h1>" in html
        assert "Không tìm thấy trang" not in html
        assert '<p lang="en">' not in html  # the English line is for Vietnamese pages
        assert '<a href="/en/">Back to the home page</a>' in html

    def test_plain_not_found_is_vietnamese_with_its_english_line(self, client):
        status, html = page(client, "/khong-co-trang-nay/")
        assert status == 404
        assert '<html lang="vi">' in html
        assert "<h1>Không tìm thấy trang</h1>" in html
        assert '<p lang="en">Page not found.</p>' in html
        assert '<p><a href="/">Về trang chủ</a></p>' in html

    def test_unknown_host_in_the_language_of_the_url(self, client):
        host = "khong-ai-dung.example.org"
        status, html = page(client, "/km/", host=host)
        assert status == 404
        assert '<html lang="km">' in html
        assert "<h1>គ្មានវិបផតថលនៅអាសយដ្ឋាននេះទេ</h1>" in html
        assert f"<strong>{host}</strong>" in html
        # The language of the previous request does not stay on the thread.
        status, html = page(client, "/", host=host)
        assert '<html lang="vi">' in html
        assert '<p lang="en">No portal is served at this address.</p>' in html

    def test_suspended_portal_in_the_language_of_the_url(self, client):
        Agency.objects.filter(code="sotttt").update(status=Agency.STATUS_SUSPENDED)
        status, html = page(client, "/en/", host=A_HOST)
        assert status == 503
        assert '<html lang="en">' in html
        assert "The e-information portal of Sở Thông tin và Truyền thông" in html
        status, html = page(client, "/", host=A_HOST)
        assert '<html lang="vi">' in html
        assert "Cổng thông tin tạm ngừng hoạt động" in html

    def test_server_error_page_follows_the_active_language(self):
        from django.template.loader import render_to_string

        with translation.override("zh-hans"):
            html = render_to_string("500.html")
        assert '<html lang="zh-Hans">' in html and "系统错误" in html
        assert '<p lang="en">' not in html
        with translation.override("vi"):
            html = render_to_string("500.html")
        assert '<html lang="vi">' in html and "Lỗi hệ thống" in html
        assert '<p lang="en">Server error. Please try again later.</p>' in html

    def test_the_console_stays_vietnamese_whatever_the_browser_asks(self, client):
        status, html = page(
            client, "/dang-nhap/", host=CONSOLE_HOST, HTTP_ACCEPT_LANGUAGE="en"
        )
        assert status == 200
        assert '<html lang="vi">' in html
        assert "Bỏ qua, đến nội dung chính" in html


class TestLocalFonts:
    FONTS_CSS = STATIC / "css" / "fonts.css"

    def test_khmer_and_chinese_pages_link_the_local_fonts(self, client):
        with inside("sotttt"):
            languages.enable("km")
            languages.enable("zh-hans")
        link = '<link rel="stylesheet" href="/static/css/fonts.css">'
        assert link in page(client, "/km/")[1]
        assert link in page(client, "/zh-hans/")[1]
        # Vietnamese pages do not load 100 KB of font rules they never use.
        assert "fonts.css" not in page(client, "/")[1]

    def test_font_faces_point_at_files_served_here(self):
        css = self.FONTS_CSS.read_text(encoding="utf-8")
        assert 'font-family: "Noto Sans Khmer"' in css
        assert 'font-family: "Noto Sans SC"' in css
        assert ":lang(km)" in css and ":lang(zh-Hans)" in css
        urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", css)
        assert len(urls) > 50
        referenced = set()
        for url in urls:
            assert not url.startswith(("/", "http:", "https:", "data:")), url
            target = (self.FONTS_CSS.parent / url).resolve()
            assert target.is_relative_to(STATIC / "fonts"), url
            assert target.is_file(), url
            referenced.add(target)
        # The switcher's language names: tiny subsets, on every page.
        portal_css = (STATIC / "css" / "portal.css").read_text(encoding="utf-8")
        assert '.languages a { font-family: "Language names"' in portal_css
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", portal_css):
            target = (self.FONTS_CSS.parent / url).resolve()
            assert target.is_file(), url
            referenced.add(target)
        shipped = set((STATIC / "fonts").rglob("*.woff2"))
        assert shipped == referenced  # no font file committed for nothing
        for family in ("noto-sans-khmer", "noto-sans-sc"):
            licence = (STATIC / "fonts" / family / "OFL.txt").read_text()
            assert "SIL Open Font License, Version 1.1" in licence
        # Every face downloads only what a page uses: one unicode-range each.
        assert css.count("@font-face") == css.count("unicode-range:")
        assert css.count("@font-face") == css.count("font-display: swap")

    def test_no_external_asset_in_templates_or_css(self):
        external = re.compile(r"^(?:https?:)?//", re.IGNORECASE)
        asset_tag = re.compile(
            r"<(?:link|script|img|source|iframe|video|audio|embed|track)\b[^>]*?"
            r"\s(?:href|src|srcset|poster)\s*=\s*['\"]?([^'\"\s>]+)",
            re.IGNORECASE,
        )
        css_url = re.compile(r"(?:url\(|@import)\s*['\"]?([^'\")\s;]+)", re.IGNORECASE)
        for path in TEMPLATES.rglob("*"):
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                for url in asset_tag.findall(text) + css_url.findall(text):
                    assert not external.match(url), f"{path}: {url}"
        for path in STATIC.rglob("*.css"):
            for url in css_url.findall(path.read_text(encoding="utf-8")):
                assert not external.match(url), f"{path}: {url}"
