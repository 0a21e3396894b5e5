"""The Django project: settings, URL configurations, WSGI/ASGI and Celery wiring."""

from .celery import app as celery_app

__all__ = ["celery_app"]
