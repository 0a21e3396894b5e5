"""Citizens' questions to a portal's board, tracked like a freedom-of-information
request: received, classified, routed, answered within 15 working days (or a
progress notice with a promised date), every step in the history.

Personal data (Art. 6): the asker's name, email and phone are shown only to the
board and the assigned answerer, erased on request through the tracking code or
after the retention period; the statistics stay.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from deadlines import rules as deadline_rules

FIELD_CHOICES = [
    ("thu-tuc-hanh-chinh", _("Thủ tục hành chính")),
    ("dat-dai", _("Đất đai")),
    ("y-te", _("Y tế")),
    ("giao-duc", _("Giáo dục")),
    ("lao-dong", _("Lao động – Việc làm")),
    ("thong-tin-truyen-thong", _("Thông tin – Truyền thông")),
    ("khac", _("Khác")),
]
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def new_tracking_code() -> str:
    return "HD-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))


class Question(models.Model):
    """One citizen's question and its handling."""

    RECEIVED = "received"
    CLASSIFIED = "classified"
    ASSIGNED = "assigned"
    AWAITING_APPROVAL = "awaiting_approval"
    ANSWERED = "answered"
    OUT_OF_REMIT = "out_of_remit"
    TRANSFERRED = "transferred"
    # Routed to another portal, which does not have it yet: still this
    # portal's (not closed) until the other one has opened it (outbox).
    TRANSFERRING = "transferring"
    STATUS_CHOICES = [
        (RECEIVED, _("Đã tiếp nhận")),
        (CLASSIFIED, _("Đã phân loại")),
        (ASSIGNED, _("Đang xử lý")),
        (AWAITING_APPROVAL, _("Chờ Ban biên tập duyệt trả lời")),
        (ANSWERED, _("Đã trả lời")),
        (OUT_OF_REMIT, _("Không thuộc thẩm quyền")),
        (TRANSFERRED, _("Đã chuyển cơ quan khác")),
        (TRANSFERRING, _("Đang chuyển cơ quan khác")),
    ]
    CLOSED = {ANSWERED, OUT_OF_REMIT, TRANSFERRED}

    tracking_code = models.CharField(
        _("mã tra cứu"), max_length=20, unique=True, default=new_tracking_code
    )
    name = models.CharField(_("họ và tên"), max_length=150)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    title = models.CharField(_("tiêu đề"), max_length=200)
    question = models.TextField(_("nội dung câu hỏi"))
    field = models.CharField(_("lĩnh vực"), max_length=40, choices=FIELD_CHOICES)
    consent_at = models.DateTimeField(_("đồng ý xử lý dữ liệu cá nhân lúc"))
    received_at = models.DateTimeField(_("ngày nhận"), default=timezone.now)
    received_on = models.DateField(_("ngày nhận (ngày)"), editable=False)
    due_on = models.DateField(_("hạn trả lời"), editable=False)
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=STATUS_CHOICES, default=RECEIVED
    )
    unit = models.CharField(_("đơn vị xử lý"), max_length=150, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người trả lời"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="qa_assigned",
    )
    answer = models.TextField(_("nội dung trả lời"), blank=True)
    promised_on = models.DateField(_("ngày hẹn trả lời"), null=True, blank=True)
    responded_at = models.DateTimeField(
        _("ngày phản hồi"),
        null=True,
        blank=True,
        help_text=_(
            "Trả lời, thông báo tiến độ hoặc thông báo không thuộc thẩm quyền đã gửi."
        ),
    )
    answered_at = models.DateTimeField(_("ngày trả lời"), null=True, blank=True)
    erased_at = models.DateTimeField(
        _("đã xoá dữ liệu cá nhân lúc"), null=True, blank=True
    )
    # Schemas of the other portals that hold or held a copy (routed there or
    # from there): an erasure on request reaches every one of them.
    transfer_chain = models.JSONField(
        _("các cổng đã giữ câu hỏi"), default=list, blank=True, editable=False
    )
    # Raised by every change (qa.handling): a form carries the version it was
    # opened on, and a change posted from an older one is refused.
    version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["due_on", "received_at"]
        verbose_name = _("câu hỏi")
        verbose_name_plural = _("câu hỏi")
        permissions = [("handle_question", _("Xử lý câu hỏi của công dân"))]

    def __str__(self):
        return f"{self.tracking_code} – {self.title}"

    def save(self, *args, **kwargs):
        self.received_on = timezone.localtime(self.received_at).date()
        self.due_on = deadline_rules.due_date(self.received_on, "qa")
        super().save(*args, **kwargs)

    @property
    def deadline(self) -> deadline_rules.Status:
        return deadline_rules.status(self.due_on, self.responded_at)

    @property
    def is_closed(self) -> bool:
        return self.status in self.CLOSED

    def erase_personal_data(self) -> None:
        self.name = "(đã xoá)"
        self.email = ""
        self.phone = ""
        self.erased_at = timezone.now()
        self.save(update_fields=["name", "email", "phone", "erased_at"])


class QuestionEvent(models.Model):
    """One step in a question's history: who, when, what. ``public`` steps are
    shown on the citizen's status page (never with personal data)."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="events"
    )
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(max_length=30)
    public_text = models.CharField(max_length=255)
    # For the board: a reason, or the text of each answer drafted and sent, so
    # that what the citizen received is on record even if redrafted since.
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]


class CaptchaChallenge(models.Model):
    """One captcha challenge of a public form (aggov.captcha), answer kept here
    and never in the page; deleted when answered."""

    key = models.CharField(max_length=64, unique=True)
    answer = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)


def initials(name: str) -> str:
    """«Trần Văn Bình» → «T.V.B.»: the asker, without their name (Art. 6)."""
    words = [w for w in (name or "").split() if w and w != "(đã"]
    if not words or name.startswith("(đã xoá)"):
        return ""
    return "".join(f"{w[0].upper()}." for w in words)


from .pages import QAIndexPage, QAPage  # noqa: E402,F401 - page models of this app
