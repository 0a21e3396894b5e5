"""Work left for the commit, run in the schema it was asked for in.

``transaction.on_commit`` runs its callback with whatever schema the
connection is in at commit time; a ``tenant_context`` block that closed before
the commit has already moved it (to public, often, where no Wagtail table
exists). ``on_commit_here`` takes the schema now and restores it for the
callback.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import connection, transaction
from django_tenants.utils import tenant_context


def on_commit_here(func: Callable[[], None]) -> None:
    """Run ``func`` once the current transaction commits, in the current schema."""
    tenant = connection.tenant

    def run():
        with tenant_context(tenant):
            func()

    transaction.on_commit(run)
