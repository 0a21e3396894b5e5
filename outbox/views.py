"""The console's view of every portal's outbox (public host, operators).

Operators see how many deliveries wait or failed in each portal, the rows of
one portal with their error, attempts and next try, and can retry them. Each
portal's schema is read on its own: a broken schema is shown as such, never a
500 for the whole page.
"""

from __future__ import annotations

import logging

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from django_tenants.utils import tenant_context

from tenants.models import Agency
from tenants.views import operator_required

from . import registry, service
from .models import Delivery

logger = logging.getLogger("aggov.outbox")

#: Rows listed on a portal's page (oldest waiting first).
PAGE_ROWS = 200


def _counts(agency) -> dict:
    from django.db.models import Count, Min, Q

    with tenant_context(agency), transaction.atomic():
        return Delivery.objects.aggregate(
            pending=Count("pk", filter=Q(status=Delivery.PENDING)),
            retrying=Count("pk", filter=Q(status=Delivery.PENDING, attempts__gt=0)),
            failed=Count("pk", filter=Q(status=Delivery.FAILED)),
            oldest=Min("created_at", filter=~Q(status=Delivery.DONE)),
        )


@operator_required("tenants.view_agency")
def overview(request):
    rows = []
    for agency in Agency.objects.portals().order_by("name"):
        row = {"agency": agency}
        try:
            row.update(_counts(agency))
        except Exception as error:  # noqa: BLE001 - one broken schema, one row
            logger.warning("Outbox of %s unreadable: %s", agency.schema_name, error)
            row["error"] = f"{type(error).__name__}: {error}"
        rows.append(row)
    return render(request, "tenants/console/outbox.html", {"rows": rows})


@operator_required("tenants.view_agency")
def portal(request, code):
    agency = get_object_or_404(Agency.objects.portals(), code=code)
    deliveries, error = [], ""
    try:
        with tenant_context(agency), transaction.atomic():
            deliveries = list(
                Delivery.objects.exclude(status=Delivery.DONE).order_by(
                    "status", "next_attempt_at", "pk"
                )[:PAGE_ROWS]
            )
    except Exception as exc:  # noqa: BLE001 - shown, not a 500
        error = f"{type(exc).__name__}: {exc}"
    for delivery in deliveries:
        delivery.label = registry.label(delivery.kind)
    return render(
        request,
        "tenants/console/outbox_portal.html",
        {"agency": agency, "deliveries": deliveries, "error": error},
    )


class RetryForm(forms.Form):
    delivery = forms.IntegerField(required=False, min_value=1, max_value=2**62)
    all = forms.BooleanField(required=False)


@require_POST
@operator_required("tenants.change_agency")
def retry(request, code):
    """Make one row (``delivery``) or every failed row (``all``) due now."""
    agency = get_object_or_404(Agency.objects.portals(), code=code)
    try:
        with tenant_context(agency), transaction.atomic():
            rows = Delivery.objects.exclude(status=Delivery.DONE)
            form = RetryForm(request.POST)
            if not form.is_valid():
                rows = rows.none()
            elif form.cleaned_data["delivery"]:
                rows = rows.filter(pk=form.cleaned_data["delivery"])
            elif form.cleaned_data["all"]:
                rows = rows.filter(status=Delivery.FAILED)
            else:
                rows = rows.none()
            count = service.retry(rows)
    except Exception as error:  # noqa: BLE001 - shown, not a 500
        messages.error(request, f"Không thử lại được: {type(error).__name__}: {error}")
    else:
        if count:
            messages.success(request, f"Đã gửi lại {count} việc.")
        else:
            messages.info(request, "Không có việc nào để gửi lại.")
    return redirect("console-outbox-portal", code=code)
