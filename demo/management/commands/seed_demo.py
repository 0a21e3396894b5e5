"""Provision the demo portals of An Giang with Vietnamese sample content."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo import data
from demo.seeding import DEMO_PASSWORD, demo_accounts, seed


class Command(BaseCommand):
    help = "Tạo các cổng mẫu của tỉnh An Giang (bỏ qua cổng đã có) và in địa chỉ, tài khoản."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Chạy cả khi DEBUG tắt (không dùng ở production).",
        )
        parser.add_argument(
            "--only",
            default="",
            help="Chỉ các cổng có mã này, cách nhau bởi dấu phẩy "
            "(ví dụ: angiang,songoaivu). Only these portals.",
        )

    def handle(self, *args, force=False, only="", **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo chỉ dùng cho môi trường phát triển (DEBUG=True). "
                "Demo data is for development only; use --force to override."
            )
        codes = [c.strip() for c in only.split(",") if c.strip()]
        known = {entry["code"] for entry in data.AGENCIES}
        unknown = sorted(set(codes) - known)
        if unknown:
            raise CommandError(
                f"Không có cổng mẫu mã {', '.join(unknown)}. "
                f"Unknown demo portal: {', '.join(unknown)}."
            )
        portals = seed(only=codes or None)
        from deadlines.tasks import refresh_dashboard

        refresh_dashboard()  # so the DIC's dashboard shows the demo's deadlines
        # The seeder publishes through Wagtail's revisions, so the read
        # model's signal handlers fill it as portals are seeded; this catches
        # up a demo database seeded before the read model existed.
        from province import sync

        run = sync.reconcile_portals(trigger="demo")
        total = sync.totals(run.counts)
        self.stdout.write(
            f"Dữ liệu tổng hợp của tỉnh: thêm {total['added']}, cập nhật "
            f"{total['updated']}, bỏ {total['removed']}, "
            f"không đổi {total['unchanged']}"
        )
        # The search index follows publishing too (search.signal_handlers);
        # rebuilding every portal's index catches up an older demo database.
        from search import province as search_province
        from search import sync as search_sync

        indexed = search_sync.rebuild_portals()
        self.stdout.write(
            f"Chỉ mục tìm kiếm: {sum(indexed.values())} mục ở {len(indexed)} cổng"
        )
        search_province.rebuild()
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
