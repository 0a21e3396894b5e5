"""What is due, what is late: queries over the items Art. 12 governs.

Runs in one agency's schema. Tracked: legal documents (from the date issued)
and the standard pages that carry an Art. 12 rule (dissemination, science,
statistics); each item has ``deadline_due`` and is done when first published.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, F, Q
from django.utils import timezone

from workdays.calendar import add_working_days


def tracked():
    """(queryset of tracked items, name of its start-date field), per model."""
    from documents.models import LegalDocumentPage
    from home.models import StandardPage

    return [
        (LegalDocumentPage.objects.all(), "issued_on"),
        (StandardPage.objects.exclude(deadline_due=None), "deadline_start"),
    ]


@dataclass
class Counts:
    on_time: int = 0
    late: int = 0
    open: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.on_time + other.on_time, self.late + other.late, self.open + other.open
        )


def counts(start: date, end: date, today: date | None = None) -> Counts:
    """Items started (issued) between ``start`` and ``end``, by deadline status."""
    today = today or timezone.localdate()
    total = Counts()
    for items, start_field in tracked():
        done = Q(first_published_at__isnull=False)
        on_time_q = done & Q(first_published_at__date__lte=F("deadline_due"))
        in_period = {f"{start_field}__gte": start, f"{start_field}__lte": end}
        row = items.filter(**in_period).aggregate(
            on_time=Count("pk", filter=on_time_q),
            late=Count(
                "pk",
                filter=(done & Q(first_published_at__date__gt=F("deadline_due")))
                | (~done & Q(deadline_due__lt=today)),
            ),
            open=Count("pk", filter=~done & Q(deadline_due__gte=today)),
        )
        total = total + Counts(row["on_time"], row["late"], row["open"])
    return total


def digest_items(today: date | None = None, within: int = 2):
    """(due soon, late): unpublished items due within ``within`` working days, and
    unpublished items past their due date."""
    today = today or timezone.localdate()
    horizon = add_working_days(today, within)
    soon, late = [], []
    for items, _start_field in tracked():
        pending = items.filter(first_published_at__isnull=True)
        soon += list(pending.filter(deadline_due__gte=today, deadline_due__lte=horizon))
        late += list(pending.filter(deadline_due__lt=today))
    return sorted(soon, key=lambda i: i.deadline_due), sorted(
        late, key=lambda i: i.deadline_due
    )
