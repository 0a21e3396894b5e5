"""Which portals' items a portal shows (province.scope): its units through the
registry's parent links, transitively, active ones only, read once per
process and dropped when the registry changes."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from province import scope as scopes
from province.tests import rows
from tenants.models import Agency, AgencyKind
from tests.portals import DISTRICT_HOST, PROVINCE_HOST, agency

pytestmark = pytest.mark.django_db


def codes(scope) -> set[str]:
    return {unit.schema_name for unit in scope.units}


class TestWhoIsUnder:
    def test_the_province_covers_every_portal_under_it(self):
        scope = scopes.for_agency(agency("angiang"))
        assert codes(scope) == {"sotttt", "soyte", "longxuyen", "mybinh", "mylong"}
        assert scope.wording == scopes.PROVINCE

    def test_a_district_its_communes(self):
        scope = scopes.for_agency(agency("longxuyen"))
        assert codes(scope) == {"mybinh", "mylong"}
        assert scope.wording == scopes.COMMUNES
        assert set(scope.ids()) == {
            agency(c).pk for c in ("longxuyen", "mybinh", "mylong")
        }
        assert agency("longxuyen").pk not in scope.ids(include_self=False)

    def test_a_portal_without_units_has_no_scope(self):
        assert scopes.for_agency(agency("sotttt")) is None
        assert scopes.for_agency(agency("mybinh")) is None

    def test_suspended_units_left_out_and_back(self):
        rows.set_status("mybinh", Agency.STATUS_SUSPENDED)
        assert codes(scopes.for_agency(agency("longxuyen"))) == {"mylong"}
        rows.set_status("mylong", Agency.STATUS_SUSPENDED)
        assert scopes.for_agency(agency("longxuyen")) is None
        rows.set_status("mybinh", Agency.STATUS_ACTIVE)
        assert codes(scopes.for_agency(agency("longxuyen"))) == {"mybinh"}

    def test_a_suspended_district_leaves_its_communes_in_the_province(self):
        rows.set_status("longxuyen", Agency.STATUS_SUSPENDED)
        scope = scopes.for_agency(agency("angiang"))
        assert codes(scope) == {"sotttt", "soyte", "mybinh", "mylong"}

    def test_a_cycle_in_the_parent_links_does_not_loop(self):
        Agency.objects.filter(code="longxuyen").update(parent=agency("mybinh"))
        scopes.clear()
        assert codes(scopes.for_agency(agency("mybinh"))) == {"longxuyen", "mylong"}

    def test_the_kinds_name_the_titles_not_the_codes(self):
        # A department whose units are of the commune kind is titled for
        # communes: the wording follows the units' kind.
        commune = AgencyKind.objects.get(code="commune")
        Agency.objects.bulk_create(
            [
                Agency(
                    name="Xã thử",
                    code="xathu",
                    schema_name="xathu",
                    kind=commune,
                    parent=agency("soyte"),
                )
            ]
        )
        rows.refresh_registry()
        assert scopes.for_agency(agency("soyte")).wording == scopes.COMMUNES


class TestCache:
    def test_one_query_then_none(self):
        province, district = agency("angiang"), agency("longxuyen")
        scopes.clear()
        with CaptureQueriesContext(connection) as first:
            scopes.for_agency(province)
        with CaptureQueriesContext(connection) as again:
            scopes.for_agency(province)
            scopes.for_agency(district)
        statements = [
            q["sql"] for q in first.captured_queries if "search_path" not in q["sql"]
        ]
        assert len(statements) == 1
        assert "tenants_agencykind" in statements[0]
        assert again.captured_queries == []

    def test_a_request_reads_the_registry_at_most_once(self, client):
        client.get("/tong-hop/tin-tuc/", HTTP_HOST=PROVINCE_HOST)
        connection.set_schema_to_public()
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/tong-hop/tin-tuc/", HTTP_HOST=PROVINCE_HOST)
        assert response.status_code == 200
        # The registry (agencies with their kinds) is not read again.
        assert not [
            q for q in queries.captured_queries if "tenants_agencykind" in q["sql"]
        ]

    def test_a_new_unit_is_seen_at_once_after_its_save(self, client):
        response = client.get("/tong-hop/tin-tuc/", HTTP_HOST=DISTRICT_HOST)
        assert response.status_code == 200
        connection.set_schema_to_public()
        commune = AgencyKind.objects.get(code="commune")
        # A registry row saved as the console does (its signal clears the
        # caches); no schema is needed for the listing.
        Agency.objects.bulk_create(
            [
                Agency(
                    name="Ủy ban nhân dân phường Mỹ Phước",
                    code="myphuoc",
                    schema_name="myphuoc",
                    kind=commune,
                    parent=agency("longxuyen"),
                )
            ]
        )
        unit = Agency.objects.get(code="myphuoc")
        rows.create(unit, title="Tin của Mỹ Phước")
        unit.name = "Ủy ban nhân dân phường Mỹ Phước (mới)"
        unit.save()  # post_save: the registry is read again
        response = client.get("/tong-hop/tin-tuc/", HTTP_HOST=DISTRICT_HOST)
        html = response.content.decode()
        assert "Tin của Mỹ Phước" in html
        assert "Ủy ban nhân dân phường Mỹ Phước (mới)" in html

    def test_a_kind_renamed_is_seen_at_once(self, client):
        rows.create(agency("mybinh"), title="Tin xã")
        response = client.get("/", HTTP_HOST=PROVINCE_HOST)
        assert "<h3>Ủy ban nhân dân cấp xã</h3>" in response.content.decode()
        connection.set_schema_to_public()
        kind = AgencyKind.objects.get(code="commune")
        kind.name_plural = "Các xã, phường, thị trấn"
        kind.save()
        response = client.get("/", HTTP_HOST=PROVINCE_HOST)
        assert "<h3>Các xã, phường, thị trấn</h3>" in response.content.decode()
