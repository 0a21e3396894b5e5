"""The Celery app: tenant-aware, so a task runs in the schema it was sent from.

A plain ``Celery`` app would run every task in the public schema (where no
Wagtail table exists). tenant-schemas-celery's ``CeleryApp`` puts the sender's
schema in the task's headers and switches to it before the task runs.

With ``REDIS_URL`` set, tasks go to Redis and run in ``celery -A aggov worker``;
without it they run in process, at once (``make run`` needs no broker).
"""

import os

from tenant_schemas_celery.app import CeleryApp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aggov.settings.dev")

app = CeleryApp("aggov")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
