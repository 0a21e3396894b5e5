"""The catalogue's query parameters, read through a form.

The same approach as the documents register (documents.filters): every
parameter is bounded (a known sector, field, level or level of government, a
search of reasonable length without NUL); an invalid one is ignored and shown
as a form error beside the filters, never sent to the database.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from . import levels


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Từ khoá"), required=False, max_length=200)
    nganh = forms.ChoiceField(label=_("Ngành"), required=False, choices=())
    linh_vuc = forms.ChoiceField(label=_("Lĩnh vực"), required=False, choices=())
    muc_do = forms.TypedChoiceField(
        label=_("Mức độ"), required=False, coerce=int, empty_value=None, choices=()
    )
    cap = forms.ChoiceField(label=_("Cấp thực hiện"), required=False, choices=())

    def __init__(self, *args, sectors=(), fields=(), **kwargs):
        """``sectors``: slugs of the sectors offered; ``fields``: ids of the
        fields offered (those of the portal's vocabulary)."""
        from .models.procedures import GOVERNMENT_LEVEL_CHOICES

        super().__init__(*args, **kwargs)
        self.fields["nganh"].choices = [("", "")] + [(s, s) for s in sectors]
        self.fields["linh_vuc"].choices = [("", "")] + [
            (str(f), str(f)) for f in fields
        ]
        self.fields["muc_do"].choices = [("", "")] + [
            (str(n), label) for n, label in levels.LEVEL_CHOICES
        ]
        self.fields["cap"].choices = [("", "")] + GOVERNMENT_LEVEL_CHOICES

    def filters(self) -> dict:
        """The valid, non-empty parameters (an invalid one is left out)."""
        self.is_valid()
        return {
            name: value
            for name, value in getattr(self, "cleaned_data", {}).items()
            if value not in (None, "")
        }
