"""The "Danh sách TTHC" list export of the National Public Service Portal, as
.xlsx (its own form) or as CSV (what an office saves it as).

A row carries only the code, name, issuing ministry, implementing agencies and
field, so each record's ``provided`` names the fields the row carries and the
writer leaves the others of an existing procedure alone.

Decisions:
- The header row is found, not assumed: the first of the first 30 rows with a
  code column ("Mã số", "Mã thủ tục", "Mã TTHC") and a name column ("Tên",
  "Tên thủ tục"). Columns are read by their header, in any order; optional
  "Cấp thực hiện" and "Mức độ" columns are read when present.
- CSV: UTF-8 with or without BOM (UTF-16 with a BOM too, as Excel's "Unicode
  text" writes it); the delimiter is the one of ``,`` ``;`` and tab that
  makes the header row found with the most columns.
- The line of a rejection is the row number Excel shows (for CSV, the
  record's number counting the rows above it: a quoted cell with line breaks
  is one row in Excel).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator

from vietnamese import unaccent

from ..records import ProcedureRecord, Rejection
from .common import check_code, clean, government_levels, quote, sector_of_ministry
from .national import _level

#: Header names (unaccented, lower case) → record fields.
COLUMNS = {
    "ma so": "code",
    "ma thu tuc": "code",
    "ma tthc": "code",
    "ten": "name",
    "ten thu tuc": "name",
    "ten tthc": "name",
    "co quan ban hanh": "ministry",
    "co quan thuc hien": "implementing_agency",
    "linh vuc": "field_name",
    "cap thuc hien": "government_levels",
    "muc do": "level",
    "muc do dvc": "level",
}
HEADER_SEARCH = 30


def _header_key(value) -> str:
    text = unaccent(clean(value, multiline=False)).lower()
    return re.sub(r"\s+", " ", text).strip(" :*")


def _header(row) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, value in enumerate(row):
        field = COLUMNS.get(_header_key(value))
        if field and field not in columns:
            columns[field] = index
    if "code" in columns and "name" in columns:
        return columns
    return None


def _records(rows: Iterator[tuple[int, list]], source: str) -> Iterator:
    columns = None
    for number, row in rows:
        if columns is None:
            if number > HEADER_SEARCH:
                break
            columns = _header(row)
            continue
        cells = {
            field: row[index] if index < len(row) else None
            for field, index in columns.items()
        }
        if not any(clean(value) for value in cells.values()):
            continue  # an empty row
        yield _record(cells, columns, source, number)
    if columns is None:
        yield Rejection(
            source,
            1,
            "Không tìm thấy dòng tiêu đề (cần các cột “Mã số” và “Tên”)",
        )


def _record(cells: dict, columns: dict, source: str, line: int):
    code, reason = check_code(cells.get("code"))
    if reason:
        return Rejection(source, line, reason, code=code)
    name = clean(cells.get("name"), multiline=False)
    if not name:
        return Rejection(source, line, "Thiếu tên thủ tục", code=code)
    provided = {"name"}
    record = ProcedureRecord(code=code, name=name, source=source, line=line)
    if "ministry" in columns:
        ministry = clean(cells.get("ministry"), multiline=False)
        record.sector_name = sector_of_ministry(ministry) or _sector_from_name(ministry)
        provided.add("sector_name")
    if "implementing_agency" in columns:
        record.implementing_agency = clean(cells.get("implementing_agency"))
        provided.add("implementing_agency")
    if "field_name" in columns:
        record.field_name = clean(cells.get("field_name"), multiline=False)[:255]
        provided.add("field_name")
    if "government_levels" in columns:
        record.government_levels = government_levels(cells.get("government_levels"))
        provided.add("government_levels")
    if "level" in columns and clean(cells.get("level")):
        level, reason = _level(cells.get("level"))
        if reason:
            return Rejection(source, line, reason, code=code)
        record.level = level
        provided.add("level")
    record.provided = frozenset(provided)
    return record


def _sector_from_name(ministry: str) -> str:
    """An issuing body not in the table: its name without "Bộ" and notes."""
    name = re.sub(r"\(.*?\)", "", ministry).strip()
    name = re.sub(r"^Bộ\s+", "", name, flags=re.IGNORECASE).strip()
    return name[:1].upper() + name[1:255] if name else ""


def read_xlsx(data: bytes, source: str) -> Iterator:
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        yield Rejection(
            source, 1, f"Tệp Excel bị hỏng hoặc không phải .xlsx: {quote(exc)}"
        )
        return
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on bad files
        yield Rejection(
            source, 1, f"Tệp Excel bị hỏng hoặc không phải .xlsx: {quote(exc)}"
        )
        return
    try:
        names = book.sheetnames
        sheet = (
            book["Danh sách TTHC"] if "Danh sách TTHC" in names else book.worksheets[0]
        )
        rows = (
            (number, list(row))
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        yield from _records(rows, source)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        yield Rejection(source, 1, f"Tệp Excel bị hỏng, đọc dở: {quote(exc)}")
    finally:
        book.close()


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise ValueError("Tệp chứa ký tự NUL: không phải văn bản CSV")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"Tệp CSV không mã hóa UTF-8 (byte lạ ở vị trí {exc.start}): "
            "hãy lưu lại dưới dạng “CSV UTF-8”"
        ) from exc


def read_csv(data: bytes, source: str) -> Iterator:
    try:
        text = _decode(data)
    except (ValueError, UnicodeDecodeError) as exc:
        yield Rejection(source, 1, str(exc))
        return
    best, best_count = ",", -1
    for delimiter in (",", ";", "\t"):
        try:
            rows = csv.reader(io.StringIO(text), delimiter=delimiter)
            for number, row in enumerate(rows, start=1):
                if number > HEADER_SEARCH:
                    break
                header = _header(row)
                if header and len(header) > best_count:
                    best, best_count = delimiter, len(header)
                    break
        except csv.Error:
            continue
    rows = csv.reader(io.StringIO(text), delimiter=best)
    try:
        yield from _records(enumerate(rows, start=1), source)
    except csv.Error as exc:
        yield Rejection(source, rows.line_num, f"Dòng CSV không đọc được: {quote(exc)}")
