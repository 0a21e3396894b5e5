from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The per-portal search index (a table in each portal's schema)."""

    name = "search"
    verbose_name = _("Tìm kiếm")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
        _name_the_admin_search_results()


def _name_the_admin_search_results():
    """Wagtail's page search view names no model, so its results line reads
    "1-2 of 2 None" (the column header takes the view's verbose names); with
    folded titles the admin's search finds Vietnamese titles, and the line is
    seen. It counts pages."""
    from wagtail.admin.views.pages.search import SearchView

    if SearchView.verbose_name_plural is None:
        SearchView.verbose_name = _("trang")
        SearchView.verbose_name_plural = _("trang")
