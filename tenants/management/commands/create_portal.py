"""Create an agency's portal from the command line (same service as the console)."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from tenants.provisioning import PortalRequest, ProvisioningError, provision_portal


class Command(BaseCommand):
    help = (
        "Tạo cổng thông tin cho một cơ quan (schema, tên miền, site, chuyên mục, "
        "nhóm Ban biên tập, tài khoản quản trị). Idempotent by --code."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="Tên cơ quan, ví dụ «Sở Y tế»")
        parser.add_argument(
            "--kind",
            required=True,
            help="province, department, board, ppc_office, district…",
        )
        parser.add_argument("--parent", help="Mã cơ quan cấp trên")
        parser.add_argument(
            "--code", default="", help="Mã cơ quan (mặc định: theo tên miền)"
        )
        parser.add_argument(
            "--domain", default="", help="Tên miền chỉ định (khác quy tắc Điều 7)"
        )
        parser.add_argument(
            "--domain-reason", default="", help="Lý do chỉ định tên miền"
        )
        parser.add_argument(
            "--decision", default="", help="Số quyết định thành lập cổng"
        )
        parser.add_argument(
            "--decision-date", type=date.fromisoformat, help="YYYY-MM-DD"
        )
        parser.add_argument("--address", default="")
        parser.add_argument("--phone", default="")
        parser.add_argument("--email", default="")
        parser.add_argument("--admin-username", default="quantri")
        parser.add_argument("--admin-email", default="")
        parser.add_argument(
            "--admin-password", default="", help="Mặc định: sinh ngẫu nhiên"
        )

    def handle(self, *args, **o):
        request = PortalRequest(
            name=o["name"],
            kind=o["kind"],
            parent=o["parent"],
            code=o["code"],
            domain_override=o["domain"],
            domain_override_reason=o["domain_reason"],
            decision_number=o["decision"],
            decision_date=o["decision_date"],
            address=o["address"],
            phone=o["phone"],
            email=o["email"],
            admin_username=o["admin_username"],
            admin_email=o["admin_email"],
            admin_password=o["admin_password"],
        )
        try:
            result = provision_portal(request)
        except ProvisioningError as error:
            raise CommandError(error.message) from None
        if not result.created:
            self.stdout.write(
                f"Cổng «{result.agency.name}» (mã {result.agency.code}) đã có: {result.url}"
            )
            return
        self.stdout.write(
            self.style.SUCCESS(f"Đã tạo cổng «{result.agency.name}»: {result.url}")
        )
        self.stdout.write(
            f"Quản trị: {result.url}admin/  tài khoản {result.admin_username}"
        )
        if result.admin_password:
            self.stdout.write(f"Mật khẩu (chỉ hiện một lần): {result.admin_password}")
