"""Public pages name the approver (Art. 4.5), never by their username."""

import pytest
from django.contrib.auth import get_user_model

from editorial import roles
from home.models import StandardPage
from tests.portals import A_HOST, B_HOST, home_page, inside

pytestmark = pytest.mark.django_db


def publish_as(code: str, user, slug: str):
    home = home_page(code)
    with inside(code):
        page = home.add_child(
            instance=StandardPage(
                title="Thông báo lịch tiếp dân", slug=slug, live=False
            )
        )
        page.save_revision(user=user).publish(user=user)
    return f"/{slug}/"


def approver_line(response) -> str:
    assert response.status_code == 200
    return response.text.split("Người phê duyệt:")[1].split("</p>")[0].strip()


def test_a_head_without_a_full_name_is_shown_by_role(client):
    with inside("sotttt"):
        head = get_user_model().objects.create_user(
            "tb_khong_ten", password="x", full_name="", decision_number="1/QĐ"
        )
        head.groups.add(roles.group(roles.HEAD))
    url = publish_as("sotttt", head, "lich-tiep-dan")
    line = approver_line(client.get(url, HTTP_HOST=A_HOST))
    assert line == "Trưởng Ban biên tập"
    assert "tb_khong_ten" not in client.get(url, HTTP_HOST=A_HOST).text


def test_anyone_else_without_a_name_is_the_board(client):
    with inside("soyte"):
        admin = get_user_model().objects.create_superuser(
            "sieu_quan_tri", password="x", full_name=""
        )
    url = publish_as("soyte", admin, "lich-tiep-dan-b")
    assert approver_line(client.get(url, HTTP_HOST=B_HOST)) == "Ban biên tập"
    assert "sieu_quan_tri" not in client.get(url, HTTP_HOST=B_HOST).text


def test_a_full_name_is_shown_as_it_is(client):
    with inside("sotttt"):
        head = get_user_model().objects.create_user(
            "tb_co_ten", password="x", full_name="Lê Thị Thu Trang"
        )
        head.groups.add(roles.group(roles.HEAD))
    url = publish_as("sotttt", head, "lich-tiep-dan-c")
    assert approver_line(client.get(url, HTTP_HOST=A_HOST)) == "Lê Thị Thu Trang"
