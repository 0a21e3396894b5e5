from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Thủ tục hành chính – Dịch vụ công")

    def ready(self):
        # Without Redis the usage buffer has no beat: it flushes itself after
        # requests and at exit (services.usage).
        import atexit

        from django.core.signals import request_finished

        from . import usage

        request_finished.connect(usage.flush_after_request, dispatch_uid="usage")
        atexit.register(usage.flush_at_exit)
