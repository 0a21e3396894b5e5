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


def delay_on_commit(task, *args, **kwargs):
    """Send ``task`` once the current transaction commits, in the current schema.

    Two traps in one place: a task sent inside a transaction can run before the
    commit and read old rows; and by commit time the connection may have moved
    to another schema (a ``tenant_context`` block closed first), so the schema
    is taken now and restored for the send. A failure to send is logged, never
    raised: the data it is about is already committed.
    """
    import logging

    from tenants.transactions import on_commit_here

    def send():
        try:
            task.delay(*args, **kwargs)
        except Exception:  # noqa: BLE001
            # Only without a broker (tasks run in process) does a task's own
            # failure reach here; with a worker, the task's retries handle it.
            logging.getLogger("aggov.tasks").exception(
                "Task %s%r not completed", task.name, args
            )

    on_commit_here(send)
