"""Production: every secret and address from the environment, nothing defaulted."""

import os

from django.core.exceptions import ImproperlyConfigured

for _name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"):
    if not os.environ.get(_name):
        raise ImproperlyConfigured(f"{_name} must be set in production.")

from .base import *  # noqa: E402,F403

DEBUG = False

# --- HTTPS only (`manage.py check --deploy` is clean; tests/test_deploy.py) --
# The reverse proxy terminates TLS and says so in X-Forwarded-Proto; every
# plain-HTTP request is redirected, nothing exempted (health checks included:
# probe over HTTPS or follow the redirect).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
# HSTS: a year unless SECURE_HSTS_SECONDS says otherwise (set it low, e.g. 300,
# for the first deployment on a new domain, then raise it). Subdomains are
# included: every <label>.angiang.gov.vn is one of these portals or the
# console, all served over HTTPS by the same proxy.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# The header's `preload` flag only makes the domain eligible for the browsers'
# preload list; submitting it (hstspreload.org) stays the DIC's decision.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True

# SMTP: host, port, TLS, credentials and timeout are read in base.py.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
# Operators sign in to the console with two-step sign-in (Art. 10; issue 10).
CONSOLE_REQUIRE_2FA = env_bool("CONSOLE_REQUIRE_2FA", True)  # noqa: F405
