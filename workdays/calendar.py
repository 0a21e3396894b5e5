"""The Vietnamese working-day calendar: one place for every deadline.

A working day is Monday to Friday, minus the public holidays (`holidays`'
Vietnam calendar: Tết, Hùng Kings, 30/4, 1/5, 2/9...), plus the weekend days the
government swapped into working days, with the DIC's ``CalendarDay`` rows
overriding both. Deadlines count whole working days after the start day.
"""

from __future__ import annotations

import threading
import time
from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays
from django.utils import timezone

CACHE_SECONDS = 300
_lock = threading.Lock()
_overrides: tuple[float, dict[date, tuple[str, str]]] | None = None


@lru_cache(maxsize=64)
def _national(year: int):
    return holidays.country_holidays("VN", years=year, language="vi")


def overrides() -> dict[date, tuple[str, str]]:
    """{date: (kind, name)} from CalendarDay, cached for a few minutes per process."""
    global _overrides
    now = time.monotonic()
    cached = _overrides
    if cached is not None and cached[0] > now:
        return cached[1]
    from .models import CalendarDay

    rows = {d.date: (d.kind, d.name) for d in CalendarDay.objects.all()}
    with _lock:
        _overrides = (now + CACHE_SECONDS, rows)
    return rows


def forget_overrides() -> None:
    global _overrides
    with _lock:
        _overrides = None


def _as_date(value: date | datetime) -> date:
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


def day_status(day: date) -> tuple[bool, str]:
    """(is a working day, why not / why so) for one date."""
    from .models import CalendarDay

    override = overrides().get(day)
    if override is not None:
        kind, name = override
        return kind == CalendarDay.WORKING_DAY, name
    national = _national(day.year)
    if day in national:
        return False, national[day]
    if day in getattr(national, "weekend_workdays", ()):
        return True, "Ngày làm việc bù"
    if day.weekday() >= 5:
        return False, "Thứ Bảy" if day.weekday() == 5 else "Chủ nhật"
    return True, ""


def is_working_day(day: date | datetime) -> bool:
    return day_status(_as_date(day))[0]


def add_working_days(start: date | datetime, count: int) -> date:
    """The date ``count`` working days after ``start`` (``start`` itself not counted)."""
    day = _as_date(start)
    if count < 0:
        raise ValueError("count must not be negative")
    while count:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def working_days_between(start: date | datetime, end: date | datetime) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
    first, last = _as_date(start), _as_date(end)
    count = 0
    day = first
    while day < last:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count
