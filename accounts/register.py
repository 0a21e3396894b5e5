"""The register of staff accounts of every portal (Art. 10.1: the DIC keeps it).

Read from the operator console: for each agency, its schema's users with their
role, assigning decision, last sign-in and password age. Read-only.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tenants.utils import tenant_context

from aggov.spreadsheets import neutralise

COLUMNS = [
    "Cổng",
    "Tên đăng nhập",
    "Họ và tên",
    "Thư điện tử",
    "Vai trò",
    "Số quyết định",
    "Ngày quyết định",
    "Hoạt động",
    "Đăng nhập gần nhất",
    "Tuổi mật khẩu (ngày)",
]


@dataclass
class AccountRow:
    agency: str
    username: str
    full_name: str
    email: str
    roles: str
    decision_number: str
    decision_date: date | None
    active: bool
    last_login: datetime | None
    password_age_days: int

    def values(self) -> list:
        """The row's cells; text that a spreadsheet would evaluate is neutralised."""
        return [neutralise(v) for v in self._values()]

    def _values(self) -> list:
        return [
            self.agency,
            self.username,
            self.full_name,
            self.email,
            self.roles,
            self.decision_number,
            self.decision_date,
            "có" if self.active else "không",
            timezone.localtime(self.last_login).replace(tzinfo=None)
            if self.last_login
            else None,
            self.password_age_days,
        ]


def rows() -> list[AccountRow]:
    from editorial.roles import roles_of
    from tenants.models import Agency

    result = []
    for agency in Agency.objects.portals().order_by("kind__sort_order", "name"):
        with tenant_context(agency):
            users = (
                get_user_model().objects.prefetch_related("groups").order_by("username")
            )
            for user in users:
                result.append(
                    AccountRow(
                        agency=agency.name,
                        username=user.get_username(),
                        full_name=user.get_full_name(),
                        email=user.email,
                        roles=", ".join(roles_of(user)),
                        decision_number=user.decision_number,
                        decision_date=user.decision_date,
                        active=user.is_active,
                        last_login=user.last_login,
                        password_age_days=user.password_age_days,
                    )
                )
    return result


def as_csv(accounts: list[AccountRow]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in accounts:
        writer.writerow(["" if v is None else v for v in row.values()])
    # The BOM lets Excel open Vietnamese text as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def as_xlsx(accounts: list[AccountRow]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Tài khoản"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in accounts:
        sheet.append(row.values())
    for column, width in zip(
        "ABCDEFGHIJ", (34, 18, 26, 30, 28, 18, 14, 10, 20, 12), strict=True
    ):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
