from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProvinceConfig(AppConfig):
    """What crosses agencies, kept in the public schema: documents the Provincial
    People's Committee sends to the agencies it governs (Art. 12.2, 12.1c), and
    the read model of what every portal publishes (Art. 4.1–4.3, 15)."""

    name = "province"
    verbose_name = _("Liên thông toàn tỉnh")

    def ready(self):
        # The receivers that make the read model follow publishing.
        from . import signal_handlers

        signal_handlers.connect()
