"""The retention job. (Emails to the asker and routing to another portal go
through the outbox: qa.outbox_handlers.)"""

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tenants.utils import tenant_context

logger = logging.getLogger("aggov.qa")


@shared_task
def erase_expired_personal_data() -> int:
    """In one schema: names and contacts of questions closed longer than the
    retention period are erased; the counts and dates stay for the statistics."""
    from .models import Question

    limit = timezone.now() - timedelta(days=settings.QA_RETENTION_DAYS)
    expired = Question.objects.filter(
        status__in=Question.CLOSED, responded_at__lt=limit, erased_at__isnull=True
    )
    count = 0
    for question in expired:
        question.erase_personal_data()
        count += 1
    return count


@shared_task
def erase_expired_everywhere() -> int:
    from tenants.models import Agency

    sent = 0
    for agency in Agency.objects.portals():
        try:
            # Its own savepoint: a failing schema rolls back only its work.
            with transaction.atomic(), tenant_context(agency):
                erase_expired_personal_data.delay()
        except Exception:  # noqa: BLE001 - one portal must not stop the others
            logger.exception("Question retention failed in %s", agency.schema_name)
        else:
            sent += 1
    return sent
