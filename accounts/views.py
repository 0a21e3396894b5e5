"""Admin views of a portal's own account: password change, two-step sign-in."""

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import totp
from .forms import TotpConfirmForm


def change_password(request):
    """Change the password; where an expired password sends the user (Art. 10.3)."""
    form = PasswordChangeForm(request.user, request.POST or None)
    form.fields["old_password"].label = _("Mật khẩu hiện tại")
    form.fields["new_password1"].label = _("Mật khẩu mới")
    form.fields["new_password2"].label = _("Nhập lại mật khẩu mới")
    if request.method == "POST" and form.is_valid():
        user = form.save()
        update_session_auth_hash(request, user)
        messages.success(request, _("Đã đổi mật khẩu."))
        return redirect("wagtailadmin_home")
    return TemplateResponse(
        request,
        "accounts/change_password.html",
        {"form": form, "expired": request.user.password_expired},
    )


def two_factor(request):
    """Turn TOTP two-step sign-in on (scan, confirm a code) or off."""
    user = request.user
    form = TotpConfirmForm(request.POST or None)
    if user.totp_enabled:
        if request.method == "POST" and form.is_valid():
            if totp.verify(user.totp_secret, form.cleaned_data["code"]):
                user.totp_enabled, user.totp_secret = False, ""
                user.save(update_fields=["totp_enabled", "totp_secret"])
                messages.success(request, _("Đã tắt xác thực hai bước."))
                return redirect("accounts_two_factor")
            form.add_error("code", _("Mã không đúng."))
        return TemplateResponse(
            request, "accounts/two_factor.html", {"form": form, "enabled": True}
        )

    secret = request.session.get("totp_pending") or totp.new_secret()
    request.session["totp_pending"] = secret
    if request.method == "POST" and form.is_valid():
        if totp.verify(secret, form.cleaned_data["code"]):
            user.totp_secret, user.totp_enabled = secret, True
            user.save(update_fields=["totp_enabled", "totp_secret"])
            del request.session["totp_pending"]
            messages.success(request, _("Đã bật xác thực hai bước."))
            return redirect("accounts_two_factor")
        form.add_error(
            "code", _("Mã không đúng; kiểm tra giờ trên điện thoại rồi thử lại.")
        )
    uri = totp.provisioning_uri(
        secret, f"{user.get_username()}@{request.get_host().split(':')[0]}"
    )
    return TemplateResponse(
        request,
        "accounts/two_factor.html",
        {"form": form, "enabled": False, "secret": secret, "qr": totp.qr_svg(uri)},
    )
