"""Wagtail's user admin with the decision fields (Art. 10.1) and the rules that
keep roles from being escalated (issue 10): a manager of accounts edits,
deactivates or deletes only users ranked below them (``editorial.roles``),
grants only the roles below their own and never a board role, and sets no
one's password (the user gets a link by email, ``accounts.emails``)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from wagtail.users.views import users
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)

from editorial import roles

from . import emails
from .forms import PortalUserCreationForm, PortalUserEditForm


class ManagerFormMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class IndexView(users.IndexView):
    """The listing links to the edit and delete pages only of users the
    signed-in manager may manage (the views refuse the others anyway)."""

    def get_edit_url(self, instance):
        if roles.can_manage(self.request.user, instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if roles.can_manage(self.request.user, instance):
            return super().get_delete_url(instance)
        return None


class CreateView(ManagerFormMixin, users.CreateView):
    def save_instance(self):
        user = super().save_instance()
        emails.send_password_link(user, new_account=True)
        return user

    def get_success_message(self, instance):
        return _(
            "Đã tạo tài khoản «%(user)s»; thư đặt mật khẩu đã gửi tới %(email)s."
        ) % {"user": instance.get_username(), "email": instance.email}


class EditView(ManagerFormMixin, users.EditView):
    def dispatch(self, request, *args, **kwargs):
        if not roles.can_manage(request.user, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def save_instance(self):
        user = super().save_instance()
        if self.form.cleaned_data.get("send_password_link"):
            emails.send_password_link(user, new_account=False)
        return user


class DeleteView(users.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not roles.can_manage(request.user, self.get_object()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PortalUserViewSet(users.UserViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm


# The bulk actions of the user listing, under the same rules (registered in
# accounts.wagtail_hooks after Wagtail's, so they replace them).


class RankedAssignRole(AssignRoleBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and roles.can_manage(self.request.user, obj)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["role"].queryset = roles.grantable_groups(self.request.user)
        return form


class RankedDelete(DeleteBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and roles.can_manage(self.request.user, obj)


class RankedSetActiveState(SetActiveStateBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and roles.can_manage(self.request.user, obj)
