"""Admin of dossiers: the one-stop-shop's API keys (Dịch vụ công → Khóa kết
nối, for the technical administrator) and the postal delivery requests' queue
(Dịch vụ công → Yêu cầu chuyển phát, for the board)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from .models import ApiToken, PostalRequest

TOKEN_PERMISSION = "services.manage_apitoken"  # noqa: S105 - a permission name


def _token_admin(request):
    if not request.user.has_perm(TOKEN_PERMISSION):
        raise PermissionDenied


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Tên khóa (hệ thống, nơi dùng)"),
        max_length=120,
        error_messages={"required": _("Xin đặt tên cho khóa.")},
    )


def _shown_once(request, token, secret, replaced=None):
    """The only page that ever shows the token itself (never cached)."""
    response = TemplateResponse(
        request,
        "wagtailadmin/services/token_created.html",
        {"token": token, "secret": secret, "replaced": replaced},
    )
    response["Cache-Control"] = "no-store"
    return response


def tokens(request):
    _token_admin(request)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token, secret = ApiToken.issue(form.cleaned_data["name"], request.user)
        return _shown_once(request, token, secret)
    return TemplateResponse(
        request,
        "wagtailadmin/services/tokens.html",
        {"tokens": ApiToken.objects.select_related("created_by"), "form": form},
    )


@require_POST
def rotate_token(request, pk):
    """A new token under the same name; the old one is revoked at once (the
    one-stop-shop's operator pastes the new one in while the page is open)."""
    _token_admin(request)
    with transaction.atomic():
        old = get_object_or_404(ApiToken.objects.select_for_update(), pk=pk)
        if not old.is_active:
            messages.error(request, _("Khóa này đã bị thu hồi."))
            return redirect("services_tokens")
        token, secret = ApiToken.issue(old.name, request.user)
        old.revoke(request.user)
        old.replaced_by = token
        old.save(update_fields=["replaced_by"])
    return _shown_once(request, token, secret, replaced=old)


@require_POST
def revoke_token(request, pk):
    _token_admin(request)
    token = get_object_or_404(ApiToken, pk=pk)
    token.revoke(request.user)
    messages.success(request, _("Đã thu hồi khóa %(t)s.") % {"t": token})
    return redirect("services_tokens")


@hooks.register("register_admin_urls")
def token_urls():
    return [
        path("dich-vu-cong/khoa-ket-noi/", tokens, name="services_tokens"),
        path(
            "dich-vu-cong/khoa-ket-noi/<int:pk>/xoay/",
            rotate_token,
            name="services_token_rotate",
        ),
        path(
            "dich-vu-cong/khoa-ket-noi/<int:pk>/thu-hoi/",
            revoke_token,
            name="services_token_revoke",
        ),
    ]


class TokenMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(TOKEN_PERMISSION)


@hooks.register("register_services_menu_item")
def token_menu_item():
    return TokenMenuItem(
        _("Khóa kết nối"), reverse("services_tokens"), icon_name="key", order=900
    )


class PostalRequestViewSet(ModelViewSet):
    """The board's queue: the requests, their status (the board closes them
    as delivered or cancelled; the one-stop-shop's pull and acknowledgement
    and a status-10 push move them too). No adding or deleting here: the
    board roles have only the view and change permissions."""

    model = PostalRequest
    icon = "mail"
    menu_label = _("Yêu cầu chuyển phát")
    url_prefix = "dich-vu-cong/yeu-cau-chuyen-phat"
    name = "postal_requests"
    add_to_admin_menu = False
    list_display = ["dossier", "name", "address", "phone", "status", "created_at"]
    list_filter = ["status"]
    form_fields = ["status"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    copy_view_enabled = False


postal_viewset = PostalRequestViewSet()


@hooks.register("register_admin_viewset")
def register_postal_viewset():
    return postal_viewset


@hooks.register("register_services_menu_item")
def postal_menu_item():
    return postal_viewset.get_menu_item(order=800)
