"""The default review workflow of every portal (Art. 24.1).

Member review (approve, or send back with a comment) → head or deputy approval →
publish. Assigned to the home page (so to every page) and to every snippet model
that publishes through a workflow. A portal may change it in the admin
(Settings → Workflows); this is only the provisioned default.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowMixin,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from . import roles

WORKFLOW_NAME = "Quy trình duyệt tin bài của Ban biên tập"
MEMBER_TASK = "Thành viên Ban biên tập thẩm định"
HEAD_TASK = "Trưởng ban hoặc Phó Trưởng ban phê duyệt"


def publishing_snippet_models():
    return [m for m in get_snippet_models() if issubclass(m, WorkflowMixin)]


def ensure_default_workflow(home: Page) -> Workflow:
    """Create the default workflow once and assign it where nothing is assigned."""
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        member_task = GroupApprovalTask.objects.create(name=MEMBER_TASK)
        member_task.groups.set([roles.group(roles.MEMBER)])
        head_task = GroupApprovalTask.objects.create(name=HEAD_TASK)
        head_task.groups.set([roles.group(roles.HEAD), roles.group(roles.DEPUTY)])
        WorkflowTask.objects.create(workflow=workflow, task=member_task, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task=head_task, sort_order=1)
    WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
    for model in publishing_snippet_models():
        WorkflowContentType.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(model),
            defaults={"workflow": workflow},
        )
    return workflow


def extend_to_language(language_home: Page) -> None:
    """A foreign language's section goes through the workflow that governs
    the Vietnamese home page (the default one unless the portal changed it)."""
    if WorkflowPage.objects.filter(page=language_home).exists():
        return
    vietnamese_home = language_home.get_translation_or_none(
        Locale.objects.get(language_code="vi")
    )
    workflow = vietnamese_home.get_workflow() if vietnamese_home else None
    if workflow is None:
        workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        WorkflowPage.objects.create(page=language_home, workflow=workflow)
