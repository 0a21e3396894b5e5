"""Shared test helpers: the session's portals and their hosts."""

from __future__ import annotations

from contextlib import contextmanager

from django.conf import settings
from django_tenants.utils import tenant_context

from tenants.models import Agency

PROVINCE_HOST = settings.PORTAL_BASE_DOMAIN
A_HOST = f"sotttt.{settings.PORTAL_BASE_DOMAIN}"
B_HOST = f"soyte.{settings.PORTAL_BASE_DOMAIN}"
DISTRICT_HOST = f"longxuyen.{settings.PORTAL_BASE_DOMAIN}"
COMMUNE1_HOST = f"mybinh.{settings.PORTAL_BASE_DOMAIN}"
COMMUNE2_HOST = f"mylong.{settings.PORTAL_BASE_DOMAIN}"
CONSOLE_HOST = settings.PORTAL_CONSOLE_DOMAIN


def agency(code: str) -> Agency:
    return Agency.objects.get(code=code)


@contextmanager
def inside(code: str):
    """Run the block in the schema of the agency ``code``."""
    with tenant_context(agency(code)):
        yield


def home_page(code: str):
    from wagtail.models import Site

    with inside(code):
        return Site.objects.get(is_default_site=True).root_page.specific
