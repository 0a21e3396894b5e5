"""Staff accounts.

One table in every schema: the DIC's operators in the public schema, each
agency's editors and board in its own. An account of one portal therefore does
not exist on another. Custom from the first migration so that the fields the
regulation asks of an account (Art. 10.1: the assigning decision) can be added
without swapping the user model in every schema.
"""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who signs in to the admin of one portal or to the operator console."""

    full_name = models.CharField(
        _("họ và tên"),
        max_length=150,
        blank=True,
        help_text=_("Họ và tên đầy đủ, có dấu, như trong quyết định phân công."),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("tài khoản")
        verbose_name_plural = _("tài khoản")

    def get_full_name(self):
        return self.full_name or super().get_full_name()
