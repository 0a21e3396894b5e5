"""The whole path of issue 13, as citizens see it: a commune publishes the
real way, and its district's and the province's pages show the item, linked to
the commune's own portal; with the broker down it appears once the drain runs;
unpublished it leaves; a suspended commune's items leave and come back."""

from datetime import date

import pytest
from django.db import connection

from outbox.tasks import drain_everywhere
from province.tests.readmodel_factory import draft_news, through_workflow
from tests.broker import broker_unreachable
from tests.documents_factory import add_document
from tests.portals import (
    B_HOST,
    COMMUNE1_HOST,
    DISTRICT_HOST,
    PROVINCE_HOST,
    agency,
    inside,
)

pytestmark = pytest.mark.django_db


def page_text(client, host, path):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, (host, path, response.status_code)
    return response.text


def test_a_ward_s_news_reaches_its_district_and_the_province(
    client, django_capture_on_commit_callbacks
):
    title = "Phường Mỹ Bình ra quân dọn vệ sinh kênh rạch"
    with inside("mybinh"):
        page = draft_news(title, day=date(2026, 11, 30))
        with django_capture_on_commit_callbacks(execute=True):
            through_workflow(page, "mybinh")
        own_path = page.url

    for host, path in (
        (DISTRICT_HOST, "/"),
        (DISTRICT_HOST, "/tong-hop/tin-tuc/"),
        (PROVINCE_HOST, "/"),
        (PROVINCE_HOST, "/tong-hop/tin-tuc/"),
    ):
        html = page_text(client, host, path)
        assert title in html, (host, path)
        assert f"http://{COMMUNE1_HOST}:8000{own_path}" in html or (
            f"{COMMUNE1_HOST}" in html and own_path in html
        ), (host, path)
        assert "Ủy ban nhân dân phường Mỹ Bình" in html, (host, path)
    # A department is no unit of the ward's district: its portal does not list it.
    response = client.get("/tong-hop/tin-tuc/", HTTP_HOST=B_HOST)
    assert response.status_code == 404 or title not in response.text

    # Unpublished by the ward, it leaves the district's page.
    with inside("mybinh"):
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()
    assert title not in page_text(client, DISTRICT_HOST, "/tong-hop/tin-tuc/")


def test_published_with_the_broker_down_it_appears_after_the_drain(
    client, django_capture_on_commit_callbacks
):
    with inside("mylong"):
        with broker_unreachable():
            with django_capture_on_commit_callbacks(execute=True):
                add_document(
                    "12/QĐ-UBND",
                    "Quyết định ban hành quy chế tổ dân phố phường Mỹ Long",
                    issued_on=date(2026, 11, 25),
                    issuing_body_name="Ủy ban nhân dân phường Mỹ Long",
                )
    html = page_text(client, DISTRICT_HOST, "/tong-hop/van-ban/")
    assert "12/QĐ-UBND" not in html

    drain_everywhere.delay().get()  # the broker is back: beat's drain
    html = page_text(client, DISTRICT_HOST, "/tong-hop/van-ban/")
    assert "12/QĐ-UBND" in html
    assert "quy chế tổ dân phố phường Mỹ Long" in html


def test_a_suspended_ward_leaves_the_pages_and_comes_back(
    client, django_capture_on_commit_callbacks
):
    title = "Phường Mỹ Bình tổ chức ngày hội đại đoàn kết"
    with inside("mybinh"):
        page = draft_news(title)
        with django_capture_on_commit_callbacks(execute=True):
            through_workflow(page, "mybinh")
    assert title in page_text(client, PROVINCE_HOST, "/tong-hop/tin-tuc/")

    connection.set_schema_to_public()  # where the console changes the registry
    ward = agency("mybinh")
    ward.status = ward.STATUS_SUSPENDED
    ward.save()
    assert title not in page_text(client, PROVINCE_HOST, "/tong-hop/tin-tuc/")
    assert title not in page_text(client, DISTRICT_HOST, "/")

    connection.set_schema_to_public()
    ward.status = ward.STATUS_ACTIVE
    ward.save()
    assert title in page_text(client, PROVINCE_HOST, "/tong-hop/tin-tuc/")
    assert title in page_text(client, DISTRICT_HOST, "/")
