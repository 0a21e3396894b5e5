from django.apps import AppConfig


class VietnameseConfig(AppConfig):
    """Vietnamese text for every app; installed for its template filter
    (``html_lang``) and ``manage.py compile_catalogues``. No models."""

    name = "vietnamese"
    verbose_name = "Vietnamese"
