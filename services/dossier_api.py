"""The one-stop-shop system's JSON API: dossier status pushes in, postal
requests out (Art. 14.2, 14.3).

Reads and checks a push without the database: every field is checked and
every error reported at once (field, machine code, Vietnamese message), so
that nothing is written unless the whole payload holds. The views
(``services.urls_dossiers``) write a valid push in one transaction.

A push (``POST``, ``Content-Type: application/json``)::

    {
      "ma_ho_so": "000.00.20.H01-261201-0001",
      "ma_thu_tuc": "1.000080",
      "trang_thai": 4,                    # national status 1–10
      "ngay_tiep_nhan": "2026-12-01T08:00:00+07:00",
      "ngay_hen_tra": "2026-12-08",       # a date alone: the end of that day
      "ngay_tra_ket_qua": null,
      "ma_bi_mat": "K7P2QX",              # printed on the receipt
      "cac_buoc": [{"ten": "...", "don_vi": "...",
                    "bat_dau": "...", "ket_thuc": null}],
      "cap_nhat_luc": "2026-12-01T08:05:00+07:00"   # optional
    }
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from vietnamese import nfc

from .models.procedures import CODE_PATTERN

#: <unit code>-<yyMMdd>-<NNNN>, e.g. 000.00.20.H01-261201-0001 (ASCII digits only).
DOSSIER_CODE = re.compile(
    r"^(?P<unit>[A-Z0-9][A-Z0-9.]{0,29})-(?P<day>[0-9]{6})-(?P<number>[0-9]{4})$"
)
DATE_ONLY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
SECRET = re.compile(r"^[A-Za-z0-9-]{4,64}$")
MAX_STEPS = 100
MAX_TEXT = 500
FIELDS = {
    "ma_ho_so",
    "ma_thu_tuc",
    "trang_thai",
    "ngay_tiep_nhan",
    "ngay_hen_tra",
    "ngay_tra_ket_qua",
    "ma_bi_mat",
    "cac_buoc",
    "cap_nhat_luc",
}
STEP_FIELDS = {"ten", "don_vi", "bat_dau", "ket_thuc"}

MESSAGES = {
    "required": "Thiếu trường bắt buộc.",
    "type_string": "Phải là một chuỗi ký tự.",
    "type_integer": "Phải là một số nguyên.",
    "type_list": "Phải là một danh sách.",
    "type_object": "Phải là một đối tượng JSON.",
    "too_long": "Quá dài.",
    "too_many": "Quá nhiều bước xử lý (tối đa 100).",
    "nul": "Không được chứa ký tự NUL.",
    "control": "Không được chứa ký tự điều khiển.",
    "dossier_code": "Mã hồ sơ phải có dạng <mã đơn vị>-<yyMMdd>-<NNNN>.",
    "dossier_date": "Ngày trong mã hồ sơ không có thật.",
    "procedure_code": "Mã thủ tục không đúng dạng (ví dụ 1.000080).",
    "unknown_procedure": "Cổng không có thủ tục mang mã này.",
    "status_range": "Trạng thái phải là số từ 1 đến 10.",
    "datetime": "Ngày giờ không hợp lệ (ISO 8601, ví dụ 2026-12-01T08:00:00+07:00).",
    "secret": "Mã bí mật phải gồm 4–64 chữ cái, chữ số hoặc dấu gạch ngang.",
    "secret_required": "Hồ sơ mới cần mã bí mật in trên phiếu tiếp nhận.",
    "order": "Ngày này không được trước ngày tiếp nhận.",
    "step_order": "Ngày kết thúc không được trước ngày bắt đầu.",
    "returned_required": "Trạng thái 10 (Đã trả kết quả) cần ngày trả kết quả.",
    "unknown_field": "Trường không được hỗ trợ.",
    "empty": "Không được để trống.",
}


@dataclass
class Invalid(Exception):
    """The payload's errors, each ``(field, code)``."""

    errors: list[tuple[str, str]]

    def as_json(self) -> dict:
        return {
            "errors": [
                {"field": name, "code": code, "message": MESSAGES[code]}
                for name, code in self.errors
            ]
        }


@dataclass
class Step:
    name: str
    unit: str
    started_at: datetime | None
    ended_at: datetime | None


@dataclass
class Push:
    code: str
    procedure_code: str
    status: int
    received_at: datetime | None
    appointment_at: datetime | None
    returned_at: datetime | None
    secret: str | None
    steps: list[Step] = field(default_factory=list)
    updated_at: datetime | None = None

    def fingerprint(self) -> str:
        """sha256 of the push's content, in a canonical form: the same push
        twice has the same fingerprint, whatever its key order or spacing."""

        def when(value):
            return value.isoformat() if value else None

        canonical = {
            "code": self.code,
            "procedure": self.procedure_code,
            "status": self.status,
            "dates": [
                when(self.received_at),
                when(self.appointment_at),
                when(self.returned_at),
            ],
            "secret": hashlib.sha256((self.secret or "").encode()).hexdigest()
            if self.secret
            else None,
            "steps": [
                [s.name, s.unit, when(s.started_at), when(s.ended_at)]
                for s in self.steps
            ],
        }
        text = json.dumps(canonical, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class BadJson(Exception):
    """The body is not JSON this API can read."""


def load(body: bytes):
    """The body as JSON; BadJson on anything else (bad UTF-8, bad syntax,
    brackets nested past the parser's recursion limit, numbers longer than
    Python converts, NaN/Infinity)."""

    def no_constants(name):
        raise ValueError(name)

    try:
        text = body.decode("utf-8")
        return json.loads(text, parse_constant=no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BadJson(str(error)[:200]) from None


def _text(value, name, errors, *, required=True, max_length=MAX_TEXT):
    if value is None or value == "":
        if required:
            errors.append((name, "required"))
        return ""
    if not isinstance(value, str):
        errors.append((name, "type_string"))
        return ""
    if "\x00" in value:
        errors.append((name, "nul"))
        return ""
    value = nfc(value).strip()
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        errors.append((name, "control"))
        return ""
    if len(value) > max_length:
        errors.append((name, "too_long"))
        return ""
    if required and not value:
        errors.append((name, "empty"))
    return value


def _when(value, name, errors, *, end_of_day=False):
    """An ISO 8601 date-time (naive ones in the portal's time zone) or a
    date alone (its start, or its end for an appointment); None for null."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 40 or "\x00" in value:
        errors.append((name, "datetime"))
        return None
    try:
        # A date alone first: parse_datetime reads "2026-12-08" as midnight
        # (datetime.fromisoformat), which would make an appointment late
        # on its own day.
        day = parse_date(value) if DATE_ONLY.match(value) else None
        if day is not None:
            moment = datetime.combine(day, time.max if end_of_day else time.min)
        else:
            moment = parse_datetime(value)
        if moment is None:
            raise ValueError(value)
    except ValueError:
        errors.append((name, "datetime"))
        return None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def _code(value, errors) -> str:
    code = _text(value, "ma_ho_so", errors, max_length=45)
    if not code:
        return ""
    match = DOSSIER_CODE.match(code)
    if not match:
        errors.append(("ma_ho_so", "dossier_code"))
        return ""
    day = match["day"]
    try:
        date(2000 + int(day[:2]), int(day[2:4]), int(day[4:]))
    except ValueError:
        errors.append(("ma_ho_so", "dossier_date"))
        return ""
    return code


def parse(data) -> Push:
    """A checked push from decoded JSON, or Invalid with every error."""
    if not isinstance(data, dict):
        raise Invalid([("", "type_object")])
    errors: list[tuple[str, str]] = []
    for name in sorted(set(data) - FIELDS):
        errors.append((str(name)[:50].replace("\x00", ""), "unknown_field"))

    code = _code(data.get("ma_ho_so"), errors)

    procedure_code = _text(data.get("ma_thu_tuc"), "ma_thu_tuc", errors, max_length=30)
    if procedure_code and not re.match(CODE_PATTERN, procedure_code):
        errors.append(("ma_thu_tuc", "procedure_code"))

    status = data.get("trang_thai")
    if status is None:
        errors.append(("trang_thai", "required"))
    elif isinstance(status, bool) or not isinstance(status, int):
        errors.append(("trang_thai", "type_integer"))
        status = None
    elif not 1 <= status <= 10:
        errors.append(("trang_thai", "status_range"))
        status = None

    received = _when(data.get("ngay_tiep_nhan"), "ngay_tiep_nhan", errors)
    appointment = _when(
        data.get("ngay_hen_tra"), "ngay_hen_tra", errors, end_of_day=True
    )
    returned = _when(data.get("ngay_tra_ket_qua"), "ngay_tra_ket_qua", errors)
    updated = _when(data.get("cap_nhat_luc"), "cap_nhat_luc", errors)
    if received:
        for name, moment in (
            ("ngay_hen_tra", appointment),
            ("ngay_tra_ket_qua", returned),
        ):
            if moment and moment < received:
                errors.append((name, "order"))
    if status == 10 and returned is None and "ngay_tra_ket_qua" not in dict(errors):
        errors.append(("ngay_tra_ket_qua", "returned_required"))

    secret = data.get("ma_bi_mat")
    if secret is not None:
        if not isinstance(secret, str):
            errors.append(("ma_bi_mat", "type_string"))
            secret = None
        elif not SECRET.match(secret):
            errors.append(("ma_bi_mat", "secret"))
            secret = None

    steps = []
    raw_steps = data.get("cac_buoc", [])
    if raw_steps is None:
        raw_steps = []
    if not isinstance(raw_steps, list):
        errors.append(("cac_buoc", "type_list"))
    elif len(raw_steps) > MAX_STEPS:
        errors.append(("cac_buoc", "too_many"))
    else:
        for i, raw in enumerate(raw_steps):
            prefix = f"cac_buoc[{i}]"
            if not isinstance(raw, dict):
                errors.append((prefix, "type_object"))
                continue
            for name in sorted(set(raw) - STEP_FIELDS):
                errors.append((f"{prefix}.{str(name)[:50]}", "unknown_field"))
            step = Step(
                name=_text(raw.get("ten"), f"{prefix}.ten", errors),
                unit=_text(
                    raw.get("don_vi"), f"{prefix}.don_vi", errors, required=False
                ),
                started_at=_when(raw.get("bat_dau"), f"{prefix}.bat_dau", errors),
                ended_at=_when(raw.get("ket_thuc"), f"{prefix}.ket_thuc", errors),
            )
            if step.started_at and step.ended_at and step.ended_at < step.started_at:
                errors.append((f"{prefix}.ket_thuc", "step_order"))
            steps.append(step)
    if errors:
        # Field names with NUL or control characters must not reach the JSON
        # answer's readers as such.
        raise Invalid(
            [
                ("".join(ch for ch in n if unicodedata.category(ch) != "Cc"), c)
                for n, c in errors
            ]
        )
    return Push(
        code=code,
        procedure_code=procedure_code,
        status=status,
        received_at=received,
        appointment_at=appointment,
        returned_at=returned,
        secret=secret,
        steps=steps,
        updated_at=updated,
    )
