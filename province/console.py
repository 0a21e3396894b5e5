"""The console's page of the province's read model (public host, operators):
the last rebuilds and nightly reconciliations with their counts and errors,
and how many rows each portal has, so drift and broken portals are seen."""

from __future__ import annotations

from django.db.models import Count
from django.shortcuts import render

from tenants.models import Agency
from tenants.views import operator_required

from . import sync
from .models import PublishedItem, Reconciliation

#: Runs listed (the newest first).
RUNS = 30
TRIGGERS = {
    "nightly": "Đối chiếu hằng đêm",
    "command": "Lệnh rebuild_province",
    "console": "Từ trang quản trị",
    "demo": "Dữ liệu mẫu (seed_demo)",
}


@operator_required("tenants.view_agency")
def reconciliations(request):
    runs = list(Reconciliation.objects.all()[:RUNS])
    for run in runs:
        run.trigger_label = TRIGGERS.get(run.trigger, run.trigger)
        run.totals = sync.totals(run.counts)
        run.portal_counts = sorted(run.counts.items())
        run.portal_errors = sorted(run.errors.items())
    names = dict(Agency.objects.portals().values_list("schema_name", "name"))
    per_portal = [
        {"name": names.get(schema, schema), "schema": schema, "rows": count}
        for schema, count in PublishedItem.objects.values_list("agency__schema_name")
        .annotate(count=Count("pk"))
        .order_by("agency__schema_name")
    ]
    return render(
        request,
        "tenants/console/province_reconciliations.html",
        {"runs": runs, "per_portal": per_portal},
    )
