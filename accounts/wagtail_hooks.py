from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import locales, views
from .viewsets import RankedAssignRole, RankedDelete, RankedSetActiveState


@hooks.register("register_admin_urls")
def account_urls():
    return [
        path("doi-mat-khau/", views.change_password, name="accounts_change_password"),
        path("xac-thuc-hai-buoc/", views.two_factor, name="accounts_two_factor"),
    ]


@hooks.register("register_account_menu_item")
def password_menu_item(request):
    return {
        "url": reverse("accounts_change_password"),
        "label": _("Đổi mật khẩu"),
        "help_text": _("Mật khẩu hết hạn sau một số ngày theo quy định (Điều 10.3)."),
    }


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Xác thực hai bước"),
        "help_text": _("Khuyến nghị cho Trưởng, Phó Trưởng Ban biên tập."),
    }


# After Wagtail's own (order=100): the registry keeps the last class registered
# for an action, so these replace Wagtail's user bulk actions.
for _action in (RankedAssignRole, RankedDelete, RankedSetActiveState):
    hooks.register("register_bulk_action", _action, order=100)

locales.protect_default_locale()
