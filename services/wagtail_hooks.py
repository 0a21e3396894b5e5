"""The admin's "Dịch vụ công" menu. Each part of the services app adds its
items with ``@hooks.register("register_services_menu_item")`` in its own
``admin_<part>.py``, imported below; the menu shows only what the signed-in
user may open."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

services_menu = Menu(
    register_hook_name="register_services_menu_item",
    construct_hook_name="construct_services_menu",
)


@hooks.register("register_admin_menu_item")
def register_services_menu():
    return SubmenuMenuItem(
        _("Dịch vụ công"),
        services_menu,
        icon_name="form",
        name="dich-vu-cong",
        order=250,
    )


# The parts' menu items and viewsets (each module registers its own hooks).
from . import (  # noqa: E402, F401
    admin_dossiers,
    admin_imports,
    admin_usage,
    admin_vocabulary,
)
