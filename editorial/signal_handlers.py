"""Replace Wagtail's synchronous workflow emails by ours, sent on commit."""

import logging

from django.db import transaction
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import (
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from . import notifications

logger = logging.getLogger("aggov.editorial")

WAGTAIL_HANDLERS = (
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
)


def _enqueue(kind, object_id):
    # After the commit: the task must see the decision, and a failed send must
    # not roll it back. Sent from the request's schema, so it runs there.
    transaction.on_commit(lambda: _send(kind, object_id))


def _send(kind, object_id):
    from .tasks import send_workflow_notification

    try:
        send_workflow_notification.delay(kind, object_id)
    except Exception:  # noqa: BLE001 - the decision is committed whatever happens
        # Only without a broker (tasks run in process) does a failed send reach
        # here; with a worker, Celery retries it (send_workflow_notification).
        logger.exception("Workflow notification %s %s not sent", kind, object_id)


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
