"""Creating a portal: one service for `manage.py create_portal` and the console.

``provision_portal`` checks everything it can before writing anything, then in
one transaction creates the agency row, its schema (cloned from the template),
its domain, Wagtail site, home page and mandatory sections, the Vietnamese
locale, the editorial groups and a first administrator. PostgreSQL's DDL is
transactional, so a failure at any step leaves no schema, domain or row.
Calling it again with the code of an existing agency returns that agency.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils.translation import gettext as _
from django_tenants.utils import schema_exists, tenant_context

from vietnamese import nfc

from . import domain_rules, hosts, schema_clone
from .models import Agency, AgencyKind, Domain, code_validator

logger = logging.getLogger("aggov.tenants")

#: Schema names no portal may take: PostgreSQL's, the template's, and
#: "province", whose search index alias (<prefix>-province) is the province's.
RESERVED_SCHEMAS = {
    "public",
    "information_schema",
    settings.TENANT_BASE_SCHEMA,
    "province",
}


class ProvisioningError(Exception):
    """Input that cannot make a portal; ``message`` is for the operator, in Vietnamese."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass
class PortalRequest:
    """What an operator asks for: the agency and its first administrator."""

    name: str
    kind: str  # AgencyKind.code
    parent: str | None = None  # the parent agency's code
    code: str = ""  # default: from the domain rules
    domain_override: str = ""
    domain_override_reason: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    description: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    responsible: str = ""
    admin_username: str = "quantri"
    admin_email: str = ""
    admin_password: str = ""  # default: generated and returned once
    # The decision assigning the first administrator (Art. 10.1); default: the
    # portal's own decision.
    admin_decision_number: str = ""
    admin_decision_date: date | None = None
    # Foreign-language sections from the start (Art. 9.3), e.g. ["en", "fr"].
    languages: list[str] = field(default_factory=list)


@dataclass
class PortalPlan:
    """A checked request: everything needed to write, nothing written yet."""

    request: PortalRequest
    name: str
    kind: AgencyKind
    parent: Agency | None
    code: str
    domain: str
    admin_password: str
    generated_password: bool = False


@dataclass
class ProvisionResult:
    agency: Agency
    created: bool
    domain: str
    admin_username: str = ""
    admin_password: str = ""  # only when generated, to show once
    steps: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.agency.url


def plan_portal(request: PortalRequest) -> PortalPlan | Agency:
    """Check a request; return the existing agency when its code is taken."""
    name = " ".join(nfc(request.name or "").split())
    if not name:
        raise ProvisioningError(_("Tên cơ quan không được để trống."), "name")
    if not (request.decision_number or "").strip():
        raise ProvisioningError(
            _("Cần số quyết định thành lập cổng (và phân công quản trị, Điều 10.1)."),
            "decision_number",
        )
    try:
        kind = AgencyKind.objects.get(code=request.kind)
    except AgencyKind.DoesNotExist:
        raise ProvisioningError(
            _("Không có loại cơ quan «%(kind)s».") % {"kind": request.kind}, "kind"
        ) from None
    parent = None
    if request.parent:
        parent = Agency.objects.portals().filter(code=request.parent).first()
        if parent is None:
            raise ProvisioningError(
                _("Không có cơ quan cấp trên mã «%(code)s».")
                % {"code": request.parent},
                "parent",
            )
    try:
        if request.domain_override:
            label = domain_rules.validate_label(request.domain_override)
        else:
            label = domain_rules.portal_label(name, kind.rule)
        code = (request.code or "").strip().lower() or domain_rules.default_code(
            name, kind.rule
        )
    except domain_rules.DomainRuleError as error:
        raise ProvisioningError(str(error), "domain_override") from None
    if request.domain_override and not request.domain_override_reason.strip():
        raise ProvisioningError(
            _("Cần ghi lý do khi chỉ định tên miền khác quy tắc Điều 7."),
            "domain_override_reason",
        )
    try:
        code_validator(code)
    except ValidationError:
        raise ProvisioningError(
            _(
                "Mã cơ quan «%(code)s» không hợp lệ: chỉ gồm chữ thường không dấu, chữ số "
                "và dấu gạch dưới, bắt đầu bằng chữ, tối đa 63 ký tự."
            )
            % {"code": code},
            "code",
        ) from None

    existing = Agency.objects.filter(code=code).first()
    if existing is not None:
        return existing

    domain = domain_rules.portal_domain(label, settings.PORTAL_BASE_DOMAIN)
    check_domain_free(domain, field="domain_override")
    if code in RESERVED_SCHEMAS or code.startswith("pg_"):
        raise ProvisioningError(
            _("Mã «%(code)s» là tên dành riêng của hệ thống.") % {"code": code}, "code"
        )
    if (
        schema_exists(code, case_sensitive=False)
        or Agency.objects.filter(schema_name__iexact=code).exists()
    ):
        raise ProvisioningError(
            _("Lược đồ dữ liệu «%(code)s» đã tồn tại; hãy chọn mã cơ quan khác.")
            % {"code": code},
            "code",
        )

    password = request.admin_password
    generated = not password
    if generated:
        password = secrets.token_urlsafe(12)
    else:
        try:
            validate_password(
                password, user=get_user_model()(username=request.admin_username)
            )
        except ValidationError as error:
            raise ProvisioningError(
                " ".join(error.messages), "admin_password"
            ) from None
    return PortalPlan(
        request=request,
        name=name,
        kind=kind,
        parent=parent,
        code=code,
        domain=domain,
        admin_password=password,
        generated_password=generated,
    )


def check_domain_free(domain: str, field: str) -> None:
    """Refuse a domain that another agency holds, naming that agency."""
    owner = Domain.objects.select_related("tenant").filter(domain=domain).first()
    if owner is not None:
        raise ProvisioningError(
            _("Tên miền «%(domain)s» đã được cấp cho «%(owner)s».")
            % {"domain": domain, "owner": owner.tenant.name},
            field,
        )


def provision_portal(request: PortalRequest) -> ProvisionResult:
    """Create the portal described by ``request``, all or nothing."""
    planned = plan_portal(request)
    if isinstance(planned, Agency):
        return ProvisionResult(
            agency=planned, created=False, domain=planned.primary_domain
        )
    plan = planned
    previous = connection.tenant
    connection.set_schema_to_public()
    # Outside the transaction: migrating the template cannot run inside one.
    schema_clone.ensure_template()
    try:
        with transaction.atomic():
            agency = create_agency(plan)
            create_domain(agency, plan.domain)
            with tenant_context(agency):
                home = build_site(agency, plan.domain)
                create_groups(home)
                create_administrator(plan)
                enable_languages(plan.request.languages)
            result = ProvisionResult(
                agency=agency,
                created=True,
                domain=plan.domain,
                admin_username=plan.request.admin_username,
                admin_password=plan.admin_password if plan.generated_password else "",
            )
    except (IntegrityError, ValidationError):
        # Another operator created the same code, schema or domain meanwhile.
        raise ProvisioningError(
            _(
                "Cổng mã «%(code)s» hoặc tên miền «%(domain)s» vừa được tạo; hãy tải lại."
            )
            % {"code": plan.code, "domain": plan.domain},
            "code",
        ) from None
    finally:
        connection.set_tenant(previous)
        hosts.clear()
    logger.info("Provisioned portal %s at %s", agency.code, plan.domain)
    return result


# The steps, in order. Each runs inside provision_portal's transaction.


def create_agency(plan: PortalPlan) -> Agency:
    """The registry row; saving it creates the schema (tenants.Agency.create_schema)."""
    r = plan.request
    agency = Agency(
        name=plan.name,
        code=plan.code,
        schema_name=plan.code,
        kind=plan.kind,
        parent=plan.parent,
        decision_number=nfc(r.decision_number.strip()),
        decision_date=r.decision_date,
        domain_override=r.domain_override.strip().lower(),
        domain_override_reason=nfc(r.domain_override_reason.strip()),
        description=nfc(r.description.strip()),
        address=nfc(r.address.strip()),
        phone=r.phone.strip(),
        email=r.email.strip(),
        responsible=nfc(r.responsible.strip()),
    )
    agency.save(verbosity=0)
    return agency


def create_domain(agency: Agency, domain: str) -> Domain:
    return Domain.objects.create(domain=domain, tenant=agency, is_primary=True)


def build_site(agency: Agency, domain: str):
    from home.portal_tree import build_portal_tree

    return build_portal_tree(agency, hostname=domain, port=settings.PORTAL_PORT)


def create_groups(home):
    """The editorial roles and the board's default review workflow."""
    from editorial.roles import ensure_roles
    from editorial.workflow import ensure_default_workflow

    groups = ensure_roles(home)
    ensure_default_workflow(home)
    return groups


def enable_languages(codes):
    from home import languages

    for code in codes:
        languages.enable(code)


def create_administrator(plan: PortalPlan):
    """The portal's first technical administrator: manages accounts and the site,
    publishes nothing without the board (not a superuser)."""
    from editorial import roles

    r = plan.request
    user = get_user_model().objects.create_user(
        username=r.admin_username,
        email=r.admin_email or plan.request.email,
        password=plan.admin_password,
        decision_number=nfc((r.admin_decision_number or r.decision_number).strip()),
        decision_date=r.admin_decision_date or r.decision_date,
    )
    user.groups.add(roles.group(roles.TECH_ADMIN))
    return user
