"""Dossiers (hồ sơ) pushed by the one-stop-shop system, and requests to
receive their result by post (Art. 14.2 and 14.3 of Decision 03/2017/QĐ-UBND).

Everything here lives in the portal's own schema: a token, a dossier or a
postal request of one portal does not exist on another. The portal never
decides a dossier's status; it keeps what the one-stop-shop last pushed so
that citizens can follow it, by code plus the secret printed on their receipt.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: The national exchange's dossier statuses (the tthc data README).
STATUS_CHOICES = [
    (1, _("Mới đăng ký")),
    (2, _("Được tiếp nhận")),
    (3, _("Không được tiếp nhận")),
    (4, _("Đang xử lý")),
    (5, _("Yêu cầu bổ sung giấy tờ")),
    (6, _("Yêu cầu thực hiện nghĩa vụ tài chính")),
    (7, _("Công dân yêu cầu rút hồ sơ")),
    (8, _("Dừng xử lý")),
    (9, _("Đã xử lý xong")),
    (10, _("Đã trả kết quả")),
]
RETURNED = 10
#: Statuses after which a dossier can no longer be late: it is finished.
FINISHED = {3, 7, 8, 10}

TOKEN_PREFIX_LENGTH = 8


def digest(secret: str) -> str:
    """The stored form of a token or receipt secret (sha256, hex).

    The secrets are long random strings (tokens) or printed receipt codes
    looked up together with the dossier code; a fast hash suffices for the
    first and the lookup's rate limit guards the second.
    """
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class ApiToken(models.Model):
    """A key of the one-stop-shop system to this portal's API. Only its
    sha256 is stored; the token itself is shown once, when it is made."""

    name = models.CharField(_("tên"), max_length=120)
    prefix = models.CharField(_("tiền tố"), max_length=TOKEN_PREFIX_LENGTH)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("ngày tạo"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    last_used_at = models.DateTimeField(_("dùng lần cuối"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("ngày thu hồi"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    replaced_by = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("khóa kết nối")
        verbose_name_plural = _("khóa kết nối")
        ordering = ["-created_at"]
        permissions = [("manage_apitoken", "Quản lý khóa kết nối hệ thống một cửa")]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, name: str, user=None) -> tuple[ApiToken, str]:
        """A new token: (the row, the token to show once)."""
        secret = secrets.token_urlsafe(32)
        token = cls.objects.create(
            name=name,
            prefix=secret[:TOKEN_PREFIX_LENGTH],
            digest=digest(secret),
            created_by=user,
        )
        return token, secret

    @classmethod
    def authenticate(cls, secret: str) -> ApiToken | None:
        if not secret or len(secret) > 200:
            return None
        return cls.objects.active().filter(digest=digest(secret)).first()

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def revoke(self, user=None) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.revoked_by = user
            self.save(update_fields=["revoked_at", "revoked_by"])


class Dossier(models.Model):
    """One dossier as the one-stop-shop last pushed it."""

    code = models.CharField(_("mã hồ sơ"), max_length=40, unique=True)
    procedure = models.ForeignKey(
        "services.ProcedurePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="dossiers",
        verbose_name=_("thủ tục"),
    )
    # Kept as pushed: the dossier still reads right if the page goes away.
    procedure_code = models.CharField(_("mã thủ tục"), max_length=30)
    procedure_name = models.TextField(_("tên thủ tục"))
    status = models.PositiveSmallIntegerField(_("trạng thái"), choices=STATUS_CHOICES)
    received_at = models.DateTimeField(_("ngày tiếp nhận"), null=True, blank=True)
    appointment_at = models.DateTimeField(_("ngày hẹn trả"), null=True, blank=True)
    returned_at = models.DateTimeField(_("ngày trả kết quả"), null=True, blank=True)
    secret_digest = models.CharField(max_length=64, editable=False)
    #: sha256 of the canonical payload last applied: the same push twice is a no-op.
    payload_hash = models.CharField(max_length=64, editable=False)
    #: The one-stop-shop's own time of the change, when it gives one.
    source_updated_at = models.DateTimeField(null=True, blank=True)
    pushed_by = models.ForeignKey(
        ApiToken,
        on_delete=models.SET_NULL,
        null=True,
        related_name="dossiers",
        verbose_name=_("khóa đã gửi"),
    )
    pushed_at = models.DateTimeField(_("cập nhật lúc"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("hồ sơ")
        verbose_name_plural = _("hồ sơ")

    def __str__(self):
        return self.code

    def secret_matches(self, secret: str) -> bool:
        return secrets.compare_digest(self.secret_digest, digest(secret))

    def is_late(self, now=None) -> bool:
        """Past its appointment and its result not returned ("Quá hạn")."""
        if self.appointment_at is None or self.returned_at is not None:
            return False
        if self.status in FINISHED:
            return False
        return (now or timezone.now()) > self.appointment_at

    def late_working_days(self, now=None) -> int:
        """How many working days past the appointment (workdays.calendar)."""
        from workdays.calendar import working_days_between

        if not self.is_late(now):
            return 0
        return working_days_between(self.appointment_at, now or timezone.now())

    @property
    def postal_delivery(self) -> bool:
        from .. import levels

        return self.procedure is not None and levels.postal_delivery(
            self.procedure.level
        )


class DossierStep(models.Model):
    """A processing step of a dossier (replaced as a whole at each push)."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField()
    name = models.CharField(_("bước xử lý"), max_length=500)
    unit = models.CharField(_("đơn vị"), max_length=500, blank=True)
    started_at = models.DateTimeField(_("bắt đầu"), null=True, blank=True)
    ended_at = models.DateTimeField(_("kết thúc"), null=True, blank=True)

    class Meta:
        ordering = ["dossier", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "position"], name="services_dossierstep_position"
            )
        ]


class PostalRequest(models.Model):
    """A citizen's request to receive a dossier's result by post (Art. 14.3).

    The name, address and phone are erased ``QA_RETENTION_DAYS`` after the
    request is closed (delivered or cancelled), like a question's; the row,
    its dates and its status stay for the statistics.
    """

    NEW = "new"
    FORWARDED = "forwarded"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    STATUS_CHOICES = [
        (NEW, _("Mới, chờ hệ thống một cửa nhận")),
        (FORWARDED, _("Hệ thống một cửa đã nhận")),
        (DELIVERED, _("Đã chuyển phát")),
        (CANCELLED, _("Đã hủy")),
    ]
    CLOSED = (DELIVERED, CANCELLED)

    dossier = models.ForeignKey(
        Dossier,
        on_delete=models.PROTECT,
        related_name="postal_requests",
        verbose_name=_("hồ sơ"),
    )
    name = models.CharField(_("họ tên người nhận"), max_length=150, blank=True)
    address = models.TextField(_("địa chỉ nhận"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    #: The purpose and notice the citizen consented to, as shown on the form.
    consent_text = models.TextField(_("nội dung đã đồng ý"))
    consented_at = models.DateTimeField(_("đồng ý lúc"))
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=STATUS_CHOICES, default=NEW
    )
    created_at = models.DateTimeField(_("ngày yêu cầu"), default=timezone.now)
    acknowledged_at = models.DateTimeField(_("hệ thống một cửa nhận lúc"), null=True)
    acknowledged_by = models.ForeignKey(
        ApiToken, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    closed_at = models.DateTimeField(_("đóng lúc"), null=True, blank=True)
    erased_at = models.DateTimeField(_("đã xóa thông tin cá nhân lúc"), null=True)

    class Meta:
        verbose_name = _("yêu cầu chuyển phát")
        verbose_name_plural = _("yêu cầu chuyển phát")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.dossier.code} ({self.get_status_display()})"

    @property
    def is_closed(self) -> bool:
        return self.status in self.CLOSED

    def save(self, *args, **kwargs):
        # Closing starts the retention period; reopening stops it.
        if self.status in self.CLOSED and self.closed_at is None:
            self.closed_at = timezone.now()
        elif self.status not in self.CLOSED:
            self.closed_at = None
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = set(kwargs["update_fields"]) | {"closed_at"}
        super().save(*args, **kwargs)

    def erase_personal_data(self) -> None:
        self.name = ""
        self.address = ""
        self.phone = ""
        self.erased_at = timezone.now()
        self.save(update_fields=["name", "address", "phone", "erased_at"])

    @classmethod
    def expired(cls, now=None):
        limit = (now or timezone.now()) - timedelta(days=settings.QA_RETENTION_DAYS)
        return cls.objects.filter(
            status__in=cls.CLOSED, closed_at__lt=limit, erased_at__isnull=True
        )
