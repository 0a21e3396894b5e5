"""Wagtail's `publish_scheduled` in every portal's schema (what Celery beat runs)."""

from django.core.management.base import BaseCommand

from editorial.tasks import publish_scheduled_everywhere


class Command(BaseCommand):
    help = "Đăng các bài đã duyệt đến giờ đăng, trên mọi cổng (chạy định kỳ nếu không có Celery beat)."

    def handle(self, *args, **options):
        count = publish_scheduled_everywhere()
        self.stdout.write(f"Đã kiểm tra {count} cổng.")
