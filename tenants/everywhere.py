"""One job in every portal's schema, each portal on its own.

The beat's jobs (scheduled publishing, retention, usage flushes) run once in
public and must reach every portal; one broken schema must not stop the
others. ``in_every_portal`` is that loop, once for all of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from django.db import transaction
from django_tenants.utils import tenant_context

T = TypeVar("T")


def in_every_portal(
    work: Callable[[], T],
    failure: str,
    logger: logging.Logger,
    atomic: bool = True,
) -> tuple[dict[str, T], list[str]]:
    """``work()`` in each portal's schema, in schema order. With ``atomic``
    each runs in its own transaction (savepoint), so a failure rolls back only
    that portal's work; a job that commits itself (and acts after its commit)
    passes ``atomic=False``. A failing portal is logged at ERROR as
    ``failure % schema`` and listed. Returns ``({schema: result}, [failed])``."""
    from tenants.models import Agency

    done: dict[str, T] = {}
    failed: list[str] = []
    for agency in Agency.objects.portals().order_by("schema_name"):
        try:
            with tenant_context(agency):
                if atomic:
                    with transaction.atomic():
                        done[agency.schema_name] = work()
                else:
                    done[agency.schema_name] = work()
        except Exception:  # noqa: BLE001 - one portal must not stop the others
            logger.exception(failure, agency.schema_name)
            failed.append(agency.schema_name)
    return done, failed
