"""Test helpers of the read model's write path: items published the real way
(a revision through the portal's workflow), and the rows the province holds."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model

from editorial import roles
from home.models import NewsIndexPage, NewsPage
from province.models import PublishedItem
from tests.portals import agency
from vietnamese import slugify


def board(code: str) -> dict:
    """A contributor, a member and a head of the current portal ``code``
    (call inside its schema); usernames repeat across portals (one schema each)."""
    made = {}
    for username, role in (
        ("ctv_tonghop", roles.CONTRIBUTOR),
        ("tv_tonghop", roles.MEMBER),
        ("tb_tonghop", roles.HEAD),
    ):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            user = get_user_model().objects.create_user(
                username, password="x", decision_number=f"1/QĐ-{code.upper()}"
            )
            user.groups.add(roles.group(role))
        made[role] = user
    return made


def through_workflow(obj, code: str):
    """Submit ``obj`` (a page or an announcement, saved as a draft) to the
    portal's workflow and approve both steps: the head's approval publishes."""
    users = board(code)
    obj.save_revision(user=users[roles.CONTRIBUTOR])
    obj.get_workflow().start(obj, users[roles.CONTRIBUTOR])
    obj.refresh_from_db()
    for role in (roles.MEMBER, roles.HEAD):
        state = obj.current_workflow_state
        state.current_task_state.task.specific.on_action(
            state.current_task_state, users[role], "approve"
        )
        obj.refresh_from_db()
    assert obj.live
    return obj


def draft_news(title: str, day=date(2026, 11, 20), summary="", index=None):
    index = index or NewsIndexPage.objects.get(
        locale__language_code=settings.LANGUAGE_CODE
    )
    page = NewsPage(
        title=title,
        slug=slugify(title),
        date=day,
        summary=summary or f"Tóm tắt: {title}",
        live=False,
    )
    index.add_child(instance=page)
    return page


def published_news(title: str, **fields):
    page = draft_news(title, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def rows(code: str, **filters):
    return PublishedItem.objects.filter(agency=agency(code), **filters)


def row(code: str, kind: str, source_id: int):
    return rows(code, kind=kind, source_id=source_id).first()
