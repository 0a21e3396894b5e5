"""URLs of the public schema's host: the DIC's operator console.

No Wagtail here: Wagtail's tables exist only in agency schemas.
"""

from django.urls import path

from tenants import views

urlpatterns = [
    path("", views.registry, name="console-home"),
    path("cong-moi/", views.create_portal, name="console-create"),
    path("suc-khoe/", views.health, name="console-health"),
    path("dang-nhap/", views.ConsoleLoginView.as_view(), name="console-login"),
    path("dang-xuat/", views.ConsoleLogoutView.as_view(), name="console-logout"),
]
