"""Lockouts behind the reverse proxy: the pair (account, client address), a higher
per-account limit, no address-only lockout, forwarded headers believed only from
trusted proxies (aggov.client_ip)."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import override_settings

from editorial import roles
from tests.portals import A_HOST, inside

pytestmark = pytest.mark.django_db

PASSWORD = "Song-Hau-Xanh-2026"
PROXY = "10.0.0.1"
STRANGER = "203.0.113.7"  # X
HEAD_ADDRESS = "198.51.100.9"  # Y

behind_proxy = override_settings(TRUSTED_PROXIES=[PROXY])


@pytest.fixture
def head():
    with inside("sotttt"):
        user = get_user_model().objects.create_user(
            "truongban",
            password=PASSWORD,
            decision_number="21/QĐ-STTTT",
            full_name="Võ Minh Tâm",
        )
        user.groups.add(roles.group(roles.HEAD))
        return user


def sign_in(client, username, password, remote=PROXY, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        HTTP_HOST=A_HOST,
        **extra,
    )


@behind_proxy
def test_a_stranger_does_not_lock_the_head_out(client, client_class, head, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "truongban", "doan-sai", forwarded=STRANGER)
        expected = 429 if n == settings.AXES_FAILURE_LIMIT - 1 else 200
        assert response.status_code == expected
    # The stranger is locked out, even with the right password...
    assert sign_in(client, "truongban", PASSWORD, forwarded=STRANGER).status_code == 429
    # ...the head, through the same proxy from another address, is not.
    head_client = client_class()
    response = sign_in(head_client, "truongban", PASSWORD, forwarded=HEAD_ADDRESS)
    assert response.status_code == 302
    assert head_client.get("/admin/", HTTP_HOST=A_HOST).status_code == 200
    with inside("sotttt"):
        # axes recorded the client's address, not the proxy's.
        assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {
            STRANGER
        }


@behind_proxy
def test_the_owner_signing_in_does_not_reset_a_strangers_count(
    client, client_class, head, settings
):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "truongban", "doan-sai", forwarded=STRANGER)
    assert (
        sign_in(
            client_class(), "truongban", PASSWORD, forwarded=HEAD_ADDRESS
        ).status_code
        == 302
    )
    # One more guess from X reaches X's limit: the head's sign-in did not clear it.
    assert (
        sign_in(client, "truongban", "doan-sai", forwarded=STRANGER).status_code == 429
    )


@behind_proxy
def test_no_address_wide_lockout_behind_the_proxy(client, head, settings):
    """Wrong passwords for many accounts from one office's address lock no one else."""
    for n in range(settings.AXES_FAILURE_LIMIT + 2):
        assert (
            sign_in(client, f"nguoi{n}", "doan-sai", forwarded=STRANGER).status_code
            == 200
        )
    response = sign_in(client, "truongban", PASSWORD, forwarded=STRANGER)
    assert response.status_code == 302


@behind_proxy
def test_the_account_is_locked_after_its_own_higher_limit(client_class, head, settings):
    per_address = settings.AXES_FAILURE_LIMIT
    addresses = settings.AXES_ACCOUNT_FAILURE_LIMIT // per_address
    for a in range(addresses):
        guesser = client_class()
        for _ in range(per_address):
            sign_in(guesser, "truongban", "doan-sai", forwarded=f"203.0.113.{a + 20}")
    response = sign_in(client_class(), "truongban", PASSWORD, forwarded=HEAD_ADDRESS)
    assert response.status_code == 429
    assert "Tạm khoá đăng nhập" in response.text


@behind_proxy
def test_one_address_cannot_spend_the_accounts_allowance(
    client, client_class, head, settings
):
    """Failures while the pair is locked are not counted: one stranger alone never
    reaches the per-account limit."""
    for _ in range(settings.AXES_ACCOUNT_FAILURE_LIMIT + 5):
        sign_in(client, "truongban", "doan-sai", forwarded=STRANGER)
    response = sign_in(client_class(), "truongban", PASSWORD, forwarded=HEAD_ADDRESS)
    assert response.status_code == 302


@behind_proxy
def test_a_spoofed_forwarded_for_from_an_untrusted_sender_changes_nothing(
    client, client_class, head, settings
):
    untrusted = "192.0.2.50"
    # Claiming a new address on every guess does not escape the lockout...
    for n in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(
            client,
            "truongban",
            "doan-sai",
            remote=untrusted,
            forwarded=f"198.51.100.{n + 100}",
        )
    assert response.status_code == 429
    assert (
        sign_in(
            client, "truongban", PASSWORD, remote=untrusted, forwarded="1.2.3.4"
        ).status_code
        == 429
    )
    # ...and claiming the head's address does not lock the head.
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(
            client_class(),
            "truongban",
            "doan-sai",
            remote="192.0.2.51",
            forwarded=HEAD_ADDRESS,
        )
    response = sign_in(client_class(), "truongban", PASSWORD, forwarded=HEAD_ADDRESS)
    assert response.status_code == 302
    with inside("sotttt"):
        recorded = set(AccessAttempt.objects.values_list("ip_address", flat=True))
    assert recorded == {untrusted, "192.0.2.51"}
