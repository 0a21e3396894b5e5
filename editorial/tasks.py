"""Editorial background work, each task in the agency's schema (aggov.celery)."""

import logging

from celery import shared_task
from django.core.management import call_command
from django.db import transaction

logger = logging.getLogger("aggov.editorial")


@shared_task
def publish_scheduled_everywhere() -> int:
    """Wagtail's `publish_scheduled` in every portal's schema (run by Celery beat).

    The command only sees the schema it runs in, so one run per agency. A
    broken schema does not stop the others: its failure is logged at ERROR
    with the schema ("aggov.editorial") and it is left out of the count
    returned, the number of schemas where the command ran.
    """
    from tenants.everywhere import in_every_portal

    ran, _failed = in_every_portal(
        lambda: call_command("publish_scheduled", verbosity=0),
        "Scheduled publishing failed in schema %s",
        logger,
    )
    return len(ran)


@shared_task
def erase_expired_contributions() -> int:
    """In one schema: the providers' names, contacts and files of contributions
    handled (or, if never handled, received) more than
    CONTRIBUTION_RETENTION_DAYS ago are erased; also forgets stale captchas."""
    from datetime import timedelta

    from django.conf import settings
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
    from tenants.everywhere import in_every_portal

    erased, failed = in_every_portal(
        erase_expired_contributions, "Contribution retention failed in %s", logger
    )
    return {"erased": sum(erased.values()), "failed": failed}
