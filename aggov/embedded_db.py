"""The embedded PostgreSQL used when ``DATABASE_URL`` is unset.

``make run`` and ``make test`` must work on a bare machine with nothing but
Python and make, so settings fall back to a PostgreSQL 16 server shipped inside
the ``pgserver`` wheel, with its data under ``var/pgdata``. The server listens on
a Unix socket only; it is started on first use and stopped when the last process
that used it exits (pgserver counts its users).

Production never comes here: ``aggov.settings.production`` requires
``DATABASE_URL``.
"""

from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = BASE_DIR / "var" / "pgdata"
DEFAULT_DB_NAME = "aggov"


def embedded_database(
    name: str = DEFAULT_DB_NAME, data_dir: Path | None = None
) -> dict:
    """Start (or reuse) the embedded server and return a Django ``DATABASES`` entry.

    The database ``name`` is created on the first call.
    """
    import warnings

    # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, root shells); harmless.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    import pgserver  # imported here: production installs need not load it

    data_dir = Path(os.environ.get("AGGOV_PGDATA", data_dir or DEFAULT_DATA_DIR))
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(data_dir, cleanup_mode="stop")
    info = server.get_postmaster_info()
    socket_dir = str(info.socket_dir)
    if not name.replace("_", "").isalnum():
        raise ValueError(f"Bad embedded database name: {name!r}")
    # psql takes no parameters; the name is checked above.
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}';")  # noqa: S608
    if "(1 row)" not in exists:
        server.psql(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0;")
    return {
        "NAME": name,
        "USER": "postgres",
        "PASSWORD": "",
        "HOST": socket_dir,
        "PORT": str(info.port or ""),
    }
