"""The tenancy side of the benchmark: development settings with DEBUG off."""

from aggov.settings.dev import *  # noqa: F403

DEBUG = False
