"""Tests: the same stack on a real PostgreSQL, with fast password hashing."""

from .dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
LOGGING["root"]["level"] = "ERROR"  # noqa: F405
# Tasks run in process in the suite; a real worker is started by the tests that
# need one (REDIS_URL is still used for the cache when set).
CELERY_TASK_ALWAYS_EAGER = True
# Usage counts left in a process's buffer are not written at exit: the test
# database is dropped by then, or reused by the next run (services.usage).
USAGE_FLUSH_AT_EXIT = False
# The suite searches on PostgreSQL whatever the shell says; the Elasticsearch
# tests point the backend at TEST_ELASTICSEARCH_URL (tests/elasticsearch_server.py).
ELASTICSEARCH_URL = ""
