"""The importer's writer: ProcedureRecords become the portal's procedure pages.

The readers (the other modules of this package) turn files into
``ProcedureRecord`` and ``Rejection`` items; this module knows the pages. It
exists apart so that the command, the admin's upload and the benchmark share
one set of rules:

- a procedure is found by its national code under the portal's Vietnamese
  catalogue (``unique_code``), so a second run updates and never duplicates;
  the records of a code (a full record and its list rows) whose hash
  (``group_hash``) is the one last applied are "unchanged";
- a procedure an editor changed by hand (its latest revision is not the one
  the import made, ``imported_revision_id``) is not overwritten: the import's
  change becomes a new draft revision, submitted to the portal's workflow for
  the board, and the live page stays as it is;
- the whole import is one transaction: a database error on any record rolls
  everything back (pages and vocabulary) and raises ``ImportFailed``; a record
  the page model refuses (``ValidationError``) is rejected and listed, like
  the readers' rejections.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.signal_handlers import disable_reference_index_auto_update

from vietnamese import nfc, slugify

from .. import levels
from ..records import ProcedureRecord, Rejection

#: Page fields a record sets as they are (same name on both sides).
PLAIN_FIELDS = (
    "procedure_type",
    "decision_number",
    "government_levels",
    "implementing_agency",
    "competent_authority",
    "applicants",
    "reception_address",
    "description",
    "requirements",
    "related",
    "national_url",
)
STREAM_FIELDS = ("steps", "channels", "dossier", "results", "legal_bases")
#: Wagtail's Page.title and the length of the slug the importer makes.
TITLE_LENGTH = 255
SLUG_LENGTH = 120
#: The sector of a field whose record names no sector.
NO_SECTOR = "Chưa xác định ngành"


class ImportFailed(Exception):
    """The import stopped and nothing of it was kept; the message is Vietnamese."""


@dataclass
class ImportReport:
    """What an import did: the codes created, updated, unchanged and drafted
    (a hand-edited procedure kept, the import's change left as a draft for the
    board), and the records rejected with their reasons."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    drafted: list[Rejection] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    published: bool = True

    def counts(self) -> dict[str, int]:
        return {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "drafted": len(self.drafted),
            "rejected": len(self.rejected),
        }

    def summary(self) -> str:
        counts = self.counts()
        state = "" if self.published else " (bản nháp, đã gửi Ban biên tập duyệt)"
        return (
            f"Thêm mới {counts['created']}, cập nhật {counts['updated']}{state}, "
            f"không đổi {counts['unchanged']}, giữ bản đã sửa và tạo bản nháp "
            f"{counts['drafted']}, bị từ chối {counts['rejected']}."
        )

    def lines(self) -> list[str]:
        """One line per record that needs a person: "<file>, dòng <n>: <reason>"."""
        items = sorted(
            self.rejected + self.drafted, key=lambda item: (item.source, item.line)
        )
        return [f"{item.source}, dòng {item.line}: {item.reason}" for item in items]


def short_title(name: str) -> str:
    """The name cut to Wagtail's title length at a word boundary (the full
    name stays in ``ProcedurePage.name``)."""
    name = " ".join(nfc(name).split())
    if len(name) <= TITLE_LENGTH:
        return name
    cut = name[: TITLE_LENGTH - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


def procedure_slug(code: str, name: str) -> str:
    """ "1-000080-cap-ban-sao-trich-luc…": the code first (unique in the
    catalogue), then the name's first words, cut at a word."""
    slug = slugify(f"{code} {name}")
    if len(slug) > SLUG_LENGTH:
        slug = slug[: SLUG_LENGTH + 1].rsplit("-", 1)[0]
    return slug.strip("-")


class _Vocabulary:
    """Sectors and fields found or created during one import (cached, so a
    thousand procedures of one field cost one query)."""

    def __init__(self):
        self.sectors: dict[tuple[str, str], object] = {}
        self.fields: dict[tuple[int, str, str], object] = {}

    def sector(self, name: str, code: str):
        from ..models import Sector

        name = " ".join(nfc(name or NO_SECTOR).split())
        code = (code or "").strip()
        key = (code, name)
        if key in self.sectors:
            return self.sectors[key]
        sector = None
        if code:
            sector = Sector.objects.filter(code=code).first()
        if sector is None:
            sector = Sector.objects.filter(name=name).first()
            if sector is not None and code and not sector.code:
                sector.code = code
                sector.save(update_fields=["code"])
        if sector is None:
            sector = Sector(name=name, code=code or None)
            sector.slug = _free_slug(Sector.objects.all(), name)
            sector.save()
        self.sectors[key] = sector
        return sector

    def field(self, record: ProcedureRecord):
        from ..models import Field

        name = " ".join(nfc(record.field_name or "").split())
        code = (record.field_code or "").strip()
        if not name and not code:
            return None
        named_sector = bool((record.sector_name or record.sector_code).strip())
        key = (record.sector_code, record.sector_name, code, name)
        if key in self.fields:
            return self.fields[key]
        found = None
        if code:
            found = Field.objects.filter(code=code).first()
        if found is None and not named_sector and name:
            # A record that names a field but no sector (a list export): the
            # field of that name, whatever its sector.
            found = Field.objects.filter(name=name).order_by("pk").first()
        sector = None
        if found is None:
            sector = self.sector(record.sector_name, record.sector_code)
        if found is None and name:
            found = Field.objects.filter(sector=sector, name=name).first()
            if found is not None and code and not found.code:
                found.code = code
                found.save(update_fields=["code"])
        if found is None:
            found = Field(sector=sector, name=name or code, code=code or None)
            found.slug = _free_slug(Field.objects.filter(sector=sector), found.name)
            found.save()
        self.fields[key] = found
        return found


def _free_slug(queryset, name: str) -> str:
    base = slugify(name)[:74] or "muc"
    slug, n = base, 1
    while queryset.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _strip_ids(value):
    """Stream data without the block ids Wagtail adds, for comparison."""
    if isinstance(value, list):
        return [_strip_ids(item) for item in value]
    if isinstance(value, dict):
        return {k: _strip_ids(v) for k, v in value.items() if k != "id"}
    return value


def _provides(record: ProcedureRecord, name: str) -> bool:
    return record.provided is None or name in record.provided


def _level(record: ProcedureRecord) -> int | None:
    """The record's level, or the derived one (services.levels.derived_level)
    when the record carries what it is derived from; None: leave it."""
    if record.level is not None:
        return record.level
    if any(_provides(record, name) for name in ("level", "channels", "dossier")):
        return levels.derived_level(record.channels, record.dossier)
    return None


def group_hash(records: list[ProcedureRecord]) -> str:
    """The hash of the records of one code as read (a full record and its
    list rows): the same records next time are "unchanged"."""
    return hashlib.sha256(
        "".join(record.content_hash() for record in records).encode()
    ).hexdigest()


def _apply(page, record: ProcedureRecord, vocabulary: _Vocabulary) -> bool:
    """Set the record's fields on ``page``; True if anything changed."""
    changed = False

    def put(attribute, value):
        nonlocal changed
        if getattr(page, attribute) != value:
            setattr(page, attribute, value)
            changed = True

    name = " ".join(nfc(record.name).split())
    put("code", record.code.strip())
    put("name", name)
    put("title", short_title(name))
    for attribute in PLAIN_FIELDS:
        if _provides(record, attribute):
            value = getattr(record, attribute)
            put(attribute, list(value) if attribute == "government_levels" else value)
    for attribute in STREAM_FIELDS:
        if _provides(record, attribute):
            new = getattr(record, attribute) or []
            old = getattr(page, attribute)
            old_raw = list(old.raw_data) if old is not None else []
            if _strip_ids(old_raw) != _strip_ids(new):
                # A copy: the StreamField adds block ids to what it is given.
                setattr(page, attribute, copy.deepcopy(new))
                changed = True
    if _provides(record, "field_name") or _provides(record, "field_code"):
        found = vocabulary.field(record)
        if page.field_id != (found.pk if found else None):
            page.field = found
            changed = True
    level = _level(record)
    if level is not None:
        put("level", level)
    return changed


def _refusal(error: ValidationError) -> str:
    messages = []
    if hasattr(error, "error_dict"):
        for name, errors in error.message_dict.items():
            label = "" if name == "__all__" else f"{name}: "
            messages.append(label + " ".join(errors))
    else:
        messages = list(error.messages)
    return "Không lưu được thủ tục: " + "; ".join(messages)


class _Writer:
    def __init__(self, index, user, publish: bool, report: ImportReport):
        self.index = index
        self.user = user
        self.publish = publish
        self.report = report
        self.vocabulary = _Vocabulary()
        self.language = index.locale.language_code
        #: Pages written, for the reference index once at the end.
        self.touched: list[int] = []

    def check(self, record: ProcedureRecord) -> str:
        """Why the record cannot be written at all ("" if it can)."""
        from ..models.procedures import CODE_PATTERN

        code = (record.code or "").strip()
        if not re.match(CODE_PATTERN, code):
            return f"mã thủ tục “{code}” không đúng dạng (ví dụ 1.000080)"
        if not nfc(record.name or "").strip():
            return f"thủ tục {code} không có tên"
        return ""

    def write(self, records: list[ProcedureRecord]) -> None:
        """The records of one code, in the order read: at most one full record
        (a later one is rejected as a duplicate) and any partial ones (a list
        export's row), applied together as one revision."""
        from ..models import ProcedurePage

        full = None
        kept = []
        for record in records:
            if record.provided is None:
                if full is not None:
                    self.reject(
                        record,
                        f"mã thủ tục {record.code} trùng với {full.source}, dòng "
                        f"{full.line} (bản ghi đầu đã được nhập)",
                    )
                    continue
                full = record
            kept.append(record)
        code = kept[0].code.strip()
        page = (
            ProcedurePage.objects.filter(unique_code=f"{self.language}:{code}")
            .select_related("locale")
            .first()
        )
        try:
            with transaction.atomic():
                if page is None:
                    self.create(kept)
                else:
                    self.update(page, kept)
        except ValidationError as error:
            self.reject(kept[0], _refusal(error))

    def reject(self, record: ProcedureRecord, reason: str) -> None:
        self.report.rejected.append(
            Rejection(record.source, record.line, reason, record.code)
        )

    def create(self, records) -> None:
        from ..models import ProcedurePage

        page = ProcedurePage(
            locale=self.index.locale,
            live=False,
            owner=self.user,
            import_hash=group_hash(records),
        )
        for record in records:
            _apply(page, record, self.vocabulary)
        page.draft_title = page.title
        page.slug = procedure_slug(page.code, page.name)
        if all(_level(record) is None for record in records):
            page.level = levels.derived_level([], [])
        self.index.add_child(instance=page)  # cleaned and saved
        self.commit(page, cleaned=True)
        self.report.created.append(page.code)

    def update(self, page, records) -> None:
        from ..models import ProcedurePage

        digest = group_hash(records)
        if page.import_hash == digest:
            # The national records last applied: nothing to do, even on a
            # page an editor changed (no second draft for the board).
            self.report.unchanged.append(page.code)
            return
        edited = (
            page.imported_revision_id is None
            or page.latest_revision_id != page.imported_revision_id
        )
        target = page.get_latest_revision_as_object() if edited else page
        changed = False
        for record in records:  # in the order read, as the first import did
            changed = _apply(target, record, self.vocabulary) or changed
        target.import_hash = digest
        # Even if no field changed, or the change only goes to the board:
        # the next run of the same records is "unchanged", not a draft.
        ProcedurePage.objects.filter(pk=page.pk).update(import_hash=digest)
        if not changed:
            self.report.unchanged.append(page.code)
            return
        if edited:
            revision = target.save_revision(user=self.user, log_action=True)
            self.submit(target)
            self.report.drafted.append(
                Rejection(
                    records[0].source,
                    records[0].line,
                    f"thủ tục {page.code} đã được biên tập viên sửa: giữ nguyên "
                    f"bản đang có, thay đổi của lần nhập là bản nháp (phiên bản "
                    f"{revision.pk}) đã gửi Ban biên tập duyệt",
                    page.code,
                )
            )
            return
        self.commit(page)
        self.report.updated.append(page.code)

    def commit(self, page, cleaned: bool = False) -> None:
        """A revision of the import's content: published (the DIC's import), or
        a draft in the workflow (an editor's upload); either way the revision
        the import made, which tells a later import whether an editor came
        after it."""
        from ..models import ProcedurePage

        if not cleaned:
            page.full_clean()
        revision = page.save_revision(user=self.user, log_action=True, clean=False)
        if self.publish:
            revision.publish(user=self.user)
        else:
            self.submit(page)
        # After publishing, as publishing copies the revision's content (with
        # the previous imported_revision_id) back onto the page.
        ProcedurePage.objects.filter(pk=page.pk).update(
            imported_revision_id=revision.pk
        )
        page.imported_revision_id = revision.pk
        self.touched.append(page.pk)

    def submit(self, page) -> None:
        """Send the page's latest revision to the board (the portal's workflow),
        unless a review is already under way: the board then approves the
        latest revision, which is this one."""
        workflow = page.get_workflow()
        if workflow is None or page.workflow_in_progress:
            return
        workflow.start(page, self.user)

    def update_reference_index(self) -> None:
        """Once a page, at the end (each save of the import would otherwise
        rebuild the page's references, three times a procedure)."""
        from wagtail.models import ReferenceIndex

        from ..models import ProcedurePage

        for page in ProcedurePage.objects.filter(pk__in=self.touched).iterator():
            ReferenceIndex.create_or_update_for_object(page)


def _groups(items, writer: _Writer, report: ImportReport):
    """The items as (count, records of one code), codes in the order first
    met; rejections and unwritable records are reported on the way."""
    groups: dict[str, list[ProcedureRecord]] = {}
    for item in items:
        if isinstance(item, Rejection):
            report.rejected.append(item)
        elif reason := writer.check(item):
            writer.reject(item, reason)
        else:
            groups.setdefault(item.code.strip(), []).append(item)
    return groups


def catalogue_index():
    """The portal's Vietnamese catalogue (its "dịch vụ công" section)."""
    from ..models import ProcedureIndexPage

    return (
        ProcedureIndexPage.objects.filter(locale__language_code="vi")
        .order_by("path")
        .first()
    )


def import_records(
    items: Iterable[ProcedureRecord | Rejection],
    *,
    portal_user=None,
    publish: bool = True,
    progress: Callable[[int, int | None], None] | None = None,
) -> ImportReport:
    """Write ``items`` into the current schema's catalogue, all or nothing.

    ``portal_user`` is the revisions' user (and the workflow's requester);
    ``publish`` False makes every created or updated procedure a draft sent
    to the workflow. ``progress(done, total)`` is called after each
    procedure. Records of one code (a ministry's NPSP record and its row in
    the list export) are written together, as one revision.
    """
    try:
        items = list(items)
    except Exception as error:
        raise ImportFailed(f"Không đọc được các bản ghi: {error}") from error
    total = len(items)
    report = ImportReport(published=publish)
    index = catalogue_index()
    if index is None:
        raise ImportFailed(
            "Cổng chưa có chuyên mục “Thủ tục hành chính – Dịch vụ công trực "
            "tuyến”: không nhập được thủ tục."
        )
    writer = _Writer(index, portal_user, publish, report)
    current = None
    try:
        with transaction.atomic(), disable_reference_index_auto_update():
            groups = _groups(items, writer, report)
            done = total - sum(len(records) for records in groups.values())
            for records in groups.values():
                current = records[0]
                writer.write(records)
                done += len(records)
                if progress is not None:
                    progress(done, total)
            writer.update_reference_index()
    except ImportFailed:
        raise
    except Exception as error:
        where = ""
        if current is not None:
            where = f" tại {current.source}, dòng {current.line}"
            if getattr(current, "code", ""):
                where += f" (thủ tục {current.code})"
        raise ImportFailed(
            f"Nhập thủ tục thất bại{where}; không có thay đổi nào được lưu. "
            f"Lỗi: {error}"
        ) from error
    if progress is not None and not groups:
        progress(total, total)
    return report
