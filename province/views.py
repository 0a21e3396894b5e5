"""Admin views: the province sends documents; each agency receives and posts them."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tenants.models import Agency

from . import distribution
from .models import Distribution, DistributionTarget


class DistributeForm(forms.Form):
    document = forms.ModelChoiceField(label=gettext_lazy("Văn bản"), queryset=None)
    agencies = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Cơ quan chịu sự điều chỉnh"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        from documents.models import LegalDocumentPage

        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = LegalDocumentPage.objects.live().order_by(
            "-issued_on"
        )
        self.fields["agencies"].queryset = Agency.objects.active().exclude(
            pk=connection.tenant.pk
        )


def _is_province(request) -> bool:
    tenant = request.tenant
    return tenant.parent_id is None and getattr(tenant.kind, "code", "") == "province"


def sent(request):
    """The province: send a document, and see who has and has not posted it."""
    if not _is_province(request):
        raise PermissionDenied
    form = DistributeForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            document = form.cleaned_data["document"]
            if not document.permissions_for_user(request.user).can_publish():
                raise PermissionDenied
            distribution.distribute(
                document, form.cleaned_data["agencies"], request.user
            )
            messages.success(
                request,
                _("Đã gửi %(number)s đến %(n)d cơ quan.")
                % {
                    "number": document.number_symbol,
                    "n": len(form.cleaned_data["agencies"]),
                },
            )
            return redirect("province_sent")
    distributions = Distribution.objects.filter(
        source_agency=request.tenant
    ).prefetch_related("targets__agency")
    return TemplateResponse(
        request,
        "province/admin/sent.html",
        {"form": form, "distributions": distributions},
    )


class PostCopyForm(forms.Form):
    """Which of this agency's received documents to post: a row of its own
    (anything else, "abc" or another agency's row, is not found)."""

    target = forms.ModelChoiceField(queryset=None)

    def __init__(self, *args, agency, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = DistributionTarget.objects.filter(
            agency=agency
        )


def received(request):
    """Any agency: documents the province sent it, with their deadlines."""
    if request.method == "POST":
        form = PostCopyForm(request.POST, agency=request.tenant)
        if not form.is_valid():
            raise Http404(_("Không có văn bản này trong danh sách được gửi đến."))
        target = form.cleaned_data["target"]
        if not request.user.has_perm("wagtailadmin.access_admin"):
            raise PermissionDenied
        page = distribution.publish_copy(target, request.user)
        if page.live:
            messages.success(request, _("Đã đăng %(n)s.") % {"n": page.number_symbol})
        else:
            messages.info(
                request,
                _("Đã tạo bản đăng %(n)s và gửi Ban biên tập duyệt.")
                % {"n": page.number_symbol},
            )
        return redirect("province_received")
    return TemplateResponse(
        request, "province/admin/received.html", {"targets": distribution.inbox()}
    )
