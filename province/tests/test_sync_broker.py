"""Nothing lost (issue 13.2): a change made while the broker is down is
written with the publish (an outbox row) and delivered when the drain runs."""

import pytest

from outbox.models import Delivery
from outbox.tasks import drain_everywhere
from province.models import PublishedItem
from province.tests.readmodel_factory import draft_news, row, through_workflow
from tests.broker import broker_unreachable
from tests.portals import inside

pytestmark = pytest.mark.django_db


def test_published_while_the_broker_is_down_the_item_lands_at_the_drain(
    django_capture_on_commit_callbacks,
):
    with inside("sotttt"):
        page = draft_news("Tin đăng khi hàng đợi ngừng")
        with broker_unreachable():
            with django_capture_on_commit_callbacks(execute=True):
                through_workflow(page, "sotttt")
        delivery = Delivery.objects.get(kind="province.sync")
        assert delivery.status == Delivery.PENDING
        assert page.pk in delivery.payload["pages"]
    assert row("sotttt", PublishedItem.NEWS, page.pk) is None

    # The broker is back: beat's drain (run here in process) delivers it.
    report = drain_everywhere.delay().get()
    # (with the workflow's notifications, written in the same transactions)
    assert report["delivered"]["sotttt"] >= 1 and not report["broken"]
    item = row("sotttt", PublishedItem.NEWS, page.pk)
    assert item is not None and item.title == "Tin đăng khi hàng đợi ngừng"
    with inside("sotttt"):
        delivery.refresh_from_db()
        assert delivery.status == Delivery.DONE


def test_unpublished_while_the_broker_is_down_the_row_leaves_at_the_drain(
    django_capture_on_commit_callbacks,
):
    with inside("sotttt"):
        page = draft_news("Tin sẽ gỡ khi hàng đợi ngừng")
        with django_capture_on_commit_callbacks(execute=True):
            through_workflow(page, "sotttt")
        assert row("sotttt", PublishedItem.NEWS, page.pk) is not None
        with broker_unreachable():
            with django_capture_on_commit_callbacks(execute=True):
                page.unpublish()
        assert Delivery.objects.filter(
            kind="province.sync", status=Delivery.PENDING
        ).exists()
    # Stale until delivered; then gone.
    assert row("sotttt", PublishedItem.NEWS, page.pk) is not None
    drain_everywhere.delay().get()
    assert row("sotttt", PublishedItem.NEWS, page.pk) is None
