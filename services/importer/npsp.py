"""The procedure records as the National Public Service Portal publishes them
(``json/<ministry>/<code>.json``, lower-case keys; see the data README).

The portal flattens its tables to text with the cell boundaries lost
(``Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến7Miễn phí(...)``). The
parsers below take that text apart where the shape is certain and otherwise
keep it whole as an ``original`` block: a citizen reading the original is
better served than one reading a wrong time or fee.

Decisions (the data is silent on them):
- A time with no unit (``Trực tuyến7Miễn phí``) keeps its number with an empty
  unit: the portal does not say whether 7 means days or working days.
- "Miễn phí" is a fee of amount 0 (its parenthesised note as description); a
  fee of "Không có thông tin" is no fee at all.
- Result keywords ("Từ khóa") are dropped; a result's description, when there
  is one, follows its name on a new line.
- ``co_quan_duoc_uy_quyen`` and ``co_quan_phoi_hop`` have no field of their
  own: they go into ``description``, labelled.
"""

from __future__ import annotations

import re

from ..blocks import DAYS, DIRECT, HOURS, ONLINE, POSTAL, WORKING_DAYS
from ..records import ProcedureRecord, Rejection
from .common import (
    check_code,
    clean,
    government_levels,
    quote,
    sector_of_decision,
    sector_of_folder,
)

#: Keys that make a JSON object an NPSP record (dispatch in services.importer).
KEYS = frozenset({"ma_thu_tuc", "ten_thu_tuc", "cach_thuc_thuc_hien", "raw_text"})

_UPPER = "".join(
    ch
    for ch in map(chr, list(range(0x41, 0x250)) + list(range(0x1E00, 0x1F00)))
    if ch.isupper()
)
_LOWER = "".join(
    ch
    for ch in map(chr, list(range(0x61, 0x250)) + list(range(0x1E00, 0x1F00)))
    if ch.islower()
)
U = f"[{_UPPER}]"
L = f"[{_LOWER}]"


def original(text: str) -> list[dict]:
    return [{"type": "original", "value": text}] if text else []


class Unparsable(ValueError):
    """The text's shape is not certain: keep it as original text."""


def _strip_bullet(text: str) -> str:
    return re.sub(r"^[-–•]\s*", "", text.strip()).strip()


# --- Channels (cách thức thực hiện) -------------------------------------------

CHANNELS_HEAD = "Hình thức nộpThời gianPhí, lệ phíMô tả"
CHANNEL_NAMES = {
    "Trực tiếp": DIRECT,
    "Trực tuyến": ONLINE,
    "Dịch vụ bưu chính": POSTAL,
}
_CHANNEL = re.compile(
    r"(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\d|Không có thông tin)"
)
TIME_UNITS = {
    "ngày làm việc": WORKING_DAYS,
    "ngày": DAYS,
    "giờ": HOURS,
    "tháng": "months",
    "năm": "years",
}
_TIME = re.compile(
    r"(?P<amount>\d+(?:[.,]\d+)?)(?:\s*-\s*(?P<upto>\d+(?:[.,]\d+)?))?"
    r"(?:\s*(?P<unit>Ngày làm việc|ngày làm việc|Ngày|ngày|Giờ|giờ|Tháng|tháng"
    r"|Năm|năm))?"
)
_FEE = re.compile(
    r"(?P<free>Miễn phí)|(?P<none>Không có thông tin)"
    r"|(?P<amount>\d[\d.,]*)\s*(?P<unit>Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD)"
)


def _number(text: str) -> str:
    """ "1,800,000" → "1800000"; "0.5" / "0,5" → "0.5"; else Unparsable."""
    if re.fullmatch(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*", text) and not re.fullmatch(
        r"0[.,]\d{3}", text
    ):
        return re.sub(r"[.,]", "", text)
    if re.fullmatch(r"\d+", text):
        return str(int(text))
    raise Unparsable(text)


def _balanced(text: str) -> tuple[str, str]:
    """Split "(a (b))rest" into ("a (b)", "rest")."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return text[1:i], text[i + 1 :]
    raise Unparsable(text)


def _time(body: str) -> dict:
    """One cell row: time, fee (with its note), description."""
    time = {"amount": None, "unit": "", "description": "", "fees": []}
    if body.startswith("Không có thông tin"):
        rest = body[len("Không có thông tin") :]
    else:
        match = _TIME.match(body)
        if not match:
            raise Unparsable(body)
        rest = body[match.end() :]
        amount = match.group("amount").replace(",", ".")
        if match.group("upto"):
            # A range has no single amount: keep it as words.
            upto = match.group("upto").replace(",", ".")
            unit = (match.group("unit") or "").lower()
            time["description"] = f"{amount} - {upto} {unit}".strip()
        else:
            time["amount"] = amount
        if match.group("unit"):
            time["unit"] = TIME_UNITS[match.group("unit").lower()]
    fee = _FEE.match(rest)
    if not fee:
        raise Unparsable(rest)
    rest = rest[fee.end() :]
    note = ""
    if rest.startswith("("):
        note, rest = _balanced(rest)
    note = clean(note)
    if fee.group("free"):
        time["fees"].append({"amount": "0", "unit": "Đồng", "description": note})
    elif fee.group("amount"):
        unit = "USD" if fee.group("unit") == "USD" else "Đồng"
        time["fees"].append(
            {"amount": _number(fee.group("amount")), "unit": unit, "description": note}
        )
    elif note:
        time["fees"].append({"amount": None, "unit": "Đồng", "description": note})
    description = clean(rest)
    time["description"] = "\n".join(x for x in (time["description"], description) if x)
    return time


def parse_channels(text: str) -> list[dict]:
    text = clean(text)
    if not text:
        return []
    try:
        if not text.startswith(CHANNELS_HEAD):
            raise Unparsable(text)
        parts = _CHANNEL.split(text[len(CHANNELS_HEAD) :])
        if parts[0].strip() or len(parts) < 3:
            raise Unparsable(text)
        channels: dict[str, dict] = {}
        for name, body in zip(parts[1::2], parts[2::2], strict=True):
            channel = CHANNEL_NAMES[name]
            block = channels.setdefault(channel, {"channel": channel, "times": []})
            block["times"].append(_time(body))
    except Unparsable:
        return original(text)
    return [{"type": "channel", "value": value} for value in channels.values()]


# --- Dossier (thành phần hồ sơ) -----------------------------------------------

DOSSIER_HEAD = "Tên giấy tờMẫu đơn, tờ khaiSố lượng"
# A count as the table gives it: "1 bản chính" or "0 bản chính,1 bản sao",
# glued to the next document's name. The same words inside a name ("01 bản
# chính hoặc 01 bản sao có chứng thực") are followed by a space or punctuation.
_COUNT = re.compile(
    r"(?<!\d)(?P<originals>\d{1,3}) bản chính(?:,(?P<copies>\d{1,3}) bản sao)?"
    r"(?=$|[^\s),;.:])"
)
_EXT = r"\.(?:docx?|pdf|xlsx?|rar|zip|odt|rtf|jpe?g|png)"
_FILES_AT_END = re.compile(rf"(?:{_EXT})(?=.*{_EXT}$|$)", re.IGNORECASE | re.DOTALL)
# Where a form's file name starts, glued to the document's name.
_HARD = re.compile(r"(?:(?<!\d)[.;:)\]]|\.(?!\d)|theo (?:mẫu|Mẫu)(?: quy định)?)(?=\S)")
_SOFT = re.compile(rf"(?:{L}(?={U})|{L}(?=\d))")


def _split_form(segment: str) -> tuple[str, str]:
    """ "Đơn đề nghị theo mẫuMẫu số 01.docx" → ("Đơn đề nghị theo mẫu",
    "Mẫu số 01.docx"); no form: (segment, "")."""
    ends = [m.end() for m in _FILES_AT_END.finditer(segment)]
    if not ends or ends[-1] != len(segment):
        return segment, ""
    first = re.search(_EXT, segment, re.IGNORECASE).start()
    head = segment[:first]
    start = None
    hard = [m.end() for m in _HARD.finditer(head) if m.end() < len(head)]
    if hard:
        start = hard[-1]
    else:
        soft = _SOFT.search(head)
        if soft:
            start = soft.end()
    if start is None or start == 0:
        return segment, ""
    name, files = segment[:start], segment[start:]
    names, start = [], 0
    for match in re.finditer(_EXT, files, re.IGNORECASE):
        names.append(files[start : match.end()].strip())
        start = match.end()
    return name, "; ".join(n for n in names if n)


def _case_title(text: str) -> str:
    title = clean(text, multiline=False)
    title = re.sub(r"^[*\-–\s]+", "", title)
    title = re.sub(r"[\s:]+$", "", title)
    return "" if set(title) <= {"-"} else title


def parse_dossier(text: str) -> list[dict]:
    text = clean(text)
    if not text or set(text) <= {"-", " "}:
        return []
    try:
        parts = text.split(DOSSIER_HEAD)
        if len(parts) < 2:
            raise Unparsable(text)
        cases = []
        title = parts[0]
        for i, part in enumerate(parts[1:], start=1):
            documents = []
            last = 0
            for match in _COUNT.finditer(part):
                segment = part[last : match.start()].strip()
                last = match.end()
                if not segment:
                    raise Unparsable(part)
                name, form = _split_form(segment)
                documents.append(
                    {
                        "name": _strip_bullet(name),
                        "originals": int(match.group("originals")),
                        "copies": int(match.group("copies") or 0),
                        "form_name": form[:500],
                        "form_url": "",
                        "form_document": None,
                    }
                )
            tail = part[last:]
            if not documents:
                raise Unparsable(part)
            cases.append({"case": _case_title(title)[:500], "documents": documents})
            if i == len(parts) - 1 and tail.strip(" -"):
                raise Unparsable(tail)
            title = tail
    except Unparsable:
        return original(text)
    return [{"type": "case", "value": value} for value in cases]


# --- Legal bases (căn cứ pháp lý) ---------------------------------------------

LEGAL_HEAD = "Tên văn bản pháp lýMã văn bản"
# 85/2019/TT-BTC, 123/2015/NĐ-CP, 66.7/2025/NQ-CP, 60/2014/QH13, 07/2025/QĐ-TTg.
_DOC_NUMBER = r"\d{1,4}(?:\.\d+)?/\d{4}/(?:QH\d{1,2}|[A-ZĐ]+)(?:-(?:TTg|[A-ZĐ]+))*"
# A number that ends a row: the next row's title (a capital and a small
# letter), the next row glued to it, or the end.
_CELL = re.compile(
    rf"(?P<number>{_DOC_NUMBER})(?=\s*$|\s*{U}{L}|\s*{U}{U}{L}|\s*\d|\s*[\"“(])"
)
_GLUE = re.compile(rf"{L}(?={U})")


def parse_legal_bases(text: str) -> list[dict]:
    text = clean(text, multiline=False)
    if not text:
        return []
    try:
        if not text.startswith(LEGAL_HEAD):
            raise Unparsable(text)
        body = text[len(LEGAL_HEAD) :]
        bases = []
        last = 0
        for match in _CELL.finditer(body):
            title = body[last : match.start()]
            # "…Nghị định 42/2020/NĐ-CP" glued to its own number cell: a number
            # followed by another number is the title's, the next one the cell.
            if re.match(rf"\s*{_DOC_NUMBER}", body[match.end() :]):
                continue
            last = match.end()
            title = title.strip()
            # A number cell written as words ("Thông tư số 03/2023/TT-BTP"):
            # its words are glued to the title ("…Bộ Tư phápThông tư số").
            glue = list(_GLUE.finditer(title))
            if glue and len(title) - glue[-1].end() <= 40:
                title = title[: glue[-1].end()].strip()
            if not title or _GLUE.search(title):
                raise Unparsable(title)
            bases.append({"number": match.group("number")[:80], "title": title})
        if body[last:].strip() or not bases:
            raise Unparsable(body[last:])
    except Unparsable:
        return original(text)
    return [{"type": "basis", "value": value} for value in bases]


# --- Results (kết quả thực hiện) ----------------------------------------------

# What the page shows after the results: the agency chooser and its button.
_CHROME = re.compile(r"Chọn cơ quan thực hiện.*$", re.DOTALL)
_RESULT = re.compile(r"Mã:\s*(?P<code>[A-Z]{2}\.[A-Z0-9]+\.\d+)Từ khóa(?P<kw>.*?)Mô tả")


def parse_results(text: str) -> list[dict]:
    text = clean(_CHROME.sub("", clean(text)))
    if not text:
        return []
    matches = list(_RESULT.finditer(text))
    if not matches:
        if "Mã:" in text or "Từ khóa" in text:
            return original(text)
        return [{"type": "result", "value": {"code": "", "name": _strip_bullet(text)}}]
    results = []
    name = text[: matches[0].start()]
    for i, match in enumerate(matches):
        between = (
            text[match.end() : matches[i + 1].start()]
            if i + 1 < len(matches)
            else text[match.end() :]
        )
        if between.startswith("Không có thông tin"):
            description, following = "", between[len("Không có thông tin") :]
        elif i + 1 == len(matches):
            description, following = between, ""
        else:
            # A description glued to the next result's name: no boundary.
            return original(text)
        name = _strip_bullet(clean(name))
        if not name:
            return original(text)
        description = clean(description)
        full = f"{name}\n{description}" if description else name
        results.append(
            {"type": "result", "value": {"code": match["code"], "name": full}}
        )
        name = following
    return results


# --- Steps (trình tự thực hiện) -----------------------------------------------

_CASE_LINE = re.compile(
    r"^(?:\*\s*|[a-zđ]\)\s*|\d+\.\s*|[IVX]+\.\s*)?(?:Trường hợp|Đối với trường hợp)"
    r"[^\n]{0,250}:$"
)


def parse_steps(text: str) -> list[dict]:
    """One step a line; lines such as "* Trường hợp nộp trực tuyến:" open a
    case (only when the text is headed by such lines, so a step that begins
    "Trường hợp hồ sơ chưa đầy đủ…" is not mistaken for one)."""
    text = clean(text)
    if not text:
        return []
    lines = [line for line in text.split("\n") if line.strip()]
    cases: list[dict] = []
    current = None
    if _CASE_LINE.match(lines[0]):
        for line in lines:
            if _CASE_LINE.match(line):
                current = {"case": _case_title(line)[:500], "steps": []}
                cases.append(current)
            else:
                current["steps"].append(line)
        if any(not case["steps"] for case in cases):
            return original(text)
    else:
        cases = [{"case": "", "steps": lines}]
    return [{"type": "case", "value": value} for value in cases]


# --- The record ---------------------------------------------------------------


def read_record(data, source: str, line: int, folder: str = ""):
    """One NPSP object → ProcedureRecord, or Rejection."""
    if not isinstance(data, dict):
        return Rejection(source, line, "Bản ghi không phải đối tượng JSON")
    code, reason = check_code(data.get("ma_thu_tuc"))
    if reason:
        return Rejection(source, line, reason, code=code)
    name = clean(data.get("ten_thu_tuc"), multiline=False)
    if not name:
        return Rejection(source, line, "Thiếu tên thủ tục", code=code)
    decision = clean(data.get("so_quyet_dinh"), multiline=False)[:120]
    url = clean(data.get("detail_url"), multiline=False)
    extra = []
    for key, label in (
        ("co_quan_duoc_uy_quyen", "Cơ quan được ủy quyền"),
        ("co_quan_phoi_hop", "Cơ quan phối hợp"),
    ):
        value = clean(data.get(key))
        if value:
            extra.append(f"{label}: {value}")
    return ProcedureRecord(
        code=code,
        name=name,
        source=source,
        line=line,
        procedure_type=clean(data.get("loai_thu_tuc"), multiline=False)[:255],
        decision_number=decision,
        government_levels=government_levels(data.get("cap_thuc_hien")),
        sector_name=sector_of_folder(folder) or sector_of_decision(decision),
        field_name=clean(data.get("linh_vuc"), multiline=False)[:255],
        implementing_agency=clean(data.get("co_quan_thuc_hien")),
        competent_authority=clean(data.get("co_quan_co_tham_quyen")),
        applicants=clean(data.get("doi_tuong_thuc_hien")),
        reception_address=clean(data.get("dia_chi_tiep_nhan")),
        description="\n".join(extra),
        requirements=clean(data.get("yeu_cau_dieu_kien")),
        related=clean(data.get("thu_tuc_lien_quan")),
        national_url=url[:500] if re.match(r"https?://\S+$", url) else "",
        steps=parse_steps(_text(data.get("trinh_tu_thuc_hien"))),
        channels=parse_channels(_text(data.get("cach_thuc_thuc_hien"))),
        dossier=parse_dossier(_text(data.get("thanh_phan_ho_so"))),
        results=parse_results(_text(data.get("ket_qua_xu_ly"))),
        legal_bases=parse_legal_bases(_text(data.get("can_cu_phap_ly"))),
    )


def _text(value) -> str:
    return value if isinstance(value, str) else clean(value)


__all__ = ["KEYS", "read_record", "quote"]
