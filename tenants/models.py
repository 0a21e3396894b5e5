"""The agency registry, kept in the public schema.

``Agency`` is the django-tenants tenant: each row owns one PostgreSQL schema in
which its Wagtail site, users and content live. ``AgencyKind`` holds the kinds
of agency (province, department, board, PPC Office, district level...) with
their domain rule, as data an operator can extend: the 2025 merger of An Giang
and Kiên Giang showed that the structure of agencies changes.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tenants.models import DomainMixin, TenantMixin

from . import domain_rules

code_validator = RegexValidator(
    r"^[a-z][a-z0-9_]{0,62}$",
    _(
        "Mã cơ quan chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ."
    ),
)


class AgencyKind(models.Model):
    """A kind of agency and the rule that names its portal's domain (Art. 7)."""

    STYLE_CHOICES = [
        (domain_rules.STYLE_BASE, _("Tên miền gốc (cổng tỉnh)")),
        (
            domain_rules.STYLE_ABBREVIATE,
            _("Tiền tố + tên, viết tắt từ 3 âm tiết (Điều 7.1b)"),
        ),
        (domain_rules.STYLE_FULL, _("Tiền tố + tên đầy đủ không dấu (Điều 7.1c)")),
        (domain_rules.STYLE_FIXED, _("Tên miền cố định")),
    ]

    code = models.SlugField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên loại"), max_length=120)
    name_plural = models.CharField(
        _("tên loại (số nhiều)"),
        max_length=120,
        help_text=_(
            "Tiêu đề nhóm trên trang chủ cổng tỉnh, ví dụ: «Các sở, ban, ngành»."
        ),
    )
    domain_style = models.CharField(
        _("quy tắc tên miền"), max_length=20, choices=STYLE_CHOICES
    )
    domain_prefix = models.CharField(
        _("tiền tố tên miền"),
        max_length=20,
        blank=True,
        help_text=_("Ví dụ «so» cho các sở, «ban» cho các ban."),
    )
    fixed_label = models.CharField(
        _("tên miền cố định"),
        max_length=63,
        blank=True,
        help_text=_("Chỉ dùng với quy tắc «Tên miền cố định», ví dụ «vpubnd»."),
    )
    strip_prefixes = models.TextField(
        _("các từ bỏ ở đầu tên"),
        blank=True,
        help_text=_(
            "Mỗi dòng một cụm từ bỏ khỏi đầu tên trước khi lập tên miền, ví dụ «Sở»."
        ),
    )
    abbreviate_from = models.PositiveSmallIntegerField(
        _("viết tắt từ số âm tiết"),
        default=3,
        help_text=_(
            "Tên có từ chừng này âm tiết trở lên (không tính «và») được viết tắt."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=100)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("loại cơ quan")
        verbose_name_plural = _("loại cơ quan")

    def __str__(self):
        return self.name

    @property
    def rule(self) -> domain_rules.DomainRule:
        return domain_rules.DomainRule(
            style=self.domain_style,
            prefix=self.domain_prefix,
            fixed_label=self.fixed_label,
            strip_prefixes=tuple(
                line.strip()
                for line in self.strip_prefixes.splitlines()
                if line.strip()
            ),
            abbreviate_from=self.abbreviate_from,
        )


class AgencyQuerySet(models.QuerySet):
    def portals(self):
        """Agencies that have a portal (everything but the public schema's row)."""
        return self.exclude(schema_name=settings.PUBLIC_SCHEMA_NAME)

    def active(self):
        return self.portals().filter(status=Agency.STATUS_ACTIVE)


class Agency(TenantMixin):
    """A state agency with its own portal, schema, Wagtail site and staff."""

    STATUS_ACTIVE = "active"
    STATUS_SUSPENDED = "suspended"
    STATUS_CHOICES = [
        (STATUS_ACTIVE, _("Đang hoạt động")),
        (STATUS_SUSPENDED, _("Tạm ngừng")),
    ]

    name = models.CharField(
        _("tên cơ quan"),
        max_length=255,
        help_text=_("Tên chính thức, có dấu, ví dụ «Sở Thông tin và Truyền thông»."),
    )
    code = models.CharField(
        _("mã cơ quan"),
        max_length=63,
        unique=True,
        validators=[code_validator],
        help_text=_("Định danh cố định của cổng; cũng là tên lược đồ dữ liệu."),
    )
    kind = models.ForeignKey(
        AgencyKind,
        verbose_name=_("loại cơ quan"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agencies",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("cơ quan cấp trên"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    decision_number = models.CharField(
        _("số quyết định thành lập cổng"), max_length=60, blank=True
    )
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    domain_override = models.CharField(
        _("tên miền chỉ định"),
        max_length=63,
        blank=True,
        help_text=_(
            "Để trống để dùng tên miền theo Điều 7; ghi lại khi Sở TT&TT cấp khác."
        ),
    )
    domain_override_reason = models.CharField(
        _("lý do chỉ định tên miền"), max_length=255, blank=True
    )
    description = models.TextField(_("chức năng, nhiệm vụ"), blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=60, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    responsible = models.CharField(
        _("người chịu trách nhiệm"),
        max_length=255,
        blank=True,
        help_text=_("Hiển thị ở chân trang, ví dụ «Ông Nguyễn Văn A – Giám đốc Sở»."),
    )
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=STATUS_CHOICES, default=STATUS_ACTIVE
    )
    created_at = models.DateTimeField(_("ngày tạo"), default=timezone.now)

    # The schema is created by tenants.provisioning, inside its transaction.
    auto_create_schema = True
    auto_drop_schema = False

    objects = AgencyQuerySet.as_manager()

    class Meta:
        ordering = ["kind__sort_order", "name"]
        verbose_name = _("cơ quan")
        verbose_name_plural = _("cơ quan")
        permissions = [
            (
                "view_account_register",
                _("Xem và xuất sổ tài khoản của mọi cổng (Điều 10.1)"),
            ),
        ]

    def __str__(self):
        return self.name

    def create_schema(self, check_if_exists=False, sync_schema=True, verbosity=1):
        """Clone the migrated template schema, then give constraints their names back.

        See tenants.schema_clone for why both steps are needed.
        """
        from django_tenants.utils import get_creation_fakes_migrations, schema_exists

        from . import schema_clone

        if check_if_exists and schema_exists(self.schema_name):
            return False
        # The template is brought up to date by tenants.provisioning before its
        # transaction opens: Wagtail's migrations cannot run inside one.
        cloning = (
            sync_schema
            and get_creation_fakes_migrations()
            and schema_exists(schema_clone.template_schema())
        )
        created = super().create_schema(check_if_exists, sync_schema, verbosity)
        if cloning and created is not False:
            schema_clone.repair_constraint_names(
                schema_clone.template_schema(), self.schema_name
            )
        return created

    @property
    def primary_domain(self) -> str:
        domain = self.get_primary_domain()
        return domain.domain if domain else ""

    @property
    def url(self) -> str:
        """The public address of the portal, e.g. ``http://sotttt.angiang.localhost:8000/``."""
        return portal_url(self.primary_domain)


def portal_url(host: str) -> str:
    scheme = settings.PORTAL_URL_SCHEME
    default_port = 443 if scheme == "https" else 80
    port = "" if settings.PORTAL_PORT == default_port else f":{settings.PORTAL_PORT}"
    return f"{scheme}://{host}{port}/" if host else ""


def current_agency():
    """The Agency whose schema the connection is in (None in the public schema).

    ``connection.tenant`` may be a bare schema (django-tenants' FakeTenant, as in
    ``schema_context``); tasks and emails need the agency's name and address.
    """
    from django.db import connection

    tenant = getattr(connection, "tenant", None)
    if isinstance(tenant, Agency):
        return tenant
    schema = connection.schema_name
    if schema == settings.PUBLIC_SCHEMA_NAME:
        return None
    return Agency.objects.filter(schema_name=schema).first()


def current_agency_name() -> str:
    agency = current_agency()
    return agency.name if agency else ""


def current_portal_url() -> str:
    """Base URL (no trailing slash) of the portal whose schema is active.

    The console's URL in the public schema. Used for WAGTAILADMIN_BASE_URL.
    """
    from django.db import connection

    from . import hosts

    schema = connection.schema_name
    if schema == settings.PUBLIC_SCHEMA_NAME:
        return portal_url(settings.PORTAL_CONSOLE_DOMAIN).rstrip("/")
    return portal_url(hosts.primary_domain(schema)).rstrip("/")


class Domain(DomainMixin):
    """A host name that serves an agency's portal.

    Art. 29: when a portal moves to its conforming domain, the old one keeps
    working in parallel for three months; ``valid_until`` records that end.
    """

    valid_until = models.DateField(
        _("hiệu lực đến"),
        null=True,
        blank=True,
        help_text=_(
            "Tên miền cũ chạy song song 3 tháng (Điều 29); để trống nếu không hạn."
        ),
    )

    class Meta:
        verbose_name = _("tên miền")
        verbose_name_plural = _("tên miền")

    @property
    def url(self) -> str:
        return portal_url(self.domain)
