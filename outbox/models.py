"""Rows of the outbox, in every agency's schema (a tenant app)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Delivery(models.Model):
    """One side effect to perform after the transaction that wrote it commits.

    Written in the same transaction as the change it belongs to (an answer
    approved, a question routed), so either both are stored or neither; a
    worker then performs it (``outbox.service.deliver``), retrying with
    exponential back-off until it succeeds or the attempts run out (then
    ``failed``, shown in the console, where an operator can retry it).
    """

    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"
    STATUS_CHOICES = [
        (PENDING, _("Chờ gửi")),
        (DONE, _("Đã gửi")),
        (FAILED, _("Gửi không được")),
    ]

    kind = models.CharField(_("loại"), max_length=60)
    # Identifiers, not copies: handlers read the data when they run, so an
    # erasure of personal data also reaches what is still waiting here.
    payload = models.JSONField(_("dữ liệu"), default=dict)
    status = models.CharField(
        _("trạng thái"), max_length=10, choices=STATUS_CHOICES, default=PENDING
    )
    attempts = models.PositiveIntegerField(_("số lần thử"), default=0)
    next_attempt_at = models.DateTimeField(_("lần thử tới"), default=timezone.now)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), default=timezone.now)
    delivered_at = models.DateTimeField(_("đã gửi lúc"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("việc gửi đi")
        verbose_name_plural = _("việc gửi đi")
        indexes = [
            models.Index(
                fields=["status", "next_attempt_at"], name="outbox_delivery_due"
            )
        ]

    def __str__(self):
        return f"{self.kind} #{self.pk} ({self.status})"


class Receipt(models.Model):
    """A delivery from another portal's outbox, handled here once.

    A handler that writes into another portal's schema records the source
    row's identity (its schema and id) in the same transaction: delivered
    twice, the second run finds the receipt and does nothing.
    """

    source_schema = models.CharField(max_length=63)
    source_id = models.BigIntegerField()
    kind = models.CharField(max_length=60)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source_schema", "source_id"], name="outbox_receipt_once"
            )
        ]

    def __str__(self):
        return f"{self.kind} from {self.source_schema} #{self.source_id}"
