"""Emails about a staff member's own account.

Nobody sets another person's password (issue 10): a new account, or an account
whose password the technical administrator wants renewed, gets a link to set
it, made with Django's password-reset tokens and served by Wagtail's
password-reset confirmation page on the portal's own host. The link is valid
for ``PASSWORD_RESET_TIMEOUT`` and dies with the first use (the token covers
the password hash).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tenants.models import current_agency_name, current_portal_url


def password_link(user) -> str:
    """The URL on the current portal where ``user`` sets a new password."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        args=[
            urlsafe_base64_encode(force_bytes(user.pk)),
            default_token_generator.make_token(user),
        ],
    )
    return current_portal_url() + path


def send_password_link(user, *, new_account: bool) -> None:
    """Tell ``user`` where to set their password (a new account or a renewal)."""
    context = {
        "user": user,
        "agency": current_agency_name(),
        "url": password_link(user),
        "new_account": new_account,
        "hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
    }
    subject = (
        "Tài khoản mới trên cổng thông tin điện tử – đặt mật khẩu"
        if new_account
        else "Đặt lại mật khẩu tài khoản cổng thông tin điện tử"
    )
    send_email(
        subject, render_to_string("accounts/emails/password_link.txt", context), user
    )


def send_email(subject: str, body: str, user) -> None:
    """The one place these emails leave: after the commit (the link names a row
    that must exist)."""
    recipients = [user.email]
    transaction.on_commit(
        lambda: EmailMessage(
            subject, body, settings.DEFAULT_FROM_EMAIL, recipients
        ).send(fail_silently=False)
    )
