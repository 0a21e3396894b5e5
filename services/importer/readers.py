"""Dispatch one file's bytes to its reader, by extension and content, and turn
every failure into a Rejection (the upload in the admin calls ``read_data``
with the uploaded file's bytes and name)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

from ..records import ProcedureRecord, Rejection
from . import national, npsp, spreadsheet
from .common import quote

logger = logging.getLogger(__name__)

Item = ProcedureRecord | Rejection
ZIP_MAGIC = b"PK\x03\x04"


def read_data(data: bytes, source: str, folder: str = "") -> Iterator[Item]:
    source = source if len(source) <= 255 else source[:120] + "…" + source[-120:]
    if not data.strip():
        yield Rejection(source, 1, "Tệp rỗng")
        return
    lower = source.lower()
    try:
        if data.startswith(ZIP_MAGIC) or lower.endswith((".xlsx", ".xlsm")):
            items = spreadsheet.read_xlsx(data, source)
        elif lower.endswith(".csv"):
            items = spreadsheet.read_csv(data, source)
        elif lower.endswith(".json") or data.lstrip()[:1] in (b"{", b"["):
            items = read_json(data, source, folder)
        else:
            items = iter(
                [
                    Rejection(
                        source,
                        1,
                        "Không nhận ra định dạng tệp (cần JSON, Excel .xlsx hoặc CSV)",
                    )
                ]
            )
        yield from _unique(items)
    except Exception as exc:  # noqa: BLE001 - no input may stop an import
        # A reader's own bug must not lose the other files: report it as this
        # file's rejection and keep the trace for the developers.
        logger.exception("Reading %s failed", source)
        yield Rejection(source, 1, f"Lỗi khi đọc tệp: {quote(exc)}")


def _unique(items: Iterator[Item]) -> Iterator[Item]:
    seen: dict[str, int] = {}
    for item in items:
        if isinstance(item, ProcedureRecord):
            if item.code in seen:
                yield Rejection(
                    item.source,
                    item.line,
                    f"Trùng mã {item.code} với dòng {seen[item.code]}",
                    code=item.code,
                )
                continue
            seen[item.code] = item.line
        yield item


def read_json(data: bytes, source: str, folder: str = "") -> Iterator[Item]:
    try:
        # json.loads detects UTF-8 (with or without BOM), UTF-16 and UTF-32.
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        content = json.loads(data)
    except UnicodeDecodeError as exc:
        yield Rejection(source, 1, f"Tệp không mã hóa UTF-8: {quote(exc.reason)}")
        return
    except (ValueError, RecursionError) as exc:
        yield Rejection(source, 1, f"Tệp không phải JSON hợp lệ: {quote(exc)}")
        return
    if isinstance(content, dict) and not _kind(content):
        wrapped = national.unwrap(content)
        if wrapped is not None:
            content = wrapped
    if isinstance(content, dict):
        yield _record(content, source, 1, folder)
    elif isinstance(content, list):
        if not content:
            yield Rejection(source, 1, "Tệp không có thủ tục nào")
        for index, item in enumerate(content, start=1):
            yield _record(item, source, index, folder)
    else:
        yield Rejection(
            source, 1, "Tệp JSON không chứa thủ tục (cần một đối tượng hoặc danh sách)"
        )


def _kind(item) -> str:
    if not isinstance(item, dict):
        return ""
    if national.KEYS & item.keys():
        return "national"
    if npsp.KEYS & item.keys():
        return "npsp"
    return ""


def _record(item, source: str, line: int, folder: str) -> Item:
    kind = _kind(item)
    if kind == "national":
        return national.read_record(item, source, line)
    if kind == "npsp":
        return npsp.read_record(item, source, line, folder)
    return Rejection(
        source,
        line,
        "Không nhận ra bản ghi thủ tục (không có ma_thu_tuc hay MATTHC)",
    )
