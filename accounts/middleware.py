"""Before anything else: an expired password is changed (Art. 10.3), and on the
operator console an operator enrols in two-step sign-in when it is required
(``CONSOLE_REQUIRE_2FA``)."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _


def _on_console(request) -> bool:
    return getattr(request, "urlconf", None) == settings.PUBLIC_SCHEMA_URLCONF


class PasswordExpiryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if _on_console(request):
                response = self._console(request, user)
            elif request.path.startswith("/admin/"):
                response = self._admin(request, user)
            else:
                response = None
            if response is not None:
                return response
        return self.get_response(request)

    def _admin(self, request, user):
        if not getattr(user, "password_expired", False):
            return None
        allowed = {
            reverse("accounts_change_password"),
            reverse("wagtailadmin_logout"),
        }
        if request.path in allowed or request.path.startswith("/admin/jsi18n"):
            return None
        messages.warning(
            request, _("Mật khẩu của bạn đã hết hạn; hãy đổi mật khẩu để tiếp tục.")
        )
        return redirect("accounts_change_password")

    def _console(self, request, user):
        # The request's urlconf is set for resolving only after the middleware.
        urls = settings.PUBLIC_SCHEMA_URLCONF
        logout = reverse("console-logout", urlconf=urls)
        password = reverse("console-password", urlconf=urls)
        two_factor = reverse("console-two-factor", urlconf=urls)
        if request.path == logout:
            return None
        if getattr(user, "password_expired", False):
            if request.path == password:
                return None
            messages.warning(
                request,
                _("Mật khẩu của bạn đã hết hạn; hãy đổi mật khẩu để tiếp tục."),
            )
            return redirect(password)
        if settings.CONSOLE_REQUIRE_2FA and not user.totp_enabled:
            if request.path == two_factor:
                return None
            messages.warning(
                request,
                _(
                    "Tài khoản quản trị hệ thống phải bật xác thực hai bước trước "
                    "khi làm việc."
                ),
            )
            return redirect(two_factor)
        return None
