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

        from django.db.models.signals import post_save
        from wagtail.models import PageLogEntry
        from wagtail.signals import page_published, published

        from .translations import refresh_source, take_converted_alias_offline

        page_published.connect(refresh_source, dispatch_uid="editorial.refresh_page")
        published.connect(refresh_source, dispatch_uid="editorial.refresh_snippet")

        post_save.connect(
            take_converted_alias_offline,
            sender=PageLogEntry,
            dispatch_uid="editorial.take_converted_alias_offline",
        )
