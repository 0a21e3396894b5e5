"""Create the editorial roles and default workflow on portals that already exist."""

from django.core.management.base import BaseCommand
from django_tenants.utils import tenant_context
from wagtail.models import Site

from editorial.roles import ensure_roles
from editorial.workflow import ensure_default_workflow
from tenants.models import Agency


class Command(BaseCommand):
    help = "Tạo (hoặc bổ sung) các nhóm Ban biên tập và quy trình duyệt mặc định cho mọi cổng."

    def handle(self, *args, **options):
        for agency in Agency.objects.portals().order_by("pk"):
            with tenant_context(agency):
                site = Site.objects.filter(is_default_site=True).first()
                if site is None:
                    self.stderr.write(f"{agency.code}: không có site, bỏ qua")
                    continue
                home = site.root_page
                ensure_roles(home)
                ensure_default_workflow(home)
            self.stdout.write(f"{agency.code}: đã cập nhật vai trò và quy trình duyệt")
