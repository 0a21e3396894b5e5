"""``get_backend()`` and the outbox rows of the index (issue 14.3)."""

import pytest
from django.db import transaction

from outbox.models import Delivery
from search.backends import get_backend, writers
from search.backends.postgres import PostgresBackend
from search.tests.factory import drain, news, search
from tests.portals import inside

pytestmark = pytest.mark.django_db


def test_postgresql_answers_without_elasticsearch(settings):
    settings.ELASTICSEARCH_URL = ""
    backend = get_backend()
    assert isinstance(backend, PostgresBackend) and backend.notice is None
    assert [type(w) for w in writers()] == [PostgresBackend]


def test_one_outbox_row_per_transaction_and_schema():
    with inside("sotttt"):
        with transaction.atomic():
            first = news("Tin một trong cùng giao dịch")
            second = news("Tin hai trong cùng giao dịch")
        rows = Delivery.objects.filter(kind="search.sync", status=Delivery.PENDING)
        assert rows.count() == 1
        assert {first.pk, second.pk} <= set(rows.get().payload["pages"])
        drain()
        assert search("trong cung giao dich").total == 2
        # Without Elasticsearch no row is sent on to it.
        assert not Delivery.objects.filter(kind="search.elastic").exists()
