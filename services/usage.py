"""Usage of the online services (Art. 14.2): views, form downloads and
online-submission clicks per procedure per day.

Interface only, until the counters land (issue 12 point 3, in progress on a
branch): the public views call ``record`` for every countable action."""

VIEW = "view"
DOWNLOAD = "download"
SUBMIT = "submit"
KINDS = (VIEW, DOWNLOAD, SUBMIT)


def record(request, procedure, kind: str) -> None:
    """Count one ``kind`` action on ``procedure`` (a ProcedurePage) for today,
    without writing to the database in the request; bots are not counted."""
