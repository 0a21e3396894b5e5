"""Information sent to a portal's board from outside (Art. 24.2).

Another agency, an organisation or a person submits it through the public form
(/gui-thong-tin/); it lands in the board's inbox, never on the site. The board
turns it into a draft page that keeps the provenance, or declines it with a
reason that is emailed to the provider.
"""

import secrets

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

ATTACHMENT_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "odt",
    "jpg",
    "jpeg",
    "png",
    "xls",
    "xlsx",
]

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def new_tracking_code() -> str:
    """The code given to the provider on submission: with it they ask for
    their personal data and files to be erased."""
    return "TT-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))


class Contribution(models.Model):
    """One submission by an outside provider, with its identity and its statement."""

    KIND_AGENCY = "agency"
    KIND_ORGANISATION = "organisation"
    KIND_PERSON = "person"
    KIND_CHOICES = [
        (KIND_AGENCY, _("Cơ quan nhà nước")),
        (KIND_ORGANISATION, _("Tổ chức, doanh nghiệp")),
        (KIND_PERSON, _("Cá nhân")),
    ]
    STATUS_NEW = "new"
    STATUS_CONVERTED = "converted"
    STATUS_DECLINED = "declined"
    STATUS_CHOICES = [
        (STATUS_NEW, _("Mới nhận")),
        (STATUS_CONVERTED, _("Đã chuyển thành bản nháp")),
        (STATUS_DECLINED, _("Đã từ chối")),
    ]

    provider_kind = models.CharField(
        _("bên cung cấp"), max_length=20, choices=KIND_CHOICES
    )
    provider_name = models.CharField(_("họ tên người cung cấp"), max_length=150)
    organisation = models.CharField(_("cơ quan, tổ chức"), max_length=255, blank=True)
    email = models.EmailField(_("thư điện tử"))
    phone = models.CharField(_("điện thoại"), max_length=30, blank=True)
    title = models.CharField(_("tiêu đề"), max_length=255)
    content = models.TextField(_("nội dung"))
    accuracy_statement = models.BooleanField(
        _("cam kết chịu trách nhiệm về tính chính xác của thông tin"), default=False
    )
    created_at = models.DateTimeField(_("ngày gửi"), default=timezone.now)
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=STATUS_CHOICES, default=STATUS_NEW
    )
    decline_reason = models.TextField(_("lý do từ chối"), blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xử lý"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("ngày xử lý"), null=True, blank=True)
    draft_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("bản nháp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    tracking_code = models.CharField(
        _("mã tiếp nhận"), max_length=20, unique=True, default=new_tracking_code
    )
    erased_at = models.DateTimeField(
        _("đã xoá dữ liệu cá nhân lúc"), null=True, blank=True
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("thông tin gửi đến")
        verbose_name_plural = _("thông tin gửi đến")

    def __str__(self):
        return self.title

    @property
    def provenance(self) -> str:
        """One line that says who provided this and when, kept on the draft page."""
        who = self.provider_name
        if self.organisation:
            who = f"{who} ({self.organisation})"
        return (
            f"Thông tin do {who} – {self.get_provider_kind_display().lower()} – cung cấp "
            f"ngày {timezone.localtime(self.created_at):%d/%m/%Y}; người cung cấp cam kết "
            "chịu trách nhiệm về tính chính xác của thông tin (Điều 24.2)."
        )

    def erase_personal_data(self) -> None:
        """Erase the provider's name, organisation, contacts and attachments
        (on request, or after CONTRIBUTION_RETENTION_DAYS); the information
        itself and the board's handling stay. Files leave the storage once the
        erasure is committed, so a rollback never leaves rows without files."""
        from django.db import connection
        from django_tenants.utils import tenant_context

        stored = [(f.file.storage, f.file.name) for f in self.files.all()]
        tenant = connection.tenant  # the storage's folder is the schema's

        def delete_files():
            with tenant_context(tenant):
                for storage, name in stored:
                    storage.delete(name)

        if stored:
            transaction.on_commit(delete_files)
        self.files.all().delete()
        self.provider_name = "(đã xoá)"
        self.organisation = ""
        self.email = ""
        self.phone = ""
        self.erased_at = timezone.now()
        self.save(
            update_fields=[
                "provider_name",
                "organisation",
                "email",
                "phone",
                "erased_at",
            ]
        )


class ContributionFile(models.Model):
    """An attachment of a contribution (stored in the agency's media folder)."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="files"
    )
    file = models.FileField(
        _("tệp đính kèm"),
        upload_to="contributions/%Y/%m/",
        validators=[FileExtensionValidator(ATTACHMENT_EXTENSIONS)],
    )

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")

    def __str__(self):
        return self.file.name.rsplit("/", 1)[-1]
