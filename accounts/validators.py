"""Password rules of Art. 10.3 ("mật khẩu mạnh, thay đổi thường xuyên").

Configured in AUTH_PASSWORD_VALIDATORS beside Django's length and common
password checks; every message is in Vietnamese.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.hashers import check_password
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from vietnamese import unaccent

#: The four classes of characters: lower case, upper case (Vietnamese letters
#: included), digits, and anything else (symbols, spaces).
CLASSES = (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's length check, with its message in Vietnamese (Django's catalogue
    lacks this one)."""

    def get_error_message(self):
        return _("Mật khẩu quá ngắn: cần ít nhất %(n)d ký tự.") % {"n": self.min_length}

    def get_help_text(self):
        return _("Mật khẩu cần ít nhất %(n)d ký tự.") % {"n": self.min_length}


class CharacterClassesValidator:
    """At least ``min_classes`` of: lower case, upper case, digits, symbols."""

    def __init__(self, min_classes: int = 3):
        self.min_classes = min_classes

    def validate(self, password, user=None):
        present = sum(any(test(c) for c in password) for test in CLASSES)
        if present < self.min_classes:
            raise ValidationError(self.get_help_text(), code="password_classes")

    def get_help_text(self):
        return _(
            "Mật khẩu phải có ít nhất %(n)d trong 4 loại: chữ thường, chữ hoa, chữ số, "
            "ký tự đặc biệt."
        ) % {"n": self.min_classes}


class NotContainingNameValidator:
    """The password must not contain the user's account name or a part of their name."""

    min_part = 3

    def validate(self, password, user=None):
        if user is None:
            return
        haystack = unaccent(password).lower()
        parts = [getattr(user, "username", "") or ""]
        for attr in ("full_name", "first_name", "last_name"):
            parts += (getattr(user, attr, "") or "").split()
        for part in parts:
            needle = unaccent(part).lower()
            if len(needle) >= self.min_part and needle in haystack:
                raise ValidationError(
                    _("Mật khẩu không được chứa tên đăng nhập hoặc họ tên của bạn."),
                    code="password_contains_name",
                )

    def get_help_text(self):
        return _("Mật khẩu không được chứa tên đăng nhập hoặc họ tên.")


class PasswordHistoryValidator:
    """Not one of the last ``PASSWORD_HISTORY_COUNT`` passwords; records each change."""

    def validate(self, password, user=None):
        if user is None or not getattr(user, "pk", None):
            return
        recent = user.password_history.all()[: settings.PASSWORD_HISTORY_COUNT]
        if any(check_password(password, old.password) for old in recent):
            raise ValidationError(
                _("Mật khẩu mới không được trùng %(n)d mật khẩu gần nhất.")
                % {"n": settings.PASSWORD_HISTORY_COUNT},
                code="password_reused",
            )

    def password_changed(self, password, user=None):
        """Called by Django after a new password is saved."""
        from .models import PasswordHistory, User

        if user is None or not user.pk:
            return
        PasswordHistory.objects.create(user=user, password=user.password)
        keep = PasswordHistory.objects.filter(user=user).values_list("pk", flat=True)[
            : settings.PASSWORD_HISTORY_COUNT
        ]
        PasswordHistory.objects.filter(user=user).exclude(pk__in=list(keep)).delete()
        now = timezone.now()
        User.objects.filter(pk=user.pk).update(password_changed_at=now)
        user.password_changed_at = now

    def get_help_text(self):
        return _("Không dùng lại %(n)d mật khẩu gần nhất.") % {
            "n": settings.PASSWORD_HISTORY_COUNT
        }
