"""Exceptions to the Vietnamese working-day calendar, kept in the public schema.

The `holidays` package knows Vietnam's public holidays (Tết by the lunar
calendar included) and some of the government's swapped days; every year the
Prime Minister's notice moves a few more, and the province may add days off.
``CalendarDay`` rows override the package for one date: an extra day off, or a
make-up working day (often a Saturday). One table for every portal: the DIC
edits it in the operator console.
"""

from django.conf import settings
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


class CalendarChange(models.Model):
    """Who added or deleted an exception, and what it was (kept when deleted).

    Working days decide every deadline of every portal (Art. 12): a day removed
    from the table changes them all, so the console shows this record on the
    calendar page.
    """

    ADDED = "added"
    DELETED = "deleted"
    ACTION_CHOICES = [(ADDED, _("Thêm")), (DELETED, _("Xoá"))]

    at = models.DateTimeField(_("lúc"), auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    #: Kept when the user is deleted.
    username = models.CharField(_("tên đăng nhập"), max_length=150)
    action = models.CharField(_("thao tác"), max_length=8, choices=ACTION_CHOICES)
    date = models.DateField(_("ngày"))
    kind = models.CharField(_("loại"), max_length=4, choices=CalendarDay.KIND_CHOICES)
    name = models.CharField(_("lý do"), max_length=255)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("thay đổi lịch làm việc")
        verbose_name_plural = _("thay đổi lịch làm việc")

    @classmethod
    def record(cls, day: CalendarDay, action: str, user) -> "CalendarChange":
        return cls.objects.create(
            user=user,
            username=user.get_username(),
            action=action,
            date=day.date,
            kind=day.kind,
            name=day.name,
        )
