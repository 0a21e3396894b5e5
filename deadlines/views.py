"""Operator console: the DIC's dashboard of posting deadlines across portals."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError

from tenants.views import operator_required

from .models import PortalDeadlineStats


@operator_required("tenants.view_agency")
def dashboard(request):
    if request.method == "POST":
        from .tasks import refresh_dashboard

        try:
            refresh_dashboard.delay()
        except (OperationalError, OSError):
            # The broker is down: nothing is lost (beat refreshes daily), but
            # the operator is told rather than shown an error page.
            messages.error(
                request,
                _(
                    "Chưa gửi được yêu cầu cập nhật (hàng đợi tác vụ không phản "
                    "hồi); xin thử lại sau. / The task queue did not answer."
                ),
            )
        else:
            messages.info(
                request, _("Đang cập nhật số liệu; tải lại trang sau ít phút.")
            )
        return redirect("console-dashboard")
    rows = {}
    for stat in PortalDeadlineStats.objects.select_related(
        "agency", "agency__kind"
    ).order_by("agency__kind__sort_order", "agency__name"):
        rows.setdefault(stat.agency, {})[stat.period] = stat
    totals = {
        period: {
            key: sum(getattr(r[period], key) for r in rows.values() if period in r)
            for key in ("on_time", "late", "open")
        }
        for period in (PortalDeadlineStats.QUARTER, PortalDeadlineStats.YEAR)
    }
    refreshed = max(
        (s.refreshed_at for r in rows.values() for s in r.values()), default=None
    )
    # A portal the last refresh could not count (tasks.refresh_for logs why)
    # keeps older figures: say so next to its name.
    stale = {
        agency: min(s.refreshed_at for s in periods.values())
        for agency, periods in rows.items()
        if any(s.refreshed_at < refreshed for s in periods.values())
    }
    return render(
        request,
        "deadlines/dashboard.html",
        {"rows": rows, "totals": totals, "refreshed": refreshed, "stale": stale},
    )
