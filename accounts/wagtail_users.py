"""The app config that replaces "wagtail.users" (Wagtail's documented way to use
a custom user viewset). Kept apart from the viewset: an app config module must
not import models."""

from wagtail.users.apps import WagtailUsersAppConfig


class PortalUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "accounts.viewsets.PortalUserViewSet"
