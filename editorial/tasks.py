"""Editorial background work, each task in the agency's schema (aggov.celery)."""

import logging
import smtplib

from celery import shared_task
from django.core.management import call_command
from django.db import transaction
from django_tenants.utils import tenant_context

from . import notifications

logger = logging.getLogger("aggov.editorial")


@shared_task(
    bind=True,
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    max_retries=10,
)
def send_workflow_notification(self, kind: str, object_id: int) -> int:
    """Email the people a review decision concerns; returns how many were emailed.

    Sent after the decision is committed: a failed send is retried and never
    undoes the decision.
    """
    notification = notifications.build(kind, object_id)
    if notification is None:
        return 0
    notifications.send(notification)
    return len(notification.recipients)


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


@shared_task(
    bind=True,
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=30,
    max_retries=10,
)
def send_contribution_declined(self, contribution_id: int) -> None:
    """Tell an outside provider why the board declined their information."""
    from django.conf import settings
    from django.core.mail import EmailMessage
    from django.template.loader import render_to_string

    from tenants.models import current_agency_name

    from .models import Contribution

    contribution = Contribution.objects.get(pk=contribution_id)
    body = render_to_string(
        "editorial/emails/contribution_declined.txt",
        {"contribution": contribution, "agency_name": current_agency_name()},
    )
    EmailMessage(
        f"Phản hồi thông tin gửi đến: {contribution.title}",
        body,
        settings.DEFAULT_FROM_EMAIL,
        [contribution.email],
    ).send(fail_silently=False)
