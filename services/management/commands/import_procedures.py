"""``manage.py import_procedures PORTAL PATH…``: the DIC's import of national
procedure files into one portal's catalogue (published at once).

The same writer as the admin's upload (services.importer.writer); the files
are read by services.importer.read_paths (a folder is read whole).
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_tenants.utils import tenant_context

from tenants.models import Agency


class _DryRun(Exception):
    """Raised to roll a dry run back after its report is known."""


class Command(BaseCommand):
    help = (
        "Nhập thủ tục hành chính (JSON của CSDL quốc gia, trang Cổng DVC quốc "
        "gia, danh sách TTHC .xlsx/.csv) vào danh mục của một cổng. "
        "Import procedures into a portal's catalogue."
    )

    def add_arguments(self, parser):
        parser.add_argument("portal", help="Mã cơ quan, ví dụ sotttt")
        parser.add_argument("paths", nargs="+", help="Tệp hoặc thư mục")
        parser.add_argument(
            "--user",
            default="",
            help="Tài khoản của cổng ghi vào lịch sử phiên bản (mặc định: không)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Chạy thử: báo cáo như thật rồi hoàn tác, không lưu gì",
        )

    def handle(self, *args, **options):
        from services.importer.writer import ImportFailed, import_records

        self.verbosity = options["verbosity"]
        code = options["portal"]
        agency = Agency.objects.portals().filter(code=code).first()
        if agency is None:
            raise CommandError(
                f"Không có cổng nào mang mã “{code}”. Unknown portal code."
            )
        items = list(self.read(options["paths"]))
        with tenant_context(agency):
            user = None
            if options["user"]:
                user = get_user_model().objects.filter(username=options["user"]).first()
                if user is None:
                    raise CommandError(
                        f"Cổng {code} không có tài khoản “{options['user']}”."
                    )
            try:
                with transaction.atomic():
                    report = import_records(
                        items, portal_user=user, publish=True, progress=self.progress
                    )
                    if options["dry_run"]:
                        raise _DryRun
            except _DryRun:
                pass
            except ImportFailed as error:
                raise CommandError(str(error)) from None
        for line in report.lines():
            self.stdout.write(line)
        prefix = "Chạy thử (không lưu): " if options["dry_run"] else ""
        self.stdout.write(
            self.style.SUCCESS(f"{agency.code}: {prefix}{report.summary()}")
        )

    def read(self, paths):
        from services import importer

        reader = getattr(importer, "read_paths", None)
        if reader is None:
            raise CommandError(
                "Chưa có bộ đọc tệp thủ tục (services.importer.read_paths)."
            )
        try:
            return reader(paths)
        except (OSError, ValueError) as error:
            raise CommandError(f"Không đọc được tệp: {error}") from None

    def progress(self, done, total):
        if self.verbosity >= 2 and (done % 100 == 0 or done == total):
            self.stderr.write(f"{done}/{total or '?'}")
