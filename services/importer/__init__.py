"""Readers of the three shapes a portal receives procedures in, into
services.records.ProcedureRecord / Rejection (the writer makes the pages).

- ``npsp``: the National Public Service Portal's records (lower-case keys).
- ``national``: the national database's JSON package (upper-case keys).
- ``spreadsheet``: the "Danh sách TTHC" list export, as .xlsx or .csv.

``read_paths(paths)`` takes files and directories (walked in sorted order)
and yields records and rejections in order. No input stops it: a file that
cannot be read at all is one Rejection, and reading goes on with the next.

Decisions:
- ``source`` is the path relative to the directory given, or the file's name
  when a file is given; ``line`` is the row as Excel shows it for a sheet or a
  CSV, and for JSON 1 when the file holds one object, else the 1-based
  position of the record in the list.
- A JSON object is an NPSP record if it has one of ``npsp.KEYS``, a national
  package if it has ``MATTHC`` or ``TENTTHC``; a JSON list may mix them.
- Within a directory, files other than .json, .xlsx, .xlsm and .csv (README.md,
  hidden files, Excel's ``~$`` lock files) are passed over without a word; a
  file given by name is read by its content whatever its extension.
- A code met twice in one file is rejected the second time ("Trùng mã … với
  dòng …"); across files the writer updates by code (the list export and the
  NPSP records of one ministry carry the same codes on purpose).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import ProcedureRecord, Rejection
from .common import quote
from .readers import read_data

EXTENSIONS = (".json", ".xlsx", ".xlsm", ".csv")

Item = ProcedureRecord | Rejection


def read_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Item]:
    for given in paths:
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except (OSError, ValueError):
            is_dir = False
        if is_dir:
            for file in _walk(path):
                source = file.relative_to(path).as_posix()
                yield from read_file(file, source)
        else:
            yield from read_file(path, path.name or str(given))


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith((".", "~$")):
                continue
            if name.lower().endswith(EXTENSIONS):
                yield Path(folder) / name


def read_file(path: Path, source: str) -> Iterator[Item]:
    """One file from disk; unreadable is a Rejection, never an exception."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield Rejection(source, 1, "Không tìm thấy tệp")
        return
    except (OSError, ValueError) as exc:
        yield Rejection(source, 1, f"Không đọc được tệp: {quote(exc)}")
        return
    yield from read_data(data, source, folder=path.parent.name)


__all__ = ["read_paths", "read_file", "read_data"]
