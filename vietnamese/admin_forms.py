"""The admin's base forms: every page and snippet form refuses text pasted in
TCVN3 (ABC) or VNI in a Vietnamese item and offers it back in Unicode (NFC
itself is applied to every submitted field by ``vietnamese.middleware``)."""

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from .forms import VietnameseTextAdminMixin


class VietnamesePageForm(VietnameseTextAdminMixin, WagtailAdminPageForm):
    """``base_form_class`` of every page model."""


class VietnameseModelForm(VietnameseTextAdminMixin, WagtailAdminModelForm):
    """``base_form_class`` of snippets."""
