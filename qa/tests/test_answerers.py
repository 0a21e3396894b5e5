"""Who a question can be given to (issue 11, point 6a): the board and the
editors, by full name and role; never the technical administrator, a
translator or a contributor, in the list or by a crafted post."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from editorial import roles
from qa.models import Question
from tests.forms_roundtrip import find_form
from tests.portals import A_HOST, inside
from tests.staff import PASSWORD, make_staff, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def question():
    with inside("sotttt"):
        return Question.objects.create(
            name="Nguyễn Văn Bình",
            email="binh@example.vn",
            title="Cấp phép bưu chính",
            question="Thủ tục cấp giấy phép bưu chính gồm những gì?",
            field="thu-tuc-hanh-chinh",
            consent_at=timezone.now(),
        )


@pytest.fixture
def staff():
    make_staff("sotttt", "truongban", roles.HEAD, full_name="Trần Văn Hùng")
    make_staff("sotttt", "btv", roles.EDITOR, full_name="Lê Thị Hoa")
    make_staff("sotttt", "kythuat", roles.TECH_ADMIN, full_name="Đỗ Kỹ Thuật")
    make_staff("sotttt", "dich", roles.TRANSLATOR, full_name="Mai Biên Dịch")
    make_staff("sotttt", "ctv", roles.CONTRIBUTOR, full_name="Hồ Cộng Tác")
    make_staff("soyte", "btv_b", roles.EDITOR, full_name="Phan Sở Y Tế")
    with inside("sotttt"):
        get_user_model().objects.create_superuser(
            "admin", email="admin@sotttt.angiang.gov.vn", password=PASSWORD
        )


def options(client, question):
    page = client.get(f"/admin/hoi-dap/{question.pk}/", HTTP_HOST=A_HOST)
    assert page.status_code == 200
    select = find_form(page.text, action="assign").find(
        "select", attrs={"name": "assignee"}
    )
    return [o.get_text(strip=True) for o in select.find_all("option") if o.get("value")]


def test_the_list_shows_full_names_and_roles_of_those_who_may_answer(
    client_class, question, staff
):
    head = signed_in(client_class, A_HOST, "truongban")
    assert options(head, question) == [
        "Lê Thị Hoa (Biên tập viên)",
        "Trần Văn Hùng (Trưởng Ban biên tập)",
    ]


def test_the_technical_administrator_cannot_be_given_a_question(
    client_class, question, staff
):
    head = signed_in(client_class, A_HOST, "truongban")
    with inside("sotttt"):
        users = get_user_model().objects
        refused = [users.get(username=u).pk for u in ("kythuat", "admin", "dich")]
    for pk in refused:
        response = head.post(
            f"/admin/hoi-dap/{question.pk}/",
            {"action": "assign", "unit": "Phòng Bưu chính", "assignee": pk},
            HTTP_HOST=A_HOST,
        )
        assert response.status_code == 200
        assert (
            "Chỉ giao được cho Ban biên tập hoặc biên tập viên của cổng."
            in response.text
        )
        with inside("sotttt"):
            assert Question.objects.get(pk=question.pk).assignee_id is None


def test_the_service_refuses_an_assignee_who_may_not_answer(question, staff):
    from qa import handling

    with inside("sotttt"):
        users = get_user_model().objects
        with pytest.raises(handling.ActionRefused) as refused:
            handling.assign(
                question, "Phòng Bưu chính", users.get(username="kythuat"), None
            )
        assert "Đỗ Kỹ Thuật" in refused.value.message
        assert Question.objects.get(pk=question.pk).assignee_id is None
