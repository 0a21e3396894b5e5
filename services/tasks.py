"""Celery tasks of the services app (tenant-aware: each runs in the schema of
the portal that sent it, see aggov.celery)."""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
import zipfile
from pathlib import Path

from celery import shared_task
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger("aggov.services")

#: Members of an uploaded .zip that are read; anything else is ignored.
READABLE = (".json", ".xlsx", ".csv")
#: A .zip unpacks to at most this many bytes and members (a zip bomb stops).
ZIP_MAX_BYTES = 200 * 2**20
ZIP_MAX_MEMBERS = 5000


class UnreadableUpload(Exception):
    """An uploaded file that cannot be read; the message is Vietnamese."""


def _unpack(stored, folder: Path) -> list[Path]:
    """Copy an uploaded file into ``folder`` under its own name (the report
    names it); a .zip is unpacked into a folder, which is read whole."""
    target = folder / Path(stored.name).name
    with stored.file.open("rb") as source, open(target, "wb") as copy:
        shutil.copyfileobj(source, copy)
    if target.suffix.lower() != ".zip":
        return [target]
    try:
        archive = zipfile.ZipFile(target)
    except zipfile.BadZipFile:
        raise UnreadableUpload(f"{stored.name}: không phải tệp .zip hợp lệ") from None
    members = [
        m
        for m in archive.infolist()
        if not m.is_dir() and Path(m.filename).suffix.lower() in READABLE
    ]
    if len(members) > ZIP_MAX_MEMBERS or sum(m.file_size for m in members) > (
        ZIP_MAX_BYTES
    ):
        raise UnreadableUpload(f"{stored.name}: tệp .zip quá lớn khi giải nén")
    unpacked = folder / (target.stem + "-zip")
    unpacked.mkdir()
    for member in members:
        # Never the member's path as it is (../../etc): its plain parts only
        # (the report names the file by them, and the reader takes a sector
        # from the folder's name, e.g. bo-tu-phap/1.000080.json).
        parts = [
            part
            for part in member.filename.replace("\\", "/").split("/")
            if part not in ("", ".", "..")
        ]
        path = unpacked.joinpath(*parts)
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(member) as source, open(path, "wb") as copy:
            shutil.copyfileobj(source, copy)
    return [unpacked]


@shared_task(name="services.tasks.run_import")
def run_import(run_id: int) -> str | None:
    """Run an uploaded import (services.models.ImportRun) once: read its
    files, write the procedures (services.importer.writer), store the report.
    A second delivery of the same run does nothing."""
    from services import importer
    from services.importer.writer import ImportFailed, import_records
    from services.models import ImportRun

    with transaction.atomic():
        run = ImportRun.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.status != ImportRun.QUEUED:
            return None
        run.status = ImportRun.RUNNING
        run.save(update_fields=["status"])
    last = [0.0]

    def progress(done, total):
        now = time.monotonic()
        if done == total or now - last[0] > 0.5:
            last[0] = now
            run.set_progress(done, total or run.total)

    try:
        with tempfile.TemporaryDirectory(prefix="aggov-import-") as folder:
            paths = []
            for number, stored in enumerate(run.files.order_by("pk")):
                # One folder a file: two uploads of one name both stay.
                own = Path(folder) / str(number)
                own.mkdir()
                paths.extend(_unpack(stored, own))
            items = list(importer.read_paths([str(p) for p in paths]))
            run.total = len(items)
            run.set_progress(0, run.total)
            ImportRun.objects.filter(pk=run.pk).update(total=run.total)
            report = import_records(
                items,
                portal_user=run.created_by,
                publish=run.publish,
                progress=progress,
            )
    except (ImportFailed, UnreadableUpload) as error:
        return _finish(run, error=str(error))
    except Exception as error:  # noqa: BLE001 - the run must say it failed
        logger.exception("Import run %s failed", run_id)
        return _finish(
            run,
            error=f"Nhập thủ tục thất bại, không có thay đổi nào được lưu: {error}",
        )
    return _finish(run, report=report)


def _finish(run, report=None, error: str = "") -> str:
    from services.models import ImportRun

    run.finished_at = timezone.now()
    if report is None:
        run.status = ImportRun.FAILED
        run.error = error
        run.done = 0
    else:
        run.status = ImportRun.DONE
        for name, count in report.counts().items():
            setattr(run, name, count)
        run.summary = report.summary()
        run.report_lines = report.lines()
        run.done = run.total
    run.save()
    return run.status


@shared_task(name="services.tasks.flush_usage_everywhere")
def flush_usage_everywhere() -> dict:
    """Beat, every 5 minutes, in public: every portal's usage counters into
    its UsageDay rows, each portal on its own (a broken schema is listed in
    ``broken`` and logged, and the others are still flushed). Not in an outer
    transaction: a flush commits its batch before it deletes it from Redis."""
    from tenants.everywhere import in_every_portal

    from . import usage

    flushed, broken = in_every_portal(
        usage.flush_here,
        "Usage of %s could not be flushed",
        logging.getLogger("aggov.services.usage"),
        atomic=False,
    )
    return {"flushed": flushed, "broken": broken}


@shared_task
def erase_expired_postal_data() -> int:
    """In one schema: QA_RETENTION_DAYS after a postal delivery request is
    closed (delivered or cancelled), the recipient's name, address and phone
    are erased, on the questions' rules (qa.tasks); the request, its dates and
    its status stay for the statistics."""
    from .models import PostalRequest

    count = 0
    for postal in PostalRequest.expired():
        postal.erase_personal_data()
        count += 1
    return count


@shared_task
def erase_expired_postal_everywhere() -> int:
    """The postal retention job sent into every portal's schema (beat, daily)."""
    from tenants.everywhere import in_every_portal

    sent, _failed = in_every_portal(
        erase_expired_postal_data.delay, "Postal retention failed in %s", logger
    )
    return len(sent)
