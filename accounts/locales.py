"""The Vietnamese locale cannot be changed or deleted in a portal's admin.

Every portal is Vietnamese first (Art. 9.3): its pages, workflows and role
permissions hang on the Vietnamese home. The technical administrator holds
``add_locale`` and ``change_locale`` to enable foreign languages (Settings →
Locales); with them Wagtail would also let them edit the Vietnamese locale
(turn it into another language, or make it synchronise from one). The
locale views are wagtail-localize's (``wagtail_localize.locales`` replaces
``wagtail.locales``), registered by its own hook; their edit and delete views
are replaced here by ones that refuse the default language's locale, for
everyone.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from wagtail_localize.locales import views as localize_views


def is_protected(locale) -> bool:
    return locale.language_code == settings.LANGUAGE_CODE


class ProtectedMixin:
    def dispatch(self, request, *args, **kwargs):
        if is_protected(self.get_object()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class EditView(ProtectedMixin, localize_views.EditView):
    pass


class DeleteView(ProtectedMixin, localize_views.DeleteView):
    pass


def protect_default_locale() -> None:
    """Point wagtail-localize's locale viewset at the views above (called from
    accounts.wagtail_hooks, before the admin's URLs are built)."""
    localize_views.LocaleViewSet.edit_view_class = EditView
    localize_views.LocaleViewSet.delete_view_class = DeleteView
