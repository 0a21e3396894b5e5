"""Usage of the online services (Art. 14.2), as stored: one row per procedure,
day and kind of action (view, form download, online-submission click).

Rows are never written in a citizen's request: ``services.usage`` counts in
Redis (or in process) and its flush adds the counts here with one upsert per
batch. ``UsageFlush`` remembers which Redis batches were applied, so a batch
left behind by a crash after its commit is not added twice.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..usage import DOWNLOAD, SUBMIT, VIEW

KIND_CHOICES = [
    (VIEW, _("lượt xem")),
    (DOWNLOAD, _("lượt tải biểu mẫu")),
    (SUBMIT, _("lượt bấm nộp trực tuyến")),
]


class UsageDay(models.Model):
    """How often one procedure was viewed, had a form downloaded or its online
    submission followed, on one day (the portal's local date). Shown to the
    board by ``services.admin_usage``."""

    procedure = models.ForeignKey(
        "services.ProcedurePage",
        on_delete=models.CASCADE,
        related_name="usage_days",
        verbose_name=_("thủ tục"),
    )
    day = models.DateField(_("ngày"))
    kind = models.CharField(_("loại"), max_length=10, choices=KIND_CHOICES)
    count = models.PositiveIntegerField(_("số lượt"), default=0)

    class Meta:
        verbose_name = _("lượt sử dụng dịch vụ công")
        verbose_name_plural = _("lượt sử dụng dịch vụ công")
        constraints = [
            models.UniqueConstraint(
                fields=["procedure", "day", "kind"],
                name="services_usageday_unique_day_kind",
            )
        ]
        indexes = [models.Index(fields=["day"], name="services_usageday_day")]

    def __str__(self):
        return f"{self.procedure_id} {self.day} {self.kind}: {self.count}"


class UsageFlush(models.Model):
    """A Redis batch already added to ``UsageDay`` (its token), written in the
    same transaction as the counts: a batch found again after a crash between
    the commit and its deletion from Redis is then deleted, not re-added.
    Pruned after a day (a leftover batch is applied by the very next flush)."""

    token = models.CharField(max_length=64, unique=True)
    applied_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lần ghi lượt sử dụng")
