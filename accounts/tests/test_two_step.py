"""Two-step sign-in on a portal's admin: wrong codes count towards the lockout,
and a code signs in once."""

import time

import pyotp
import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model

from editorial import roles
from tests.portals import A_HOST, inside

pytestmark = pytest.mark.django_db

PASSWORD = "Song-Hau-Xanh-2026"
SECRET = pyotp.random_base32()


@pytest.fixture
def head():
    with inside("sotttt"):
        user = get_user_model().objects.create_user(
            "truongban",
            password=PASSWORD,
            decision_number="21/QĐ-STTTT",
            full_name="Võ Minh Tâm",
            totp_secret=SECRET,
            totp_enabled=True,
        )
        user.groups.add(roles.group(roles.HEAD))
        return user


def sign_in(client, code, password=PASSWORD, ip="10.1.1.1"):
    return client.post(
        "/admin/login/",
        {"username": "truongban", "password": password, "otp_code": code},
        HTTP_HOST=A_HOST,
        REMOTE_ADDR=ip,
    )


def wrong_code():
    now = pyotp.TOTP(SECRET).now()
    return "000000" if now != "000000" else "111111"


def test_wrong_codes_count_towards_the_lockout(client, head, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, wrong_code())
        assert response.status_code == 200
        assert "không đúng hoặc đã hết hạn" in response.text
    with inside("sotttt"):
        attempt = AccessAttempt.objects.get(username="truongban")
        assert attempt.failures_since_start == settings.AXES_FAILURE_LIMIT - 1
    assert sign_in(client, wrong_code()).status_code == 429
    # Locked: the right password and the right code are refused now.
    assert sign_in(client, pyotp.TOTP(SECRET).now()).status_code == 429
    assert client.get("/admin/", HTTP_HOST=A_HOST).status_code == 302


def test_a_missing_code_is_only_asked_for(client, head, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        response = sign_in(client, "")
        assert response.status_code == 200
        assert "cần mã xác thực hai bước" in response.text
    assert sign_in(client, pyotp.TOTP(SECRET).now()).status_code == 302


def test_a_code_signs_in_once(client, client_class, head):
    code = pyotp.TOTP(SECRET).now()
    assert sign_in(client, code).status_code == 302
    assert client.get("/admin/", HTTP_HOST=A_HOST).status_code == 200

    replay = sign_in(client_class(), code, ip="10.7.7.7")
    assert replay.status_code == 200
    assert "không đúng hoặc đã hết hạn" in replay.text
    # An earlier code of the window is refused too once a later one was used.
    later = client_class()
    assert sign_in(later, pyotp.TOTP(SECRET).at(time.time() + 30)).status_code == 302
    earlier = sign_in(client_class(), pyotp.TOTP(SECRET).at(time.time() - 30))
    assert earlier.status_code == 200
    with inside("sotttt"):
        step = get_user_model().objects.get(username="truongban").totp_last_step
    assert step == int(time.time() // 30) + 1
