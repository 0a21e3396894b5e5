"""``manage.py flush_usage``: the usage counters of every portal into their
UsageDay rows now (what the beat does every 5 minutes; for cron where no
``celery beat`` runs, and before a planned Redis restart)."""

from django.core.management.base import BaseCommand

from services import usage
from services.tasks import flush_usage_everywhere


class Command(BaseCommand):
    help = "Ghi số lượt sử dụng dịch vụ công đang đếm vào cơ sở dữ liệu (mọi cổng)."

    def handle(self, *args, **options):
        result = flush_usage_everywhere()
        here = usage.flush_buffer()
        total = sum(result["flushed"].values()) + here
        self.stdout.write(f"Đã ghi {total} lượt sử dụng.")
        for schema in result["broken"]:
            self.stderr.write(f"{schema}: không ghi được (xem nhật ký lỗi)")
        if result["broken"]:
            raise SystemExit(1)
