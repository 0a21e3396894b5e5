"""The outbox's own kind: a ready email (subject, body, recipients)."""

from django.conf import settings
from django.core.mail import EmailMessage

from .registry import handler


@handler("mail", "Thư điện tử")
def send_mail(delivery):
    """For emails composed when the event happened (the boards' digests)."""
    data = delivery.payload
    EmailMessage(
        data["subject"], data["body"], settings.DEFAULT_FROM_EMAIL, data["to"]
    ).send(fail_silently=False)
