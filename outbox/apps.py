from django.apps import AppConfig


class OutboxConfig(AppConfig):
    name = "outbox"
    verbose_name = "Hàng đợi gửi đi"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Each app declares its handlers in <app>/outbox_handlers.py, like
        # admin.py for Django's admin: importing them registers the kinds.
        from django.utils.module_loading import autodiscover_modules

        autodiscover_modules("outbox_handlers")
