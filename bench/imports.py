"""Procedures imported per second: the whole national sample (the tthc data:
its ``json/`` records, one NPSP record a file, and its ``xlsx/`` lists, whose
rows complete the same procedures) into a throw-away portal,
beside two baselines measured in the same run:

- reading only (services.importer.read_paths, no database);
- plain pages: as many ProcedurePages made with only code, name and title
  through Wagtail (add_child, a revision, publish), which is the floor of any
  import that makes pages with history;

then the same import again (every record "unchanged"), which is what a
nightly re-import costs. The portal (``bench_import``) is dropped at the end.
"""

from __future__ import annotations

import time
from pathlib import Path

from django.conf import settings


def data_dir() -> Path:
    return Path(settings.TTHC_DATA_DIR)


def run() -> None:
    from django.db import transaction
    from django_tenants.utils import tenant_context

    from bench import portals
    from services.importer import read_paths
    from services.importer.writer import catalogue_index, import_records
    from services.models import ProcedurePage
    from tenants.provisioning import provision_portal

    folder = data_dir()
    start = time.perf_counter()
    items = list(read_paths([folder]))
    read_seconds = time.perf_counter() - start
    # One per national code: the list rows complete the records of the files.
    records = list(
        {item.code: item for item in items if hasattr(item, "content_hash")}.values()
    )
    print(
        f"Import of {folder} ({len(items)} items, {len(records)} procedures, "
        f"{sum(not hasattr(i, 'content_hash') for i in items)} rejected)"
    )
    portals.drop_all()
    try:
        plain = provision_portal(portals.request("bench_plain", "Sở Trang thử")).agency
        agency = provision_portal(portals.request("bench_import", "Sở Nhập thử")).agency
        with tenant_context(plain), transaction.atomic():
            index = catalogue_index()
            start = time.perf_counter()
            for record in records:
                page = ProcedurePage(
                    title=record.name[:250],
                    slug=f"p-{record.code}".replace(".", "-").lower(),
                    code=record.code,
                    name=record.name,
                    live=False,
                )
                index.add_child(instance=page)
                page.save_revision().publish()
            plain_seconds = time.perf_counter() - start
        with tenant_context(agency):
            start = time.perf_counter()
            first = import_records(items)
            assert ProcedurePage.objects.count() == len(records), first.summary()
            first_seconds = time.perf_counter() - start
            start = time.perf_counter()
            second = import_records(items)
            second_seconds = time.perf_counter() - start
    finally:
        portals.drop_all()
    n = len(records)

    def rate(seconds):
        return n / seconds if seconds else float("inf")

    print(f"  reading only (baseline)        {rate(read_seconds):8.1f} records/s")
    print(f"  plain pages (baseline)         {rate(plain_seconds):8.1f} pages/s")
    print(
        f"  import, first run              {rate(first_seconds):8.1f} procedures/s"
        f"   ({first_seconds:.1f} s; {first.summary()})"
    )
    print(
        f"  import again, nothing changed  {rate(second_seconds):8.1f} procedures/s"
        f"   ({second_seconds:.1f} s; {second.summary()})"
    )
    print(
        f"  first run's rate / plain pages' {plain_seconds / first_seconds:8.2f}x"
        " (the import defers the reference index; plain pages do not)"
    )
    print()
