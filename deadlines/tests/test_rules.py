"""Art. 12: each rule, on the Vietnamese working-day calendar."""

from datetime import date

import pytest

from deadlines.rules import LATE, ON_TIME, OPEN, due_date, status
from workdays.models import CalendarDay

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "start", "due"),
    [
        # 2 working days for the issuing agency: Friday before Tết -> after Tết.
        ("issuing_agency", date(2026, 2, 13), date(2026, 2, 24)),
        # 10 for the governed agencies, across 27/4 (Hùng Kings, observed), 30/4, 1/5.
        ("governed_agency", date(2026, 4, 24), date(2026, 5, 13)),
        # 15 for dissemination of a law, across 2/9 2026 (1-2/9 off) and 31/8.
        ("dissemination", date(2026, 8, 20), date(2026, 9, 14)),
        # 20 for science programmes.
        ("science", date(2026, 3, 2), date(2026, 3, 30)),
        # 10 for statistics.
        ("statistics", date(2026, 6, 1), date(2026, 6, 15)),
        # 15 for a citizen's question.
        ("qa", date(2026, 4, 15), date(2026, 5, 11)),
    ],
)
def test_each_rule_of_article_12(code, start, due):
    assert due_date(start, code) == due


def test_a_swapped_saturday_counts_as_a_working_day():
    # Saturday 22/8/2026 is worked (for Monday 31/8): Friday 21/8 + 1 = Saturday.
    assert due_date(date(2026, 8, 21), "issuing_agency") == date(2026, 8, 24)
    CalendarDay.objects.create(
        date=date(2026, 8, 24), kind="off", name="Nghỉ theo tỉnh"
    )
    assert due_date(date(2026, 8, 21), "issuing_agency") == date(2026, 8, 25)


def test_statuses():
    due = date(2026, 3, 10)
    assert status(due, date(2026, 3, 10)).kind == ON_TIME
    late = status(due, date(2026, 3, 12))
    assert (late.kind, late.days, late.label) == (LATE, 2, "Trễ 2 ngày làm việc")
    still_open = status(due, None, today=date(2026, 3, 6))
    assert (still_open.kind, still_open.days) == (OPEN, 2)
    assert status(due, None, today=date(2026, 3, 11)).kind == LATE
