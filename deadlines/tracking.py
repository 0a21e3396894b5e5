"""What is due, what is late: queries over the items Art. 12 governs.

Runs in one agency's schema. Tracked today: legal documents (documents app);
each item has ``deadline_due`` and is done when first published.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, F, Q
from django.utils import timezone

from workdays.calendar import add_working_days


def tracked_models():
    from documents.models import LegalDocumentPage

    return [LegalDocumentPage]


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
    for model in tracked_models():
        done = Q(first_published_at__isnull=False)
        on_time_q = done & Q(first_published_at__date__lte=F("deadline_due"))
        row = model.objects.filter(issued_on__gte=start, issued_on__lte=end).aggregate(
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
    for model in tracked_models():
        pending = model.objects.filter(first_published_at__isnull=True)
        soon += list(pending.filter(deadline_due__gte=today, deadline_due__lte=horizon))
        late += list(pending.filter(deadline_due__lt=today))
    return sorted(soon, key=lambda i: i.deadline_due), sorted(
        late, key=lambda i: i.deadline_due
    )
