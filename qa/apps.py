from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QaConfig(AppConfig):
    """Citizens' questions and answers (Art. 12.1d): a service with a deadline."""

    name = "qa"
    verbose_name = _("Hỏi đáp")
