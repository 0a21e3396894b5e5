"""The project's Vietnamese catalogue of Wagtail's admin (issue 11.3):
``manage.py admin_catalogue`` lists what is still English and merges
translated files; ``compile_catalogues`` builds it like the public ones."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"


def po_file(path: Path, *entries: polib.POEntry) -> Path:
    po = polib.POFile()
    po.metadata = {
        "Language": "vi",
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    po.extend(entries)
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path


@pytest.fixture
def our_locale(tmp_path, settings):
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    po_file(
        tmp_path / "locale" / "vi" / "LC_MESSAGES" / "django.po",
        polib.POEntry(
            msgid="Submit to %(workflow_name)s",
            msgstr="Gửi Ban biên tập duyệt",
            tcomment="aggov: the board's name; omits %(workflow_name)s",
        ),
        polib.POEntry(msgid="Save draft", msgstr="Lưu nháp"),
    )
    return tmp_path / "locale" / "vi" / "LC_MESSAGES"


def test_merge_adds_and_corrects_but_keeps_the_projects_own(our_locale, tmp_path):
    part = po_file(
        tmp_path / "part1.django.po",
        polib.POEntry(msgid="Save draft", msgstr="Lưu bản nháp"),  # corrected
        polib.POEntry(
            msgid="Submit to %(workflow_name)s", msgstr="Gửi %(workflow_name)s"
        ),
        polib.POEntry(msgid="Just now", msgstr="Vừa xong"),  # new
        polib.POEntry(msgid="Untranslated", msgstr=""),  # skipped
        polib.POEntry(msgid="Page %(title)s", msgstr="Trang"),  # loses a placeholder
    )
    out = StringIO()
    call_command("admin_catalogue", "merge", str(part), stdout=out)
    assert "part1.django.po: +1 mới / new, 1 sửa / updated, 2 bỏ qua / skipped" in (
        out.getvalue()
    )
    merged = {e.msgid: e.msgstr for e in polib.pofile(str(our_locale / "django.po"))}
    assert merged == {
        "Submit to %(workflow_name)s": "Gửi Ban biên tập duyệt",
        "Save draft": "Lưu bản nháp",
        "Just now": "Vừa xong",
    }


def test_merge_sends_javascript_strings_to_the_djangojs_catalogue(our_locale, tmp_path):
    part = po_file(
        tmp_path / "part4.djangojs.po", polib.POEntry(msgid="Close", msgstr="Đóng")
    )
    call_command("admin_catalogue", "merge", str(part), stdout=StringIO())
    js = polib.pofile(str(our_locale / "djangojs.po"))
    assert [(e.msgid, e.msgstr) for e in js] == [("Close", "Đóng")]
    assert js.metadata["Plural-Forms"] == "nplurals=1; plural=0;"


def test_missing_lists_the_english_left_and_writes_it_to_translate(
    our_locale, tmp_path
):
    # An empty catalogue of ours: Wagtail's own Vietnamese leaves hundreds.
    out, err = StringIO(), StringIO()
    call_command(
        "admin_catalogue",
        "missing",
        "--domain",
        "django",
        "--po",
        str(tmp_path / "todo"),
        stdout=out,
        stderr=err,
    )
    listed = out.getvalue().splitlines()
    assert len(listed) > 300
    assert "django\twagtail.admin\t'Site summary'" in listed
    assert not any("'Save draft'" in line for line in listed)  # ours has it
    todo = polib.pofile(str(tmp_path / "todo.django.po"))
    assert len(todo) == len(listed)
    assert not todo.translated_entries()


def test_the_projects_catalogue_leaves_nothing_missing():
    out, err = StringIO(), StringIO()
    call_command("admin_catalogue", "missing", stdout=out, stderr=err)
    assert out.getvalue() == ""
    assert err.getvalue().startswith("0 chuỗi chưa dịch")


def test_the_projects_catalogue_compiles_and_wins_over_wagtails():
    call_command("compile_catalogues", "--check", verbosity=0)
    with translation.override("vi"):
        assert translation.gettext("Submit to %(workflow_name)s") == (
            "Gửi Ban biên tập duyệt"
        )
        # Wagtail's own Vietnamese glues words: "Phê chuẩnvà Xuất bản",
        # "Nhập Tên đăng nhậpcủa bạn".
        approve = translation.gettext("Approve")
        assert translation.gettext("%(label)s and Publish") % {"label": approve} == (
            "Phê duyệt và xuất bản"
        )
        enter = translation.gettext("Enter your %(username_field_name)s")
        assert enter % {"username_field_name": "tên đăng nhập"} == (
            "Nhập tên đăng nhập"
        )
        assert translation.gettext("Site summary") == "Tổng quan cổng"


def test_a_named_placeholder_is_left_out_only_where_the_comment_says_so(
    our_locale,
):
    call_command("compile_catalogues", verbosity=0)  # the aggov: entry passes
    po_file(
        our_locale / "django.po",
        polib.POEntry(msgid="Submit to %(workflow_name)s", msgstr="Gửi duyệt"),
    )
    with pytest.raises(Exception, match="placeholders differ"):
        call_command("compile_catalogues", verbosity=0)


def test_merging_nothing_new_leaves_the_file_untouched(our_locale, tmp_path):
    part = po_file(
        tmp_path / "part1.django.po",
        polib.POEntry(msgid="Save draft", msgstr="Lưu nháp"),  # as it is
    )
    before = (our_locale / "django.po").stat().st_mtime_ns
    call_command("admin_catalogue", "merge", str(part), stdout=StringIO())
    assert (our_locale / "django.po").stat().st_mtime_ns == before
