"""What the three readers share: clean text, the national code, the levels of
government, the ministries' sectors, and the Vietnamese rejection reasons.

Kept apart from the readers so that every format cleans text the same way
(NFC, no NBSP, "Không có thông tin" read as empty) and so that a code is
valid or not whatever file it came in.
"""

from __future__ import annotations

import re

from vietnamese import nfc, unaccent

from ..models.procedures import CODE_PATTERN

NO_INFO = "Không có thông tin"
_CODE = re.compile(CODE_PATTERN)
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u200b\ufeff]+")
# Control characters other than tab and line feed (NUL included): never text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

#: Longest text the reasons quote (a reason is a line of a report).
QUOTE = 60


def clean(value, *, multiline: bool = True) -> str:
    """Text as stored: NFC, NBSP and runs of spaces as one space, control
    characters dropped, lines trimmed, "Không có thông tin" as empty.

    Anything that is not text (a number in a cell, a list where a string was
    expected) is turned into its text rather than refused: the reader decides
    whether an empty result is an error.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, str):
        if isinstance(value, int | float):
            value = str(value)
        else:
            return ""
    text = nfc(value).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    if multiline:
        text = "\n".join(lines)
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
    else:
        text = " ".join(line for line in lines if line)
    if text.strip(" .") == NO_INFO or text.casefold() == NO_INFO.casefold():
        return ""
    return text


def short_source(source: str) -> str:
    """A file's name for the report, shortened in the middle if it is huge."""
    source = str(source)
    return source if len(source) <= 255 else source[:120] + "…" + source[-120:]


def quote(text: str) -> str:
    text = str(text)
    return text if len(text) <= QUOTE else text[: QUOTE - 1] + "…"


def check_code(raw) -> tuple[str, str | None]:
    """The national code, cleaned, and the reason it is refused (or None).

    Spaces and NBSP around or inside the code are dropped (a code never holds
    one; spreadsheets add them); anything else not of the form 1.000080 is
    refused rather than guessed.
    """
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        # Excel turns 1.000080 typed in a cell into the number 1.00008.
        return clean(raw), (
            f"Mã thủ tục là một số ({quote(clean(raw))}), không phải chữ: hãy định "
            "dạng cột mã là Văn bản (Text) để giữ các chữ số 0"
        )
    code = clean(raw, multiline=False)
    code = code.replace(" ", "")
    if not code:
        return "", "Thiếu mã thủ tục"
    if not _CODE.match(code):
        return code, f"Mã thủ tục không đúng dạng: {quote(code)} (ví dụ 1.000080)"
    return code, None


_GOVERNMENT_LEVELS = [
    ("cap bo", "bo"),
    ("cap tinh", "tinh"),
    ("cap huyen", "huyen"),
    ("cap xa", "xa"),
    ("co quan khac", "khac"),
]


def government_levels(raw) -> list[str]:
    """ "Cấp bộ, Cấp tỉnh" → ["bo", "tinh"]; "Cơ quan khác" → ["khac"].

    Read by name, whatever the separator (comma, semicolon, line break) and
    case; unknown names are dropped; the order is the vocabulary's, no repeats.
    """
    if isinstance(raw, list | tuple):
        raw = ", ".join(clean(item, multiline=False) for item in raw)
    text = unaccent(clean(raw, multiline=False)).lower()
    text = re.sub(r"\s+", " ", text)
    return [code for name, code in _GOVERNMENT_LEVELS if name in text]


#: The ministries met in the data (and their neighbours), by the unaccented
#: lower-case form of their name, the abbreviation after "QĐ-" in a decision
#: number, and the folder name of the NPSP export: the sector (ngành) each
#: gives its procedures. The former Ministry of Transport's procedures belong
#: to Xây dựng since the 2025 merger ("Bộ xây dựng (Giao thông vận tải cũ)").
MINISTRIES = [
    # (sector, names, decision suffixes, folders)
    ("Tư pháp", ["bo tu phap"], ["BTP"], ["bo-tu-phap"]),
    (
        "Xây dựng",
        ["bo xay dung", "bo giao thong van tai"],
        ["BXD", "BGTVT"],
        ["bo-xay-dung", "bo-giao-thong-van-tai"],
    ),
    ("Tài chính", ["bo tai chinh"], ["BTC"], ["bo-tai-chinh"]),
    ("Công an", ["bo cong an"], ["BCA"], ["bo-cong-an"]),
    ("Y tế", ["bo y te"], ["BYT"], ["bo-y-te"]),
    ("Giáo dục và Đào tạo", ["bo giao duc"], ["BGDĐT", "BGDDT"], ["bo-giao-duc"]),
    ("Nội vụ", ["bo noi vu"], ["BNV"], ["bo-noi-vu"]),
    ("Công Thương", ["bo cong thuong"], ["BCT"], ["bo-cong-thuong"]),
    (
        "Nông nghiệp và Môi trường",
        ["bo nong nghiep", "bo tai nguyen"],
        ["BNNMT", "BNNPTNT", "BTNMT"],
        ["bo-nong-nghiep-va-moi-truong"],
    ),
    (
        "Khoa học và Công nghệ",
        ["bo khoa hoc", "bo thong tin va truyen thong"],
        ["BKHCN", "BTTTT"],
        ["bo-khoa-hoc-va-cong-nghe"],
    ),
    (
        "Văn hóa, Thể thao và Du lịch",
        ["bo van hoa"],
        ["BVHTTDL"],
        ["bo-van-hoa-the-thao-va-du-lich"],
    ),
    ("Ngoại giao", ["bo ngoai giao"], ["BNG"], ["bo-ngoai-giao"]),
    ("Quốc phòng", ["bo quoc phong"], ["BQP"], ["bo-quoc-phong"]),
    ("Dân tộc và Tôn giáo", ["bo dan toc"], ["BDTTG"], ["bo-dan-toc-va-ton-giao"]),
]


def sector_of_ministry(name) -> str:
    """ "Bộ xây dựng (Giao thông vận tải cũ)" → "Xây dựng"; "" if unknown."""
    key = re.sub(r"\s+", " ", unaccent(clean(name, multiline=False)).lower())
    for sector, names, _suffixes, _folders in MINISTRIES:
        if any(key.startswith(n) for n in names):
            return sector
    return ""


def sector_of_decision(number) -> str:
    """ "163/QĐ-BTP" → "Tư pháp"."""
    match = re.search(r"Q[ĐD]-([A-ZĐ]+)", clean(number, multiline=False))
    if not match:
        return ""
    suffix = match.group(1)
    for sector, _names, suffixes, _folders in MINISTRIES:
        if suffix in suffixes:
            return sector
    return ""


#: Ministries' codes in national codes (KQ.G15.000033, field codes "G15-…"):
#: only the ones met in the data (G04 is the former Ministry of Transport).
AGENCY_CODES = {"G15": "Tư pháp", "G17": "Xây dựng", "G04": "Xây dựng"}


def sector_of_agency_code(code) -> str:
    """ "G15-TP01" or "KQ.G15.000033" → "Tư pháp"."""
    match = re.search(
        r"(?:^|[.\-_])?(G\d{2})(?=[.\-_]|$)", clean(code, multiline=False)
    )
    return AGENCY_CODES.get(match.group(1), "") if match else ""


def sector_of_folder(folder: str) -> str:
    """ "bo-tu-phap" → "Tư pháp"."""
    for sector, _names, _suffixes, folders in MINISTRIES:
        if folder in folders:
            return sector
    return ""


def identify(data, code_key: str, name_key: str, source: str, line: int):
    """The code and name every format's record starts with: ``(code, name)``,
    or the Rejection that says what is missing (the readers' one check)."""
    from ..records import Rejection

    if not isinstance(data, dict):
        return Rejection(source, line, "Bản ghi không phải đối tượng JSON")
    code, reason = check_code(data.get(code_key))
    if reason:
        return Rejection(source, line, reason, code=code)
    name = clean(data.get(name_key), multiline=False)
    if not name:
        return Rejection(source, line, "Thiếu tên thủ tục", code=code)
    return code, name
