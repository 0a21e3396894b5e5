"""Usage of the online services, shown to the board (Art. 14.2).

Two admin screens in the "Dịch vụ công" menu, behind ``services.view_usageday``
(the board's roles and the technical administrator, editorial.roles):

- the portal's listing: every procedure with its views, form downloads and
  online-submission clicks over the last 30 days, searchable (with or without
  diacritics), filtered by field and level, sortable, exported to CSV/XLSX
  (Wagtail's ``list_export``; cells neutralised by aggov.spreadsheets);
- one procedure's 30-day chart: an SVG drawn here (no script, no library),
  with a title and description for screen readers and the same figures as a
  table.

Only the current schema's rows are ever read: a portal sees its own usage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import django_filters
from django.db.models import IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy

from vietnamese import nfc, unaccent

from . import levels, usage
from .models import Field, ProcedurePage, UsageDay

#: Days shown (today included).
DAYS = 30
KIND_LABELS = {
    usage.VIEW: _("Lượt xem"),
    usage.DOWNLOAD: _("Lượt tải biểu mẫu"),
    usage.SUBMIT: _("Lượt bấm nộp trực tuyến"),
}
#: One colour and one dash pattern and marker per kind: never colour alone.
KIND_STYLES = {
    usage.VIEW: ("#1d4f91", "", "circle"),
    usage.DOWNLOAD: ("#b3541e", "6 3", "square"),
    usage.SUBMIT: ("#2e7d32", "2 3", "diamond"),
}
ANNOTATIONS = {
    usage.VIEW: "views",
    usage.DOWNLOAD: "downloads",
    usage.SUBMIT: "submits",
}

permission_policy = ModelPermissionPolicy(UsageDay)


def period(today: date | None = None) -> tuple[date, date]:
    """The first and last day shown (the portal's local dates)."""
    last = today or timezone.localdate()
    return last - timedelta(days=DAYS - 1), last


def with_totals(queryset, first: date, last: date):
    """``queryset`` of procedures annotated with views, downloads, submits and
    total over [first, last] (subqueries: no row multiplication)."""
    annotations = {}
    for kind, name in ANNOTATIONS.items():
        counts = (
            UsageDay.objects.filter(
                procedure=OuterRef("pk"), kind=kind, day__range=(first, last)
            )
            .order_by()
            .values("procedure")
            .annotate(n=Sum("count"))
            .values("n")
        )
        annotations[name] = Coalesce(
            Subquery(counts, output_field=IntegerField()), Value(0)
        )
    queryset = queryset.annotate(**annotations)
    return queryset.annotate(total=sum_of(*ANNOTATIONS.values()))


def sum_of(*names):
    from django.db.models import F

    expression = F(names[0])
    for name in names[1:]:
        expression = expression + F(name)
    return expression


class UsageFilterSet(WagtailFilterSet):
    field = django_filters.ModelChoiceFilter(
        label=_("Lĩnh vực"),
        queryset=Field.objects.select_related("sector"),
        empty_label=_("Tất cả"),
    )
    level = django_filters.ChoiceFilter(
        label=_("Mức độ"),
        choices=levels.LEVEL_CHOICES,
        empty_label=_("Tất cả"),
    )

    class Meta:
        model = ProcedurePage
        fields = ["field", "level"]


class UsageIndexView(generic.IndexView):
    """Every procedure of the portal with its usage over the last 30 days."""

    model = ProcedurePage
    permission_policy = permission_policy
    permission_required = "view"
    any_permission_required = None
    index_url_name = "services_usage:index"
    index_results_url_name = "services_usage:index_results"
    header_icon = "form"
    page_title = _("Lượt sử dụng dịch vụ công")
    paginate_by = 50
    default_ordering = "-total"
    filterset_class = UsageFilterSet
    search_backend_name = None
    search_fields = ["search_text"]
    is_searchable = True
    list_export = [
        "code",
        "name",
        "level",
        "kind_label",
        "views",
        "downloads",
        "submits",
        "total",
    ]
    export_headings = {
        "code": _("Mã thủ tục"),
        "name": _("Tên thủ tục"),
        "level": _("Mức độ (NĐ 43/2011)"),
        "kind_label": _("Mức độ (NĐ 42/2022)"),
        "views": _("Lượt xem (30 ngày)"),
        "downloads": _("Lượt tải biểu mẫu (30 ngày)"),
        "submits": _("Lượt bấm nộp trực tuyến (30 ngày)"),
        "total": _("Tổng (30 ngày)"),
    }

    @cached_property
    def export_filename(self):
        return f"luot-su-dung-dich-vu-cong-{timezone.localdate():%Y-%m-%d}"

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "code",
                label=_("Mã thủ tục"),
                sort_key="code",
                get_url=lambda page: reverse("services_usage:chart", args=[page.pk]),
                width="12%",
            ),
            Column("name", label=_("Tên thủ tục"), sort_key="name"),
            Column(
                "level",
                label=_("Mức độ"),
                accessor=lambda page: f"{page.level} ({page.kind_label})",
                sort_key="level",
                width="14%",
            ),
            Column("views", label=_("Lượt xem"), sort_key="views", width="10%"),
            Column("downloads", label=_("Lượt tải"), sort_key="downloads", width="10%"),
            Column("submits", label=_("Lượt nộp"), sort_key="submits", width="10%"),
            Column("total", label=_("Tổng"), sort_key="total", width="8%"),
        ]

    def get_page_subtitle(self):
        first, last = period()
        return _("30 ngày, %(first)s – %(last)s") % {
            "first": f"{first:%d/%m/%Y}",
            "last": f"{last:%d/%m/%Y}",
        }

    def get_base_queryset(self):
        first, last = period()
        return with_totals(ProcedurePage.objects.all(), first, last)

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        # A stable order among equal totals (pagination).
        return queryset.order_by(*queryset.query.order_by, "code", "pk")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        folded = unaccent(nfc(self.search_query)).lower().strip()
        return queryset.filter(Q(search_text__contains=folded))


@dataclass
class Series:
    kind: str
    label: str
    colour: str
    dash: str
    marker: str
    values: list[int]
    points: list[tuple[float, float]]

    @property
    def total(self) -> int:
        return sum(self.values)

    @property
    def polyline(self) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in self.points)

    @property
    def markers(self) -> list[dict]:
        """Each point's marker geometry, as SVG attribute text (numbers are
        formatted here: the template's locale would write decimal commas)."""
        return [
            {
                "x": f"{x:.1f}",
                "y": f"{y:.1f}",
                "x0": f"{x - 2.5:.1f}",
                "y0": f"{y - 2.5:.1f}",
                "value": value,
            }
            for (x, y), value in zip(self.points, self.values, strict=True)
        ]


def nice_ceiling(value: int) -> int:
    """The top of the chart's scale: four gridline steps of 1, 2 or 5 × 10^k,
    the smallest whose top reaches ``value`` (4 for an empty chart)."""
    needed = max(-(-value // 4), 1)  # each of the four steps, at least
    magnitude = 1
    while True:
        for step in (1, 2, 5):
            if step * magnitude >= needed:
                return 4 * step * magnitude
        magnitude *= 10


class UsageChartView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """One procedure's 30 days: views, downloads, submission clicks."""

    permission_policy = permission_policy
    permission_required = "view"
    template_name = "services/admin/usage_chart.html"
    header_icon = "form"
    WIDTH, HEIGHT = 760, 260
    LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 36

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.procedure = get_object_or_404(ProcedurePage, pk=kwargs["pk"])

    def get_page_title(self):
        return _("Lượt sử dụng: %(code)s") % {"code": self.procedure.code}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("services_usage:index"), "label": _("Lượt sử dụng")},
            {"url": "", "label": self.procedure.code},
        ]

    def series(self, first: date, last: date):
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        counts = {
            (row["day"], row["kind"]): row["count"]
            for row in UsageDay.objects.filter(
                procedure=self.procedure, day__range=(first, last)
            ).values("day", "kind", "count")
        }
        top = nice_ceiling(max(counts.values(), default=0))
        inner_w = self.WIDTH - self.LEFT - self.RIGHT
        inner_h = self.HEIGHT - self.TOP - self.BOTTOM
        step = inner_w / max(len(days) - 1, 1)

        def point(i, n):
            return self.LEFT + i * step, self.TOP + inner_h * (1 - n / top)

        series = []
        for kind in usage.KINDS:
            values = [counts.get((day, kind), 0) for day in days]
            colour, dash, marker = KIND_STYLES[kind]
            series.append(
                Series(
                    kind,
                    str(KIND_LABELS[kind]),
                    colour,
                    dash,
                    marker,
                    values,
                    [point(i, n) for i, n in enumerate(values)],
                )
            )
        grid = [
            {"y": f"{self.TOP + inner_h * (1 - k / 4):.1f}", "label": top * k // 4}
            for k in range(5)
        ]
        ticks = [
            {"x": f"{self.LEFT + i * step:.1f}", "label": f"{day:%d/%m}"}
            for i, day in enumerate(days)
            if (len(days) - 1 - i) % 5 == 0
        ]
        rows = [
            {"day": day, "values": [s.values[i] for s in series]}
            for i, day in enumerate(days)
        ]
        return series, grid, ticks, rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        first, last = period()
        series, grid, ticks, rows = self.series(first, last)
        description = _("Từ %(first)s đến %(last)s: %(totals)s.") % {
            "first": f"{first:%d/%m/%Y}",
            "last": f"{last:%d/%m/%Y}",
            "totals": "; ".join(f"{s.label.lower()} {s.total}" for s in series),
        }
        context.update(
            procedure=self.procedure,
            series=series,
            grid=grid,
            ticks=ticks,
            rows=rows,
            first=first,
            last=last,
            description=description,
            width=self.WIDTH,
            height=self.HEIGHT,
            left=self.LEFT,
            label_x=self.LEFT - 6,
            right_edge=self.WIDTH - self.RIGHT,
            baseline=self.HEIGHT - self.BOTTOM,
            tick_end=self.HEIGHT - self.BOTTOM + 4,
            tick_label_y=self.HEIGHT - self.BOTTOM + 18,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.procedure.pk]),
        )
        return context


class UsageViewSet(ViewSet):
    """The listing and the chart, under /admin/dich-vu-cong/luot-su-dung/."""

    name = "services_usage"
    url_prefix = "dich-vu-cong/luot-su-dung"
    icon = "form"
    menu_label = _("Lượt sử dụng")

    def get_urlpatterns(self):
        return [
            path("", UsageIndexView.as_view(), name="index"),
            path(
                "results/",
                UsageIndexView.as_view(results_only=True),
                name="index_results",
            ),
            path("<int:pk>/", UsageChartView.as_view(), name="chart"),
        ]


def can_see_usage(user) -> bool:
    return permission_policy.user_has_permission(user, "view")


# --- Registrations (imported by services.wagtail_hooks) ---------------------


class UsageMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_usage(request.user)


@hooks.register("register_admin_viewset")
def register_usage_viewset():
    return UsageViewSet()


@hooks.register("register_services_menu_item")
def usage_menu_item():
    return UsageMenuItem(
        _("Lượt sử dụng"),
        reverse("services_usage:index"),
        icon_name="view",
        name="luot-su-dung",
        order=300,
    )


@hooks.register("register_page_header_buttons")
def usage_chart_button(page, user, view_name, next_url=None):
    """On a procedure's edit page, in the header's "more" menu: its chart."""
    if view_name != "edit" or page.specific_class is not ProcedurePage:
        return
    if not can_see_usage(user):
        return
    yield Button(
        _("Lượt sử dụng 30 ngày"),
        url=reverse("services_usage:chart", args=[page.pk]),
        icon_name="view",
        priority=80,
    )
