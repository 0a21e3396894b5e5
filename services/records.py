"""What every import format is read into: one ``ProcedureRecord`` per
procedure, or one ``Rejection`` per record that cannot be imported.

The readers (services.importer.*) know the formats; the writer
(services.importer.writer) knows the pages. Stream values are the raw form a
StreamField accepts: a list of ``{"type": ..., "value": ...}`` (see
services.blocks for each block's value), with ``original`` blocks holding
national text that could not be taken apart.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field


@dataclass
class ProcedureRecord:
    code: str  # national code, e.g. "1.000080"
    name: str
    source: str  # file name, for the report
    line: int  # line (CSV/xlsx row, or 1 for a file holding one record)
    procedure_type: str = ""
    decision_number: str = ""
    government_levels: list[str] = field(default_factory=list)  # "bo", "tinh", ...
    sector_name: str = ""  # ngành; the ministry's sector when the format has none
    sector_code: str = ""
    field_name: str = ""
    field_code: str = ""  # national field code (MALINHVUC) where the format has it
    level: int | None = None  # 1–4 when the format says it; else derived by the writer
    implementing_agency: str = ""
    competent_authority: str = ""
    applicants: str = ""
    reception_address: str = ""
    description: str = ""
    requirements: str = ""
    related: str = ""
    national_url: str = ""
    steps: list[dict] = field(default_factory=list)
    channels: list[dict] = field(default_factory=list)
    dossier: list[dict] = field(default_factory=list)
    results: list[dict] = field(default_factory=list)
    legal_bases: list[dict] = field(default_factory=list)
    #: Which fields the format carries (a list export carries only a few): the
    #: writer leaves the others as they are on an existing procedure.
    provided: frozenset[str] | None = None

    def content(self) -> dict:
        """The record's content, without where it came from."""
        data = asdict(self)
        for key in ("source", "line", "provided"):
            data.pop(key)
        if self.provided is not None:
            data = {
                k: v
                for k, v in data.items()
                if k in self.provided or k in ("code", "name")
            }
        return data

    def content_hash(self) -> str:
        text = json.dumps(
            self.content(), ensure_ascii=False, sort_keys=True, default=str
        )
        return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Rejection:
    source: str
    line: int
    reason: str  # Vietnamese, for the report
    code: str = ""
