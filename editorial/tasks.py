"""Editorial background work, each task in the agency's schema (aggov.celery)."""

import logging

from celery import shared_task
from django.core.management import call_command
from django_tenants.utils import tenant_context

logger = logging.getLogger("aggov.editorial")


@shared_task
def publish_scheduled_everywhere() -> int:
    """Wagtail's `publish_scheduled` in every portal's schema (run by Celery beat).

    The command only sees the schema it runs in, so one run per agency.
    """
    from tenants.models import Agency

    count = 0
    for agency in Agency.objects.portals():
        with tenant_context(agency):
            call_command("publish_scheduled", verbosity=0)
        count += 1
    return count
