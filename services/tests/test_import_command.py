"""``manage.py import_procedures PORTAL PATH…`` (issue 12, point 2)."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

from services.models import ProcedurePage
from tests.portals import inside

pytestmark = pytest.mark.django_db


def national_package(tmp_path, code="1.000080", name="Cấp bản sao trích lục hộ tịch"):
    path = tmp_path / f"{code}.json"
    path.write_text(
        json.dumps(
            {
                "MATTHC": code,
                "TENTTHC": name,
                "LINHVUCTHUCHIEN": [{"MALINHVUC": "G15-TP01", "TENLINHVUC": "Hộ tịch"}],
                "CACHTHUCTHUCHIEN": [
                    {
                        "KENH": "2",
                        "THOIGIAN": [
                            {"THOIGIANGIAIQUYET": "1", "DONVITINH": "Ngày làm việc"}
                        ],
                    }
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def test_an_unknown_portal_is_refused_in_vietnamese(tmp_path):
    with pytest.raises(CommandError, match="Không có cổng nào mang mã “khong-co”"):
        call_command("import_procedures", "khong-co", str(national_package(tmp_path)))


def test_the_command_imports_into_the_portal_and_prints_the_report(tmp_path):
    out = io.StringIO()
    path = national_package(tmp_path)
    (tmp_path / "hong.json").write_text("{ không phải JSON", encoding="utf-8")
    call_command("import_procedures", "sotttt", str(tmp_path), stdout=out)
    text = out.getvalue()
    assert "hong.json, dòng 1:" in text
    assert "sotttt: Thêm mới 1," in text and "bị từ chối 1." in text
    with inside("sotttt"):
        page = ProcedurePage.objects.get(code="1.000080")
        assert page.live and page.level == 3
    with inside("soyte"):
        assert not ProcedurePage.objects.filter(code="1.000080").exists()
    again = io.StringIO()
    call_command("import_procedures", "sotttt", str(path), stdout=again)
    assert "Thêm mới 0, cập nhật 0, không đổi 1," in again.getvalue()


def test_a_dry_run_reports_and_keeps_nothing(tmp_path):
    out = io.StringIO()
    path = national_package(tmp_path)
    call_command("import_procedures", "sotttt", str(path), "--dry-run", stdout=out)
    assert "Chạy thử (không lưu): Thêm mới 1," in out.getvalue()
    with inside("sotttt"):
        assert not ProcedurePage.objects.filter(code="1.000080").exists()


def test_an_unknown_user_is_refused(tmp_path):
    with pytest.raises(CommandError, match="không có tài khoản “ai-do”"):
        call_command(
            "import_procedures",
            "sotttt",
            str(national_package(tmp_path)),
            "--user",
            "ai-do",
        )
