"""Fold every portal's page slugs that are not the project's ASCII rule.

Pages made in the admin before issue 11 got Unicode slugs ("/tin-tuc/sở-…/").
Run by ``migrate_platform`` (so by ``make migrate`` and ``make run``); quick
when nothing is left to fold. The old addresses redirect to the new ones.
"""

from django.core.management.base import BaseCommand
from django_tenants.utils import tenant_context

from tenants.models import Agency
from vietnamese.slugs import fold_existing_slugs


class Command(BaseCommand):
    help = "Bỏ dấu đường dẫn (slug) các trang còn dấu tiếng Việt, trên mọi cổng."

    def handle(self, *args, **options):
        for agency in Agency.objects.portals().order_by("schema_name"):
            with tenant_context(agency):
                for old, new in fold_existing_slugs():
                    self.stdout.write(f"{agency.schema_name}: {old} → {new}")
