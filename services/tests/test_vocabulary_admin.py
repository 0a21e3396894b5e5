"""The catalogue's vocabulary in the admin: Dịch vụ công → Ngành, Lĩnh vực
(issue 12, point 2): listed, searchable, fields filterable by sector, for the
board and the technical administrator only, each portal its own."""

from __future__ import annotations

import pytest

from editorial import roles
from services.models import Field, Sector
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db

FIELDS = "/admin/dich-vu-cong/linh-vuc/"
SECTORS = "/admin/dich-vu-cong/nganh/"


@pytest.fixture
def vocabulary():
    with inside("sotttt"):
        justice = Sector.objects.create(name="Tư pháp", code="TP")
        building = Sector.objects.create(name="Xây dựng")
        Field.objects.create(sector=justice, name="Hộ tịch", code="G15-TP01")
        Field.objects.create(sector=justice, name="Chứng thực")
        Field.objects.create(sector=building, name="Nhà ở")
        return justice.pk, building.pk


def test_the_board_lists_searches_and_filters_the_fields(client_class, vocabulary):
    justice, building = vocabulary
    make_staff("sotttt", "thanhvien", roles.MEMBER, "Phạm Thị Mai")
    member = signed_in(client_class, A_HOST, "thanhvien")
    listing = member.get(FIELDS, HTTP_HOST=A_HOST)
    assert listing.status_code == 200
    text = listing.content.decode()
    assert "Hộ tịch" in text and "G15-TP01" in text and "Nhà ở" in text
    found = member.get(FIELDS, {"q": "Hộ tịch"}, HTTP_HOST=A_HOST)
    assert found.status_code == 200
    assert "Hộ tịch" in found.content.decode()
    assert "Nhà ở" not in found.content.decode()
    filtered = member.get(FIELDS, {"sector": building}, HTTP_HOST=A_HOST)
    assert filtered.status_code == 200
    assert "Nhà ở" in filtered.content.decode()
    assert "Chứng thực" not in filtered.content.decode()
    sectors = member.get(SECTORS, HTTP_HOST=A_HOST)
    assert sectors.status_code == 200 and "Xây dựng" in sectors.content.decode()
    menu = member.get("/admin/", HTTP_HOST=A_HOST).content.decode()
    assert "linh-vuc" in menu and "nganh" in menu


def test_the_technical_administrator_corrects_a_field(client_class, vocabulary):
    justice, _building = vocabulary
    make_staff("sotttt", "kythuat", roles.TECH_ADMIN, "Võ Minh Kỹ")
    admin = signed_in(client_class, A_HOST, "kythuat")
    with inside("sotttt"):
        field = Field.objects.get(name="Chứng thực")
    response = admin.post(
        f"{FIELDS}edit/{field.pk}/",
        {"sector": justice, "name": "Chứng thực", "code": "G15-TP02"},
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 302
    with inside("sotttt"):
        assert Field.objects.get(pk=field.pk).code == "G15-TP02"


def test_an_editor_does_not_manage_the_vocabulary(client_class, vocabulary):
    make_staff("sotttt", "btv", roles.EDITOR, "Trần Văn Biên")
    editor = signed_in(client_class, A_HOST, "btv")
    assert editor.get(FIELDS, HTTP_HOST=A_HOST).status_code in (302, 403)
    assert editor.get(SECTORS + "new/", HTTP_HOST=A_HOST).status_code in (302, 403)


def test_one_portals_vocabulary_is_not_another_portals(client_class, vocabulary):
    make_staff("soyte", "thanhvien_yte", roles.MEMBER, "Nguyễn Thị Y")
    other = signed_in(client_class, B_HOST, "thanhvien_yte")
    listing = other.get(FIELDS, HTTP_HOST=B_HOST)
    assert listing.status_code == 200
    assert "G15-TP01" not in listing.content.decode()
    with inside("soyte"):
        assert not Sector.objects.filter(name="Tư pháp").exists()
