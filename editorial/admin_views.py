"""Wagtail's page and announcement views, saying where an item is after a
workflow action (see ``editorial.workflow_messages``).

Wired the supported way: a ``PageViewSet`` for ``Page`` (every page type; Wagtail
routes each page's views through ``page_viewset_registry``), registered by
``editorial.wagtail_hooks`` after Wagtail's own, and the announcements'
``SnippetViewSet`` (``home.wagtail_hooks``).
"""

from __future__ import annotations

from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, TaskState
from wagtail.snippets.views.snippets import (
    CreateView as SnippetCreateView,
)
from wagtail.snippets.views.snippets import (
    EditView as SnippetEditView,
)
from wagtail.snippets.views.snippets import (
    SnippetViewSet,
)
from wagtail.snippets.views.snippets import (
    WorkflowActionView as SnippetWorkflowActionView,
)

from . import workflow_messages as wm


class PageEditView(EditView):
    def submit_action(self):
        response = super().submit_action()
        wm.announce(self.request, self.page, wm.SUBMIT)
        return response

    def restart_workflow_action(self):
        response = super().restart_workflow_action()
        wm.announce(self.request, self.page, wm.RESTART)
        return response

    def perform_workflow_action(self):
        self._workflow_action_done = True
        return super().perform_workflow_action()

    def add_save_confirmation_message(self):
        if getattr(self, "_workflow_action_done", False):
            # Instead of "Page '…' has been updated." after approve/reject.
            wm.announce(self.request, self.page, self.workflow_action, replace=False)
        else:
            super().add_save_confirmation_message()

    def add_cancel_workflow_confirmation_message(self):
        wm.announce(self.request, self.page, wm.CANCEL, replace=False)


class PageCreateView(CreateView):
    def submit_action(self):
        response = super().submit_action()
        wm.announce(self.request, self.page, wm.SUBMIT)
        return response


class _AnnouncesTheOutcome:
    """For the workflow action view (dashboard, queue): Wagtail adds no
    message; say what happened when the task state was acted on."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        status = TaskState.objects.filter(pk=self.task_state.pk).values_list(
            "status", flat=True
        )
        if status and status[0] != TaskState.STATUS_IN_PROGRESS:
            wm.announce(request, self.object, self.action_name, replace=False)
        return response


class PageWorkflowActionView(_AnnouncesTheOutcome, WorkflowActionView):
    pass


class SnippetWorkflowAction(_AnnouncesTheOutcome, SnippetWorkflowActionView):
    pass


class EditorialPageViewSet(PageViewSet):
    model = Page
    add_view_class = PageCreateView
    edit_view_class = PageEditView
    workflow_action_view_class = PageWorkflowActionView


class _SnippetMessages:
    WORKFLOW_ACTIONS = {"submit", "restart-workflow", "cancel-workflow"}

    def get_success_message(self, instance=None):
        if self.action in self.WORKFLOW_ACTIONS:
            return wm.status_message(instance or self.object, self.action)
        if self.action == "workflow-action":
            return wm.status_message(instance or self.object, self.workflow_action)
        return super().get_success_message(instance)


class SnippetEdit(_SnippetMessages, SnippetEditView):
    pass


class SnippetCreate(_SnippetMessages, SnippetCreateView):
    pass


class WorkflowSnippetViewSet(SnippetViewSet):
    """Announcements (and any snippet going through the board's workflow)."""

    add_view_class = SnippetCreate
    edit_view_class = SnippetEdit
    workflow_action_view_class = SnippetWorkflowAction
