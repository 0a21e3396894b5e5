"""Beat's nightly reconciliation of the province's read model (in public)."""

from celery import shared_task


@shared_task(name="province.tasks.reconcile_everywhere")
def reconcile_everywhere() -> dict:
    """Every portal (suspended ones too: their rows are kept, the listings hide
    them), each on its own; returns the counts and the errors, also stored as
    a ``Reconciliation`` row."""
    from .sync import reconcile_portals

    run = reconcile_portals(trigger="nightly")
    return {"id": run.pk, "counts": run.counts, "errors": run.errors}
