from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkdaysConfig(AppConfig):
    name = "workdays"
    verbose_name = _("Lịch ngày làm việc")

    def ready(self):
        from . import signal_handlers  # noqa: F401
