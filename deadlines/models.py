"""The deadline rules of Art. 12, as data in the public schema (one table for all).

Seeded by a migration; operators may change the number of working days when the
regulation changes, without a release.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DeadlineRule(models.Model):
    """How many working days an item may take to be posted, and from what."""

    code = models.SlugField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên"), max_length=255)
    article = models.CharField(
        _("căn cứ"), max_length=60, help_text=_("Ví dụ: Điều 12.1c")
    )
    working_days = models.PositiveSmallIntegerField(_("số ngày làm việc"))
    starts_from = models.CharField(
        _("tính từ"), max_length=255, help_text=_("Ví dụ: ngày ban hành văn bản")
    )

    class Meta:
        ordering = ["working_days", "code"]
        verbose_name = _("quy tắc thời hạn")
        verbose_name_plural = _("quy tắc thời hạn")

    def __str__(self):
        return f"{self.name} ({self.working_days} ngày làm việc)"


class PortalDeadlineStats(models.Model):
    """The DIC's dashboard: per portal and period, items on time, late and open.

    Filled by the province-wide Celery job (deadlines.tasks.refresh_dashboard),
    which reads each agency's schema; stored here, in the public schema, so the
    console reads one table.
    """

    QUARTER = "quarter"
    YEAR = "year"
    PERIOD_CHOICES = [(QUARTER, _("Quý này")), (YEAR, _("Năm nay"))]

    agency = models.ForeignKey(
        "tenants.Agency", on_delete=models.CASCADE, related_name="deadline_stats"
    )
    period = models.CharField(max_length=10, choices=PERIOD_CHOICES)
    period_start = models.DateField()
    on_time = models.PositiveIntegerField(default=0)
    late = models.PositiveIntegerField(default=0)
    open = models.PositiveIntegerField(default=0)
    # Citizens' questions (Art. 12.1d), received in the period.
    qa_received = models.PositiveIntegerField(default=0)
    qa_answered_on_time = models.PositiveIntegerField(default=0)
    qa_answered_late = models.PositiveIntegerField(default=0)
    qa_open = models.PositiveIntegerField(default=0)
    qa_open_late = models.PositiveIntegerField(default=0)
    qa_median_days = models.FloatField(null=True, blank=True)
    refreshed_at = models.DateTimeField()

    class Meta:
        unique_together = [("agency", "period")]
        verbose_name = _("thống kê thời hạn")
        verbose_name_plural = _("thống kê thời hạn")
