from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """The editorial board (Art. 16, 24): roles, review workflow, moderation queue,
    notifications and outside contributions."""

    name = "editorial"
    verbose_name = _("Ban biên tập")

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
