"""Provision the demo portals of An Giang with Vietnamese sample content."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.seeding import DEMO_PASSWORD, demo_accounts, seed


class Command(BaseCommand):
    help = "Tạo các cổng mẫu của tỉnh An Giang (bỏ qua cổng đã có) và in địa chỉ, tài khoản."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Chạy cả khi DEBUG tắt (không dùng ở production).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo chỉ dùng cho môi trường phát triển (DEBUG=True). "
                "Demo data is for development only; use --force to override."
            )
        portals = seed()
        from deadlines.tasks import refresh_dashboard

        refresh_dashboard()  # so the DIC's dashboard shows the demo's deadlines
        created = sum(p.created for p in portals)
        self.stdout.write(
            self.style.SUCCESS(f"Cổng mẫu: {len(portals)} ({created} mới tạo)")
        )
        width = max(len(p.name) for p in portals)
        for p in portals:
            self.stdout.write(f"  {p.name:<{width}}  {p.url}")
        self.stdout.write("")
        self.stdout.write(f"Tài khoản mẫu (mật khẩu: {DEMO_PASSWORD}):")
        for where, who in demo_accounts():
            self.stdout.write(f"  {who:<40} {where}")
