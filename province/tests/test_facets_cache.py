"""The aggregated pages' filters are cached under the read model's token
(province.facets): a second request reads neither the counts per agency nor
the sectors and fields again, and every write of the read model or of the
registry shows at once on the next request."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from province import facets
from province.models import PublishedItem
from province.tests import rows
from tests.documents_factory import add_document
from tests.portals import DISTRICT_HOST, PROVINCE_HOST, agency, inside

pytestmark = pytest.mark.django_db
SERVICES = "/tong-hop/dich-vu-cong/"
DOCUMENTS = "/tong-hop/van-ban/"


def count_of(html: str, name: str) -> int | None:
    """The count beside ``name`` in the side list "Theo cơ quan"."""
    side = html.split('id="theo-co-quan"', 1)[-1]
    found = re.search(
        re.escape(name) + r' <span class="aggregate-agencies__count">\((\d+)\)', side
    )
    return int(found.group(1)) if found else None


def procedure(code, title, number, sector=("S-TP", "Tư pháp")):
    return rows.create(
        agency(code),
        PublishedItem.PROCEDURE,
        title=title,
        code=number,
        sector_code=sector[0],
        sector_name=sector[1],
        field_code="F-HT",
        field_name="Hộ tịch",
        level=3,
    )


def sql_of(client, host, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return response.text, [q["sql"] for q in queries.captured_queries]


def test_the_second_request_reads_no_count_and_no_choice(client):
    procedure("mybinh", "Đăng ký khai sinh", "1.001193")
    procedure("mylong", "Đăng ký kết hôn", "1.000894")
    first_html, first = sql_of(client, PROVINCE_HOST, SERVICES)
    second_html, second = sql_of(client, PROVINCE_HOST, SERVICES)
    assert second_html == first_html
    counting = [sql for sql in first if "COUNT(*)" in sql]
    pairs = [sql for sql in first if "WITH RECURSIVE" in sql]
    assert counting and pairs, "the first request computes both"
    assert not [sql for sql in second if "COUNT(*)" in sql or "WITH RECURSIVE" in sql]
    assert len(second) < len(first)
    assert count_of(second_html, "Ủy ban nhân dân phường Mỹ Bình") == 1


def test_a_document_published_the_real_way_shows_in_the_counts_at_once(
    client, django_capture_on_commit_callbacks
):
    ward = "Ủy ban nhân dân phường Mỹ Long"
    with inside("mylong"):
        with django_capture_on_commit_callbacks(execute=True):
            add_document(
                "3/QĐ-UBND",
                "Quyết định thành lập tổ công tác chuyển đổi số phường",
                issued_on=date(2026, 11, 20),
                issuing_body_name=ward,
            )
    html = client.get(DOCUMENTS, HTTP_HOST=DISTRICT_HOST).text
    assert count_of(html, ward) == 1
    # Cached now; a second document goes through province.sync like the first.
    assert client.get(DOCUMENTS, HTTP_HOST=DISTRICT_HOST).text == html
    with inside("mylong"):
        with django_capture_on_commit_callbacks(execute=True):
            add_document(
                "4/QĐ-UBND",
                "Quyết định kiện toàn ban chỉ đạo phòng, chống thiên tai phường",
                issued_on=date(2026, 11, 21),
                issuing_body_name=ward,
            )
    html = client.get(DOCUMENTS, HTTP_HOST=DISTRICT_HOST).text
    assert count_of(html, ward) == 2
    assert "4/QĐ-UBND" in html


def test_a_suspended_unit_leaves_the_cached_counts_at_once(client):
    procedure("mybinh", "Đăng ký khai sinh", "1.001193")
    procedure("soyte", "Cấp chứng chỉ hành nghề", "1.002222", ("S-YT", "Y tế"))
    name = "Ủy ban nhân dân phường Mỹ Bình"
    html = client.get(SERVICES, HTTP_HOST=PROVINCE_HOST).text
    assert count_of(html, name) == 1
    assert '<option value="S-YT"' in html

    connection.set_schema_to_public()  # where the console changes the registry
    soyte = agency("soyte")
    soyte.status = soyte.STATUS_SUSPENDED
    soyte.save()
    html = client.get(SERVICES, HTTP_HOST=PROVINCE_HOST).text
    assert "Cấp chứng chỉ hành nghề" not in html
    assert '<option value="S-YT"' not in html, "its sector left the choices"
    assert count_of(html, name) == 1


def test_each_scope_has_its_own_entry(client):
    """The district's filters, cached first, are not the province's."""
    procedure("mybinh", "Đăng ký khai sinh", "1.001193")
    procedure("soyte", "Cấp chứng chỉ hành nghề", "1.002222", ("S-YT", "Y tế"))
    district = client.get(SERVICES, HTTP_HOST=DISTRICT_HOST).text
    province = client.get(SERVICES, HTTP_HOST=PROVINCE_HOST).text
    assert count_of(district, "Sở Y tế") is None
    assert '<option value="S-YT"' not in district
    assert count_of(province, "Sở Y tế") == 1
    assert '<option value="S-YT"' in province


def test_a_rolled_back_write_never_gives_a_token_again():
    before = facets.token()
    with pytest.raises(RuntimeError), transaction.atomic():
        facets.changed()
        inside_write = facets.token()
        raise RuntimeError("the write failed")
    assert facets.token() == before
    facets.changed()
    assert facets.token() not in (before, inside_write)


def test_the_province_s_list_of_portals_follows_the_registry_at_once(client):
    """The home's list of component portals (Art. 4.1) is cached under the
    token too: a renamed agency and a new primary domain show at once."""
    from tenants.models import Domain

    html = client.get("/", HTTP_HOST=PROVINCE_HOST).text
    assert "Sở Y tế</a>" in html
    connection.set_schema_to_public()  # where the console changes the registry
    soyte = agency("soyte")
    soyte.name = "Sở Y tế tỉnh An Giang"
    soyte.save()
    html = client.get("/", HTTP_HOST=PROVINCE_HOST).text
    assert "Sở Y tế tỉnh An Giang</a>" in html

    connection.set_schema_to_public()
    Domain.objects.filter(tenant=soyte).update(is_primary=False)
    Domain.objects.create(tenant=soyte, domain="yte.angiang.localhost", is_primary=True)
    html = client.get("/", HTTP_HOST=PROVINCE_HOST).text
    assert re.search(r'href="http://yte\.angiang\.localhost[:/][^"]*">Sở Y tế', html)
