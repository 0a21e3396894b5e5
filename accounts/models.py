"""Staff accounts.

One table in every schema: the DIC's operators in the public schema, each
agency's editors and board in its own. An account of one portal therefore does
not exist on another. Custom from the first migration so that the fields the
regulation asks of an account (Art. 10.1: the assigning decision) can be added
without swapping the user model in every schema.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who signs in to the admin of one portal or to the operator console."""

    full_name = models.CharField(
        _("họ và tên"),
        max_length=150,
        blank=True,
        help_text=_("Họ và tên đầy đủ, có dấu, như trong quyết định phân công."),
    )

    decision_number = models.CharField(
        _("số quyết định phân công"),
        max_length=60,
        blank=True,
        help_text=_(
            "Điều 10.1: tài khoản chỉ được cấp theo quyết định của cơ quan chủ quản. "
            "Tài khoản không có quyết định không đăng nhập được trang quản trị."
        ),
    )
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    password_changed_at = models.DateTimeField(
        _("ngày đổi mật khẩu"), default=timezone.now, editable=False
    )
    totp_secret = models.CharField(max_length=64, blank=True, editable=False)
    totp_enabled = models.BooleanField(
        _("xác thực hai bước"), default=False, editable=False
    )
    #: The time step of the last two-step code accepted: a code is used once.
    totp_last_step = models.BigIntegerField(null=True, blank=True, editable=False)

    class Meta(AbstractUser.Meta):
        verbose_name = _("tài khoản")
        verbose_name_plural = _("tài khoản")

    def get_full_name(self):
        return self.full_name or super().get_full_name()

    @property
    def has_decision(self) -> bool:
        return bool(self.decision_number.strip())

    @property
    def password_age_days(self) -> int:
        return (timezone.now() - self.password_changed_at).days

    @property
    def password_expired(self) -> bool:
        return self.password_age_days >= settings.PASSWORD_MAX_AGE_DAYS


class PasswordHistory(models.Model):
    """The hashes of a user's previous passwords, so they are not reused (Art. 10.3)."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="password_history"
    )
    password = models.CharField(max_length=128)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("mật khẩu cũ")
        verbose_name_plural = _("mật khẩu cũ")


class BoardDecision(models.Model):
    """A board role (head, deputy, member) granted or taken away by the DIC in
    the operator console, with the decision that does it (Art. 10.1).

    Stored in the portal's own schema beside the user; the console writes it
    (accounts.board). Never edited: a later decision is a new row.
    """

    GRANT = "grant"
    REVOKE = "revoke"
    ACTIONS = [(GRANT, _("cấp")), (REVOKE, _("thu hồi"))]

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="board_decisions"
    )
    role = models.CharField(_("vai trò"), max_length=40)
    action = models.CharField(_("việc"), max_length=10, choices=ACTIONS)
    decision_number = models.CharField(_("số quyết định"), max_length=60)
    decision_date = models.DateField(_("ngày quyết định"))
    #: The operator's account name (operators live in the public schema).
    operator = models.CharField(_("người thực hiện"), max_length=150)
    recorded_at = models.DateTimeField(_("thời điểm ghi"), default=timezone.now)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        verbose_name = _("quyết định về Ban biên tập")
        verbose_name_plural = _("quyết định về Ban biên tập")

    def __str__(self):
        return f"{self.decision_number} – {self.get_action_display()} {self.role}"
