"""The Celery app: tenant-aware, so a task runs in the schema it was sent from.

A plain ``Celery`` app would run every task in the public schema (where no
Wagtail table exists). tenant-schemas-celery's ``CeleryApp`` puts the sender's
schema in the task's headers and switches to it before the task runs.

With ``REDIS_URL`` set, tasks go to Redis and run in ``celery -A aggov worker``;
without it they run in process, at once (``make run`` needs no broker).

Work that must not be lost (emails, routing a question, erasures, later the
search index) is not sent from here: it is an outbox row written in the
transaction of the change (``outbox.service.enqueue``), which survives a broker
that is down.
"""

import os

from tenant_schemas_celery.app import CeleryApp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aggov.settings.dev")

app = CeleryApp("aggov")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def delay_on_commit(task, *args, **kwargs):
    """Send ``task`` once the current transaction commits, in the current schema,
    for work that is SAFE TO LOSE (a health check, a cache warm-up): if the
    broker is down the task is logged and dropped. Anything that must happen
    goes through the outbox (``outbox.service.enqueue``) instead.

    Two traps in one place: a task sent inside a transaction can run before the
    commit and read old rows; and by commit time the connection may have moved
    to another schema (a ``tenant_context`` block closed first), so the schema
    is taken now and restored for the send.
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
                "Task %s%r not sent or not completed (dropped)", task.name, args
            )

    on_commit_here(send)
