"""Real national records (data/tthc) through the command: a sample of each
ministry's NPSP files imports with a report and no crash, and a second run
changes nothing (issue 12, point 2). The whole of data/tthc (1,592 records)
takes minutes, so it is imported by the benchmark (bench/imports.py), not
here."""

from __future__ import annotations

import io
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command

from services.models import Field, ProcedurePage
from tests.portals import inside

pytestmark = pytest.mark.django_db

PER_MINISTRY = 12


def test_real_records_import_with_a_report_and_again_without_duplicates(tmp_path):
    expected = 0
    for ministry in sorted((settings.TTHC_DATA_DIR / "json").iterdir()):
        (tmp_path / ministry.name).mkdir()
        for path in sorted(ministry.glob("*.json"))[:PER_MINISTRY]:
            shutil.copy(path, tmp_path / ministry.name / path.name)
            expected += 1
    out = io.StringIO()
    call_command("import_procedures", "sotttt", str(tmp_path), stdout=out)
    assert f"sotttt: Thêm mới {expected}," in out.getvalue(), out.getvalue()[-800:]
    with inside("sotttt"):
        pages = ProcedurePage.objects.live()
        assert pages.count() == expected
        assert pages.filter(field__isnull=False).count() == expected
        assert Field.objects.count() >= 2
        with_channels = [p for p in pages if len(p.channels)]
        assert len(with_channels) >= expected / 2
    again = io.StringIO()
    call_command("import_procedures", "sotttt", str(tmp_path), stdout=again)
    assert f"Thêm mới 0, cập nhật 0, không đổi {expected}," in again.getvalue()
    with inside("sotttt"):
        assert ProcedurePage.objects.count() == expected


def test_records_and_their_list_rows_import_again_unchanged():
    """An NPSP record and its row of the ministry's list (both real) make one
    procedure; importing both again changes nothing (the list row's agencies
    used to overwrite the record's on every second run)."""
    from services.importer import read_paths
    from services.importer.writer import import_records

    data = settings.TTHC_DATA_DIR
    items = list(
        read_paths(
            [
                data / "json" / "bo-tu-phap",
                data / "xlsx" / "danh-sach-tthc-BoTuPhap.xlsx",
            ]
        )
    )
    codes = sorted({item.code for item in items})[:PER_MINISTRY]
    sample = [item for item in items if item.code in codes]
    assert any(item.provided is not None for item in sample)  # list rows in it
    with inside("sotttt"):
        first = import_records(sample)
        assert len(first.created) == PER_MINISTRY
        again = import_records(
            [
                i
                for i in read_paths([data / "json" / "bo-tu-phap", data / "xlsx"])
                if i.code in codes
            ]
        )
        assert again.updated == [] and again.drafted == []
        assert sorted(again.unchanged) == codes
        assert ProcedurePage.objects.count() == PER_MINISTRY
