"""Celery entry points of the outbox (each in the schema it was sent from)."""

from celery import shared_task

from . import service


@shared_task(name="outbox.tasks.deliver")
def deliver_task(delivery_id: int):
    """Sent after the commit that wrote the row (tenant-aware: the row's schema)."""
    return service.deliver(delivery_id)


@shared_task(name="outbox.tasks.drain_everywhere")
def drain_everywhere() -> dict:
    """Beat, every minute, in public: deliver every portal's due rows."""
    return service.drain_everywhere()
