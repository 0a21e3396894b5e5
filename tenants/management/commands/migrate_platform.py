"""Bring the whole database up to date: public schema, template, every portal.

Run by `make run` on every start, so it must be quick when nothing changed: a
schema is only migrated when it has migrations pending.
"""

import logging

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from tenants import hosts, schema_clone
from tenants.models import Agency, Domain

logger = logging.getLogger("aggov.tenants")


class Command(BaseCommand):
    help = "Migrate the public schema, the portal template schema and every portal."

    def handle(self, *args, verbosity=1, **options):
        migrate = {"interactive": False, "verbosity": max(verbosity - 1, 0)}
        graph = schema_clone.migration_graph()
        if self._pending("public", graph):
            self.stdout.write("Migrating the public schema…")
            call_command("migrate_schemas", shared=True, **migrate)
        self.ensure_console_tenant()
        schema_clone.ensure_template(verbosity=max(verbosity - 1, 0))
        for agency in Agency.objects.portals().order_by("pk"):
            if schema_clone.pending_migrations(agency.schema_name, graph):
                self.stdout.write(f"Migrating {agency.schema_name}…")
                call_command(
                    "migrate_schemas",
                    tenant=True,
                    schema_name=agency.schema_name,
                    **migrate,
                )
                self.refresh_roles(agency)
        connection.set_schema_to_public()
        # Pages made before slugs were folded (issue 11) get ASCII slugs, their
        # old addresses redirecting; nothing to do on later runs.
        call_command("fold_page_slugs", verbosity=verbosity)
        connection.set_schema_to_public()
        self.stdout.write(self.style.SUCCESS("Database up to date."))

    def refresh_roles(self, agency):
        """A migrated portal's roles get the permissions its new models bring
        (editorial.roles.ROLES): new portals have them from provisioning."""
        from django_tenants.utils import tenant_context
        from wagtail.models import Site

        from editorial.roles import ensure_roles

        with tenant_context(agency):
            site = Site.objects.filter(is_default_site=True).first()
            if site is not None:
                ensure_roles(site.root_page.specific)

    def _pending(self, schema, graph):
        from django_tenants.utils import schema_exists

        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT 1 FROM information_schema.tables "
                "WHERE table_schema = %s AND table_name = 'django_migrations'",
                [schema],
            )
            if cursor.fetchone() is None or not schema_exists(schema):
                return True
        shared = {app.rsplit(".", 1)[-1] for app in settings.SHARED_APPS}
        return [
            m
            for m in schema_clone.pending_migrations(schema, graph)
            if m.split(".")[0] in shared
        ]

    def ensure_console_tenant(self):
        """The public schema's row and the console's domain (PORTAL_CONSOLE_DOMAIN)."""
        console, _created = Agency.objects.get_or_create(
            schema_name=settings.PUBLIC_SCHEMA_NAME,
            defaults={
                "code": "public",
                "name": "Hệ thống cổng thông tin điện tử tỉnh An Giang",
            },
        )
        domain = settings.PORTAL_CONSOLE_DOMAIN
        if not Domain.objects.filter(tenant=console, domain=domain).exists():
            # The console's host taken by a portal (e.g. PORTAL_CONSOLE_DOMAIN
            # changed): the console wins, and the removal is logged for the
            # operator, with the portal that lost it.
            for taken in Domain.objects.filter(domain=domain).exclude(tenant=console):
                message = (
                    f"migrate_platform: domain {domain} removed from portal "
                    f"{taken.tenant.code} (schema {taken.tenant.schema_name}, "
                    f"primary={taken.is_primary}): it is PORTAL_CONSOLE_DOMAIN."
                )
                logger.warning(message)
                self.stderr.write(message)
                taken.delete()
            Domain.objects.create(tenant=console, domain=domain, is_primary=True)
        hosts.clear()
