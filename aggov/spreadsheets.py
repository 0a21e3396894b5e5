"""Spreadsheet cells that cannot run as formulas (CSV/XLSX injection).

A value that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return, which some spreadsheet programs skip before looking) is read as a
formula when an export is opened: ``=cmd|' /C calc'!A0`` written by a citizen
or a staff member would run on the operator's computer. Such text gets a
leading apostrophe, as OWASP advises; numbers and dates are left alone.

Every export goes through :func:`neutralise`: the console's accounts register
(accounts.register) calls it, and :func:`install` puts it behind Wagtail's
``SpreadsheetExportMixin``, the base of every admin export (reports, form
submissions, any viewset's ``list_export``), so none can be forgotten.
"""

from __future__ import annotations

from functools import wraps

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """``value``, with an apostrophe before text a spreadsheet would evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def install() -> None:
    """Neutralise every cell and heading Wagtail's exports write (idempotent)."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_aggov_neutralised", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    heading = SpreadsheetExportMixin.get_heading

    @wraps(preprocess)
    def preprocess_field_value(self, field, value, export_format):
        return neutralise(preprocess(self, field, value, export_format))

    @wraps(heading)
    def get_heading(self, queryset, field):
        return neutralise(heading(self, queryset, field))

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.get_heading = get_heading
    SpreadsheetExportMixin._aggov_neutralised = True
