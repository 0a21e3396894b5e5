"""Deliver every portal's due outbox rows now (what Celery beat does each minute).

For a machine whose broker is down, or no worker at all: run from cron.
"""

from django.core.management.base import BaseCommand

from outbox import service


class Command(BaseCommand):
    help = "Gửi các việc đang chờ trong hàng đợi gửi đi của mọi cổng."

    def handle(self, *args, **options):
        result = service.drain_everywhere()
        for schema, count in result["delivered"].items():
            self.stdout.write(f"{schema}: {count}")
        for schema, error in result["broken"].items():
            self.stderr.write(f"{schema}: {error}")
        if result["broken"]:
            raise SystemExit(1)
