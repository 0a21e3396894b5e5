"""Shared test helper: the real Celery app pointed at a broker that is down.

The suite runs tasks eagerly; inside ``broker_unreachable()`` the app sends
them to Redis on a local port where nothing listens, as in production when
Redis (the broker) is down: sending fails, for real, in kombu.
"""

from __future__ import annotations

import socket
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _reset_pools(app):
    # The app keeps its connection and producer pools; a new broker URL needs
    # new ones (what Celery itself does after a fork). kombu keeps the pools
    # of each URL in a registry: they are left open for the next user.
    app._pool = None
    amqp = app.__dict__.get("amqp")
    if amqp is not None:
        amqp._producer_pool = None


@contextmanager
def broker_unreachable():
    from aggov.celery import app

    saved = {key: app.conf[key] for key in ("task_always_eager", "broker_url")}
    app.conf.update(
        task_always_eager=False, broker_url=f"redis://127.0.0.1:{free_port()}/0"
    )
    _reset_pools(app)
    try:
        yield app
    finally:
        app.conf.update(saved)
        _reset_pools(app)
