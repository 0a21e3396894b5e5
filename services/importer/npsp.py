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
    NO_INFO,
    clean,
    government_levels,
    identify,
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
_SOFT = re.compile(rf"(?:{L}(?={U})|{L}(?=\d)|\d(?={U}{L})|{U}(?={U}{L}))")


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
    # A numbered file name after the name's own full stop: "…Việt-Anh);" +
    # "5.nxinnhn….doc", not "…Việt-Anh);5." + "nxinnhn….doc".
    numbered = re.search(r"(?<=[;:.)\]])\d{1,2}\.$", segment[:start])
    if numbered:
        start = numbered.start()
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
# 85/2019/TT-BTC, 123/2015/NĐ-CP, 66.7/2025/NQ-CP, 60/2014/QH13, 90/QĐ-TTg,
# 48/VBHN-VPQH, and the data's slips: 198/2016/TT/BTC, 165/2024/NĐ- CP.
_DOC_NUMBER = (
    r"(?:(?<!\d)\d{1,3}\.\d{1,2}|\d{1,4})/(?:\d{4}/)?(?:QH\d{1,2}|[A-ZĐƯƠÂÊÔĂ]+)"
    r"(?:(?:-\s?|/)(?:TTg|[A-ZĐƯƠÂÊÔĂ]+))*"
)
# A number that ends a row: followed by the next row's title (a capital and a
# small letter), a quote or bracket, or the end. A number inside a title is
# followed by a space and a small letter ("ngày"), punctuation, or its own
# number cell (a digit). "QĐ-T|Tg" is not a boundary; "NĐ-CP|sửa đổi…" is
# (the data has titles starting in lower case).
_CELL = re.compile(
    rf"(?P<number>{_DOC_NUMBER})(?!g|Tg)(?=\s*$|\s*{U}{L}|\s*{U}{U}{L}|\s*[\"“(]|(?<=N[ĐQ]-CP){L})"
)
_NUMBER_AT_END = re.compile(rf"{_DOC_NUMBER}$")
_GLUE = re.compile(rf"{L}(?={U})")


def _unglue(title: str, number: str) -> tuple[str, str]:
    """A number cell glued to a title ending in digits: "Luật 60/2014/QH" +
    "1360/2014/QH13" is "Luật 60/2014/QH13" + "60/2014/QH13"; "… năm 20" +
    "1335/2013/QH13" is "… năm 2013" + "35/2013/QH13"."""
    cuts = [cut for cut in range(1, 4) if re.fullmatch(_DOC_NUMBER, number[cut:])]
    for cut in cuts:
        found = _NUMBER_AT_END.search(title + number[:cut])
        if found and found.group(0) == number[cut:]:
            return title + number[:cut], number[cut:]
    for cut in cuts:
        if re.search(r"(?<!\d)(?:19|20)\d\d$", title + number[:cut]):
            return title + number[:cut], number[cut:]
    return title, number


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
            number = match.group("number")
            # "Luật 60/2014/QH13" glued to its cell "60/2014/QH13": the match
            # began inside the title's number ("…QH" + "1360/2014/QH13").
            if title[-1:].isalnum():
                title, number = _unglue(title, number)
            last = match.end()
            title = title.strip()
            # A number cell written as words ("Thông tư số 03/2023/TT-BTP"):
            # its words are glued to the title ("…Bộ Tư phápThông tư số").
            glue = list(_GLUE.finditer(title))
            if glue and len(title) - glue[-1].end() <= 40:
                title = title[: glue[-1].end()].strip()
            if not title or _GLUE.search(title):
                raise Unparsable(title)
            bases.append({"number": number[:80], "title": title})
        if body[last:].strip() or not bases:
            raise Unparsable(body[last:])
    except Unparsable:
        return original(text)
    return [{"type": "basis", "value": value} for value in bases]


# --- Results (kết quả thực hiện) ----------------------------------------------

# What the page shows after the results: the agency chooser and its button.
_CHROME = re.compile(r"Chọn cơ quan thực hiện.*$", re.DOTALL)
# "Mã: KQ.G15.000033", glued to what follows: "Từ khóa", the next result's
# name (a capital and a small letter), or the end. Codes in the data are not
# all of the KQ form ("12231", "000.00.00.G15-KQ0187", "G15-TP05.00001").
_RESULT_CODE = re.compile(
    r"Mã:\s*(?P<code>KQ[.\-]G\d{2}\.\d{6}(?!\d)"
    rf"|[A-Za-z0-9][A-Za-z0-9.\-_/]{{0,59}}?(?=Từ khóa|{U}{L}|- |\s*$))"
)
_DETAILS = re.compile(r"Từ khóa(?P<keywords>.*?)Mô tả", re.DOTALL)


def parse_results(text: str) -> list[dict]:
    """ "<name>Mã: <code>[Từ khóa<k>Mô tả<d>]" repeated. A description other
    than "Không có thông tin" has no end but the text's: only the last
    result may have one, else the whole is kept as original text."""
    text = clean(_CHROME.sub("", clean(text)))
    if not text:
        return []
    if "Mã:" not in text:
        if "Từ khóa" in text:
            return original(text)
        return [{"type": "result", "value": {"code": "", "name": _strip_bullet(text)}}]
    results = []
    pos = 0
    while pos < len(text):
        marker = text.find("Mã:", pos)
        if marker < 0:
            return original(text)
        code = _RESULT_CODE.match(text, marker)
        name = _strip_bullet(clean(text[pos:marker]))
        if not code or not name:
            return original(text)
        pos = code.end()
        description = ""
        details = _DETAILS.match(text, pos)
        if details:
            pos = details.end()
            if text.startswith(NO_INFO, pos):
                pos += len(NO_INFO)
            elif "Mã:" in text[pos:]:
                return original(text)
            else:
                description, pos = clean(text[pos:]), len(text)
        full = f"{name}\n{description}" if description else name
        results.append(
            {"type": "result", "value": {"code": code["code"], "name": full}}
        )
    return results


# --- Steps (trình tự thực hiện) -----------------------------------------------

# "a) Trường hợp …:" or "* Trường hợp …:" at a line's start or after a full
# stop (the text glues "…của Trung tâm.b) Trường hợp…"); "(i) Trường hợp"
# and "+ Trường hợp" are steps of their own, not cases.
_CASE_HEAD = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;]))[ \t]*"
    r"(?P<head>(?:[a-zđ]\)|\*)[ \t]*(?:Trường hợp|Đối với)[^:\n]{0,300}):"
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def parse_steps(text: str) -> list[dict]:
    """One step a line; where the text names two cases or more ("a) Trường
    hợp …:", "* Trường hợp …:") each case has its steps, the lines before
    the first case being a case with no name."""
    text = clean(text)
    if not text:
        return []
    heads = list(_CASE_HEAD.finditer(text))
    if len(heads) < 2:
        return [{"type": "case", "value": {"case": "", "steps": _lines(text)}}]
    cases = []
    intro = _lines(text[: heads[0].start()])
    if intro:
        cases.append({"case": "", "steps": intro})
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        steps = _lines(text[head.end() : end])
        if not steps:
            return original(text)
        title = re.sub(r"^\*\s*", "", clean(head["head"], multiline=False))
        cases.append({"case": title[:500], "steps": steps})
    return [{"type": "case", "value": value} for value in cases]


# --- The record ---------------------------------------------------------------


def read_record(data, source: str, line: int, folder: str = ""):
    """One NPSP object → ProcedureRecord, or Rejection."""
    found = identify(data, "ma_thu_tuc", "ten_thu_tuc", source, line)
    if isinstance(found, Rejection):
        return found
    code, name = found
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
