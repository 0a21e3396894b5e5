"""The demo's catalogues: real procedures from data/tthc, on the portals that
carry them out (commune-level ones on a district portal)."""

import pytest
from django.conf import settings

from demo import data, seeding
from services.models import ProcedurePage
from tests.portals import inside

pytestmark = pytest.mark.django_db


def test_a_district_portal_gets_the_commune_level_procedures(monkeypatch, client):
    district = next(a for a in data.AGENCIES if a["code"] == "thoaison")
    monkeypatch.setattr(data, "AGENCIES", [district])
    seeding.seed(operator=False)
    with inside("thoaison"):
        procedures = ProcedurePage.objects.live().filter(locale__language_code="vi")
        assert procedures.count() == 122  # 66 of Justice, 56 of Construction
        assert all(
            "xa" in levels
            for levels in procedures.values_list("government_levels", flat=True)
        )
        birth = procedures.get(code="1.000080")  # a real Hộ tịch procedure of communes
        assert birth.field.name == "Hộ tịch"
        assert birth.field.sector.name == "Tư pháp"
        url = birth.url
    response = client.get(url, HTTP_HOST=f"thoaison.{settings.PORTAL_BASE_DOMAIN}")
    assert response.status_code == 200
    assert "Thủ tục đăng ký nhận cha, mẹ, con có yếu tố nước ngoài" in response.text
    # A second run of the demo changes nothing.
    seeding.seed(operator=False)
    with inside("thoaison"):
        assert ProcedurePage.objects.filter(code="1.000080").count() == 1
