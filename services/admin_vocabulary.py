"""The catalogue's managed vocabulary in the admin: Dịch vụ công → Ngành and
Lĩnh vực (national field codes), listed, searchable, fields filterable by
sector. Imports create entries as they meet them; the board and the
technical administrator correct names and codes here."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Field, Sector


class SectorViewSet(ModelViewSet):
    model = Sector
    icon = "folder-open-1"
    menu_label = _("Ngành")
    menu_name = "nganh"
    menu_hook = "register_services_menu_item"
    menu_order = 910
    url_prefix = "dich-vu-cong/nganh"
    name = "services_sectors"
    form_fields = ["name", "code"]
    list_display = ["name", "code", "slug"]
    search_fields = ["name", "code"]
    ordering = ["name"]


class FieldViewSet(ModelViewSet):
    model = Field
    icon = "tag"
    menu_label = _("Lĩnh vực")
    menu_name = "linh-vuc"
    menu_hook = "register_services_menu_item"
    menu_order = 920
    url_prefix = "dich-vu-cong/linh-vuc"
    name = "services_fields"
    form_fields = ["sector", "name", "code"]
    list_display = ["name", "code", "sector"]
    list_filter = ["sector"]
    search_fields = ["name", "code", "sector__name"]
    ordering = ["sector__name", "name"]


sector_viewset = SectorViewSet()
field_viewset = FieldViewSet()


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [sector_viewset, field_viewset]
