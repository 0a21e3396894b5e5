"""Observe the project's own log in tests.

The "aggov" logger does not propagate (settings LOGGING: its own handler,
``propagate=False``), so pytest's ``caplog``, which listens on the root
logger, never sees its records. :func:`aggov_log` attaches caplog's handler to
it for the duration of a block.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager


@contextmanager
def aggov_log(caplog, level: int = logging.INFO):
    """Within the block, records of "aggov" and its children reach ``caplog``."""
    logger = logging.getLogger("aggov")
    old_level = logger.level
    logger.addHandler(caplog.handler)
    logger.setLevel(min(level, old_level or level))
    caplog.handler.setLevel(level)
    try:
        yield caplog
    finally:
        logger.removeHandler(caplog.handler)
        logger.setLevel(old_level)
