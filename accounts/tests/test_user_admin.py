"""The technical administrator creates accounts in Wagtail's admin, by decision."""

import pytest
from django.contrib.auth import get_user_model

from conftest import ADMIN_PASSWORD
from tests.portals import A_HOST, inside

pytestmark = pytest.mark.django_db


def form(**extra):
    data = {
        "username": "bientap2",
        "email": "bientap2@sotttt.angiang.gov.vn",
        "first_name": "",
        "last_name": "",
        "full_name": "Đặng Thị Hồng",
        "password1": "Hoa-Sen-Do-2026-AG",
        "password2": "Hoa-Sen-Do-2026-AG",
        "decision_number": "44/QĐ-STTTT",
        "decision_date": "2026-11-02",
    }
    data.update(extra)
    return data


@pytest.fixture
def admin_client(client):
    response = client.post(
        "/admin/login/",
        {"username": "quantri_a", "password": ADMIN_PASSWORD},
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 302
    return client


def test_an_account_needs_its_decision(admin_client):
    response = admin_client.post(
        "/admin/users/new/", form(decision_number=""), HTTP_HOST=A_HOST
    )
    assert response.status_code == 200
    with inside("sotttt"):
        assert not get_user_model().objects.filter(username="bientap2").exists()


def test_the_technical_administrator_creates_an_account_with_its_decision(admin_client):
    response = admin_client.post("/admin/users/new/", form(), HTTP_HOST=A_HOST)
    assert response.status_code == 302, response.content[:2000]
    with inside("sotttt"):
        user = get_user_model().objects.get(username="bientap2")
        assert user.decision_number == "44/QĐ-STTTT"
        assert str(user.decision_date) == "2026-11-02"
        assert user.full_name == "Đặng Thị Hồng"
        assert (user.last_name, user.first_name) == ("Đặng Thị", "Hồng")
        assert not user.is_superuser


def test_the_head_and_the_technical_administrator_can_change_the_workflow(admin_client):
    assert (
        admin_client.get("/admin/workflows/list/", HTTP_HOST=A_HOST).status_code == 200
    )
