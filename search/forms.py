"""The parameters of the results page, read through a form.

``q`` is cut to the backend's bound (a 10,000-character query is searched on
its first words, never refused with an error page); ``loai`` is one of the
kinds; ``muc`` a section's title; ``page`` a bounded number. An invalid
parameter is dropped (and said on the page); NUL bytes are answered 400
before the view (aggov.bad_input) or dropped here.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .backends.postgres import MAX_PAGE, MAX_QUERY, clean
from .documents import KINDS

#: The kinds' labels, in the facet's order.
KIND_LABELS = {
    "page": _("Trang thông tin"),
    "news": _("Tin tức"),
    "document": _("Văn bản"),
    "procedure": _("Thủ tục hành chính"),
    "answer": _("Hỏi đáp"),
    "announcement": _("Thông báo"),
}


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Từ khóa"), required=False, strip=True)
    loai = forms.ChoiceField(
        label=_("Loại"),
        required=False,
        choices=[("", "")] + [(k, KIND_LABELS[k]) for k in KINDS],
    )
    muc = forms.CharField(label=_("Chuyên mục"), required=False, max_length=255)
    page = forms.IntegerField(
        label=_("Trang"),
        required=False,
        min_value=1,
        max_value=MAX_PAGE,
        error_messages={
            "invalid": _("Số trang phải là một số."),
            "max_value": _("Chỉ xem được tới trang %(limit_value)s."),
        },
    )

    def clean_q(self):
        return clean(self.cleaned_data.get("q") or "")[:MAX_QUERY]

    def values(self) -> dict:
        """The valid parameters (an invalid one is left out)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "q": data.get("q") or "",
            "loai": data.get("loai") or "",
            "muc": (data.get("muc") or "").replace("\x00", ""),
            "page": data.get("page") or 1,
        }


class ProvinceSearchForm(SearchForm):
    """The province-wide search's parameters, with ``co_quan``: one agency of
    the scope (another value is dropped and said)."""

    co_quan = forms.TypedChoiceField(
        label=_("Cơ quan"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("Không có cơ quan này trong phạm vi.")},
    )

    def __init__(self, *args, agencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["co_quan"].choices = [("", "")] + [
            (str(pk), name) for pk, name in agencies
        ]

    def values(self) -> dict:
        found = super().values()
        found["co_quan"] = getattr(self, "cleaned_data", {}).get("co_quan")
        return found
