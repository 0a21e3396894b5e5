"""The admin's base forms: every page and snippet form refuses text pasted in
TCVN3 (ABC) or VNI in a Vietnamese item and offers it back in Unicode (NFC
itself is applied to every submitted field by ``vietnamese.middleware``)."""

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from .forms import VietnameseTextAdminMixin
from .slugs import fold_posted_slug


class VietnamesePageForm(VietnameseTextAdminMixin, WagtailAdminPageForm):
    """``base_form_class`` of every page model. Its slug is folded by the
    project's rule (``vietnamese.slugs``) and may be left empty: the page then
    gets one from its title, or ``trang-…`` for a title without Latin
    letters (the browser leaves the field empty for a Chinese title)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fold_posted_slug(self)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].widget.is_required = False


class VietnameseModelForm(VietnameseTextAdminMixin, WagtailAdminModelForm):
    """``base_form_class`` of snippets."""
