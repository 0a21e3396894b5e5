from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProvinceConfig(AppConfig):
    """What crosses agencies, kept in the public schema: documents the Provincial
    People's Committee sends to the agencies it governs (Art. 12.2, 12.1c)."""

    name = "province"
    verbose_name = _("Liên thông toàn tỉnh")
