"""After each workflow action, say where the page or announcement now is.

Wagtail's edit views say "Page '…' has been updated." whatever the action did,
and its workflow action view (the "Phê duyệt" / "Yêu cầu sửa" buttons of the
dashboard and of the board's queue) says nothing at all. An editor must know the
item went to the board and is waiting at "Thành viên Ban biên tập thẩm định"; a
member that it moved on to the head; the head that it is now published (or when
it will be); an author that it came back, with the comment.

The message is built from the stored state after the action (the workflow
state, the current task and its groups, live / scheduled), so it says what
happened, not what was asked. The views of ``editorial.admin_views`` put it in
place of Wagtail's message.
"""

from __future__ import annotations

from django.contrib import messages as django_messages
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeData, mark_safe
from wagtail.admin.messages import render
from wagtail.admin.utils import get_latest_str, get_user_display_name
from wagtail.models import Page, TaskState, WorkflowState

#: Wagtail's edit views' action names (``action-submit`` …) and the workflow
#: task's action names (``approve``, ``reject``), as this module calls them.
SUBMIT, RESTART, CANCEL, APPROVE, REJECT = (
    "submit",
    "restart-workflow",
    "cancel-workflow",
    "approve",
    "reject",
)


def _fresh(obj):
    """The object as stored now (the action changed its state and maybe live)."""
    model = obj.specific_class if isinstance(obj, Page) else type(obj)
    return model._default_manager.get(pk=obj.pk)


def _title(obj) -> str:
    if isinstance(obj, Page):
        return obj.get_admin_display_title()
    return get_latest_str(obj)


def _when(moment) -> str:
    return timezone.localtime(moment).strftime("%H:%M ngày %d/%m/%Y")


def _waiting_at(state: WorkflowState) -> str:
    task_state = state.current_task_state
    if task_state is None:
        return ""
    task = task_state.task.specific
    groups = getattr(task, "groups", None)
    names = ", ".join(g.name for g in groups.order_by("name")) if groups else ""
    where = f"Đang chờ bước “{task.name}”"
    return f"{where} ({names})." if names else f"{where}."


def _last_finished_task(state: WorkflowState) -> TaskState | None:
    return (
        TaskState.objects.filter(workflow_state=state)
        .exclude(status=TaskState.STATUS_IN_PROGRESS)
        .order_by("-finished_at", "-pk")
        .first()
    )


def status_message(obj, action: str) -> str:
    """One or two sentences: what the action did and where ``obj`` now is."""
    obj = _fresh(obj)
    title = _title(obj)
    state = obj.current_workflow_state
    if action == CANCEL:
        kept = " Phiên bản đang hiển thị không đổi." if obj.live else ""
        return (
            f"Đã huỷ quy trình duyệt “{title}”: bài trở lại bản nháp, "
            f"không còn chờ Ban biên tập.{kept}"
        )
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        finished = _last_finished_task(state)
        author = get_user_display_name(state.requested_by) if state.requested_by else ""
        back = (
            f"Đã trả “{title}” về người viết ({author}) để sửa"
            if author
            else (f"Đã trả “{title}” về người viết để sửa")
        )
        comment = (finished.comment or "").strip() if finished else ""
        if comment:
            return f"{back}, kèm góp ý: “{comment}”."
        return f"{back} (không kèm góp ý)."
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        if action == APPROVE:
            finished = _last_finished_task(state)
            step = f" ở bước “{finished.task.name}”" if finished else ""
            done = f"Đã phê duyệt “{title}”{step}."
        elif action == RESTART:
            done = f"Đã gửi lại “{title}” cho Ban biên tập duyệt từ bước đầu."
        else:
            done = f"Đã gửi “{title}” cho Ban biên tập duyệt."
        return f"{done} {_waiting_at(state)}"
    # No workflow in progress: the last one ended.
    last = obj.workflow_states.order_by("-created_at", "-pk").first()
    if last is not None and last.status == WorkflowState.STATUS_APPROVED:
        scheduled = obj.scheduled_revision
        if scheduled is not None and scheduled.approved_go_live_at:
            when = _when(scheduled.approved_go_live_at)
            return f"Đã phê duyệt “{title}”: hẹn giờ xuất bản lúc {when}."
        if obj.live:
            return f"Đã phê duyệt và xuất bản “{title}”."
        return f"Đã phê duyệt “{title}”."
    return f"Đã lưu “{title}”."


def _buttons_of(message) -> str:
    """The buttons Wagtail rendered into its message (View draft, Edit…):
    only from a message Wagtail marked safe (rendered by its template)."""
    if not isinstance(message, SafeData):
        return ""
    text = str(message)
    start = text.find('<span class="buttons">')
    if start < 0:
        return ""
    end = text.find("</span>", start)
    return text[start : end + len("</span>")] if end >= 0 else ""


def announce(request, obj, action: str, replace: bool = True) -> None:
    """Show ``status_message`` instead of the success message Wagtail just
    added (its buttons kept), or as the only one when ``replace`` is false.

    Uses the messages framework's public API only: iterating marks what was
    there as read, and what should stay is added again.
    """
    text = status_message(obj, action)
    buttons = ""
    if replace:
        kept = list(django_messages.get_messages(request))
        last = max(
            (i for i, m in enumerate(kept) if m.level == django_messages.SUCCESS),
            default=None,
        )
        for i, message in enumerate(kept):
            if i == last:
                buttons = _buttons_of(message.message)
                continue
            django_messages.add_message(
                request, message.level, message.message, extra_tags=message.extra_tags
            )
    django_messages.success(
        # The buttons are a slice of a message Wagtail rendered (SafeData).
        request,
        format_html("{}{}", render(text, None), mark_safe(buttons)),  # noqa: S308
    )
