"""Template context: the agency that owns the current host."""

from django.conf import settings


def agency(request):
    tenant = getattr(request, "tenant", None)
    if tenant is None or tenant.schema_name == settings.PUBLIC_SCHEMA_NAME:
        return {"agency": None}
    return {"agency": tenant}
