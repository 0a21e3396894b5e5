"""The reconciliation builds every item of a portal in a fixed number of
queries (issue 13.2 at 100 portals of 200 items): no query per item."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import Announcement
from province import sync
from province.tests.readmodel_factory import published_news, rows
from services.tests.procedures_factory import add_procedure, field
from tests.documents_factory import add_document
from tests.portals import inside

pytestmark = pytest.mark.django_db


def add_items(start: int, count: int) -> None:
    civil = field("Tư pháp", "Hộ tịch", "H01")
    for i in range(start, start + count):
        published_news(f"Tin thứ {i}")
        add_procedure(f"1.{i + 1:06d}", f"Thủ tục thứ {i}", field=civil)
        add_document(
            f"{i + 1}/2026/QĐ-UBND", f"Quyết định {i}", issued_on=date(2026, 1, 5)
        )
        Announcement.objects.create(
            title=f"Thông báo {i}", live=False
        ).save_revision().publish()


def reconcile_queries() -> int:
    with CaptureQueriesContext(connection) as queries:
        sync.reconcile()
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_items():
    with inside("soyte"):
        # Published outside a commit: nothing delivered, the rebuild adds them.
        add_items(0, 2)
        small = reconcile_queries()  # 8 items to add
        add_items(2, 10)
        assert sync.reconcile()["added"] == 40
        rows("soyte").update(fingerprint="")
        large = reconcile_queries()  # 48 items to build and update
        assert sync.reconcile()["unchanged"] == 48
    assert large <= small + 2, (small, large)
