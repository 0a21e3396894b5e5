"""Read-model rows for the aggregated pages' tests, written directly.

The write path (province.sync) is tested on its own; here a listing's tests
need rows of chosen agencies, kinds, languages and dates.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools

from django.utils import timezone

from province import facets
from province.models import PublishedItem
from tenants import hosts

_ids = itertools.count(1000)


def item(agency, kind=PublishedItem.NEWS, *, language="vi", title=None, **fields):
    """One row of ``agency`` (an Agency), unsaved."""
    source_id = fields.pop("source_id", next(_ids))
    date = fields.pop("date", datetime.date(2026, 11, 1))
    code = agency.schema_name if hasattr(agency, "schema_name") else "x"
    title = title or f"{kind} {source_id} của {code}"
    prefix = "" if language == "vi" else f"/{language}"
    path = fields.pop("path", f"{prefix}/{kind}/{source_id}/")
    defaults = {
        "translation_key": None,
        "summary": "",
        "url": f"http://{code}.example.test{path}",
        "published_at": timezone.make_aware(
            datetime.datetime.combine(date, datetime.time(8, 0))
        ),
        "updated_at": None,
        "fingerprint": hashlib.sha256(title.encode()).hexdigest(),
    }
    defaults.update(fields)
    return PublishedItem(
        agency=agency,
        kind=kind,
        source_id=source_id,
        language=language,
        title=title,
        path=path,
        date=date,
        **defaults,
    ).fold()


def create(agency, kind=PublishedItem.NEWS, **fields):
    row = item(agency, kind, **fields)
    row.save()
    # As province.sync does with what it writes: the cached facets are stale.
    facets.changed()
    return row


def many(rows):
    created = PublishedItem.objects.bulk_create(rows)
    facets.changed()
    return created


def refresh_registry():
    """After a bulk_create of agencies (no signals): forget the cached registry
    and the facets cached under the read model's token."""
    hosts.clear()
    facets.changed()


def set_status(code: str, status: str):
    """Suspend or reactivate a portal as the console does (a save in public,
    whose signal clears this process's registry caches)."""
    from django.db import connection

    from tenants.models import Agency

    connection.set_schema_to_public()
    agency = Agency.objects.get(code=code)
    agency.status = status
    agency.save()
    return agency
