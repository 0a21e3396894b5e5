"""Replace Wagtail's synchronous workflow emails by ours, through the outbox."""

from wagtail.models import TaskState, WorkflowState
from wagtail.signals import (
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from . import notifications

WAGTAIL_HANDLERS = (
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
)


def _enqueue(kind, object_id):
    """A row in the decision's own transaction; sent by the outbox's worker."""
    from outbox.service import enqueue

    enqueue("editorial.workflow", {"kind": kind, "object_id": object_id})


def on_task_submitted(sender, instance, **kwargs):
    _enqueue(notifications.SUBMITTED, instance.pk)


def on_workflow_rejected(sender, instance, **kwargs):
    _enqueue(notifications.REJECTED, instance.pk)


def on_workflow_approved(sender, instance, **kwargs):
    _enqueue(notifications.APPROVED, instance.pk)


def connect():
    for signal, sender, uid in WAGTAIL_HANDLERS:
        signal.disconnect(sender=sender, dispatch_uid=uid)
    task_submitted.connect(
        on_task_submitted, sender=TaskState, dispatch_uid="aggov_task_submitted"
    )
    workflow_rejected.connect(
        on_workflow_rejected,
        sender=WorkflowState,
        dispatch_uid="aggov_workflow_rejected",
    )
    workflow_approved.connect(
        on_workflow_approved,
        sender=WorkflowState,
        dispatch_uid="aggov_workflow_approved",
    )
