"""Views of the public host (the DIC's operator console) and the tenant-neutral
views every host can need (unknown host; per-agency media: tenants.media)."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from . import domain_moves, provisioning, schema_clone
from .forms import AgencyForm, AgencyKindForm, DomainMoveForm, PortalForm
from .models import Agency, AgencyKind


def unknown_host(request):
    """A host that no agency owns: a plain 404 that needs no Wagtail table."""
    return render(
        request,
        "tenants/unknown_host.html",
        {"hostname": request.get_host().split(":")[0]},
        status=404,
    )


def operator_required(permission):
    """Sign-in, then the console permission; anyone else gets 403."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(request, *args, **kwargs):
            if not request.user.is_staff or not request.user.has_perm(permission):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


class ConsoleLoginView(auth_views.LoginView):
    """The operators' sign-in: django-axes' lockout, two-step sign-in
    (accounts.forms.ConsoleLoginForm); expiry and enrolment follow in
    accounts.middleware."""

    template_name = "tenants/console/login.html"
    redirect_authenticated_user = True

    def get_form_class(self):
        from accounts.forms import ConsoleLoginForm

        return ConsoleLoginForm


@login_required
def console_password(request):
    """An operator's password change (where an expired password sends them)."""
    from accounts import views as account_views

    return account_views.change_password(
        request, template="tenants/console/change_password.html", done="console-home"
    )


@login_required
def console_two_factor(request):
    """An operator's two-step sign-in: enrol, or turn off when not required."""
    from django.conf import settings

    from accounts import views as account_views

    return account_views.two_factor(
        request,
        template="tenants/console/two_factor.html",
        here="console-two-factor",
        required=settings.CONSOLE_REQUIRE_2FA,
    )


class ConsoleLogoutView(auth_views.LogoutView):
    next_page = "console-login"


@operator_required("tenants.view_agency")
def registry(request):
    agencies = (
        Agency.objects.portals()
        .select_related("kind", "parent")
        .prefetch_related("domains")
        .order_by("kind__sort_order", "name")
    )
    return render(request, "tenants/console/registry.html", {"agencies": agencies})


@operator_required("tenants.add_agency")
def create_portal(request):
    form = PortalForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        portal_request = provisioning.PortalRequest(
            name=data["name"],
            kind=data["kind"].code,
            parent=data["parent"].code if data["parent"] else None,
            code=data["code"],
            domain_override=data["domain_override"],
            domain_override_reason=data["domain_override_reason"],
            decision_number=data["decision_number"],
            decision_date=data["decision_date"],
            address=data["address"],
            phone=data["phone"],
            email=data["email"],
            admin_username=data["admin_username"],
            admin_email=data["admin_email"],
        )
        try:
            result = provisioning.provision_portal(portal_request)
        except provisioning.ProvisioningError as error:
            form.add_error(
                error.field if error.field in form.fields else None, error.message
            )
        else:
            if result.created:
                messages.success(
                    request,
                    _("Đã tạo cổng «%(name)s» tại %(domain)s.")
                    % {"name": result.agency.name, "domain": result.domain},
                )
            else:
                messages.info(
                    request,
                    _("Cổng mã «%(code)s» đã có; không tạo lại.")
                    % {"code": result.agency.code},
                )
    return render(
        request, "tenants/console/create.html", {"form": form, "result": result}
    )


@operator_required("tenants.view_agency")
def health(request):
    """Each portal: schema reachable, migrations current, Wagtail site on its domain."""
    rows = []
    graph = schema_clone.migration_graph()
    for agency in Agency.objects.portals().prefetch_related("domains"):
        row = {"agency": agency, "schema": False, "pending": [], "site": ""}
        try:
            row["schema"] = _schema_reachable(agency.schema_name)
            if row["schema"]:
                row["pending"] = schema_clone.pending_migrations(
                    agency.schema_name, graph
                )
                row["site"] = _site_hostname(agency)
        except Exception as error:  # noqa: BLE001 - a health page reports, never fails
            row["error"] = str(error)
        row["ok"] = (
            row["schema"]
            and not row["pending"]
            and row["site"] == agency.primary_domain
        )
        rows.append(row)
    return render(request, "tenants/console/health.html", {"rows": rows})


def _schema_reachable(schema_name: str) -> bool:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM information_schema.tables "
            "WHERE table_schema = %s AND table_name = 'wagtailcore_site'",
            [schema_name],
        )
        return cursor.fetchone() is not None


def _site_hostname(agency) -> str:
    from django_tenants.utils import tenant_context
    from wagtail.models import Site

    with tenant_context(agency):
        site = Site.objects.filter(is_default_site=True).first()
        return site.hostname if site else ""


@operator_required("tenants.change_agency")
def agency_detail(request, code):
    """Contacts, status and domains of one portal; moving it to a new domain."""
    agency = get_object_or_404(Agency.objects.portals(), code=code)
    form = AgencyForm(request.POST if "save" in request.POST else None, instance=agency)
    move_form = DomainMoveForm(request.POST if "move" in request.POST else None)
    if "save" in request.POST and form.is_valid():
        form.save()
        messages.success(
            request, _("Đã lưu thông tin cổng «%(name)s».") % {"name": agency.name}
        )
        return redirect("console-agency", code=code)
    if "move" in request.POST and move_form.is_valid():
        try:
            domain = domain_moves.move_to_domain(
                agency,
                move_form.cleaned_data["label"],
                move_form.cleaned_data["reason"],
            )
        except provisioning.ProvisioningError as error:
            move_form.add_error(
                error.field if error.field in move_form.fields else None, error.message
            )
        else:
            messages.success(
                request,
                _("Đã chuyển sang %(domain)s; tên miền cũ chạy song song 3 tháng.")
                % {"domain": domain.domain},
            )
            return redirect("console-agency", code=code)
    if "language" in request.POST:
        return _enable_language(request, agency, request.POST["language"])
    return render(
        request,
        "tenants/console/agency.html",
        {
            "agency": agency,
            "form": form,
            "move_form": move_form,
            "domains": agency.domains.order_by("-is_primary", "domain"),
            "languages": _portal_languages(agency),
        },
    )


def _portal_languages(agency):
    """(code, lang, name, enabled) of every language a portal may have."""
    from django.conf import settings
    from django_tenants.utils import tenant_context

    from home import languages

    with tenant_context(agency):
        enabled = set(languages.enabled())
    return [
        (code, languages.html_lang(code), name, code in enabled)
        for code, name in settings.LANGUAGES
    ]


def _enable_language(request, agency, code):
    """Add a language to one portal, in its own schema only."""
    from django.conf import settings
    from django_tenants.utils import tenant_context

    from home import languages

    names = dict(settings.LANGUAGES)
    if code not in languages.FOREIGN:
        messages.error(
            request,
            _("Ngôn ngữ «%(code)s» không có trong danh sách cho phép.")
            % {"code": code},
        )
        return redirect("console-agency", code=agency.code)
    with tenant_context(agency), transaction.atomic():
        languages.enable(code)
    messages.success(
        request,
        _("Đã thêm ngôn ngữ %(language)s cho cổng «%(name)s».")
        % {"language": names[code], "name": agency.name},
    )
    return redirect("console-agency", code=agency.code)


@operator_required("tenants.view_agencykind")
def kinds(request):
    return render(
        request, "tenants/console/kinds.html", {"kinds": AgencyKind.objects.all()}
    )


@operator_required("tenants.change_agencykind")
def kind_edit(request, code=None):
    kind = get_object_or_404(AgencyKind, code=code) if code else None
    if kind is None and not request.user.has_perm("tenants.add_agencykind"):
        raise PermissionDenied
    form = AgencyKindForm(request.POST or None, instance=kind)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        messages.success(
            request, _("Đã lưu loại cơ quan «%(name)s».") % {"name": saved.name}
        )
        return redirect("console-kinds")
    return render(
        request, "tenants/console/kind_form.html", {"form": form, "kind": kind}
    )


@operator_required("tenants.change_agency")
def board_roles(request, code):
    """Grant or take away a portal's board roles, with their decision (Art. 10.1).

    Only here: a portal's technical administrator cannot grant them.
    """
    from accounts import board

    agency = get_object_or_404(Agency.objects.portals(), code=code)
    usernames, members, decisions = board.overview(agency)
    form = board.BoardDecisionForm(request.POST or None, usernames=usernames)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            decision = board.decide(
                agency,
                username=data["username"],
                role_code=data["role"],
                action=data["action"],
                decision_number=data["decision_number"],
                decision_date=data["decision_date"],
                operator=request.user.get_username(),
            )
        except board.BoardError as error:
            form.add_error(
                error.field if error.field in form.fields else None, error.message
            )
        else:
            messages.success(
                request,
                _("Đã %(action)s vai trò %(role)s cho «%(user)s» (%(number)s).")
                % {
                    "action": decision.get_action_display(),
                    "role": dict(board.BOARD_CHOICES)[decision.role],
                    "user": data["username"],
                    "number": decision.decision_number,
                },
            )
            return redirect("console-board", code=code)
    return render(
        request,
        "tenants/console/board.html",
        {
            "agency": agency,
            "form": form,
            "members": members,
            "decisions": decisions,
            "role_names": dict(board.BOARD_CHOICES),
        },
    )


@operator_required("tenants.view_account_register")
def account_register(request):
    """Every portal's staff accounts; ?dinh_dang=csv or xlsx downloads them."""
    from django.http import HttpResponse

    from accounts import register

    accounts = register.rows()
    fmt = request.GET.get("dinh_dang")
    stamp = timezone.localdate().isoformat()
    if fmt == "csv":
        response = HttpResponse(
            register.as_csv(accounts), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="tai-khoan-{stamp}.csv"'
        )
        return response
    if fmt == "xlsx":
        response = HttpResponse(
            register.as_xlsx(accounts),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="tai-khoan-{stamp}.xlsx"'
        )
        return response
    return render(request, "tenants/console/accounts.html", {"accounts": accounts})
