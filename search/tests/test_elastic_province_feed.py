"""The province index follows the read model (issue 14.2-14.3), on the real
Elasticsearch node: a portal publishes, its read-model row is written
(province.sync), a ``search.province`` row in its outbox sends it on after
the commit, and the province's /tong-hop/tim-kiem/ answers from Elasticsearch
with the hit linking to the portal; an unpublished item leaves; a domain move
rewrites the URLs; with the node down the row waits and is replayed; the
rebuild command swaps the index."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from outbox.models import Delivery
from outbox.service import deliver
from province.models import PublishedItem
from province.tests.readmodel_factory import published_news
from search.backends.elastic import ElasticBackend, province_alias
from search.backends.elastic import client as es
from tests.broker import free_port
from tests.portals import PROVINCE_HOST, agency, inside

pytestmark = pytest.mark.django_db
TITLE = "Thông báo tuyển sinh lớp 10 năm học 2027"


def province_hits(http, query) -> list[str]:
    ElasticBackend().refresh(province=True)
    response = http.get("/tong-hop/tim-kiem/", {"q": query}, HTTP_HOST=PROVINCE_HOST)
    assert response.status_code == 200
    assert "chế độ dự phòng" not in response.text  # Elasticsearch answered
    return re.findall(
        r'<h3 class="search-hit__title"><a href="([^"]+)"',
        re.sub(r"</?mark>", "", response.text),
    )


def stored(agency_id: int, key: str) -> dict | None:
    ElasticBackend().refresh(province=True)
    found = (
        es()
        .options(ignore_status=404)
        .get(index=province_alias(), id=f"{agency_id}:{key}")
    )
    return found.get("_source") if found.get("found") else None


def test_a_published_item_reaches_the_province_search_and_leaves_with_it(
    client, elasticsearch, django_capture_on_commit_callbacks
):
    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            page = published_news(TITLE)
        assert Delivery.objects.get(kind="search.province").status == Delivery.DONE
    row = PublishedItem.objects.get(agency=agency("sotttt"), source_id=page.pk)
    assert province_hits(client, "tuyen sinh lop 10") == [row.url]
    assert row.url.startswith("http://sotttt.")

    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()
    assert province_hits(client, "tuyen sinh lop 10") == []
    assert stored(agency("sotttt").pk, f"news:{page.pk}") is None


def test_a_domain_move_sends_the_new_urls(
    client, elasticsearch, django_capture_on_commit_callbacks
):
    from tenants.domain_moves import move_to_domain

    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            page = published_news(TITLE)
    with django_capture_on_commit_callbacks(execute=True):
        move_to_domain(agency("sotttt"), "stttt", "Theo quyết định đổi tên")
    with inside("sotttt"):  # the row the move left in the portal's outbox
        assert Delivery.objects.filter(kind="search.province").count() == 2
        assert set(
            Delivery.objects.filter(kind="search.province").values_list(
                "status", flat=True
            )
        ) == {Delivery.DONE}
    hits = province_hits(client, "tuyen sinh lop 10")
    assert len(hits) == 1 and hits[0].startswith("http://stttt.")
    assert stored(agency("sotttt").pk, f"news:{page.pk}")["url"] == hits[0]


def test_published_while_the_node_is_down_then_replayed(
    client, settings, elasticsearch, django_capture_on_commit_callbacks
):
    real = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{free_port()}"  # down
    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            published_news(TITLE)
        waiting = Delivery.objects.get(kind="search.province")
        assert waiting.status != Delivery.DONE and waiting.last_error
    # The read model has the row: the aggregated pages are current meanwhile.
    assert PublishedItem.objects.filter(title=TITLE).exists()

    settings.ELASTICSEARCH_URL = real  # back
    with inside("sotttt"):
        Delivery.objects.filter(pk=waiting.pk).update(next_attempt_at=timezone.now())
        deliver(waiting.pk)
        assert Delivery.objects.get(pk=waiting.pk).status == Delivery.DONE
    assert len(province_hits(client, "tuyen sinh lop 10")) == 1


def test_the_rebuild_command_swaps_the_province_index(client, elasticsearch):
    from io import StringIO

    from province.tests import rows

    first = rows.create(agency("soyte"), title="Lịch tiêm chủng mở rộng")
    out = StringIO()
    call_command("search_rebuild", "--province", stdout=out)
    indexed = PublishedItem.objects.count()
    assert f"{indexed} mục vào chỉ mục Elasticsearch." in out.getvalue()
    assert province_hits(client, "lich tiem chung") == [first.url]
    versions = es().indices.get_alias(index=province_alias())
    # A row removed behind the index's back is gone after the next rebuild.
    first.delete()
    call_command("search_rebuild", "--province", stdout=StringIO())
    assert province_hits(client, "lich tiem chung") == []
    assert es().indices.get_alias(index=province_alias()).keys() != versions.keys()
