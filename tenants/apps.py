from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TenantsConfig(AppConfig):
    name = "tenants"
    verbose_name = _("Cơ quan và cổng thành phần")

    def ready(self):
        from aggov import admin_input, media_search, spreadsheets

        from . import signal_handlers  # noqa: F401

        # Every Wagtail export neutralises formula-like cells (aggov.spreadsheets).
        spreadsheets.install()
        # Searching Wagtail's documents and images lists with the usage filter.
        media_search.install()
        # Odd editor data posted to the admin is a form error, not a 500.
        admin_input.install()
