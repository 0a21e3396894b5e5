"""Sign-in and account forms of the portals' admin (Art. 10)."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm, PasswordResetForm
from wagtail.users.forms import UserCreationForm, UserEditForm

from vietnamese import nfc

from . import totp


def count_failure(request, username: str) -> None:
    """A wrong second-step code counts towards the lockout like a wrong password:
    django-axes records failures from this signal (Django sends it for wrong
    passwords)."""
    user_login_failed.send(
        sender=__name__, credentials={"username": username}, request=request
    )


OTP_ERRORS = {
    "otp_required": _("Tài khoản này cần mã xác thực hai bước."),
    "otp_invalid": _("Mã xác thực hai bước không đúng hoặc đã hết hạn."),
}


def otp_field():
    return forms.CharField(
        label=_("Mã xác thực hai bước"),
        required=False,
        max_length=8,
        help_text=_("Chỉ nhập nếu tài khoản đã bật xác thực hai bước."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )


def check_second_step(form, user) -> None:
    """The second step of a sign-in form, after the password was right.

    A missing code only asks for it; a wrong or reused one is a failed sign-in.
    """
    if not user.totp_enabled:
        return
    code = form.cleaned_data.get("otp_code", "")
    if not code:
        raise ValidationError(OTP_ERRORS["otp_required"], code="otp_required")
    if not totp.use_code(user, code):
        count_failure(form.request, user.get_username())
        raise ValidationError(OTP_ERRORS["otp_invalid"], code="otp_invalid")


class ConsoleLoginForm(AuthenticationForm):
    """The operator console's sign-in: the same second step as the portals'."""

    otp_code = otp_field()

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("Tên đăng nhập hoặc mật khẩu không đúng. Xin thử lại."),
        "inactive": _("Tài khoản này đã bị khoá."),
    }

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        check_second_step(self, user)


class PortalLoginForm(LoginForm):
    """Wagtail's sign-in form without "remember me", with the account name kept out
    of browsers' memory (Art. 10.3), the decision check of Art. 10.1 and the
    optional second step."""

    otp_code = otp_field()

    error_messages = {
        **LoginForm.error_messages,
        "invalid_login": _("Tên đăng nhập hoặc mật khẩu không đúng. Xin thử lại."),
        "no_decision": _(
            "Tài khoản chưa có quyết định phân công nên không được đăng nhập trang quản "
            "trị (Điều 10.1 Quyết định 03/2017/QĐ-UBND). Liên hệ quản trị của cơ quan."
        ),
        **OTP_ERRORS,
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields.pop("remember", None)
        self.fields["username"].widget.attrs["autocomplete"] = "off"
        self.fields["username"].label = _("Tên đăng nhập")
        self.fields["password"].label = _("Mật khẩu")

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not user.has_decision:
            raise ValidationError(
                self.error_messages["no_decision"], code="no_decision"
            )
        check_second_step(self, user)


class DecisionFieldsMixin(forms.Form):
    """The assigning decision on Wagtail's user forms (Art. 10.1)."""

    full_name = forms.CharField(label=_("Họ và tên"), max_length=150, required=False)
    decision_number = forms.CharField(
        label=_("Số quyết định phân công"),
        max_length=60,
        help_text=_("Bắt buộc: tài khoản chỉ được cấp theo quyết định (Điều 10.1)."),
    )
    decision_date = forms.DateField(
        label=_("Ngày quyết định"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Vietnamese names are written family name first: one "Họ và tên" field
        # fills Wagtail's first/last name fields (tên = the last word).
        for name in ("first_name", "last_name"):
            if name in self.fields:
                self.fields[name].required = False

    def clean_full_name(self):
        return nfc(self.cleaned_data["full_name"].strip())

    def clean_decision_number(self):
        return nfc(self.cleaned_data["decision_number"].strip())

    def clean(self):
        cleaned = super().clean()
        full_name = " ".join((cleaned.get("full_name") or "").split())
        first = nfc((cleaned.get("first_name") or "").strip())
        last = nfc((cleaned.get("last_name") or "").strip())
        if full_name:
            family, _sep, given = full_name.rpartition(" ")
            cleaned["first_name"], cleaned["last_name"] = given, family
        elif first or last:
            cleaned["full_name"] = " ".join(p for p in (last, first) if p)
        else:
            self.add_error("full_name", _("Cần nhập họ và tên."))
        return cleaned


class ManagedByRankMixin(forms.Form):
    """What the manager of accounts may do with Wagtail's user forms (issue 10).

    ``for_user`` is the signed-in manager. Unless a superuser, they see and can
    post only the roles below their own and no board role
    (``editorial.roles.grantable_groups``), never "Administrator"
    (``is_superuser``, shown disabled); the roles they may not grant that the user already holds
    are kept. Nobody types another person's password: the form has no password
    fields (``password_enabled``), a new account gets a link to set its own and
    an existing one gets a new link on request (``send_password_link``).
    """

    password_enabled = False

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        from editorial import roles

        self.for_user = for_user
        self.grantable = roles.grantable_groups(for_user)
        if "groups" in self.fields:
            self.fields["groups"].queryset = self.grantable
            self.fields["groups"].help_text = _(
                "Chỉ các vai trò thấp hơn vai trò của bạn. Vai trò Ban biên tập do "
                "Sở TT&TT cấp theo quyết định."
            )
        if not for_user.is_superuser and "is_superuser" in self.fields:
            # Disabled: Django ignores what is posted and keeps the stored value.
            self.fields["is_superuser"].disabled = True
            self.fields["is_superuser"].help_text = _(
                "Chỉ Sở TT&TT cấp quyền quản trị hệ thống."
            )
        # Held now and not the manager's to change: kept as they are.
        self.kept_groups = (
            list(self.instance.groups.exclude(pk__in=self.grantable))
            if self.instance.pk
            else []
        )

    def _save_m2m(self):
        super()._save_m2m()
        if self.kept_groups:
            self.instance.groups.add(*self.kept_groups)

    def save(self, commit=True):
        if not self.instance.pk:
            # Set by its owner through the emailed link.
            self.instance.set_unusable_password()
        return super().save(commit=commit)


class PortalUserCreationForm(ManagedByRankMixin, DecisionFieldsMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {
            "full_name",
            "decision_number",
            "decision_date",
        }


class PortalUserEditForm(ManagedByRankMixin, DecisionFieldsMixin, UserEditForm):
    send_password_link = forms.BooleanField(
        label=_("Gửi thư đặt lại mật khẩu"),
        required=False,
        help_text=_(
            "Người dùng nhận thư có liên kết để tự đặt mật khẩu mới; không ai khác "
            "được đặt mật khẩu cho họ."
        ),
    )

    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {
            "full_name",
            "decision_number",
            "decision_date",
        }


class TotpConfirmForm(forms.Form):
    code = forms.CharField(
        label=_("Mã 6 số từ ứng dụng xác thực"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )


class PortalPasswordResetForm(PasswordResetForm):
    """Wagtail's "forgotten password" form, whose email leaves like every other
    email about an account: through the outbox (``accounts.emails``), with the
    link made when it is delivered. With SMTP or the broker down the request
    still succeeds and the email follows; Django's form would send it inside
    the request and fail there."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        from .emails import send_password_link

        send_password_link(context["user"], new_account=False)
