"""The register's query parameters, read through a form.

Every parameter is bounded (a year the register can hold, a known type, field
or status, a search of reasonable length); an invalid one is ignored and
shown as a form error beside the filters, never sent to the database.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .numbering import TYPE_CODES

YEAR_MIN, YEAR_MAX = 1900, 2100


class RegisterFilterForm(forms.Form):
    q = forms.CharField(label=_("Từ khoá"), required=False, max_length=200)
    loai = forms.ChoiceField(label=_("Loại văn bản"), required=False, choices=())
    linh_vuc = forms.ChoiceField(label=_("Lĩnh vực"), required=False, choices=())
    co_quan = forms.CharField(
        label=_("Cơ quan ban hành"), required=False, max_length=60
    )
    nam = forms.IntegerField(
        label=_("Năm ban hành"),
        required=False,
        min_value=YEAR_MIN,
        max_value=YEAR_MAX,
        error_messages={"invalid": _("Năm ban hành phải là một số.")},
    )
    hieu_luc = forms.ChoiceField(label=_("Tình trạng"), required=False, choices=())

    def __init__(self, *args, **kwargs):
        from .models import FIELD_CHOICES, STATUS_CHOICES

        super().__init__(*args, **kwargs)
        self.fields["loai"].choices = [("", "")] + list(TYPE_CODES.items())
        self.fields["linh_vuc"].choices = [("", "")] + FIELD_CHOICES
        self.fields["hieu_luc"].choices = [("", "")] + STATUS_CHOICES

    def filters(self) -> dict:
        """The valid, non-empty parameters (an invalid one is left out)."""
        self.is_valid()
        return {
            name: value
            for name, value in getattr(self, "cleaned_data", {}).items()
            if value not in (None, "")
        }
