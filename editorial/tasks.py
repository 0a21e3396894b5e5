"""Editorial background work, each task in the agency's schema (aggov.celery)."""

import logging

from celery import shared_task
from django.core.management import call_command
from django.db import transaction
from django_tenants.utils import tenant_context

logger = logging.getLogger("aggov.editorial")


@shared_task
def publish_scheduled_everywhere() -> int:
    """Wagtail's `publish_scheduled` in every portal's schema (run by Celery beat).

    The command only sees the schema it runs in, so one run per agency. A
    broken schema does not stop the others: its failure is logged at ERROR
    with the schema ("aggov.editorial") and it is left out of the count
    returned, the number of schemas where the command ran.
    """
    from tenants.models import Agency

    count = 0
    for agency in Agency.objects.portals().order_by("pk"):
        try:
            # One transaction per schema: a failure rolls back only that one.
            with tenant_context(agency), transaction.atomic():
                call_command("publish_scheduled", verbosity=0)
        except Exception:
            logger.exception(
                "Scheduled publishing failed in schema %s", agency.schema_name
            )
            continue
        count += 1
    return count


@shared_task
def erase_expired_contributions() -> int:
    """In one schema: the providers' names, contacts and files of contributions
    handled (or, if never handled, received) more than
    CONTRIBUTION_RETENTION_DAYS ago are erased; also forgets stale captchas."""
    from datetime import timedelta

    from django.conf import settings
    from django.db import transaction
    from django.db.models import Q
    from django.utils import timezone

    from aggov import captcha

    from .models import Contribution

    limit = timezone.now() - timedelta(days=settings.CONTRIBUTION_RETENTION_DAYS)
    expired = Contribution.objects.filter(erased_at__isnull=True).filter(
        Q(handled_at__lt=limit) | Q(handled_at__isnull=True, created_at__lt=limit)
    )
    count = 0
    for pk in expired.values_list("pk", flat=True):
        with transaction.atomic():
            contribution = Contribution.objects.select_for_update().get(pk=pk)
            if contribution.erased_at is None:
                contribution.erase_personal_data()
                count += 1
    captcha.purge()
    return count


@shared_task
def erase_expired_contributions_everywhere() -> dict:
    """The retention job in every portal's schema (Celery beat, daily). A schema
    that fails is logged and reported; the others still run."""
    from tenants.models import Agency

    erased, failed = 0, []
    for agency in Agency.objects.portals():
        try:
            with tenant_context(agency):
                erased += erase_expired_contributions()
        except Exception:  # noqa: BLE001 - one portal must not stop the others
            logger.exception("Contribution retention failed in %s", agency.schema_name)
            failed.append(agency.schema_name)
    return {"erased": erased, "failed": failed}
