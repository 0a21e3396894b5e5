"""Which Content Security Policy a response gets.

Public pages and the operator console get ``CONTENT_SECURITY_POLICY``: no
inline script or style anywhere, so HTML slipped into content or a form cannot
run. Wagtail's admin cannot live with that (it writes inline scripts and style
attributes), so ``/admin/`` on a portal gets ``CONTENT_SECURITY_POLICY_ADMIN``.

Chosen by path in one middleware rather than with django-csp's per-view
decorators: the admin's views are Wagtail's own, hundreds of them, added by
``include(wagtailadmin_urls)`` and by hooks; a decorator would miss any view a
hook or an upgrade adds, while a prefix cannot.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.db import connection

ADMIN_PREFIX = "/admin/"


def is_portal_admin(request) -> bool:
    """Wagtail's admin of a portal (the console, in the public schema, has none)."""
    return (
        request.path_info.startswith(ADMIN_PREFIX)
        and connection.schema_name != settings.PUBLIC_SCHEMA_NAME
    )


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's relaxed policy on /admin/."""

    def get_policy_parts(
        self, request, response, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        # A view's own @csp(...) config still wins.
        if not report_only and parts.config is None and is_portal_admin(request):
            parts.config = default_config(
                settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
            )
        return parts
