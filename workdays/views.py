"""Operator console: the year's days off and make-up working days."""

from datetime import date

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tenants.views import operator_required

from .calendar import _national
from .models import CalendarChange, CalendarDay


class CalendarDayForm(forms.ModelForm):
    class Meta:
        model = CalendarDay
        fields = ["date", "kind", "name"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}
        error_messages = {
            "date": {"unique": gettext_lazy("Ngày này đã có trong bảng ngoại lệ.")}
        }


class YearForm(forms.Form):
    """?nam=: a year the calendar can compute (0, 10000 or "²" would 500 in
    ``date()``); an invalid one falls back to this year."""

    nam = forms.IntegerField(min_value=1900, max_value=2100)


@operator_required("workdays.view_calendarday")
def calendar_year(request):
    asked = YearForm(request.GET)
    if asked.is_valid():
        year = asked.cleaned_data["nam"]
    else:
        year = timezone.localdate().year
    form = CalendarDayForm(request.POST or None)
    if request.method == "POST":
        if not request.user.has_perm("workdays.add_calendarday"):
            raise PermissionDenied
        if form.is_valid():
            with transaction.atomic():
                day = form.save()
                CalendarChange.record(day, CalendarChange.ADDED, request.user)
            messages.success(
                request, _("Đã thêm ngày %(day)s.") % {"day": f"{day.date:%d/%m/%Y}"}
            )
            return redirect(f"{request.path}?nam={day.date.year}")
    national = sorted(
        (d, name) for d, name in _national(year).items() if d.year == year
    )
    swapped = sorted(
        d for d in getattr(_national(year), "weekend_workdays", ()) if d.year == year
    )
    overrides = CalendarDay.objects.filter(
        date__gte=date(year, 1, 1), date__lte=date(year, 12, 31)
    )
    return render(
        request,
        "workdays/calendar_year.html",
        {
            "year": year,
            "national": national,
            "swapped": swapped,
            "overrides": overrides,
            "changes": CalendarChange.objects.filter(date__year=year)[:50],
            "form": form,
        },
    )


@operator_required("workdays.delete_calendarday")
def delete_day(request, pk):
    day = get_object_or_404(CalendarDay, pk=pk)
    if request.method != "POST":
        return redirect("console-calendar")
    year = day.date.year
    # The day is gone but the record says who removed what (shown on the page).
    with transaction.atomic():
        CalendarChange.record(day, CalendarChange.DELETED, request.user)
        day.delete()
    messages.success(request, _("Đã xoá ngày ngoại lệ."))
    return redirect(f"/lich-lam-viec/?nam={year}")
