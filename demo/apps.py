from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo portals of An Giang (`manage.py seed_demo`, run by `make run`)."""

    name = "demo"
    verbose_name = "Demo"
