"""Outbox kinds of the accounts app: emails about a staff member's own account."""

from django.contrib.auth import get_user_model

from outbox.registry import handler

from .emails import compose_password_link


@handler("accounts.password_link", "Thư đặt mật khẩu")
def send_password_link(delivery):
    data = delivery.payload
    user = get_user_model().objects.filter(pk=data["user_id"], is_active=True).first()
    if user is None or not user.email:
        return  # the account is gone or has no address: nothing to send
    compose_password_link(user, new_account=data["new_account"]).send(
        fail_silently=False
    )
