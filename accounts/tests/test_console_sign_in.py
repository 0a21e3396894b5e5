"""The operator console's sign-in under the rules of Art. 10, like the portals':
lockout, password expiry and change, two-step sign-in (required for operators
when CONSOLE_REQUIRE_2FA is on)."""

import time
from datetime import timedelta

import pyotp
import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from tests.portals import CONSOLE_HOST

pytestmark = pytest.mark.django_db

PASSWORD = "Dieu-Hanh-Tinh-2026"


@pytest.fixture
def operator():
    user = get_user_model().objects.create_user(
        "dieuhanh", password=PASSWORD, is_staff=True, full_name="Lê Thị Thu"
    )
    user.user_permissions.add(Permission.objects.get(codename="view_agency"))
    return user


def sign_in(client, password=PASSWORD, code="", ip="10.5.5.5"):
    return client.post(
        "/dang-nhap/",
        {"username": "dieuhanh", "password": password, "otp_code": code},
        HTTP_HOST=CONSOLE_HOST,
        REMOTE_ADDR=ip,
    )


def home(client):
    return client.get("/", HTTP_HOST=CONSOLE_HOST)


class TestLockout:
    def test_wrong_passwords_lock_the_pair_not_the_operator(
        self, client, client_class, operator, settings
    ):
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            assert sign_in(client, "sai-mat-khau").status_code == 200
        locked = sign_in(client, "sai-mat-khau")
        assert locked.status_code == 429
        assert "Tạm khoá đăng nhập" in locked.text
        assert sign_in(client).status_code == 429
        assert AccessAttempt.objects.filter(username="dieuhanh").exists()
        # The operator at their own desk still signs in.
        other = client_class()
        assert sign_in(other, ip="10.6.6.6").status_code == 302
        assert home(other).status_code == 200


class TestPasswordExpiry:
    def test_an_expired_password_is_changed_before_anything_else(
        self, client, operator, settings
    ):
        get_user_model().objects.filter(pk=operator.pk).update(
            password_changed_at=timezone.now()
            - timedelta(days=settings.PASSWORD_MAX_AGE_DAYS)
        )
        assert sign_in(client).status_code == 302
        response = home(client)
        assert response.status_code == 302
        assert response["Location"] == "/doi-mat-khau/"
        page = client.get("/doi-mat-khau/", HTTP_HOST=CONSOLE_HOST)
        assert page.status_code == 200
        assert "Mật khẩu của bạn đã hết hạn" in page.text
        weak = client.post(
            "/doi-mat-khau/",
            {"old_password": PASSWORD, "new_password1": "abc", "new_password2": "abc"},
            HTTP_HOST=CONSOLE_HOST,
        )
        assert weak.status_code == 200 and "cần ít nhất 12 ký tự" in weak.text
        new = "Cau-Vong-Chau-Doc-27"
        done = client.post(
            "/doi-mat-khau/",
            {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
            HTTP_HOST=CONSOLE_HOST,
        )
        assert done.status_code == 302
        assert home(client).status_code == 200
        operator.refresh_from_db()
        assert operator.check_password(new) and not operator.password_expired

    def test_the_password_page_needs_a_sign_in(self, client):
        response = client.get("/doi-mat-khau/", HTTP_HOST=CONSOLE_HOST)
        assert response.status_code == 302
        assert response["Location"].startswith("/dang-nhap/")


class TestTwoStep:
    def test_required_an_operator_enrols_before_anything_else(
        self, client, client_class, operator, settings
    ):
        settings.CONSOLE_REQUIRE_2FA = True
        assert sign_in(client).status_code == 302
        for path in ("/", "/tai-khoan/", "/cong-moi/"):
            response = client.get(path, HTTP_HOST=CONSOLE_HOST)
            assert response.status_code == 302, path
            assert response["Location"] == "/xac-thuc-hai-buoc/"
        page = client.get("/xac-thuc-hai-buoc/", HTTP_HOST=CONSOLE_HOST)
        assert page.status_code == 200 and "<svg" in page.text
        assert "phải bật xác thực hai bước" in page.text
        secret = client.session["totp_pending"]
        wrong = client.post(
            "/xac-thuc-hai-buoc/", {"code": "12345x"}, HTTP_HOST=CONSOLE_HOST
        )
        assert wrong.status_code == 200 and "Mã không đúng" in wrong.text
        enrolled = client.post(
            "/xac-thuc-hai-buoc/",
            {"code": pyotp.TOTP(secret).now()},
            HTTP_HOST=CONSOLE_HOST,
        )
        assert enrolled.status_code == 302
        assert home(client).status_code == 200
        # Required: it cannot be turned off.
        code = pyotp.TOTP(secret).at(time.time() + 30)
        client.post("/xac-thuc-hai-buoc/", {"code": code}, HTTP_HOST=CONSOLE_HOST)
        operator.refresh_from_db()
        assert operator.totp_enabled

        # The next sign-in needs a code, used once.
        other = client_class()
        without = sign_in(other)
        assert without.status_code == 200
        assert "cần mã xác thực hai bước" in without.text
        assert sign_in(other, code=code).status_code == 302
        assert home(other).status_code == 200
        replay = sign_in(client_class(), code=code, ip="10.8.8.8")
        assert replay.status_code == 200
        assert "không đúng hoặc đã hết hạn" in replay.text

    def test_wrong_codes_count_towards_the_lockout(self, client, operator, settings):
        secret = pyotp.random_base32()
        get_user_model().objects.filter(pk=operator.pk).update(
            totp_secret=secret, totp_enabled=True
        )
        wrong = "000000" if pyotp.TOTP(secret).now() != "000000" else "111111"
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            assert sign_in(client, code=wrong).status_code == 200
        assert sign_in(client, code=wrong).status_code == 429
        assert sign_in(client, code=pyotp.TOTP(secret).now()).status_code == 429
        assert home(client).status_code == 302

    def test_not_required_by_default_in_tests(self, client, operator, settings):
        assert settings.CONSOLE_REQUIRE_2FA is False
        assert sign_in(client).status_code == 302
        assert home(client).status_code == 200


def test_production_requires_it_by_default():
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": "postgres://u:p@127.0.0.1:1/db",
        "DJANGO_SETTINGS_MODULE": "aggov.settings.production",
    }
    env.pop("CONSOLE_REQUIRE_2FA", None)
    code = "from django.conf import settings; print(settings.CONSOLE_REQUIRE_2FA)"
    out = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "True"
