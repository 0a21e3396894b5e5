"""WSGI entry point (gunicorn aggov.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aggov.settings.production")

application = get_wsgi_application()
