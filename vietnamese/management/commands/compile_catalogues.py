"""Compile the interface catalogues (``locale/*/LC_MESSAGES/*.po`` → ``.mo``).

The public pages' catalogues (en, zh_Hans, fr, km: Vietnamese msgids) and the
admin's Vietnamese catalogue of Wagtail's English strings (locale/vi, django
and djangojs; see ``admin_catalogue``).

With polib, so a fresh machine needs no gettext (``msgfmt`` is often missing).
A catalogue with a fuzzy or untranslated entry, or a translation whose
placeholders differ from the Vietnamese, is refused: the page would show that
string in Vietnamese, or not at all, in the middle of another language.
``make run``, ``make test`` and ``make bench`` run this before Django starts.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

#: ``%(name)s`` in ``{% blocktranslate %}`` strings, ``%s``/``%d`` elsewhere.
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[sdifr]")


def catalogues() -> list[Path]:
    return sorted(
        path
        for base in settings.LOCALE_PATHS
        for path in Path(base).glob("*/LC_MESSAGES/*.po")
    )


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def _omits(entry: polib.POEntry, source: str, text: str) -> bool:
    """A translation may leave out a *named* placeholder (``%`` with a mapping
    ignores unused names) when its translator comment says so: ``# aggov: …
    omits %(workflow_name)s``. The board calls Wagtail's "Submit to
    %(workflow_name)s" simply "Gửi Ban biên tập duyệt"."""
    left_out = _placeholders(source)
    for found in _placeholders(text):
        if found not in left_out:
            return False  # a placeholder the source does not have
        left_out.remove(found)
    return entry.tcomment.startswith("aggov:") and all(
        name.startswith("%(") and name in entry.tcomment for name in left_out
    )


def problems(po: polib.POFile) -> list[str]:
    """What stops ``po`` from being compiled, one line per entry (vi / en)."""
    found = []
    if po.metadata_is_fuzzy:
        found.append("tiêu đề đánh dấu fuzzy / header marked fuzzy")
    for header in ("Language", "Content-Type", "Plural-Forms"):
        if not po.metadata.get(header):
            found.append(f"thiếu tiêu đề {header} / missing header {header}")
    for entry in po:
        if entry.obsolete:
            continue
        where = f"dòng {entry.linenum} / line {entry.linenum}: «{entry.msgid}»"
        if entry.fuzzy:
            found.append(f"{where}: bản dịch fuzzy / fuzzy translation")
        elif not entry.translated():
            found.append(f"{where}: chưa dịch / untranslated")
        else:
            pairs = (
                [(entry.msgid_plural, text) for text in entry.msgstr_plural.values()]
                if entry.msgid_plural
                else [(entry.msgid, entry.msgstr)]
            )
            for source, text in pairs:
                if _placeholders(source) != _placeholders(text) and not _omits(
                    entry, source, text
                ):
                    found.append(
                        f"{where}: biến trong bản dịch khác bản gốc / "
                        f"placeholders differ from the source: {text!r}"
                    )
    return found


class Command(BaseCommand):
    help = (
        "Biên dịch các danh mục dịch giao diện (locale/*/LC_MESSAGES/*.po) "
        "sang .mo bằng polib. / Compile the interface catalogues to .mo with polib."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Chỉ kiểm tra, không ghi .mo. / Check only, write no .mo file.",
        )

    def handle(self, *args, check=False, **options):
        paths = catalogues()
        if not paths:
            self.stdout.write("Không có danh mục dịch nào. / No catalogue to compile.")
            return
        refused = []
        for path in paths:
            po = polib.pofile(str(path), wrapwidth=0)
            found = problems(po)
            if found:
                refused.extend(f"{path}: {line}" for line in found)
                continue
            if check:
                continue
            target = path.with_suffix(".mo")
            partial = target.with_name(target.name + ".tmp")
            po.save_as_mofile(str(partial))
            os.replace(partial, target)
            if options["verbosity"] >= 1:
                count = len(po.translated_entries())
                shown = target.relative_to(settings.BASE_DIR)
                self.stdout.write(f"{shown} ({count} chuỗi / strings)")
        if refused:
            raise CommandError(
                "Danh mục dịch chưa hoàn chỉnh, chưa biên dịch. / "
                "Incomplete catalogues, not compiled:\n  " + "\n  ".join(refused)
            )
