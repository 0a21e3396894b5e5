"""Development: `make run` on a laptop, portals on *.angiang.localhost:8000."""

import os

os.environ.setdefault("PORTAL_BASE_DOMAIN", "angiang.localhost")
os.environ.setdefault("PORTAL_CONSOLE_DOMAIN", "localhost")
os.environ.setdefault("PORTAL_URL_SCHEME", "http")
os.environ.setdefault("PORTAL_PORT", "8000")

from .base import *  # noqa: E402,F403
from .base import PORTAL_BASE_DOMAIN  # noqa: E402

DEBUG = True
# A fixed development key; production.py refuses to start without SECRET_KEY.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-not-for-production"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or [  # noqa: F405
    "localhost",
    "127.0.0.1",
    PORTAL_BASE_DOMAIN,
    f".{PORTAL_BASE_DOMAIN}",
]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
