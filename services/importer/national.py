"""The national procedures database's JSON package (upper-case keys, see the
data README): structured already, so read field by field, never guessed.

Decisions (no real package is in the data; the fixtures in
services/tests/data/ follow the README):
- A file holds one package object, a list of them, or an object wrapping a
  list under any key (``{"data": [...]}``, ``{"DANHSACHTTHC": [...]}``): the
  first list value whose items are procedure objects.
- Optional keys beyond the README, read when present: ``MUCDO`` (the service
  level, 1–4 as in Decree 43/2011, or "Toàn trình" / "Một phần" / "Cung cấp
  thông tin" as in Decree 42/2022; anything else rejects the record),
  ``SOQUYETDINH`` (the announcing decision), ``NGANH`` (the sector's name) and
  ``URL`` (the procedure's page on the national portal).
- KENH 1/2/3 (number or text) are direct/online/postal; a channel with any
  other KENH is kept as original text. The sector, absent a ``NGANH``, comes
  from the decision's suffix or the ministry code in MALINHVUC / MAKETQUA
  (G15 → Tư pháp).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from vietnamese import unaccent

from ..blocks import CHANNEL_CODES
from ..records import ProcedureRecord, Rejection
from .common import (
    clean,
    government_levels,
    identify,
    quote,
    sector_of_agency_code,
    sector_of_decision,
)

#: Keys that make a JSON object a national package.
KEYS = frozenset({"MATTHC", "TENTTHC"})

UNITS = {
    "ngay lam viec": "working_days",
    "ngay": "days",
    "gio": "hours",
    "thang": "months",
    "nam": "years",
}
LEVEL_WORDS = {
    "toan trinh": 4,
    "mot phan": 3,
    "cung cap thong tin": 2,
}


def unwrap(content: dict):
    """The list a wrapping object holds, or None."""
    for value in content.values():
        if (
            isinstance(value, list)
            and value
            and all(isinstance(item, dict) for item in value)
            and any(KEYS & item.keys() for item in value)
        ):
            return value
    return None


def _items(value) -> list[dict]:
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, dict)]
    return []


def _names(value, key: str, sep: str = "\n") -> str:
    if isinstance(value, str):
        return clean(value)
    names = [clean(item.get(key), multiline=False) for item in _items(value)]
    return sep.join(name for name in names if name)


def _decimal(value, places: int) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    text = clean(value, multiline=False).replace(" ", "")
    if isinstance(value, str):
        if re.fullmatch(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*", text) and places == 0:
            text = re.sub(r"[.,]", "", text)
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite() or number < 0:
        return None
    if places == 0 and number != number.to_integral_value():
        return None
    return format(number.normalize(), "f") if number else "0"


def _count(value) -> int | None:
    number = _decimal(value, 0)
    return int(number) if number is not None and int(number) <= 1000 else None


def _unit(value) -> str:
    key = re.sub(r"\s+", " ", unaccent(clean(value, multiline=False)).lower())
    return UNITS.get(key, "")


def _channels(value) -> list[dict]:
    channels: dict[str, dict] = {}
    blocks = []
    for item in _items(value):
        code = clean(item.get("KENH"), multiline=False)
        channel = CHANNEL_CODES.get(code)
        if not channel:
            # Not one of the three channels: keep what it says, as words.
            times = "; ".join(
                " ".join(
                    x
                    for x in (
                        clean(t.get("THOIGIANGIAIQUYET"), multiline=False),
                        clean(t.get("DONVITINH"), multiline=False),
                        clean(t.get("MOTA"), multiline=False),
                    )
                    if x
                )
                for t in _items(item.get("THOIGIAN"))
            )
            text = f"Hình thức nộp không rõ (KENH {code or 'trống'}): {times}"
            blocks.append({"type": "original", "value": text.rstrip(": ")})
            continue
        block = channels.get(channel)
        if block is None:
            block = channels[channel] = {"channel": channel, "times": []}
            blocks.append({"type": "channel", "value": block})
        for time in _items(item.get("THOIGIAN")):
            raw_amount = time.get("THOIGIANGIAIQUYET")
            amount = _decimal(raw_amount, 2)
            description = clean(time.get("MOTA"))
            unit = _unit(time.get("DONVITINH"))
            if amount is None and clean(raw_amount):
                # "5 - 10" or words: keep them, with the unit, as words.
                words = f"{clean(raw_amount)} {clean(time.get('DONVITINH'))}".strip()
                description = "\n".join(x for x in (words, description) if x)
            fees = []
            for fee in _items(time.get("PHILEPHI")):
                fee_amount = _decimal(fee.get("SOTIEN"), 0)
                fee_text = clean(fee.get("MOTA"))
                if fee_amount is None and clean(fee.get("SOTIEN")):
                    fee_text = "\n".join(
                        x for x in (clean(fee.get("SOTIEN")), fee_text) if x
                    )
                unit_name = clean(fee.get("DONVI"), multiline=False)
                fees.append(
                    {
                        "amount": fee_amount,
                        "unit": "USD"
                        if unit_name.upper() == "USD"
                        else (unit_name[:50] if unit_name else "Đồng")
                        if unaccent(unit_name).lower() not in ("vnd", "dong", "")
                        else "Đồng",
                        "description": fee_text,
                    }
                )
            block["times"].append(
                {
                    "amount": amount,
                    "unit": unit,
                    "description": description,
                    "fees": fees,
                }
            )
    return blocks


def _dossier(value) -> list[dict]:
    cases = []
    for item in _items(value):
        documents = []
        for paper in _items(item.get("GIAYTO")):
            name = clean(paper.get("TENGIAYTO"))
            if not name:
                continue
            url = clean(paper.get("URL"), multiline=False)
            documents.append(
                {
                    "name": name,
                    "originals": _count(paper.get("SOBANCHINH")),
                    "copies": _count(paper.get("SOBANSAO")),
                    "form_name": clean(paper.get("TENMAUDON"), multiline=False)[:500],
                    "form_url": url if re.match(r"https?://\S+$", url) else "",
                    "form_document": None,
                }
            )
        if documents:
            case = clean(item.get("TRUONGHOP"), multiline=False)[:500]
            cases.append(
                {"type": "case", "value": {"case": case, "documents": documents}}
            )
    return cases


def _steps(value) -> list[dict]:
    if isinstance(value, str):
        text = clean(value)
        return [{"type": "original", "value": text}] if text else []
    cases = []
    for item in _items(value):
        steps = [clean(step.get("TENTRINHTU")) for step in _items(item.get("TRINHTU"))]
        steps = [step for step in steps if step]
        if steps:
            case = clean(item.get("TRUONGHOP"), multiline=False)[:500]
            cases.append({"type": "case", "value": {"case": case, "steps": steps}})
    return cases


def _level(value) -> tuple[int | None, str | None]:
    if value is None or value == "":
        return None, None
    text = clean(value, multiline=False)
    if re.fullmatch(r"[1-4]", text):
        return int(text), None
    key = re.sub(r"\s+", " ", unaccent(text).lower())
    key = re.sub(r"^(dich vu cong truc tuyen|dvc ?tt|muc do|muc) ", "", key)
    if re.fullmatch(r"[1-4]", key):
        return int(key), None
    if key in LEVEL_WORDS:
        return LEVEL_WORDS[key], None
    return None, f"Mức độ không đúng: {quote(text)} (1–4, Toàn trình, Một phần)"


def read_record(data, source: str, line: int):
    """One package object → ProcedureRecord, or Rejection."""
    found = identify(data, "MATTHC", "TENTTHC", source, line)
    if isinstance(found, Rejection):
        return found
    code, name = found
    level, reason = _level(data.get("MUCDO"))
    if reason:
        return Rejection(source, line, reason, code=code)
    fields = _items(data.get("LINHVUCTHUCHIEN"))
    field = fields[0] if fields else {}
    field_code = clean(field.get("MALINHVUC"), multiline=False)[:40]
    decision = clean(data.get("SOQUYETDINH"), multiline=False)[:120]
    results = [
        {
            "type": "result",
            "value": {
                "code": clean(item.get("MAKETQUA"), multiline=False)[:60],
                "name": clean(item.get("TENKETQUA")),
            },
        }
        for item in _items(data.get("KETQUATHUCHIEN"))
        if clean(item.get("TENKETQUA"))
    ]
    sector = (
        clean(data.get("NGANH"), multiline=False)
        or sector_of_decision(decision)
        or sector_of_agency_code(field_code)
        or next(
            (
                s
                for s in (sector_of_agency_code(r["value"]["code"]) for r in results)
                if s
            ),
            "",
        )
    )
    levels_value = data.get("CAPTHUCHIEN")
    if isinstance(levels_value, list):
        levels_value = [
            item.get("CAPTHUCHIEN") if isinstance(item, dict) else item
            for item in levels_value
        ]
    url = clean(data.get("URL"), multiline=False)
    return ProcedureRecord(
        code=code,
        name=name,
        source=source,
        line=line,
        procedure_type=clean(data.get("LOAITTHC"), multiline=False)[:255],
        decision_number=decision,
        government_levels=government_levels(levels_value),
        sector_name=sector[:255],
        field_name=clean(field.get("TENLINHVUC"), multiline=False)[:255],
        field_code=field_code,
        level=level,
        implementing_agency=_names(data.get("COQUANTHUCHIEN"), "TENDONVI"),
        competent_authority=_names(data.get("COQUANCOTHAMQUYEN"), "TENDONVI"),
        applicants=_names(data.get("DOITUONGTHUCHIEN"), "TENDOITUONG", ", "),
        description=clean(data.get("MOTA")),
        requirements=clean(data.get("YEUCAU")),
        national_url=url[:500] if re.match(r"https?://\S+$", url) else "",
        steps=_steps(data.get("TRINHTUTHUCHIEN")),
        channels=_channels(data.get("CACHTHUCTHUCHIEN")),
        dossier=_dossier(data.get("THANHPHANHOSO")),
        results=results,
        legal_bases=[
            {
                "type": "basis",
                "value": {
                    "number": clean(item.get("SOVANBAN"), multiline=False)[:80],
                    "title": clean(item.get("TENVANBAN"))
                    or clean(item.get("SOVANBAN"), multiline=False),
                },
            }
            for item in _items(data.get("CANCUPHAPLY"))
            if clean(item.get("TENVANBAN")) or clean(item.get("SOVANBAN"))
        ],
    )
