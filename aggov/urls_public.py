"""URLs of the public schema's host: the DIC's operator console.

No Wagtail here: Wagtail's tables exist only in agency schemas.
"""

from django.urls import path

from deadlines import views as deadlines_views
from outbox import views as outbox_views
from province import console as province_console
from tenants import views
from workdays import views as workdays_views

urlpatterns = [
    path("", views.registry, name="console-home"),
    path("cong-moi/", views.create_portal, name="console-create"),
    path("suc-khoe/", views.health, name="console-health"),
    path("cong/<str:code>/", views.agency_detail, name="console-agency"),
    path("cong/<str:code>/ban-bien-tap/", views.board_roles, name="console-board"),
    path("tai-khoan/", views.account_register, name="console-accounts"),
    path("loai-co-quan/", views.kinds, name="console-kinds"),
    path("loai-co-quan/moi/", views.kind_edit, name="console-kind-new"),
    path("loai-co-quan/<slug:code>/", views.kind_edit, name="console-kind"),
    path("bang-theo-doi/", deadlines_views.dashboard, name="console-dashboard"),
    path("lich-lam-viec/", workdays_views.calendar_year, name="console-calendar"),
    path(
        "lich-lam-viec/<int:pk>/xoa/",
        workdays_views.delete_day,
        name="console-calendar-delete",
    ),
    path("hang-doi-gui/", outbox_views.overview, name="console-outbox"),
    path(
        "du-lieu-tong-hop/",
        province_console.reconciliations,
        name="console-province-reconciliations",
    ),
    path("hang-doi-gui/<str:code>/", outbox_views.portal, name="console-outbox-portal"),
    path(
        "hang-doi-gui/<str:code>/gui-lai/",
        outbox_views.retry,
        name="console-outbox-retry",
    ),
    path("dang-nhap/", views.ConsoleLoginView.as_view(), name="console-login"),
    path("dang-xuat/", views.ConsoleLogoutView.as_view(), name="console-logout"),
    path("doi-mat-khau/", views.console_password, name="console-password"),
    path("xac-thuc-hai-buoc/", views.console_two_factor, name="console-two-factor"),
]
