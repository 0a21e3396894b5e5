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
    """Tell ``user`` where to set their password (a new account or a renewal).

    Written to the outbox in the caller's transaction; the link is made when
    the email is delivered (``accounts.outbox_handlers``), so no token is
    stored and a link sent after a retry is still fresh.
    """
    from outbox.service import enqueue

    enqueue("accounts.password_link", {"user_id": user.pk, "new_account": new_account})


def compose_password_link(user, *, new_account: bool) -> EmailMessage:
    """The email that carries ``user``'s password link."""
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
    return EmailMessage(
        subject,
        render_to_string("accounts/emails/password_link.txt", context),
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
    )
