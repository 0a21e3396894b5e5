"""Board roles are granted and taken away by the DIC in the operator console,
each with its decision (Art. 10.1), in that portal's schema only."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from accounts.models import BoardDecision
from editorial import roles
from tests.portals import B_HOST, CONSOLE_HOST, inside
from tests.staff import make_staff

pytestmark = pytest.mark.django_db

PASSWORD = "Dieu-Hanh-Tinh-2026"
HEAD = roles.role(roles.HEAD).name


def console_client(client, username="dieuhanh", permission="change_agency"):
    user = get_user_model().objects.create_user(
        username, password=PASSWORD, is_staff=True
    )
    if permission:
        user.user_permissions.add(Permission.objects.get(codename=permission))
    response = client.post(
        "/dang-nhap/",
        {"username": username, "password": PASSWORD},
        HTTP_HOST=CONSOLE_HOST,
    )
    assert response.status_code == 302
    return client


@pytest.fixture
def operator(client):
    return console_client(client)


@pytest.fixture
def editor():
    return make_staff("sotttt", "bientap", roles.EDITOR, "Trần Thị Biên")


def decision(**extra):
    data = {
        "username": "bientap",
        "role": roles.HEAD,
        "action": "grant",
        "decision_number": "12/QĐ-STTTT",
        "decision_date": "2026-11-20",
    }
    data.update(extra)
    return data


def groups_of(code, username):
    with inside(code):
        user = get_user_model().objects.get(username=username)
        return set(user.groups.values_list("name", flat=True))


def test_an_operator_grants_and_revokes_a_board_role(operator, editor):
    page = operator.get("/cong/sotttt/ban-bien-tap/", HTTP_HOST=CONSOLE_HOST)
    assert page.status_code == 200
    assert "Chưa ai giữ vai trò Ban biên tập" in page.text

    response = operator.post(
        "/cong/sotttt/ban-bien-tap/", decision(), HTTP_HOST=CONSOLE_HOST
    )
    assert response.status_code == 302
    assert HEAD in groups_of("sotttt", "bientap")
    page = operator.get("/cong/sotttt/ban-bien-tap/", HTTP_HOST=CONSOLE_HOST)
    assert "12/QĐ-STTTT ngày 20/11/2026" in page.text
    assert "dieuhanh" in page.text
    with inside("sotttt"):
        row = BoardDecision.objects.get()
        assert (row.user.username, row.role, row.action, row.operator) == (
            "bientap",
            roles.HEAD,
            "grant",
            "dieuhanh",
        )

    response = operator.post(
        "/cong/sotttt/ban-bien-tap/",
        decision(action="revoke", decision_number="13/QĐ-STTTT"),
        HTTP_HOST=CONSOLE_HOST,
    )
    assert response.status_code == 302
    assert HEAD not in groups_of("sotttt", "bientap")
    with inside("sotttt"):
        assert BoardDecision.objects.count() == 2


def test_a_decision_is_required(operator, editor):
    response = operator.post(
        "/cong/sotttt/ban-bien-tap/",
        decision(decision_number="", decision_date=""),
        HTTP_HOST=CONSOLE_HOST,
    )
    assert response.status_code == 200
    assert "Cần số quyết định" in response.text
    assert "Cần ngày quyết định" in response.text
    assert HEAD not in groups_of("sotttt", "bientap")


def test_only_board_roles_and_existing_accounts(operator, editor):
    response = operator.post(
        "/cong/sotttt/ban-bien-tap/",
        decision(role=roles.TECH_ADMIN),
        HTTP_HOST=CONSOLE_HOST,
    )
    assert response.status_code == 200
    response = operator.post(
        "/cong/sotttt/ban-bien-tap/",
        decision(username="khongco"),
        HTTP_HOST=CONSOLE_HOST,
    )
    assert response.status_code == 200
    assert groups_of("sotttt", "bientap") == {roles.role(roles.EDITOR).name}


def test_another_portal_neither_sees_nor_gets_it(operator, editor, client_class):
    make_staff("soyte", "bientap", roles.EDITOR)
    done = operator.post(
        "/cong/sotttt/ban-bien-tap/", decision(), HTTP_HOST=CONSOLE_HOST, follow=True
    )
    assert done.status_code == 200 and "12/QĐ-STTTT" in done.text
    assert HEAD in groups_of("sotttt", "bientap")
    # The same account name at B is another person: untouched, no record.
    assert HEAD not in groups_of("soyte", "bientap")
    with inside("soyte"):
        assert not BoardDecision.objects.exists()
    page = operator.get("/cong/soyte/ban-bien-tap/", HTTP_HOST=CONSOLE_HOST)
    assert page.status_code == 200
    assert "12/QĐ-STTTT" not in page.text
    # Not on a portal's host at all.
    assert (
        client_class().get("/cong/soyte/ban-bien-tap/", HTTP_HOST=B_HOST).status_code
        == 404
    )


def test_an_operator_without_the_permission_is_refused(client, editor):
    viewer = console_client(client, "xem", permission="view_agency")
    response = viewer.post(
        "/cong/sotttt/ban-bien-tap/", decision(), HTTP_HOST=CONSOLE_HOST
    )
    assert response.status_code == 403
    assert HEAD not in groups_of("sotttt", "bientap")
