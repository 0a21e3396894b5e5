"""Monitoring of every portal (Art. 21.1: operation 24/7 with regular checks).

``check_portals`` runs in the public schema and sends one ``check_portal`` per
agency; each runs in that agency's schema (aggov.celery carries it).
"""

import logging

from celery import shared_task
from django.db import connection
from django_tenants.utils import tenant_context

logger = logging.getLogger("aggov.tenants")


@shared_task
def check_portal(expected_hostname: str) -> dict:
    """In the agency's schema: is its Wagtail site on its domain, with a home page?"""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    report = {
        "schema": connection.schema_name,
        "site_hostname": site.hostname if site else "",
        "home_title": site.root_page.title if site else "",
        "live_pages": site.root_page.get_descendants(inclusive=True).live().count()
        if site
        else 0,
    }
    report["ok"] = (
        report["site_hostname"] == expected_hostname and report["live_pages"] > 0
    )
    if not report["ok"]:
        logger.warning("Portal check failed: %s", report)
    return report


@shared_task
def check_portals() -> list:
    """Send a check to every active portal; returns the task ids."""
    from .models import Agency

    sent = []
    for agency in Agency.objects.active().prefetch_related("domains"):
        with tenant_context(agency):
            sent.append(check_portal.delay(agency.primary_domain).id)
    return sent
