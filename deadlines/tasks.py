"""Daily deadline work: the boards' digests and the DIC's dashboard."""

from __future__ import annotations

import logging
from datetime import date

from celery import shared_task
from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django_tenants.utils import tenant_context

from . import tracking

logger = logging.getLogger("aggov.deadlines")


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


@shared_task
def send_digest() -> int:
    """In one agency's schema: email the board what is due within 2 working days
    and what is late. Returns how many items were listed (0: no email).

    The email is an outbox row, delivered at once here (this is already the
    worker); if SMTP fails it is retried with back-off by the outbox's drain.
    """
    from editorial import roles

    soon, late = tracking.digest_items()
    if not soon and not late:
        return 0
    board = [roles.role(code).name for code in roles.BOARD]
    recipients = sorted(
        {
            u.email
            for u in get_user_model().objects.filter(
                groups__name__in=board, is_active=True
            )
            if u.email
        }
    )
    if not recipients:
        return 0
    from tenants.models import current_agency

    agency = current_agency()
    body = render_to_string(
        "deadlines/digest.txt",
        {"soon": soon, "late": late, "agency_name": getattr(agency, "name", "")},
    )
    from outbox import service

    subject = (
        f"[{getattr(agency, 'name', '')}] Thời hạn đăng tải: "
        f"{len(soon)} sắp đến hạn, {len(late)} trễ hạn"
    )
    with transaction.atomic():
        delivery = service.enqueue(
            "mail", {"subject": subject, "body": body, "to": recipients}, kick=False
        )
    service.deliver(delivery.pk)
    return len(soon) + len(late)


@shared_task
def send_digests_everywhere() -> int:
    """Beat, daily, in public: one digest task per agency, sent in its schema."""
    from tenants.models import Agency
    from workdays.calendar import is_working_day

    if not is_working_day(timezone.localdate()):
        return 0
    count = 0
    for agency in Agency.objects.active():
        with tenant_context(agency):
            send_digest.delay()
        count += 1
    return count


@shared_task
def refresh_dashboard(today: str | None = None) -> int:
    """Beat, daily, in public: recount every portal for this quarter and this year."""
    from tenants.models import Agency

    day = date.fromisoformat(today) if today else timezone.localdate()
    return refresh_for(list(Agency.objects.portals().order_by("pk")), day)


def refresh_for(agencies, day: date) -> int:
    """Count each agency's items in its own schema; store the figures in public.

    Returns how many agencies were refreshed. One that cannot be counted (a
    broken schema) is logged at ERROR ("aggov.deadlines") and skipped; the
    others are still refreshed, and the dashboard marks the skipped one's
    figures as stale (their ``refreshed_at`` is older than the others').
    """
    from .models import PortalDeadlineStats

    now = timezone.now()
    periods = {
        PortalDeadlineStats.QUARTER: quarter_start(day),
        PortalDeadlineStats.YEAR: date(day.year, 1, 1),
    }
    refreshed = 0
    for agency in agencies:
        try:
            # A savepoint: a failed query must not abort the caller's transaction.
            with tenant_context(agency), transaction.atomic():
                figures = {
                    p: (
                        tracking.counts(start, day, today=day),
                        tracking.qa_figures(start, day, today=day),
                    )
                    for p, start in periods.items()
                }
        except Exception:
            logger.exception(
                "Deadline figures could not be counted in schema %s",
                agency.schema_name,
            )
            continue
        refreshed += 1
        for period, (counts, qa) in figures.items():
            PortalDeadlineStats.objects.update_or_create(
                agency=agency,
                period=period,
                defaults={
                    "period_start": periods[period],
                    "on_time": counts.on_time,
                    "late": counts.late,
                    "open": counts.open,
                    "qa_received": qa.received,
                    "qa_answered_on_time": qa.answered_on_time,
                    "qa_answered_late": qa.answered_late,
                    "qa_open": qa.open,
                    "qa_open_late": qa.open_late,
                    "qa_median_days": qa.median_days,
                    "refreshed_at": now,
                },
            )
    return refreshed
