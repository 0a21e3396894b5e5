from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def province_urls():
    return [
        path("van-ban-di/", views.sent, name="province_sent"),
        path("van-ban-den/", views.received, name="province_received"),
    ]


class SentMenuItem(MenuItem):
    def is_shown(self, request):
        return views._is_province(request)


@hooks.register("register_admin_menu_item")
def received_menu_item():
    return MenuItem(
        _("Văn bản đến"), reverse("province_received"), icon_name="doc-full", order=170
    )


@hooks.register("register_admin_menu_item")
def sent_menu_item():
    return SentMenuItem(
        _("Văn bản gửi các cơ quan"),
        reverse("province_sent"),
        icon_name="doc-full-inverse",
        order=171,
    )
