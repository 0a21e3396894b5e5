"""The postal delivery requests' retention job, on the questions' rules
(qa.tasks): QA_RETENTION_DAYS after a request is closed (delivered or
cancelled), the recipient's name, address and phone are erased; the request,
its dates and its status stay for the statistics."""

import logging

from celery import shared_task
from django.db import transaction
from django_tenants.utils import tenant_context

logger = logging.getLogger("aggov.services")


@shared_task
def erase_expired_postal_data() -> int:
    """In one schema."""
    from .models import PostalRequest

    count = 0
    for postal in PostalRequest.expired():
        postal.erase_personal_data()
        count += 1
    return count


@shared_task
def erase_expired_postal_everywhere() -> int:
    from tenants.models import Agency

    sent = 0
    for agency in Agency.objects.portals():
        try:
            # Its own savepoint: a failing schema rolls back only its work.
            with transaction.atomic(), tenant_context(agency):
                erase_expired_postal_data.delay()
        except Exception:  # noqa: BLE001 - one portal must not stop the others
            logger.exception("Postal retention failed in %s", agency.schema_name)
        else:
            sent += 1
    return sent
