"""Operator console: the DIC's dashboard of posting deadlines across portals."""

from datetime import datetime, timedelta

from celery.result import EagerResult
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError

from tenants.views import operator_required

from .models import PortalDeadlineStats

#: The session key of the operator's pending "refresh now" (ISO time).
REQUESTED = "deadlines-dashboard-requested"
#: After this long a refresh not yet done is said to be late, not underway
#: (refreshing every portal takes seconds to a minute).
LATE_AFTER = timedelta(minutes=15)


@operator_required("tenants.view_agency")
def dashboard(request):
    if request.method == "POST":
        from .tasks import refresh_dashboard

        requested = timezone.now()
        try:
            result = refresh_dashboard.delay()
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
            if isinstance(result, EagerResult):
                # Run in process (no broker configured): it is done already,
                # and the page says so with the figures' time.
                request.session.pop(REQUESTED, None)
                messages.success(request, _("Đã cập nhật số liệu của mọi cổng."))
            else:
                request.session[REQUESTED] = requested.isoformat()
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
        {
            "rows": rows,
            "totals": totals,
            "refreshed": refreshed,
            "stale": stale,
            "pending": _pending_refresh(request, refreshed),
        },
    )


def _pending_refresh(request, refreshed):
    """The operator's "refresh now" not done yet, as ``{"since", "late"}``, or
    None. The page's text follows the figures: "being refreshed" only while
    they are older than the request; once they are newer, the request is
    forgotten and the page shows their time alone."""
    raw = request.session.get(REQUESTED)
    if not raw:
        return None
    try:
        since = datetime.fromisoformat(raw)
    except ValueError:
        since = None
    if since is None or (refreshed is not None and refreshed >= since):
        request.session.pop(REQUESTED, None)
        return None
    return {"since": since, "late": timezone.now() - since > LATE_AFTER}
