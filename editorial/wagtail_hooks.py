from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .queue import can_see_queue


@hooks.register("register_admin_urls")
def editorial_urls():
    return [
        path("hang-doi-duyet/", views.moderation_queue, name="editorial_queue"),
        path("thong-tin-gui-den/", views.contribution_inbox, name="editorial_inbox"),
        path(
            "thong-tin-gui-den/<int:pk>/",
            views.contribution_detail,
            name="editorial_contribution",
        ),
    ]


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_queue(request.user)


class InboxMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("editorial.view_contribution")


@hooks.register("register_admin_menu_item")
def queue_menu_item():
    return QueueMenuItem(
        _("Hàng đợi duyệt"), reverse("editorial_queue"), icon_name="tasks", order=150
    )


@hooks.register("register_admin_menu_item")
def inbox_menu_item():
    return InboxMenuItem(
        _("Thông tin gửi đến"), reverse("editorial_inbox"), icon_name="mail", order=160
    )
