"""Exceptions to the Vietnamese working-day calendar, kept in the public schema.

The `holidays` package knows Vietnam's public holidays (Tết by the lunar
calendar included) and some of the government's swapped days; every year the
Prime Minister's notice moves a few more, and the province may add days off.
``CalendarDay`` rows override the package for one date: an extra day off, or a
make-up working day (often a Saturday). One table for every portal: the DIC
edits it in the operator console.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from vietnamese import nfc


class CalendarDay(models.Model):
    """One date whose status differs from the default calendar."""

    DAY_OFF = "off"
    WORKING_DAY = "work"
    KIND_CHOICES = [
        (DAY_OFF, _("Ngày nghỉ")),
        (WORKING_DAY, _("Ngày làm việc bù")),
    ]

    date = models.DateField(_("ngày"), unique=True)
    kind = models.CharField(_("loại"), max_length=4, choices=KIND_CHOICES)
    name = models.CharField(
        _("lý do"),
        max_length=255,
        help_text=_(
            "Ví dụ: «Nghỉ bù Tết Nguyên đán theo Thông báo số 6150/TB-LĐTBXH»."
        ),
    )

    class Meta:
        ordering = ["date"]
        verbose_name = _("ngày ngoại lệ")
        verbose_name_plural = _("ngày ngoại lệ")

    def __str__(self):
        return f"{self.date:%d/%m/%Y} – {self.get_kind_display()}: {self.name}"

    def save(self, *args, **kwargs):
        self.name = nfc(self.name.strip())
        super().save(*args, **kwargs)
