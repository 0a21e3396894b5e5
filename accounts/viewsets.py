"""Wagtail's user admin with the decision fields (Art. 10.1)."""

from wagtail.users.views.users import UserViewSet

from .forms import PortalUserCreationForm, PortalUserEditForm


class PortalUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm
