"""The technical administrator makes, rotates and revokes the one-stop-shop's
tokens in the admin (Dịch vụ công → Khóa kết nối); other roles and other
portals' administrators cannot (issue 12, point 4)."""

import re

import pytest

from editorial import roles
from services.models import ApiToken
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in

from .dossier_helpers import payload, procedure, push

pytestmark = pytest.mark.django_db

TOKENS = "/admin/dich-vu-cong/khoa-ket-noi/"
SHOWN = re.compile(r'<input id="khoa" type="text" readonly value="([^"]+)"')


@pytest.fixture
def tech():
    from django.test import Client

    make_staff("sotttt", "kythuat", roles.TECH_ADMIN, "Lâm Quốc Bảo")
    return signed_in(Client, A_HOST, "kythuat")


def create(tech_client, name="Một cửa tỉnh") -> str:
    response = tech_client.post(TOKENS, {"name": name}, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    found = SHOWN.search(response.content.decode())
    assert found, "the new token is shown"
    return found.group(1)


def test_the_tech_admin_creates_a_token_shown_once_and_it_works(client, tech):
    procedure("sotttt")
    secret = create(tech)
    listing = tech.get(TOKENS, HTTP_HOST=A_HOST)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Một cửa tỉnh" in html and secret[:8] in html
    assert secret not in html  # never shown again
    with inside("sotttt"):
        stored = ApiToken.objects.get()
    assert stored.created_by.username == "kythuat"
    assert push(client, A_HOST, secret, payload()).status_code == 201


def test_the_menu_offers_the_tokens_to_the_tech_admin(tech):
    html = tech.get("/admin/", HTTP_HOST=A_HOST).content.decode()
    assert "/admin/dich-vu-cong/khoa-ket-noi/" in html


def test_rotation_gives_a_new_token_and_the_old_one_stops(client, tech):
    procedure("sotttt")
    old = create(tech)
    with inside("sotttt"):
        row = ApiToken.objects.get()
    response = tech.post(f"{TOKENS}{row.pk}/xoay/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    new = SHOWN.search(response.content.decode()).group(1)
    assert new != old
    assert push(client, A_HOST, old, payload()).status_code == 401
    assert push(client, A_HOST, new, payload()).status_code == 201
    with inside("sotttt"):
        row.refresh_from_db()
        assert row.revoked_at is not None and row.replaced_by.name == "Một cửa tỉnh"


def test_revocation_stops_the_token(client, tech):
    procedure("sotttt")
    secret = create(tech)
    with inside("sotttt"):
        row = ApiToken.objects.get()
    response = tech.post(f"{TOKENS}{row.pk}/thu-hoi/", HTTP_HOST=A_HOST)
    assert response.status_code == 302
    assert push(client, A_HOST, secret, payload()).status_code == 401
    html = tech.get(TOKENS, HTTP_HOST=A_HOST).content.decode()
    assert "Đã thu hồi" in html


def test_a_token_needs_a_name(tech):
    response = tech.post(TOKENS, {"name": ""}, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "Xin đặt tên cho khóa." in response.content.decode()
    with inside("sotttt"):
        assert not ApiToken.objects.exists()


@pytest.mark.parametrize("role", [roles.HEAD, roles.MEMBER, roles.EDITOR])
def test_other_roles_are_refused(role):
    from django.test import Client

    make_staff("sotttt", "khac", role, "Người khác")
    other = signed_in(Client, A_HOST, "khac")
    with inside("sotttt"):
        row, _secret = ApiToken.issue("Một cửa tỉnh")
    assert other.get(TOKENS, HTTP_HOST=A_HOST).status_code in (302, 403)
    assert other.post(TOKENS, {"name": "x"}, HTTP_HOST=A_HOST).status_code in (
        302,
        403,
    )
    for action in ("xoay", "thu-hoi"):
        response = other.post(f"{TOKENS}{row.pk}/{action}/", HTTP_HOST=A_HOST)
        assert response.status_code in (302, 403)
    with inside("sotttt"):
        assert ApiToken.objects.get().revoked_at is None
        assert ApiToken.objects.count() == 1
    menu = other.get("/admin/", HTTP_HOST=A_HOST).content.decode()
    assert "/admin/dich-vu-cong/khoa-ket-noi/" not in menu


def test_another_portals_tech_admin_sees_and_touches_nothing_here(tech):
    from django.test import Client

    create(tech)
    with inside("sotttt"):
        row = ApiToken.objects.get()
    make_staff("soyte", "kythuat_b", roles.TECH_ADMIN, "Kỹ thuật B")
    other = signed_in(Client, B_HOST, "kythuat_b")
    listing = other.get(TOKENS, HTTP_HOST=B_HOST)
    assert listing.status_code == 200
    assert "Một cửa tỉnh" not in listing.content.decode()
    assert other.post(f"{TOKENS}{row.pk}/thu-hoi/", HTTP_HOST=B_HOST).status_code == 404
    # A's session does not open B's admin either.
    assert tech.get(TOKENS, HTTP_HOST=B_HOST).status_code in (302, 403)
    with inside("sotttt"):
        assert ApiToken.objects.get().revoked_at is None
