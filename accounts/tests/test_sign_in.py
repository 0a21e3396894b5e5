"""Accounts by decision, strong passwords, expiry, lockout, two-step sign-in (Art. 10)."""

import time
from datetime import timedelta

import pyotp
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import timezone

from editorial import roles
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db

PASSWORD = "Song-Hau-Xanh-2026"


def make(username="nhanvien", decision="21/QĐ-STTTT", role=roles.EDITOR):
    user = get_user_model().objects.create_user(
        username, password=PASSWORD, decision_number=decision, full_name="Võ Minh Tâm"
    )
    user.groups.add(roles.group(role))
    return user


def login(client, username, password=PASSWORD, host=A_HOST, **extra):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, **extra},
        HTTP_HOST=host,
        REMOTE_ADDR=extra.pop("ip", "10.1.1.1") if "ip" in extra else "10.1.1.1",
    )


class TestDecision:
    def test_an_account_without_a_decision_is_refused(self, client):
        with inside("sotttt"):
            make("khongqd", decision="")
        response = login(client, "khongqd")
        assert response.status_code == 200
        assert "chưa có quyết định phân công" in response.text
        assert client.get("/admin/", HTTP_HOST=A_HOST).status_code == 302

    def test_an_account_with_a_decision_signs_in(self, client):
        with inside("sotttt"):
            make()
        assert login(client, "nhanvien").status_code == 302
        assert client.get("/admin/", HTTP_HOST=A_HOST).status_code == 200


class TestSignInForm:
    def test_no_remember_me_and_no_saved_account_name(self, client):
        html = client.get("/admin/login/", HTTP_HOST=A_HOST).text
        assert 'name="remember"' not in html
        username_input = html[
            html.index('name="username"') - 200 : html.index('name="username"') + 200
        ]
        assert 'autocomplete="off"' in username_input

    def test_sessions_end_when_idle(self, client, settings):
        with inside("sotttt"):
            make()
        login(client, "nhanvien")
        client.get("/admin/", HTTP_HOST=A_HOST)
        with inside("sotttt"):
            from django.contrib.sessions.models import Session

            session = Session.objects.get()
            left = session.expire_date - timezone.now()
        assert settings.SESSION_SAVE_EVERY_REQUEST
        assert (
            timedelta(minutes=29)
            < left
            <= timedelta(minutes=settings.SESSION_IDLE_MINUTES)
        )
        with inside("sotttt"):
            Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
        assert client.get("/admin/", HTTP_HOST=A_HOST).status_code == 302


class TestPasswordRules:
    @pytest.mark.parametrize(
        ("password", "message"),
        [
            ("Ngan-2026", "cần ít nhất 12 ký tự"),
            ("songhauxanhmai", "ít nhất 3 trong 4 loại"),
            ("Password123", "quá phổ biến"),
            ("Vo-Minh-Tam-2026!", "họ tên"),
            ("nhanvien-X-2026!", "tên đăng nhập"),
        ],
    )
    def test_weak_passwords_are_refused_in_vietnamese(self, password, message):
        with inside("sotttt"):
            user = make()
            with pytest.raises(ValidationError) as error:
                validate_password(password, user)
        assert message in " ".join(error.value.messages)

    def test_the_last_five_passwords_cannot_be_reused(self):
        with inside("sotttt"):
            user = make()
            for n in range(1, 6):
                user.set_password(f"Mat-Khau-Moi-{n}-AG")
                user.save()
            for old in ("Mat-Khau-Moi-5-AG", "Mat-Khau-Moi-2-AG"):
                with pytest.raises(ValidationError, match="trùng 5 mật khẩu gần nhất"):
                    validate_password(old, user)
            validate_password(PASSWORD, user)  # the sixth back is allowed again
            assert user.password_history.count() == 5

    def test_an_expired_password_forces_a_change(self, client, settings):
        with inside("sotttt"):
            user = make()
            get_user_model().objects.filter(pk=user.pk).update(
                password_changed_at=timezone.now()
                - timedelta(days=settings.PASSWORD_MAX_AGE_DAYS)
            )
        login(client, "nhanvien")
        response = client.get("/admin/pages/", HTTP_HOST=A_HOST)
        assert response.status_code == 302
        assert response["Location"] == "/admin/doi-mat-khau/"
        page = client.get("/admin/doi-mat-khau/", HTTP_HOST=A_HOST)
        assert "Mật khẩu của bạn đã hết hạn" in page.text
        weak = client.post(
            "/admin/doi-mat-khau/",
            {"old_password": PASSWORD, "new_password1": "abc", "new_password2": "abc"},
            HTTP_HOST=A_HOST,
        )
        assert "cần ít nhất 12 ký tự" in weak.text
        done = client.post(
            "/admin/doi-mat-khau/",
            {
                "old_password": PASSWORD,
                "new_password1": "Tra-Su-Rung-Xanh-27",
                "new_password2": "Tra-Su-Rung-Xanh-27",
            },
            HTTP_HOST=A_HOST,
        )
        assert done.status_code == 302
        assert client.get("/admin/", HTTP_HOST=A_HOST).status_code == 200


class TestLockout:
    def test_an_account_is_locked_after_the_set_number_of_failures(
        self, client, settings
    ):
        with inside("sotttt"):
            make()
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            assert login(client, "nhanvien", "sai-mat-khau").status_code == 200
        locked = login(client, "nhanvien", "sai-mat-khau")
        assert locked.status_code == 429
        assert "Tạm khoá đăng nhập" in locked.text
        # Even the right password is refused now from that address; the owner
        # elsewhere is not locked out by someone else's guesses (test_lockout).
        assert login(client, "nhanvien").status_code == 429
        assert login(client.__class__(), "nhanvien", ip="10.9.9.9").status_code == 302

    def test_an_address_is_not_locked_across_accounts(self, client, settings):
        """Behind a proxy or NAT one address is a whole office: no address-wide
        lockout."""
        with inside("sotttt"):
            make()
        for n in range(settings.AXES_FAILURE_LIMIT):
            response = login(client, f"doan{n}", "sai-mat-khau", ip="10.2.2.2")
        assert response.status_code == 200
        assert login(client, "nhanvien", ip="10.2.2.2").status_code == 302

    def test_lockout_is_per_portal(self, client, settings):
        with inside("sotttt"):
            make()
        with inside("soyte"):
            make()
        for _ in range(settings.AXES_FAILURE_LIMIT):
            login(client, "nhanvien", "sai-mat-khau", host=A_HOST)
        assert login(client, "nhanvien", host=A_HOST).status_code == 429
        # The same name on another portal is another account, not locked.
        assert login(client, "nhanvien", host=B_HOST, ip="10.3.3.3").status_code == 302


class TestTwoStep:
    def test_a_board_head_turns_it_on_and_then_needs_the_code(self, client):
        with inside("sotttt"):
            make("truongban", role=roles.HEAD)
        login(client, "truongban")
        page = client.get("/admin/xac-thuc-hai-buoc/", HTTP_HOST=A_HOST)
        assert page.status_code == 200 and "<svg" in page.text
        secret = client.session["totp_pending"]
        wrong = client.post(
            "/admin/xac-thuc-hai-buoc/", {"code": "000000"}, HTTP_HOST=A_HOST
        )
        assert "Mã không đúng" in wrong.text
        client.post(
            "/admin/xac-thuc-hai-buoc/",
            {"code": pyotp.TOTP(secret).now()},
            HTTP_HOST=A_HOST,
        )
        with inside("sotttt"):
            assert get_user_model().objects.get(username="truongban").totp_enabled

        other = client.__class__()
        without = login(other, "truongban")
        assert without.status_code == 200 and "cần mã xác thực hai bước" in without.text
        bad = login(other, "truongban", otp_code="123456")
        assert "không đúng hoặc đã hết hạn" in bad.text
        # The code used to turn it on is spent; the next one signs in.
        code = pyotp.TOTP(secret).at(time.time() + 30)
        good = login(other, "truongban", otp_code=code)
        assert good.status_code == 302
