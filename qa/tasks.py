"""The retention job. (Emails to the asker and routing to another portal go
through the outbox: qa.outbox_handlers.)"""

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

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
    """The retention job sent into every portal's schema (beat, daily)."""
    from tenants.everywhere import in_every_portal

    sent, _failed = in_every_portal(
        erase_expired_personal_data.delay, "Question retention failed in %s", logger
    )
    return len(sent)
