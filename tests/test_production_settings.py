"""Production settings pass Django's deployment checks and read SMTP from the env.

Run in a subprocess under ``aggov.settings.production`` with test values for
what production.py refuses to start without; ``check`` does not connect to the
database, so DATABASE_URL may point nowhere.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def production(*args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("EMAIL_", "SECURE_", "REDIS_URL"))
    }
    environ.update(
        DJANGO_SETTINGS_MODULE="aggov.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=".angiang.gov.vn",
        DATABASE_URL="postgres://nobody@127.0.0.1:9/nowhere",
        **env,
    )
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean():
    result = production("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def _settings(*names: str, **env: str) -> dict:
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}))"
    )
    result = production("shell", "-c", code, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_https_everywhere_with_hsts_on_subdomains():
    values = _settings(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_REFERRER_POLICY",
    )
    assert values == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_REFERRER_POLICY": "same-origin",
    }
    assert _settings("SECURE_HSTS_SECONDS", SECURE_HSTS_SECONDS="300") == {
        "SECURE_HSTS_SECONDS": 300
    }


def test_smtp_server_credentials_tls_and_timeout_come_from_the_environment():
    names = (
        "EMAIL_BACKEND",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_USE_TLS",
        "EMAIL_USE_SSL",
        "EMAIL_HOST_USER",
        "EMAIL_HOST_PASSWORD",
        "EMAIL_TIMEOUT",
    )
    assert _settings(
        *names,
        EMAIL_HOST="smtp.angiang.gov.vn",
        EMAIL_HOST_USER="cong@angiang.gov.vn",
        EMAIL_HOST_PASSWORD="thu-nghiem",  # noqa: S106 - a test value
        EMAIL_TIMEOUT="7",
    ) == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.angiang.gov.vn",
        "EMAIL_PORT": 587,
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
        "EMAIL_HOST_USER": "cong@angiang.gov.vn",
        "EMAIL_HOST_PASSWORD": "thu-nghiem",
        "EMAIL_TIMEOUT": 7,
    }
    implicit = _settings(
        "EMAIL_PORT",
        "EMAIL_USE_TLS",
        "EMAIL_USE_SSL",
        EMAIL_HOST="smtp.angiang.gov.vn",
        EMAIL_USE_SSL="1",
    )
    assert implicit == {
        "EMAIL_PORT": 465,
        "EMAIL_USE_TLS": False,
        "EMAIL_USE_SSL": True,
    }
    # A local relay: no TLS on port 25 unless asked; a timeout all the same.
    assert _settings("EMAIL_PORT", "EMAIL_USE_TLS", "EMAIL_TIMEOUT") == {
        "EMAIL_PORT": 25,
        "EMAIL_USE_TLS": False,
        "EMAIL_TIMEOUT": 10,
    }


def test_tls_and_ssl_together_refuse_to_start():
    result = production(
        "check", EMAIL_HOST="smtp.angiang.gov.vn", EMAIL_USE_TLS="1", EMAIL_USE_SSL="1"
    )
    assert result.returncode != 0
    assert "EMAIL_USE_TLS and EMAIL_USE_SSL" in result.stderr
