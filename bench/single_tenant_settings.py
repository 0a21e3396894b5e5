"""Baseline for the tenancy benchmark: the same portal as a single-tenant site.

Plain PostgreSQL backend with the agency's schema fixed in the connection's
search_path, no host lookup, no schema switching, no tenant cache keys. The page,
templates and data are the same as with tenancy.
"""

import os

from aggov.settings.dev import *  # noqa: F403
from aggov.settings.dev import CACHES, DATABASES, MIDDLEWARE

SCHEMA = os.environ["BENCH_SCHEMA"]
DEBUG = False
DATABASES["default"]["ENGINE"] = "django.db.backends.postgresql"
DATABASES["default"]["OPTIONS"] = {"options": f"-c search_path={SCHEMA},public"}
ROOT_URLCONF = "aggov.urls_tenants"
MIDDLEWARE = [
    "bench.single_tenant.FixedAgencyMiddleware"
    if m == "tenants.middleware.AgencyMiddleware"
    else m
    for m in MIDDLEWARE
]
for _alias in CACHES.values():
    _alias.pop("KEY_FUNCTION", None)
