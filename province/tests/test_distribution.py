"""Art. 12.2: a provincial document reaches three portals; one posts late."""

from datetime import date, datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone

from documents.models import LegalDocumentPage
from editorial import roles
from province.models import DistributionTarget
from tenants.provisioning import PortalRequest, provision_portal
from tests.documents_factory import add_document
from tests.portals import A_HOST, B_HOST, PROVINCE_HOST, agency, inside
from tests.staff import make_staff
from tests.staff import signed_in as staff_signed_in

pytestmark = pytest.mark.django_db

VN = timezone.get_fixed_timezone(7 * 60)


def at(day, hour=9):
    return time_machine.travel(datetime(*day, hour, 0, tzinfo=VN), tick=False)


def head(code, role=roles.HEAD, username="truongban"):
    return make_staff(code, username, role, "Lê Văn Hai")


def signed_in(client_class, host, username="truongban"):
    return staff_signed_in(client_class, host, username)


@pytest.fixture
def three_portals():
    provision_portal(
        PortalRequest(
            name="Sở Tư pháp",
            kind="department",
            parent="angiang",
            decision_number="5/QĐ-UBND",
            admin_password="Tu-Phap-An-Giang-2026",
        )
    )
    for code in ("angiang", "sotttt", "soyte", "sotuphap"):
        head(code)
    with inside("angiang"), at((2026, 11, 2)):
        return add_document(
            "25/2026/QĐ-UBND",
            "Quyết định ban hành Quy chế phối hợp cung cấp thông tin",
            issued_on=date(2026, 11, 2),
            field="thong-tin-truyen-thong",
        )


def test_distribution_to_three_portals_one_late(client_class, three_portals):
    province = signed_in(client_class, PROVINCE_HOST)
    targets = [agency(c).pk for c in ("sotttt", "soyte", "sotuphap")]
    with at((2026, 11, 3)):
        response = province.post(
            "/admin/van-ban-di/",
            {"document": three_portals.pk, "agencies": targets},
            HTTP_HOST=PROVINCE_HOST,
        )
    assert response.status_code == 302
    rows = DistributionTarget.objects.order_by("agency__name")
    assert rows.count() == 3
    assert {r.due_on for r in rows} == {
        date(2026, 11, 16)
    }  # 10 working days after 2/11

    # Each portal sees its own row only, and posts with one action.
    a = signed_in(client_class, A_HOST)
    inbox = a.get("/admin/van-ban-den/", HTTP_HOST=A_HOST).text
    assert "25/2026/QĐ-UBND" in inbox and inbox.count("Đăng lên cổng") == 1
    mine = DistributionTarget.objects.get(agency__code="sotttt")
    with at((2026, 11, 5)):
        a.post("/admin/van-ban-den/", {"target": mine.pk}, HTTP_HOST=A_HOST)
    b = signed_in(client_class, B_HOST)
    theirs = DistributionTarget.objects.get(agency__code="soyte")
    # Not someone else's row:
    assert (
        b.post("/admin/van-ban-den/", {"target": mine.pk}, HTTP_HOST=B_HOST).status_code
        == 404
    )
    with at((2026, 11, 20)):
        b.post("/admin/van-ban-den/", {"target": theirs.pk}, HTTP_HOST=B_HOST)

    with inside("sotttt"):
        copy = LegalDocumentPage.objects.get(number_symbol="25/2026/QĐ-UBND")
        assert copy.live and copy.deadline_rule == "governed_agency"
        assert (
            copy.source_url == f"http://{PROVINCE_HOST}:8000/van-ban/25-2026-qd-ubnd/"
        )
        assert copy.deadline.kind == "on_time"
    public = client_class().get("/van-ban/25-2026-qd-ubnd/", HTTP_HOST=A_HOST)
    assert (
        public.status_code == 200
        and 'href="http://angiang.localhost:8000/van-ban/' in public.text
    )

    with at((2026, 11, 25)):
        # Three weeks later: the idle session has ended; sign in again.
        province = signed_in(client_class, PROVINCE_HOST)
        response = province.get("/admin/van-ban-di/", HTTP_HOST=PROVINCE_HOST)
        assert response.status_code == 200, response.get("Location")
        html = response.text
    html = html[html.index("</form>") :]  # past the sending form's checkboxes
    rows = {
        name: html[html.index(name) :].split("</tr>")[0]
        for name in ("Sở Thông tin và Truyền thông", "Sở Y tế", "Sở Tư pháp")
    }
    assert (
        "05/11/2026" in rows["Sở Thông tin và Truyền thông"]
        and "Đúng hạn" in rows["Sở Thông tin và Truyền thông"]
    )
    assert "20/11/2026" in rows["Sở Y tế"] and "Trễ 4 ngày làm việc" in rows["Sở Y tế"]
    assert "Chưa đăng" in rows["Sở Tư pháp"] and "Trễ" in rows["Sở Tư pháp"]


def test_only_the_province_sends(client_class, three_portals):
    a = signed_in(client_class, A_HOST)
    response = a.get("/admin/van-ban-di/", HTTP_HOST=A_HOST)
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_without_publish_permission_the_copy_goes_to_the_board(
    client_class, three_portals
):
    from province.distribution import distribute

    with inside("angiang"):
        doc = LegalDocumentPage.objects.get(pk=three_portals.pk)
        sender = get_user_model().objects.get(username="truongban")
        distribute(doc, [agency("sotttt")], sender)
    head("sotttt", role=roles.EDITOR, username="bientap")
    editor = signed_in(client_class, A_HOST, "bientap")
    target = DistributionTarget.objects.get(agency__code="sotttt")
    editor.post("/admin/van-ban-den/", {"target": target.pk}, HTTP_HOST=A_HOST)
    with inside("sotttt"):
        copy = LegalDocumentPage.objects.get(number_symbol="25/2026/QĐ-UBND")
        assert not copy.live and copy.workflow_in_progress
    target.refresh_from_db()
    assert target.published_at is None
