"""The admin's import of procedure files: Dịch vụ công → Nhập thủ tục.

A ``ModelViewSet`` of ``ImportRun`` (house style: listings are viewsets): the
listing of runs, an upload ("new/") that stores the files privately and hands
the run to the outbox (which sends services.tasks.run_import to a worker), the
run's page (the inspect view) with a progress bar and the report, and a small
JSON endpoint the page's script polls. Without JavaScript the run page
refreshes itself until the run ends.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from aggov.body_limit import body_limit
from outbox.service import enqueue

from .import_forms import ImportUploadForm
from .importer.writer import catalogue_index
from .models import ImportFile, ImportRun


def may_publish(user) -> bool:
    """Whether ``user`` may publish procedures in this portal's catalogue."""
    index = catalogue_index()
    return bool(index) and index.permissions_for_user(user).can_publish_subpage()


def _max_upload_body() -> int:
    # The files' total, and a megabyte for the other fields and the framing.
    return settings.SERVICES_IMPORT_MAX_UPLOAD_BYTES + 2**20


class ImportUploadView(generic.CreateView):
    """The upload: a run and its files in one transaction, then the outbox."""

    page_title = _("Nhập thủ tục hành chính")
    submit_button_label = _("Tải lên và nhập")
    success_message = _("Đã nhận tệp; đang nhập thủ tục (%(object)s).")

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["may_publish"] = may_publish(self.request.user)
        return kwargs

    def save_instance(self):
        run = self.form.save(commit=False)
        run.created_by = self.request.user
        run.publish = bool(self.form.cleaned_data.get("publish")) and may_publish(
            self.request.user
        )
        run.save()
        for upload in self.form.cleaned_data["files"]:
            ImportFile.objects.create(
                run=run, name=upload.name, file=upload, size=upload.size
            )
        enqueue("services.import_run", {"run_id": run.pk})
        return run

    def get_success_url(self):
        return reverse("services_imports:inspect", args=[self.object.pk])

    def get_success_buttons(self):
        return []


class ImportRunView(generic.InspectView):
    """A run: status, the progress bar, the counts and the report."""

    template_name = "services/admin/import_run.html"

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        run = self.object
        done, total = run.progress()
        context.update(
            run=run,
            done=done,
            total=total,
            progress_url=reverse("services_imports:progress", args=[run.pk]),
        )
        return context


def progress(request, pk):
    """The run's state for the run page's script (JSON, never cached)."""
    if not request.user.has_perm("services.view_importrun"):
        raise PermissionDenied
    run = get_object_or_404(ImportRun, pk=pk)
    done, total = run.progress()
    response = JsonResponse(
        {
            "status": run.status,
            "status_label": str(run.get_status_display()),
            "done": done,
            "total": total,
            "finished": run.finished,
        }
    )
    response["Cache-Control"] = "no-store"
    return response


class ImportRunViewSet(ModelViewSet):
    model = ImportRun
    icon = "upload"
    menu_label = _("Nhập thủ tục")
    menu_name = "nhap-thu-tuc"
    menu_hook = "register_services_menu_item"
    menu_order = 900
    url_prefix = "dich-vu-cong/nhap-thu-tuc"
    name = "services_imports"
    add_view_class = ImportUploadView
    inspect_view_class = ImportRunView
    inspect_view_enabled = True
    list_display = [
        "__str__",
        "created_by",
        "status",
        "total",
        "created",
        "updated",
        "unchanged",
        "drafted",
        "rejected",
    ]
    list_filter = ["status"]
    ordering = ["-created_at"]

    def get_form_class(self, for_update=False):
        return ImportUploadForm

    @property
    def add_view(self):
        return body_limit(_max_upload_body)(super().add_view)

    @property
    def edit_view(self):
        # A run is a record of what happened: nobody edits it.
        def not_editable(request, pk):
            raise Http404

        return not_editable

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("progress/<int:pk>/", progress, name="progress"),
        ]


import_run_viewset = ImportRunViewSet()


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [import_run_viewset]
