from django.apps import AppConfig


class VietnameseConfig(AppConfig):
    """Vietnamese text for every app; installed for its template filter
    (``html_lang``), ``manage.py compile_catalogues`` and the admin's slug
    widget. No models."""

    name = "vietnamese"
    verbose_name = "Vietnamese"

    def ready(self):
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from .slugs import AsciiSlugInput

        # Every slug field of the admin's model forms (pages, snippets)
        # slugifies in the browser by the project's rule.
        register_form_field_override(
            models.SlugField, override={"widget": AsciiSlugInput}
        )
