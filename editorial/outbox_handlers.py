"""Editorial emails, delivered by the outbox (outbox.registry)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from outbox.registry import handler

from . import notifications


@handler("editorial.workflow", "Thông báo quy trình duyệt")
def send_workflow_notification(delivery) -> None:
    """Email the people a review decision concerns (built when delivered)."""
    notification = notifications.build(
        delivery.payload["kind"], delivery.payload["object_id"]
    )
    if notification is not None:
        notifications.send(notification)


@handler("editorial.contribution_declined", "Thư từ chối thông tin gửi đến")
def send_contribution_declined(delivery) -> None:
    """Tell an outside provider why the board declined their information."""
    from tenants.models import current_agency_name

    from .models import Contribution

    contribution = Contribution.objects.filter(
        pk=delivery.payload["contribution_id"]
    ).first()
    if contribution is None or not contribution.email:
        return  # deleted or erased meanwhile: nobody to tell
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
