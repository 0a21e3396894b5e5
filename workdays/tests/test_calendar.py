"""Working days on the Vietnamese calendar, holidays and swapped days included."""

from datetime import date

import pytest

from workdays.calendar import add_working_days, is_working_day, working_days_between
from workdays.models import CalendarDay

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("start", "count", "due"),
    [
        # An ordinary week: Monday + 2 = Wednesday; Friday + 1 = Monday.
        (date(2026, 3, 2), 2, date(2026, 3, 4)),
        (date(2026, 3, 6), 1, date(2026, 3, 9)),
        # Tết 2026: 16-20 February off, with the weekends around it.
        (date(2026, 2, 13), 1, date(2026, 2, 23)),
        (date(2026, 2, 12), 2, date(2026, 2, 23)),
        (date(2026, 2, 10), 10, date(2026, 3, 3)),
        # 30/4 (Thursday) and 1/5 (Friday) 2026.
        (date(2026, 4, 29), 1, date(2026, 5, 4)),
        # National Day 2026: 1-2 September, and Monday 31/8 swapped for Saturday 22/8.
        (date(2026, 8, 28), 1, date(2026, 9, 3)),
        (date(2026, 8, 21), 1, date(2026, 8, 22)),
        # 15 working days from a Q&A received on 1 April 2026 (before the holidays),
        # and from 15 April: across 27/4 (Hùng Kings, observed), 30/4 and 1/5.
        (date(2026, 4, 1), 15, date(2026, 4, 22)),
        (date(2026, 4, 15), 15, date(2026, 5, 11)),
    ],
)
def test_add_working_days(start, count, due):
    assert add_working_days(start, count) == due


def test_swapped_saturday_is_a_working_day_and_its_monday_is_not():
    assert is_working_day(date(2026, 8, 22))
    assert not is_working_day(date(2026, 8, 31))


def test_days_between_across_tet():
    assert working_days_between(date(2026, 2, 13), date(2026, 2, 23)) == 1
    assert working_days_between(date(2026, 2, 23), date(2026, 2, 13)) == 0


def test_the_dic_table_overrides_the_package():
    # A provincial day off, and a Saturday made a working day.
    CalendarDay.objects.create(
        date=date(2026, 3, 4), kind="off", name="Nghỉ theo quyết định của tỉnh"
    )
    CalendarDay.objects.create(date=date(2026, 3, 7), kind="work", name="Làm bù")
    assert not is_working_day(date(2026, 3, 4))
    assert is_working_day(date(2026, 3, 7))
    assert add_working_days(date(2026, 3, 2), 2) == date(2026, 3, 5)
    assert add_working_days(date(2026, 3, 6), 1) == date(2026, 3, 7)
