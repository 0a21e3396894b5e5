from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeadlinesConfig(AppConfig):
    """Art. 12 posting deadlines: the rules (data, public schema) and due dates."""

    name = "deadlines"
    verbose_name = _("Thời hạn đăng tải")
