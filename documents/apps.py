from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """The register of a portal's legal and administrative documents (Art. 11, 12)."""

    name = "documents"
    verbose_name = _("Văn bản")

    def ready(self):
        from . import signal_handlers  # noqa: F401
