"""Test helpers: procedures in a portal's catalogue, as the importer leaves
them (ProcedurePage rows under the portal's ProcedureIndexPage)."""

from __future__ import annotations

import json

from django.conf import settings

from services.models import Field, ProcedureIndexPage, ProcedurePage, Sector


def field(sector_name: str, field_name: str, code: str | None = None) -> Field:
    sector, _created = Sector.objects.get_or_create(name=sector_name)
    found, _created = Field.objects.get_or_create(
        sector=sector, name=field_name, defaults={"code": code}
    )
    return found


def stream(*blocks) -> str:
    """StreamField raw data: ``stream(("case", {...}), ("original", "text"))``."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def add_procedure(code, name, level=2, live=True, index=None, **fields):
    index = index or ProcedureIndexPage.objects.get(
        locale__language_code=settings.LANGUAGE_CODE
    )
    page = ProcedurePage(
        title=name, code=code, name=name, level=level, live=live, **fields
    )
    index.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return page
