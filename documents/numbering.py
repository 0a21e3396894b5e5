"""Số, ký hiệu of Vietnamese legal and administrative documents, parsed and checked.

Forms accepted (Decree 30/2020/NĐ-CP on administrative documents, Law 80/2015 on
legal normative documents):

- ``03/2017/QĐ-UBND``: number / year / type code - issuing body (legal documents);
- ``1582/QĐ-UBND``: number / type code - issuing body (individual decisions);
- ``86/2015/QH13``: a law, number / year / National Assembly term;
- ``1234/UBND-KTN``: an official letter (công văn), number / body - unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from vietnamese import nfc

#: Type codes and the document types they stand for.
TYPE_CODES = {
    "L": "Luật",
    "NĐ": "Nghị định",
    "QĐ": "Quyết định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "CT": "Chỉ thị",
    "NQ": "Nghị quyết",
    "KH": "Kế hoạch",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "BC": "Báo cáo",
    "TTr": "Tờ trình",
    "QC": "Quy chế",
    "CV": "Công văn",
}

_PATTERN = re.compile(
    r"^(?P<number>\d{1,6})"
    r"(?:/(?P<year>(?:19|20)\d\d))?"
    r"/(?P<symbol>[A-Za-zĐđ][A-Za-zĐđ0-9&]*(?:-[A-Za-zĐđ0-9&]+)*)$"
)


class NumberError(ValueError):
    """A malformed số/ký hiệu; the message is for the editor, in Vietnamese."""


@dataclass(frozen=True)
class DocumentNumber:
    number: int
    year: int | None
    type_code: str
    issuing_body: str
    text: str

    @property
    def type_name(self) -> str:
        return TYPE_CODES[self.type_code]


def parse(value: str) -> DocumentNumber:
    text = "".join(nfc(value or "").split())
    match = _PATTERN.match(text)
    if not match:
        raise NumberError(
            _(
                "Số, ký hiệu «%(value)s» không đúng định dạng. Ví dụ đúng: "
                "03/2017/QĐ-UBND, 1582/QĐ-UBND, 86/2015/QH13, 1234/UBND-KTN."
            )
            % {"value": value}
        )
    number, year, symbol = int(match["number"]), match["year"], match["symbol"]
    parts = symbol.split("-")
    if len(parts) == 1:
        if year and re.match(r"^QH\d{1,2}$", symbol):
            type_code, body = "L", symbol
        else:
            raise NumberError(
                _("Ký hiệu «%(symbol)s» thiếu cơ quan ban hành (ví dụ QĐ-UBND).")
                % {"symbol": symbol}
            )
    elif parts[0] in TYPE_CODES or parts[0].upper() in TYPE_CODES:
        type_code = parts[0] if parts[0] in TYPE_CODES else parts[0].upper()
        body = "-".join(parts[1:])
    elif year:
        raise NumberError(
            _(
                "Mã loại văn bản «%(code)s» không có trong danh mục (QĐ, NĐ, TT, CT, NQ…)."
            )
            % {"code": parts[0]}
        )
    else:
        type_code, body = "CV", "-".join(parts)
    if year and not (1945 <= int(year) <= 2100):
        raise NumberError(_("Năm ban hành «%(year)s» không hợp lệ.") % {"year": year})
    if number == 0:
        raise NumberError(_("Số văn bản phải lớn hơn 0."))
    return DocumentNumber(
        number=number,
        year=int(year) if year else None,
        type_code=type_code,
        issuing_body=body.upper(),
        text=text,
    )
