"""Write side effects with the change, deliver them after the commit.

``enqueue`` stores a ``Delivery`` in the current schema, inside the caller's
transaction, and asks for a delivery once that transaction commits (a Celery
task sent in the same schema; in process when tasks run eagerly, as in
``make run`` and the tests). If the broker cannot be reached the row simply
waits: ``drain_everywhere`` (Celery beat, every minute, or ``manage.py
drain_outbox``) delivers every due row of every portal, one portal's failure
not stopping the others.

Delivery is at least once: the row is locked (``SELECT … FOR UPDATE SKIP
LOCKED``), the handler runs and the row is marked done in one transaction, so
two workers never deliver it at the same time and a delivered row is never
delivered again. Only a crash after an SMTP server accepted a message and
before the commit sends that email twice; a lost email would be worse.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import get_public_schema_name

from tenants.transactions import on_commit_here

from . import registry
from .models import Delivery, Receipt

logger = logging.getLogger("aggov.outbox")

#: First retry after this many seconds, doubling each time, at most MAX_DELAY.
BASE_DELAY = 30
MAX_DELAY = 6 * 3600
#: After this many failed attempts a row is ``failed``: only an operator's
#: retry (console) sends it again.
MAX_ATTEMPTS = 10
#: Rows one drain delivers per schema (the next drain takes the rest).
DRAIN_BATCH = 200


def backoff(attempts: int) -> timedelta:
    """Wait before the next attempt, after ``attempts`` failed ones."""
    return timedelta(seconds=min(BASE_DELAY * 2 ** max(attempts - 1, 0), MAX_DELAY))


def enqueue(kind: str, payload: dict, *, kick: bool = True) -> Delivery:
    """Store a side effect in the current schema's outbox, in the open transaction.

    ``kick``: ask for a delivery after the commit (else the caller delivers it,
    or the drain does).
    """
    registry.get(kind)  # an unknown kind is a programming error: fail now
    if connection.schema_name == get_public_schema_name():
        raise RuntimeError("The outbox lives in agency schemas, not in public")
    delivery = Delivery.objects.create(kind=kind, payload=payload)
    if kick:
        kick_after_commit(delivery.pk)
    return delivery


def kick_after_commit(delivery_id: int) -> None:
    """After the commit, send the delivery task in this schema; never raise."""

    def send():
        from .tasks import deliver_task

        try:
            # retry=False: with the broker down, fail at once; the row waits.
            deliver_task.apply_async(args=[delivery_id], retry=False)
        except Exception as error:  # noqa: BLE001 - the row is stored: it waits
            logger.warning(
                "Outbox %s #%s not sent to the broker (%s); the drain delivers it",
                connection.schema_name,
                delivery_id,
                error,
            )

    on_commit_here(send)


def deliver(delivery_id: int) -> str | None:
    """Deliver one row of the current schema if it is due; its new status.

    None when there was nothing to do: already delivered, not due yet, or being
    delivered by another worker right now.
    """
    now = timezone.now()
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(pk=delivery_id, status=Delivery.PENDING, next_attempt_at__lte=now)
            .first()
        )
        if delivery is None:
            return None
        delivery.attempts += 1
        try:
            with transaction.atomic():
                registry.get(delivery.kind).func(delivery)
        except Exception as error:  # noqa: BLE001 - recorded, retried
            delivery.last_error = f"{type(error).__name__}: {error}"[:2000]
            delivery.next_attempt_at = timezone.now() + backoff(delivery.attempts)
            if delivery.attempts >= MAX_ATTEMPTS:
                delivery.status = Delivery.FAILED
            logger.warning(
                "Outbox %s #%s (%s) attempt %s failed: %s",
                connection.schema_name,
                delivery.pk,
                delivery.kind,
                delivery.attempts,
                delivery.last_error,
            )
        else:
            delivery.status = Delivery.DONE
            delivery.delivered_at = timezone.now()
            delivery.last_error = ""
        delivery.save()
    return delivery.status


def due_ids(limit: int = DRAIN_BATCH) -> list[int]:
    with transaction.atomic():
        return list(
            Delivery.objects.filter(
                status=Delivery.PENDING, next_attempt_at__lte=timezone.now()
            )
            .order_by("pk")
            .values_list("pk", flat=True)[:limit]
        )


def drain_here(limit: int = DRAIN_BATCH) -> int:
    """Deliver the due rows of the current schema; how many were delivered."""
    return sum(deliver(pk) == Delivery.DONE for pk in due_ids(limit))


def drain_everywhere() -> dict:
    """Every portal's due rows, each portal on its own: a broken schema is
    reported (``broken``, and logged) and the others are still drained."""
    from django_tenants.utils import tenant_context

    from tenants.models import Agency

    delivered, broken = {}, {}
    for agency in Agency.objects.portals().order_by("schema_name"):
        try:
            with tenant_context(agency):
                delivered[agency.schema_name] = drain_here()
        except Exception as error:  # noqa: BLE001 - one portal never stops the rest
            broken[agency.schema_name] = f"{type(error).__name__}: {error}"
            logger.exception("Outbox of %s could not be drained", agency.schema_name)
    return {"delivered": delivered, "broken": broken}


def retry(queryset) -> int:
    """Make rows due now (an operator's retry) and kick their delivery."""
    ids = list(queryset.exclude(status=Delivery.DONE).values_list("pk", flat=True))
    Delivery.objects.filter(pk__in=ids).update(
        status=Delivery.PENDING, next_attempt_at=timezone.now()
    )
    for pk in ids:
        kick_after_commit(pk)
    return len(ids)


def current_source(delivery: Delivery) -> tuple[str, int]:
    """The identity of a row being delivered: (its schema, its id)."""
    return connection.schema_name, delivery.pk


def first_time(source: tuple[str, int], kind: str) -> bool:
    """In the receiving schema, inside the handler's transaction: True the first
    time the row ``source`` is handled here, False on every later delivery."""
    schema, pk = source
    _receipt, created = Receipt.objects.get_or_create(
        source_schema=schema, source_id=pk, defaults={"kind": kind}
    )
    return created
