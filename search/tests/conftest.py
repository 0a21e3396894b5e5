"""Fixtures of the search tests."""

from search.tests.elastic_fixtures import backend  # noqa: F401 - fixture
