from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Trang cổng thông tin")

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.models import Locale

        from .languages import on_locale_created

        post_save.connect(
            on_locale_created, sender=Locale, dispatch_uid="home.on_locale_created"
        )
