"""The editorial path in a real browser: an editor writes a news item and sends
it to the board, a member of the board approves it, the head approves it, and
a citizen reads it, at a desktop's size and on a phone."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from editorial.workflow import HEAD_TASK, MEMBER_TASK

pytestmark = pytest.mark.browser

SIZES = ["desktop", "phone"]


def news_index_id(live_portal, committed) -> int:
    from django_tenants.utils import schema_context

    from home.models import NewsIndexPage

    with committed(), schema_context(live_portal.schema):
        return NewsIndexPage.objects.get(locale__language_code="vi").pk


def workflow_action(page, label: str):
    """Presses the footer action labelled ``label`` (opening the "more
    actions" menu first when it is not the primary button)."""
    button = page.locator("footer").get_by_role("button", name=label, exact=True)
    if not button.is_visible():
        page.locator("footer .w-dropdown__toggle").first.click()
    button.click()


@pytest.mark.parametrize("size", SIZES)
def test_editor_member_head_publish_a_news_item(
    size, live_portal, committed, new_page, sign_in
):
    from tests.browser import DESKTOP, PHONE

    options = PHONE if size == "phone" else {"viewport": DESKTOP}
    title = f"Sở Ngoại vụ đón đoàn khách Campuchia ({size})"
    parent = news_index_id(live_portal, committed)

    # The editor writes the item and sends it to the board.
    editor = sign_in(new_page(**options), live_portal.staff("bien_tap_vien"))
    editor.goto(live_portal.url(f"/admin/pages/add/home/newspage/{parent}/"))
    editor.fill("#id_title", title)
    editor.fill(
        "#id_summary", "Đoàn công tác tỉnh Kampot thăm và làm việc tại An Giang."
    )
    workflow_action(editor, "Gửi Ban biên tập duyệt")
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/"))
    # The message says where the item now is.
    expect(editor.locator(".messages")).to_contain_text(
        f"Đang chờ bước “{MEMBER_TASK}”"
    )

    # A member of the board, then the head, find it on their dashboard and
    # approve it.
    for role, action, now in (
        ("thanh_vien", "Phê duyệt", f"Đang chờ bước “{HEAD_TASK}”"),
        ("truong_ban", "Phê duyệt và xuất bản", "Đã phê duyệt và xuất bản"),
    ):
        reviewer = sign_in(new_page(**options), live_portal.staff(role))
        reviewer.goto(live_portal.url("/admin/"))
        reviewer.get_by_role("link", name=title).first.click()
        reviewer.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
        workflow_action(reviewer, action)
        reviewer.wait_for_url(lambda url: "/edit/" not in url)
        expect(reviewer.locator(".messages")).to_contain_text(now)

    from django_tenants.utils import schema_context

    from home.models import NewsPage

    with committed(), schema_context(live_portal.schema):
        item = NewsPage.objects.get(title=title, locale__language_code="vi")
        assert item.live, "the head's approval publishes the item"
        path = item.url_path.split("/", 2)[2]  # below the site's root page

    # A citizen reads it on the portal.
    citizen = new_page(**options)
    response = citizen.goto(live_portal.url("/" + path))
    assert response.status == 200
    assert citizen.locator("h1").first.inner_text().strip() == title
