"""Request routing by host: which agency's schema and urlconf serve it."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import connection
from django.http import HttpResponseNotFound
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation
from django_tenants.middleware.main import TenantMainMiddleware
from wagtail.contrib.redirects.middleware import RedirectMiddleware

from . import hosts


class AgencyMiddleware(TenantMainMiddleware):
    """django-tenants' middleware with the per-request cost taken out.

    The stock one queries the domain table and switches the connection to the
    public schema and back on every request; each switch clears Django's
    ContentType cache and issues a new ``SET search_path``. Here the host is
    resolved from a process cache (tenants.hosts) and the connection is only
    switched when the request is for another schema than the last one.
    """

    def process_request(self, request):
        # The pages answered here (unknown host, suspended portal) come before
        # LocaleMiddleware: give them the language of the URL (/en/…) or
        # Vietnamese, never the one a previous request left on this thread.
        translation.activate(
            translation.get_language_from_path(request.path_info)
            or settings.LANGUAGE_CODE
        )
        try:
            hostname = self.hostname_from_request(request)
        except DisallowedHost:
            return HttpResponseNotFound()

        # On a cache miss the lookup reads the registry in the public schema,
        # which every agency's search_path includes after its own.
        agency = hosts.agency_for_host(hostname)
        if agency is None:
            connection.set_schema_to_public()
            return self.no_tenant_found(request, hostname)

        agency.domain_url = hostname
        request.tenant = agency
        if connection.schema_name != agency.schema_name:
            connection.set_tenant(agency)
        else:
            connection.tenant = agency
        self.setup_url_routing(request)
        if agency.status == agency.STATUS_SUSPENDED and not request.path.startswith(
            "/admin/"
        ):
            # A suspended portal's public pages are down; its staff can still work.
            return render(
                request, "tenants/suspended.html", {"agency": agency}, status=503
            )


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except on the DIC's console.

    Portals take the language from the URL (Vietnamese unprefixed, /en/…).
    The console has no language prefixes and is Vietnamese only, so its
    language is not negotiated from the browser's Accept-Language either:
    its pages, their ``lang`` attribute and the skip link stay Vietnamese.
    """

    def process_request(self, request):
        if getattr(request, "urlconf", None) == settings.PUBLIC_SCHEMA_URLCONF:
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            return
        super().process_request(request)


class TenantRedirectMiddleware(RedirectMiddleware):
    """Wagtail's redirects, only where Wagtail's tables exist (agency schemas)."""

    def process_response(self, request, response):
        tenant = getattr(request, "tenant", None)
        if tenant is None or tenant.schema_name == settings.PUBLIC_SCHEMA_NAME:
            return response
        return super().process_response(request, response)
