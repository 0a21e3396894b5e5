"""Elasticsearch down, the whole path (issue 14.3): a portal publishes, the
public search answers from PostgreSQL with a notice, the Elasticsearch update
waits as an outbox row; the node is back, the drain replays the row, and the
results page answers from Elasticsearch without the notice."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from outbox.models import Delivery
from outbox.service import deliver
from search.backends import get_backend
from search.backends.elastic import ElasticBackend
from search.tests.factory import drain, news
from tests.broker import free_port
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db
TITLE = "Thông báo lịch tiếp công dân tháng mười hai"
NOTICE = "chế độ dự phòng"


def results_page(client, host, query):
    response = client.get("/tim-kiem/", {"q": query}, HTTP_HOST=host)
    assert response.status_code == 200
    return re.sub(r"</?mark>", "", response.text)  # the matches are marked


def replay() -> int:
    """Beat's drain once the node is back: the waiting rows are due now."""
    rows = Delivery.objects.filter(kind="search.elastic").exclude(status=Delivery.DONE)
    rows.update(next_attempt_at=timezone.now())
    pending = list(rows.order_by("pk").values_list("pk", flat=True))
    for pk in pending:
        deliver(pk)
    return len(pending)


def test_published_while_elasticsearch_is_down_then_replayed(
    client, settings, elasticsearch
):
    real = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{free_port()}"  # down
    with inside("sotttt"):
        news(TITLE, "Lịch tiếp công dân của lãnh đạo Sở trong tháng 12.")
        drain()  # PostgreSQL's index, and a row for Elasticsearch's
        replay()  # its delivery fails: the row stays, to be retried
        waiting = Delivery.objects.filter(kind="search.elastic")
        assert waiting.count() == 1
        assert waiting.get().status != Delivery.DONE
        assert waiting.get().last_error

    html = results_page(client, A_HOST, "lich tiep cong dan")
    assert NOTICE in html, "the fallback says so"
    assert TITLE in html, "and still finds the item, in PostgreSQL"

    settings.ELASTICSEARCH_URL = real  # back
    with inside("sotttt"):
        assert get_backend().name != "postgres"
        assert replay() == 1
        assert Delivery.objects.get(kind="search.elastic").status == (Delivery.DONE)
        ElasticBackend().refresh()  # what the node does within a second
    html = results_page(client, A_HOST, "lich tiep cong dan")
    assert NOTICE not in html
    assert TITLE in html, "found by Elasticsearch after the replay"
    # Another portal's search, on the same node, does not see it.
    assert TITLE not in results_page(client, B_HOST, "lich tiep cong dan")
