"""Issue 11 in the browser: the slug field typed from a Vietnamese title, the
Q&A detail's selects showing the question's values, and the sidebar's
"Câu hỏi công dân" shown whole."""

import pytest
from django_tenants.utils import schema_context

from editorial import roles
from vietnamese import slugify

pytestmark = pytest.mark.browser


def section_id(live_portal, committed, slug="gioi-thieu"):
    from home.models import SectionPage

    with committed(), schema_context(live_portal.schema):
        return SectionPage.objects.get(slug=slug, locale__language_code="vi").pk


@pytest.mark.parametrize(
    "title",
    [
        "Sở TT&TT tổ chức tọa đàm về chuyển đổi số ở Đắk Lắk",
        "Ủy ban nhân dân: Thủ tục hành chính “một cửa” (mức 4)",
    ],
)
def test_the_slug_field_follows_a_vietnamese_title_by_the_server_rule(
    live_portal, committed, desktop, sign_in, title
):
    sign_in(desktop, live_portal.staff(roles.EDITOR))
    section = section_id(live_portal, committed)
    desktop.goto(live_portal.url(f"/admin/pages/add/home/standardpage/{section}/"))
    title_field = desktop.locator("#id_title")
    title_field.click()
    # Typed key by key, as an editor does: the slug follows each keystroke.
    title_field.press_sequentially(title)
    title_field.blur()
    slug = desktop.locator("#id_slug")
    expected = slugify(title)
    desktop.wait_for_function(
        "([el, want]) => el.value === want", arg=[slug.element_handle(), expected]
    )
    assert slug.input_value() == expected
    assert slug.input_value().isascii()


def test_the_question_detail_shows_the_question_s_field_and_answerer(
    live_portal, committed, desktop, sign_in
):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from qa.models import Question

    head = live_portal.staff(roles.HEAD)
    answerer = live_portal.staff(roles.EDITOR)
    with committed(), schema_context(live_portal.schema):
        question = Question.objects.create(
            name="Nguyễn Văn Bình",
            email="binh@example.vn",
            title="Câu hỏi thử của trình duyệt",
            question="Thủ tục cấp thị thực cho chuyên gia nước ngoài gồm những gì?",
            field="y-te",  # not the select's first option
            consent_at=timezone.now(),
            status=Question.ASSIGNED,
            unit="Phòng Lãnh sự",
            assignee=get_user_model().objects.get(username=answerer),
        )
    try:
        sign_in(desktop, head)
        desktop.goto(live_portal.url(f"/admin/hoi-dap/{question.pk}/"))
        classify = desktop.locator("form:has(input[name=action][value=classify])")
        assert classify.locator("select[name=field]").input_value() == "y-te"
        assign = desktop.locator("form:has(input[name=action][value=assign])")
        assignee = assign.locator("select[name=assignee]")
        assert assignee.input_value() == str(question.assignee_id)
        names = assignee.locator("option").all_inner_texts()
        assert "Thử nghiệm Biên tập viên (Biên tập viên)" in names
        assert not any("quantri" in n or "Quản trị" in n for n in names)
        # "Lưu" pressed without touching anything keeps the field.
        classify.locator("button[type=submit]").click()
        desktop.wait_for_load_state()
        with committed(), schema_context(live_portal.schema):
            assert Question.objects.get(pk=question.pk).field == "y-te"
    finally:
        with committed(), schema_context(live_portal.schema):
            Question.objects.filter(pk=question.pk).delete()


def test_the_sidebar_shows_every_label_whole(live_portal, desktop, sign_in):
    """No menu label of the admin's sidebar is cut short with an ellipsis
    (the head and the technical administrator see every item between them)."""
    for role in (roles.HEAD, roles.TECH_ADMIN):
        page = sign_in(desktop, live_portal.staff(role))
        page.goto(live_portal.url("/admin/"))
        labels = page.locator(".sidebar-menu-item .menuitem-label")
        labels.first.wait_for()
        cut = labels.evaluate_all(
            "els => els.filter(el => el.scrollWidth > el.clientWidth)"
            ".map(el => el.innerText)"
        )
        assert cut == [], f"cut short for {role}: {cut}"
        texts = labels.all_inner_texts()
        if role == roles.HEAD:
            assert "Câu hỏi công dân" in texts, texts
        page.context.clear_cookies()
