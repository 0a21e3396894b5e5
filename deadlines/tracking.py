"""What is due, what is late: queries over the items Art. 12 governs.

Runs in one agency's schema. Tracked: legal documents (from the date issued)
and the standard pages that carry an Art. 12 rule (dissemination, science,
statistics); each item has ``deadline_due`` and is done when first published.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db.models import Count, F, Q
from django.utils import timezone

from workdays.calendar import add_working_days


def tracked():
    """(queryset of tracked items, name of its start-date field), per model."""
    from documents.models import LegalDocumentPage
    from home.models import StandardPage

    # The Vietnamese source only: pages in foreign-language sections are
    # copies (aliases or translations) of items already counted.
    source = {"locale__language_code": settings.LANGUAGE_CODE}
    return [
        (LegalDocumentPage.objects.filter(**source), "issued_on"),
        (
            StandardPage.objects.filter(**source).exclude(deadline_due=None),
            "deadline_start",
        ),
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


def digest_items(today: date | None = None):
    """(due soon, late) items not yet done: documents and articles due within 2
    working days, citizens' questions within 3 (Art. 12.1d), and everything
    past its due date."""
    from qa.models import Question

    today = today or timezone.localdate()
    sources = [
        (items.filter(first_published_at__isnull=True), "deadline_due", 2)
        for items, _start in tracked()
    ]
    sources.append(
        (
            Question.objects.filter(responded_at__isnull=True).exclude(
                status__in=Question.CLOSED
            ),
            "due_on",
            3,
        )
    )
    soon, late = [], []
    for pending, due_field, within in sources:
        horizon = add_working_days(today, within)
        for item in pending.filter(**{f"{due_field}__lte": horizon}):
            item.digest_due = getattr(item, due_field)
            (late if item.digest_due < today else soon).append(item)

    def due(item):
        return item.digest_due

    return sorted(soon, key=due), sorted(late, key=due)


@dataclass
class QaFigures:
    received: int = 0
    answered_on_time: int = 0
    answered_late: int = 0
    open: int = 0
    open_late: int = 0
    median_days: float | None = None


def qa_figures(start: date, end: date, today: date | None = None) -> QaFigures:
    """Citizens' questions received between ``start`` and ``end`` (Art. 12.1d)."""
    from statistics import median

    from qa.models import Question
    from workdays.calendar import working_days_between

    today = today or timezone.localdate()
    questions = Question.objects.filter(received_on__gte=start, received_on__lte=end)
    figures = QaFigures()
    days = []
    for q in questions.only("received_on", "due_on", "responded_at", "status"):
        figures.received += 1
        if q.responded_at:
            answered = timezone.localtime(q.responded_at).date()
            if answered <= q.due_on:
                figures.answered_on_time += 1
            else:
                figures.answered_late += 1
            days.append(working_days_between(q.received_on, answered))
        elif q.due_on < today:
            figures.open_late += 1
        else:
            figures.open += 1
    figures.median_days = median(days) if days else None
    return figures
