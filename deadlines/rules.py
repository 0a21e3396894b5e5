"""Due dates and deadline status, by one function on the working-day calendar.

``due_date(start, rule)``: the date ``rule``'s working days after ``start``.
An item is *on time* (done by its due date), *late* (done after it, or not done
and the due date has passed) or *open* (not done, due in N working days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from workdays.calendar import add_working_days, working_days_between

ON_TIME = "on_time"
LATE = "late"
OPEN = "open"
LABELS = {ON_TIME: "Đúng hạn", LATE: "Trễ hạn", OPEN: "Đang trong hạn"}


def rule(code: str):
    from .models import DeadlineRule

    return DeadlineRule.objects.get(code=code)


def due_date(start: date | datetime, rule_or_code) -> date:
    """The due date of an item started on ``start`` under a rule (or its code)."""
    days = rule_or_code if isinstance(rule_or_code, int) else None
    if days is None:
        days = (
            rule(rule_or_code) if isinstance(rule_or_code, str) else rule_or_code
        ).working_days
    return add_working_days(start, days)


@dataclass(frozen=True)
class Status:
    kind: str
    due: date
    days: int  # open: working days left; late: working days late; on time: 0

    @property
    def label(self) -> str:
        if self.kind == OPEN:
            return f"Còn {self.days} ngày làm việc" if self.days else "Đến hạn hôm nay"
        if self.kind == LATE:
            return f"Trễ {self.days} ngày làm việc"
        return LABELS[ON_TIME]


def status(
    due: date, done: date | datetime | None, today: date | None = None
) -> Status:
    today = today or timezone.localdate()
    if isinstance(done, datetime):
        done = (
            timezone.localtime(done).date() if timezone.is_aware(done) else done.date()
        )
    if done is not None:
        if done <= due:
            return Status(ON_TIME, due, 0)
        return Status(LATE, due, working_days_between(due, done))
    if today > due:
        return Status(LATE, due, working_days_between(due, today))
    return Status(OPEN, due, working_days_between(today, due))
