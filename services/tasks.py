"""Celery entry points of the services app."""

import logging

from celery import shared_task

logger = logging.getLogger("aggov.services.usage")


@shared_task(name="services.tasks.flush_usage_everywhere")
def flush_usage_everywhere() -> dict:
    """Beat, every 5 minutes, in public: every portal's usage counters into
    its UsageDay rows, each portal on its own (a broken schema is reported in
    ``broken`` and logged, and the others are still flushed)."""
    from django_tenants.utils import tenant_context

    from tenants.models import Agency

    from . import usage

    flushed, broken = {}, {}
    for agency in Agency.objects.portals().order_by("schema_name"):
        try:
            with tenant_context(agency):
                flushed[agency.schema_name] = usage.flush_here()
        except Exception as error:  # noqa: BLE001 - one portal never stops the rest
            broken[agency.schema_name] = f"{type(error).__name__}: {error}"
            logger.exception("Usage of %s could not be flushed", agency.schema_name)
    return {"flushed": flushed, "broken": broken}
