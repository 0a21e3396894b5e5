"""Shared test helper: the real Elasticsearch node of the tests.

`.ci/run` starts one (`.ci/elasticsearch start`: 8.19.7 from Maven Central on
127.0.0.1:9201) and exports ``TEST_ELASTICSEARCH_URL``. The suite keeps
searching on PostgreSQL (the test settings empty ``ELASTICSEARCH_URL``); only
the tests that ask for these fixtures index into the node.

- ``elasticsearch_url``: the node's URL, or the test is skipped with the
  reason when none answers.
- ``elasticsearch``: the settings point the search backend at the node, with
  an index prefix of the test's own (several worktrees and runs may share one
  node); the test's indexes are deleted after it.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
import uuid

import pytest

HOW = ".ci/run starts one (by hand: export TEST_ELASTICSEARCH_URL=$(.ci/elasticsearch start))"


def _get(url: str, timeout: float = 3):
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - test URL
        return json.load(response)


@pytest.fixture(scope="session")
def elasticsearch_url():
    url = os.environ.get("TEST_ELASTICSEARCH_URL", "").rstrip("/")
    if not url:
        pytest.skip(f"TEST_ELASTICSEARCH_URL is not set: no Elasticsearch; {HOW}")
    try:
        health = _get(f"{url}/_cluster/health")
    except (OSError, ValueError) as error:
        pytest.skip(f"Elasticsearch is not reachable at {url} ({error}); {HOW}")
    if health.get("status") not in ("green", "yellow"):
        pytest.skip(f"Elasticsearch at {url} is {health.get('status')}; {HOW}")
    return url


@pytest.fixture
def elasticsearch(elasticsearch_url, settings):
    """The search backend on the real node, with this test's own index names."""
    prefix = f"aggov-test-{uuid.uuid4().hex[:10]}"
    settings.ELASTICSEARCH_URL = elasticsearch_url
    settings.ELASTICSEARCH_INDEX_PREFIX = prefix
    yield elasticsearch_url
    _delete_indexes(elasticsearch_url, prefix)


def _delete_indexes(url: str, prefix: str) -> None:
    """Delete the indexes named ``prefix-*`` by their names (a cluster may
    refuse wildcard deletes: ``action.destructive_requires_name``)."""
    try:
        names = sorted(_get(f"{url}/{prefix}-*?expand_wildcards=all"))
    except (OSError, ValueError):
        return
    for name in names:
        request = urllib.request.Request(f"{url}/{name}", method="DELETE")
        try:
            urllib.request.urlopen(request, timeout=10).close()  # noqa: S310
        except urllib.error.HTTPError:
            pass
