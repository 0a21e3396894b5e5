"""Where the readers' tests find the real data and their own fixtures."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.conf import settings

from services.importer import read_paths
from services.records import ProcedureRecord, Rejection

FIXTURES = Path(__file__).parent / "data"


def tthc_dir() -> Path:
    """The real NPSP data shipped with the project (settings.TTHC_DATA_DIR)."""
    return Path(settings.TTHC_DATA_DIR)


@cache
def whole_data() -> tuple:
    """Every item read from the whole data folder (read once per session)."""
    return tuple(read_paths([tthc_dir()]))


def records(items) -> list[ProcedureRecord]:
    return [item for item in items if isinstance(item, ProcedureRecord)]


def rejections(items) -> list[Rejection]:
    return [item for item in items if isinstance(item, Rejection)]


def by_code(items, code: str, *, listed: bool = False) -> ProcedureRecord:
    """The record of ``code`` from the NPSP json (or, listed, the list export)."""
    for item in records(items):
        if item.code == code and (item.provided is not None) == listed:
            return item
    raise AssertionError(f"{code} not read")


def blocks(stream, kind: str) -> list[dict]:
    return [block["value"] for block in stream if block["type"] == kind]
