"""A user's own account: password change, two-step sign-in.

The same views serve a portal's admin (Wagtail's templates) and the operator
console (the console's templates): the rules of Art. 10 are the same for both.
"""

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import totp
from .forms import TotpConfirmForm


def change_password(
    request,
    template="accounts/change_password.html",
    done="wagtailadmin_home",
):
    """Change the password; where an expired password sends the user (Art. 10.3)."""
    form = PasswordChangeForm(request.user, request.POST or None)
    form.fields["old_password"].label = _("Mật khẩu hiện tại")
    form.fields["new_password1"].label = _("Mật khẩu mới")
    form.fields["new_password2"].label = _("Nhập lại mật khẩu mới")
    if request.method == "POST" and form.is_valid():
        user = form.save()
        update_session_auth_hash(request, user)
        messages.success(request, _("Đã đổi mật khẩu."))
        return redirect(done)
    return TemplateResponse(
        request, template, {"form": form, "expired": request.user.password_expired}
    )


def two_factor(
    request,
    template="accounts/two_factor.html",
    here="accounts_two_factor",
    required=False,
):
    """Turn TOTP two-step sign-in on (scan, confirm a code) or off.

    ``required``: two-step sign-in cannot be turned off here (the console's
    operators when ``CONSOLE_REQUIRE_2FA`` is on).
    """
    user = request.user
    form = TotpConfirmForm(request.POST or None)
    if user.totp_enabled:
        if request.method == "POST" and not required and form.is_valid():
            if totp.use_code(user, form.cleaned_data["code"]):
                user.totp_enabled, user.totp_secret = False, ""
                user.totp_last_step = None
                user.save(
                    update_fields=["totp_enabled", "totp_secret", "totp_last_step"]
                )
                messages.success(request, _("Đã tắt xác thực hai bước."))
                return redirect(here)
            form.add_error("code", _("Mã không đúng."))
        return TemplateResponse(
            request,
            template,
            {"form": form, "enabled": True, "required": required},
        )

    secret = request.session.get("totp_pending") or totp.new_secret()
    request.session["totp_pending"] = secret
    if request.method == "POST" and form.is_valid():
        step = totp.matching_step(secret, form.cleaned_data["code"])
        if step is not None:
            # The enrolment code is used: it cannot sign in afterwards.
            user.totp_secret, user.totp_enabled = secret, True
            user.totp_last_step = step
            user.save(update_fields=["totp_enabled", "totp_secret", "totp_last_step"])
            del request.session["totp_pending"]
            messages.success(request, _("Đã bật xác thực hai bước."))
            return redirect(here)
        form.add_error(
            "code", _("Mã không đúng; kiểm tra giờ trên điện thoại rồi thử lại.")
        )
    uri = totp.provisioning_uri(
        secret, f"{user.get_username()}@{request.get_host().split(':')[0]}"
    )
    return TemplateResponse(
        request,
        template,
        {
            "form": form,
            "enabled": False,
            "required": required,
            "secret": secret,
            "qr": totp.qr_svg(uri),
        },
    )
