"""The client's address behind trusted proxies, and with spoofed headers."""

import pytest
from django.test import RequestFactory, override_settings

from aggov.client_ip import client_ip

factory = RequestFactory()


def address(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(factory.get("/", **extra))


def test_without_trusted_proxies_the_header_is_ignored():
    assert address("203.0.113.7", "198.51.100.1") == "203.0.113.7"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/24"])
def test_behind_a_trusted_proxy_the_forwarded_client_is_used():
    assert address("10.0.0.5", "198.51.100.1") == "198.51.100.1"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/24"])
def test_a_spoofed_header_left_of_the_proxys_entry_is_not_believed():
    # The client wrote 1.2.3.4 itself; the proxy appended the real address.
    assert address("10.0.0.5", "1.2.3.4, 198.51.100.1") == "198.51.100.1"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/24"])
def test_a_header_from_an_untrusted_sender_is_not_believed():
    assert address("198.51.100.9", "1.2.3.4") == "198.51.100.9"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/24", "172.16.0.1"])
def test_a_chain_of_trusted_proxies_is_walked_from_the_right():
    assert address("10.0.0.5", "198.51.100.1, 172.16.0.1") == "198.51.100.1"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/24"])
@pytest.mark.parametrize(
    "forwarded, expected",
    [
        ("not-an-ip", "10.0.0.5"),
        ("1.2.3.4, garbage", "10.0.0.5"),
        ("", "10.0.0.5"),
        ("198.51.100.1:51234", "198.51.100.1"),
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("\x00", "10.0.0.5"),
    ],
)
def test_odd_headers_never_raise(forwarded, expected):
    assert address("10.0.0.5", forwarded) == expected


def test_a_bad_trusted_proxies_setting_is_refused_at_start():
    import subprocess
    import sys

    from django.conf import settings

    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={
            "DJANGO_SETTINGS_MODULE": "aggov.settings.test",
            "TRUSTED_PROXIES": "10.0.0.0/24,proxy.internal",
            "PATH": "/usr/bin:/bin",
            "DATABASE_URL": "postgresql://nobody@localhost/none",
        },
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "TRUSTED_PROXIES" in result.stderr
