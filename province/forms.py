"""The aggregated pages' query parameters, read through forms.

Every parameter is bounded: an agency of the portal's scope, a kind of those
agencies, a sector or field among those shown, a level 1–4, a page number of
reasonable size. An invalid one is ignored and shown as a form error beside
the filters, never sent to the database (a NUL byte or a number too long to
convert is answered 400 before the view, aggov.bad_input).
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from services import levels

MAX_PAGE = 100_000


class AggregateFilterForm(forms.Form):
    """The filters a page offers; each is present only when its choices are
    given (``agencies``, ``kinds``, ``sectors``, ``fields``, ``levels``)."""

    co_quan = forms.TypedChoiceField(
        label=_("Cơ quan"), required=False, coerce=int, empty_value=None, choices=()
    )
    loai_co_quan = forms.TypedChoiceField(
        label=_("Loại cơ quan"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=(),
    )
    nganh = forms.ChoiceField(label=_("Ngành"), required=False, choices=())
    linh_vuc = forms.ChoiceField(label=_("Lĩnh vực"), required=False, choices=())
    muc_do = forms.TypedChoiceField(
        label=_("Mức độ dịch vụ"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=(),
    )
    page = forms.IntegerField(
        label=_("Trang"),
        required=False,
        min_value=1,
        max_value=MAX_PAGE,
        error_messages={"invalid": _("Số trang phải là một số.")},
    )

    def __init__(
        self,
        data,
        *,
        agencies=(),
        kinds=None,
        sectors=None,
        fields=None,
        with_levels=False,
    ):
        """``agencies``: [(id, name)]; ``kinds``: [(id, plural name)];
        ``sectors``/``fields``: [(code, name)]; a filter given None is left out."""
        super().__init__(data)
        self.fields["co_quan"].choices = [("", "")] + [
            (str(pk), name) for pk, name in agencies
        ]
        optional = {
            "loai_co_quan": kinds,
            "nganh": sectors,
            "linh_vuc": fields,
        }
        for name, choices in optional.items():
            if choices is None:
                del self.fields[name]
            else:
                self.fields[name].choices = [("", "")] + [
                    (str(value), label) for value, label in choices
                ]
        if with_levels:
            self.fields["muc_do"].choices = [("", "")] + [
                (str(n), label) for n, label in levels.LEVEL_CHOICES
            ]
        else:
            del self.fields["muc_do"]

    def filters(self) -> dict:
        """The valid, non-empty parameters (an invalid one is left out)."""
        self.is_valid()
        return {
            name: value
            for name, value in getattr(self, "cleaned_data", {}).items()
            if value not in (None, "")
        }
