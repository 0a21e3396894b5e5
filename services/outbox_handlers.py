"""The services app's side effects, delivered by the outbox (outbox.registry)."""

from outbox.registry import handler


@handler("services.import_run", "Nhập thủ tục hành chính")
def start_import_run(delivery) -> None:
    """Send the uploaded import to a Celery worker (in this portal's schema).
    Through the outbox, so a broker down at upload time only delays the run;
    the task itself runs a run once, however often it is sent."""
    from .tasks import run_import

    run_import.apply_async(args=[delivery.payload["run_id"]], retry=False)
