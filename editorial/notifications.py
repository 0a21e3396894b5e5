"""Who is told what when a review step changes, in Vietnamese (Art. 24).

Wagtail sends its own workflow emails synchronously inside the request; here
they are replaced (editorial.signal_handlers) by these: an outbox row written
in the decision's transaction, built and sent by the outbox's worker in the
agency's schema, retried with back-off on failure (editorial.outbox_handlers).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import TaskState, WorkflowState

from tenants.models import current_agency_name

SUBMITTED = "submitted"  # a step is waiting for its reviewers
REJECTED = "rejected"  # sent back to the submitter, with the comment
APPROVED = "approved"  # the last step approved: published (or scheduled)
KINDS = (SUBMITTED, REJECTED, APPROVED)


@dataclass
class Notification:
    subject: str
    body: str
    recipients: list[str]


def build(kind: str, object_id: int) -> Notification | None:
    """The email for one event, or None when nobody is to be told."""
    if kind == SUBMITTED:
        task_state = TaskState.objects.select_related("workflow_state", "task").get(
            pk=object_id
        )
        workflow_state = task_state.workflow_state
        task = task_state.task.specific
        groups = getattr(task, "groups", None)
        users = (
            get_user_model()
            .objects.filter(groups__in=groups.all(), is_active=True)
            .distinct()
            if groups is not None
            else get_user_model().objects.none()
        )
        context = {"task": task, "task_state": task_state}
    else:
        workflow_state = WorkflowState.objects.select_related("requested_by").get(
            pk=object_id
        )
        users = [workflow_state.requested_by] if workflow_state.requested_by else []
        last = (
            TaskState.objects.filter(workflow_state=workflow_state)
            .exclude(finished_at=None)
            .select_related("finished_by", "task")
            .order_by("-finished_at")
            .first()
        )
        context = {"decision": last}
    obj = workflow_state.content_object
    recipients = sorted({u.email for u in users if u.email})
    if not recipients:
        return None
    edit_url = AdminURLFinder().get_edit_url(obj) or ""
    context.update(
        {
            "object": obj,
            "title": str(getattr(obj, "specific_deferred", obj)),
            "workflow_state": workflow_state,
            "edit_url": f"{get_admin_base_url()}{edit_url}",
            "agency_name": current_agency_name(),
        }
    )
    subject = render_to_string(f"editorial/emails/{kind}_subject.txt", context).strip()
    body = render_to_string(f"editorial/emails/{kind}.txt", context)
    return Notification(
        subject=" ".join(subject.split()), body=body, recipients=recipients
    )


def send(notification: Notification) -> None:
    EmailMessage(
        notification.subject,
        notification.body,
        settings.DEFAULT_FROM_EMAIL,
        notification.recipients,
    ).send(fail_silently=False)
