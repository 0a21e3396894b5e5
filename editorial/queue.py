"""The board's moderation queue: what waits at each step, for how many working days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from wagtail.models import Page, TaskState

from workdays.calendar import working_days_between

from . import roles


@dataclass
class QueueItem:
    task_state: TaskState
    title: str
    object: object
    section: Page | None
    submitter: str
    waiting_days: int

    @property
    def step(self) -> str:
        return self.task_state.task.name


def can_see_queue(user) -> bool:
    return roles.is_board(user)


def section_of(obj) -> Page | None:
    """The mandatory section (depth 3: root > home > section) a page belongs to."""
    if not isinstance(obj, Page):
        return None
    if obj.depth == 3:
        return obj
    return obj.get_ancestors().filter(depth=3).first()


def queue(section_id: int | None = None, today: date | None = None) -> list[QueueItem]:
    """Items in progress, oldest first, optionally of one section only."""
    today = today or timezone.localdate()
    states = (
        TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS)
        .select_related("workflow_state__requested_by", "task")
        .order_by("started_at", "pk")
    )
    items = []
    for state in states:
        obj = state.workflow_state.content_object
        if obj is None:
            continue
        obj = getattr(obj, "specific", obj)
        section = section_of(obj)
        if section_id and (section is None or section.pk != section_id):
            continue
        requester = state.workflow_state.requested_by
        items.append(
            QueueItem(
                task_state=state,
                title=str(getattr(obj, "title", obj)),
                object=obj,
                section=section,
                submitter=(requester.get_full_name() or requester.get_username())
                if requester
                else "",
                waiting_days=working_days_between(state.started_at, today),
            )
        )
    return items


def sections() -> list[Page]:
    return list(Page.objects.filter(depth=3).order_by("path"))
