"""An expired password (Art. 10.3) must be changed before anything else in the admin."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _


class PasswordExpiryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.path.startswith("/admin/")
            and getattr(user, "password_expired", False)
        ):
            allowed = {
                reverse("accounts_change_password"),
                reverse("wagtailadmin_logout"),
            }
            if request.path not in allowed and not request.path.startswith(
                "/admin/jsi18n"
            ):
                messages.warning(
                    request,
                    _("Mật khẩu của bạn đã hết hạn; hãy đổi mật khẩu để tiếp tục."),
                )
                return redirect("accounts_change_password")
        return self.get_response(request)
