"""Documents distributed by the province to the agencies they govern (Art. 12.2).

A distribution is written in the public schema by the province's portal; each
target agency reads its own rows from there, publishes a copy in its own
register (its own schema) and marks the row. No agency ever writes into
another agency's schema.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from deadlines import rules as deadline_rules


class Distribution(models.Model):
    """One document sent by the province, with the metadata each copy needs."""

    source_agency = models.ForeignKey(
        "tenants.Agency", on_delete=models.CASCADE, related_name="distributions_sent"
    )
    source_page_id = models.PositiveIntegerField()
    source_url = models.URLField()
    number_symbol = models.CharField(_("số, ký hiệu"), max_length=60)
    title = models.CharField(_("tiêu đề"), max_length=255)
    abstract = models.TextField(_("trích yếu"))
    issuing_body_name = models.CharField(max_length=255)
    issued_on = models.DateField(_("ngày ban hành"))
    effective_on = models.DateField(null=True, blank=True)
    field = models.CharField(max_length=40)
    sent_at = models.DateTimeField(auto_now_add=True)
    sent_by = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("văn bản gửi đi")
        verbose_name_plural = _("văn bản gửi đi")

    def __str__(self):
        return self.number_symbol


class DistributionTarget(models.Model):
    """One governed agency's copy: due 10 working days after issue (Art. 12.1c)."""

    distribution = models.ForeignKey(
        Distribution, on_delete=models.CASCADE, related_name="targets"
    )
    agency = models.ForeignKey(
        "tenants.Agency",
        on_delete=models.CASCADE,
        related_name="distributions_received",
    )
    due_on = models.DateField(_("hạn đăng tải"))
    published_at = models.DateTimeField(_("ngày đăng"), null=True, blank=True)
    published_page_id = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]
        unique_together = [("distribution", "agency")]
        verbose_name = _("nơi nhận")
        verbose_name_plural = _("nơi nhận")

    @property
    def deadline(self) -> deadline_rules.Status:
        return deadline_rules.status(self.due_on, self.published_at)
