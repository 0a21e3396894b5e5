"""Maintain the project's Vietnamese catalogue of Wagtail's admin strings.

Wagtail's and wagtail-localize's own Vietnamese catalogues translate about a
fifth of their strings, some with slips ("Phê chuẩnvà Xuất bản"). The project
completes and corrects them in ``locale/vi/LC_MESSAGES/{django,djangojs}.po``:
LOCALE_PATHS are merged last, so an entry there wins over the app's (Django's
``DjangoTranslation._add_local_translations``, also for the JavaScript catalogues
of Wagtail's and wagtail-localize's admin).

Two sub-commands, for the maintainers:

``missing``
    The msgids of the installed Wagtail apps' English catalogues that neither
    their Vietnamese catalogue nor ours translates: what a Wagtail upgrade brought
    in. ``--po FILE`` writes them as a .po (one per domain) to translate.

``merge FILE...``
    Copy the translated entries of .po files (``*.djangojs.po`` go to the
    JavaScript catalogue) into ours. Untranslated, fuzzy and placeholder-breaking
    entries are skipped and listed; entries the project owns (a translator comment
    starting with ``aggov:``, e.g. the board's own name for the submit action)
    are never overwritten.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import trans_real

from .compile_catalogues import problems

DOMAINS = ("django", "djangojs")
#: Apps whose admin strings the project's catalogue completes.
APP_PREFIXES = ("wagtail",)
#: Translator-comment prefix of the entries the project owns.
OURS = "aggov:"


def locale_dir() -> Path:
    return Path(settings.LOCALE_PATHS[0]) / "vi" / "LC_MESSAGES"


def our_catalogue(domain: str) -> polib.POFile:
    path = locale_dir() / f"{domain}.po"
    if path.exists():
        return polib.pofile(str(path), wrapwidth=0)
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "aggov",
        "Language": "vi",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    return po


def is_ours(entry: polib.POEntry) -> bool:
    return entry.tcomment.startswith(OURS)


def admin_apps():
    return [
        config
        for config in apps.get_app_configs()
        if config.name.split(".")[0].startswith(APP_PREFIXES)
    ]


def translated_keys(po: polib.POFile) -> set[tuple[str | None, str]]:
    return {
        (e.msgctxt, e.msgid)
        for e in po
        if not e.obsolete and not e.fuzzy and e.translated()
    }


def _runtime(domain: str):
    """Vietnamese as Django serves it: every installed app's catalogue and
    LOCALE_PATHS merged (the admin's JavaScript catalogues merge the same)."""
    return trans_real.DjangoTranslation("vi", domain=domain)


def _translates(translation, entry: polib.POEntry) -> bool:
    if entry.msgid_plural:
        if entry.msgctxt:
            found = translation.npgettext(
                entry.msgctxt, entry.msgid, entry.msgid_plural, 1
            )
        else:
            found = translation.ngettext(entry.msgid, entry.msgid_plural, 1)
    elif entry.msgctxt:
        found = translation.pgettext(entry.msgctxt, entry.msgid)
    else:
        found = translation.gettext(entry.msgid)
    return found != entry.msgid


def missing(domain: str) -> list[tuple[str, polib.POEntry]]:
    """(app, English entry) that the Vietnamese served today leaves in English
    and our catalogue (maybe not compiled yet) does not translate either."""
    done = translated_keys(our_catalogue(domain))
    for config in apps.get_app_configs():
        # Translated to the same word ("Email", "URL") still counts.
        theirs = Path(config.path) / "locale" / "vi" / "LC_MESSAGES" / f"{domain}.po"
        if theirs.exists():
            done |= translated_keys(polib.pofile(str(theirs)))
    served = _runtime(domain)
    found, seen = [], set()
    for config in admin_apps():
        english = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if not english.exists():
            continue
        for entry in polib.pofile(str(english)):
            key = (entry.msgctxt, entry.msgid)
            if entry.obsolete or not entry.msgid or key in seen or key in done:
                continue
            seen.add(key)
            if not _translates(served, entry):
                found.append((config.name, entry))
    return found


def domain_of(path: Path) -> str:
    return "djangojs" if path.name.endswith("djangojs.po") else "django"


def merge(po: polib.POFile, source: polib.POFile) -> tuple[int, int, list[str]]:
    """Copy ``source``'s translated entries into ``po``: (added, updated, skipped)."""
    added = updated = 0
    skipped = []
    entries = {(e.msgctxt, e.msgid): e for e in po if not e.obsolete}
    for entry in source:
        if entry.obsolete or not entry.msgid:
            continue
        single = polib.POFile()
        single.metadata = {
            "Language": "vi",
            "Content-Type": "text/plain; charset=UTF-8",
            "Plural-Forms": "nplurals=1; plural=0;",
        }
        single.append(entry)
        trouble = problems(single)
        if trouble:
            skipped.extend(trouble)
            continue
        key = (entry.msgctxt, entry.msgid)
        msgstr = unicodedata.normalize("NFC", entry.msgstr)
        plural = {
            int(n): unicodedata.normalize("NFC", text)
            for n, text in entry.msgstr_plural.items()
        }
        mine = entries.get(key)
        if mine is not None and is_ours(mine):
            continue
        if mine is None:
            mine = polib.POEntry(msgid=entry.msgid, msgctxt=entry.msgctxt)
            po.append(mine)
            entries[key] = mine
            added += 1
        elif mine.msgstr == msgstr and mine.msgstr_plural == plural:
            continue
        else:
            updated += 1
        mine.msgid_plural = entry.msgid_plural
        mine.msgstr = msgstr
        mine.msgstr_plural = plural
        mine.comment = entry.comment
        mine.occurrences = entry.occurrences[:3]
        mine.flags = [f for f in entry.flags if f != "fuzzy"]
    return added, updated, skipped


class Command(BaseCommand):
    help = (
        "Danh mục tiếng Việt của giao diện quản trị Wagtail: liệt kê chuỗi còn "
        "thiếu, gộp bản dịch. / The admin's Vietnamese catalogue: list the missing "
        "strings, merge translations."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        listing = sub.add_parser("missing", help="Chuỗi chưa dịch / untranslated")
        listing.add_argument("--domain", choices=DOMAINS, action="append")
        listing.add_argument(
            "--po",
            metavar="PREFIX",
            help="Ghi ra PREFIX.django.po, PREFIX.djangojs.po / write .po files",
        )
        merging = sub.add_parser("merge", help="Gộp bản dịch / merge translations")
        merging.add_argument("files", nargs="+", type=Path)

    def handle(self, *args, action, **options):
        if action == "missing":
            return self.list_missing(options["domain"] or DOMAINS, options["po"])
        return self.merge_files(options["files"])

    def list_missing(self, domains, prefix):
        total = 0
        for domain in domains:
            found = missing(domain)
            total += len(found)
            for app, entry in found:
                context = f" [{entry.msgctxt}]" if entry.msgctxt else ""
                self.stdout.write(f"{domain}\t{app}\t{entry.msgid!r}{context}")
            if prefix and found:
                out = polib.POFile(wrapwidth=0)
                out.metadata = our_catalogue(domain).metadata
                for app, entry in found:
                    out.append(
                        polib.POEntry(
                            msgid=entry.msgid,
                            msgctxt=entry.msgctxt,
                            msgid_plural=entry.msgid_plural,
                            msgstr_plural={0: ""} if entry.msgid_plural else {},
                            comment=f"app: {app}",
                            occurrences=entry.occurrences[:3],
                            flags=[f for f in entry.flags if f != "fuzzy"],
                        )
                    )
                out.save(f"{prefix}.{domain}.po")
        self.stderr.write(f"{total} chuỗi chưa dịch / untranslated strings")

    def merge_files(self, files):
        for path in files:
            if not path.exists():
                raise CommandError(f"Không có tệp / no such file: {path}")
        by_domain = {}
        for path in files:
            by_domain.setdefault(domain_of(path), []).append(path)
        for domain, paths in by_domain.items():
            po = our_catalogue(domain)
            changed = False
            for path in paths:
                added, updated, skipped = merge(po, polib.pofile(str(path)))
                changed = changed or bool(added or updated)
                self.stdout.write(
                    f"{path.name}: +{added} mới / new, {updated} sửa / updated, "
                    f"{len(skipped)} bỏ qua / skipped"
                )
                for line in skipped:
                    self.stdout.write(f"  {line}")
            target = locale_dir() / f"{domain}.po"
            if not changed and target.exists():
                continue  # untouched: the compiled .mo stays up to date
            po.sort(key=lambda e: (not is_ours(e), e.msgctxt or "", e.msgid))
            target.parent.mkdir(parents=True, exist_ok=True)
            po.save(str(target))
