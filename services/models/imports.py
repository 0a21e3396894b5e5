"""One import of procedure files uploaded in a portal's admin (Dịch vụ công →
Nhập thủ tục), kept so that its uploader can follow it and read its report.

The upload returns at once; the import runs in a Celery task in the portal's
schema (services.tasks.run_import) and can take minutes for a ministry's
thousand procedures. The files are kept in the portal's private storage
(``imports/``, a folder tenants.media never serves) for the board to check
what was imported.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportRun(models.Model):
    """An upload and what became of it: status, progress, counts, report."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    STATUS_CHOICES = [
        (QUEUED, _("Đang chờ")),
        (RUNNING, _("Đang nhập")),
        (DONE, _("Hoàn thành")),
        (FAILED, _("Thất bại")),
    ]

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người nhập"),
    )
    created_at = models.DateTimeField(_("thời điểm tải lên"), auto_now_add=True)
    finished_at = models.DateTimeField(_("thời điểm xong"), null=True, blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=10, choices=STATUS_CHOICES, default=QUEUED
    )
    publish = models.BooleanField(
        _("xuất bản ngay"),
        default=False,
        help_text=_(
            "Chỉ người có quyền xuất bản trong danh mục; nếu không, thủ tục là "
            "bản nháp gửi Ban biên tập duyệt."
        ),
    )
    done = models.PositiveIntegerField(_("đã xử lý"), default=0)
    total = models.PositiveIntegerField(_("tổng số bản ghi"), default=0)
    created = models.PositiveIntegerField(_("thêm mới"), default=0)
    updated = models.PositiveIntegerField(_("cập nhật"), default=0)
    unchanged = models.PositiveIntegerField(_("không đổi"), default=0)
    drafted = models.PositiveIntegerField(_("bản nháp chờ duyệt"), default=0)
    rejected = models.PositiveIntegerField(_("bị từ chối"), default=0)
    summary = models.TextField(_("kết quả"), blank=True)
    report_lines = models.JSONField(_("báo cáo"), default=list, blank=True)
    error = models.TextField(_("lỗi"), blank=True)

    class Meta:
        verbose_name = _("lần nhập thủ tục")
        verbose_name_plural = _("các lần nhập thủ tục")
        ordering = ["-created_at"]

    def __str__(self):
        return f"Lần nhập #{self.pk} ({self.created_at:%d/%m/%Y %H:%M})"

    @property
    def finished(self) -> bool:
        return self.status in (self.DONE, self.FAILED)

    @property
    def file_names(self) -> str:
        return ", ".join(f.name for f in self.files.all())

    # Progress lives in the cache while the task runs: the import is one
    # transaction, so rows it writes are invisible to the run page until the
    # end. The cache's keys carry the schema (django_tenants.cache.make_key).
    def progress_key(self) -> str:
        return f"services:import-run:{self.pk}:progress"

    def set_progress(self, done: int, total: int) -> None:
        cache.set(self.progress_key(), [done, total], 6 * 3600)

    def progress(self) -> tuple[int, int]:
        if self.status == self.RUNNING:
            value = cache.get(self.progress_key())
            if value:
                return int(value[0]), int(value[1])
        return self.done, self.total


def _upload_to(instance, filename):
    return f"imports/{instance.run_id}/{filename}"


class ImportFile(models.Model):
    """A file of an import run, in the portal's private ``imports/`` folder."""

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(_("tên tệp"), max_length=255)
    file = models.FileField(_("tệp"), upload_to=_upload_to, max_length=500)
    size = models.PositiveBigIntegerField(_("dung lượng"), default=0)

    class Meta:
        verbose_name = _("tệp nhập")
        verbose_name_plural = _("tệp nhập")

    def __str__(self):
        return self.name
