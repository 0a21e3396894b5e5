"""The DIC's operator console on the public host: only operators get in."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django_tenants.utils import schema_exists

from tenants.models import Agency
from tests.portals import A_HOST, CONSOLE_HOST

pytestmark = pytest.mark.django_db

PASSWORD = "Van-hanh-He-thong-2026"


def make_user(username, *perms, staff=True):
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, is_staff=staff
    )
    for codename in perms:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="tenants", codename=codename)
        )
    return user


@pytest.fixture
def operator(client):
    make_user("vanhanh", "view_agency", "add_agency", "change_agency")
    client.post(
        "/dang-nhap/",
        {"username": "vanhanh", "password": PASSWORD},
        HTTP_HOST=CONSOLE_HOST,
    )
    return client


class TestPermissions:
    @pytest.mark.parametrize("path", ["/", "/cong-moi/", "/suc-khoe/"])
    def test_anonymous_is_sent_to_sign_in(self, client, path):
        response = client.get(path, HTTP_HOST=CONSOLE_HOST)
        assert response.status_code == 302
        assert response["Location"].startswith("/dang-nhap/")

    def test_a_user_without_the_permission_is_refused(self, client):
        make_user("nhanvien")
        client.post(
            "/dang-nhap/",
            {"username": "nhanvien", "password": PASSWORD},
            HTTP_HOST=CONSOLE_HOST,
        )
        for path in ("/", "/cong-moi/", "/suc-khoe/"):
            assert client.get(path, HTTP_HOST=CONSOLE_HOST).status_code == 403

    def test_a_viewer_cannot_create(self, client):
        make_user("xem", "view_agency")
        client.post(
            "/dang-nhap/",
            {"username": "xem", "password": PASSWORD},
            HTTP_HOST=CONSOLE_HOST,
        )
        assert client.get("/", HTTP_HOST=CONSOLE_HOST).status_code == 200
        assert client.get("/cong-moi/", HTTP_HOST=CONSOLE_HOST).status_code == 403

    def test_a_portal_administrator_cannot_sign_in_to_the_console(self, client):
        response = client.post(
            "/dang-nhap/",
            {"username": "quantri_a", "password": "Mật-khẩu-thử-2026!"},
            HTTP_HOST=CONSOLE_HOST,
        )
        assert response.status_code == 200
        assert client.get("/", HTTP_HOST=CONSOLE_HOST).status_code == 302

    def test_the_console_is_not_served_on_a_portal_host(self, client):
        assert client.get("/dang-nhap/", HTTP_HOST=A_HOST).status_code == 404

    def test_sign_in_form_does_not_let_browsers_keep_the_account_name(self, client):
        html = client.get("/dang-nhap/", HTTP_HOST=CONSOLE_HOST).text
        assert 'name="username" type="text" autocomplete="off"' in html
        assert "remember" not in html.lower()


class TestRegistry:
    def test_lists_portals_with_domains_kinds_parents(self, operator):
        html = operator.get("/", HTTP_HOST=CONSOLE_HOST).text
        assert '<a href="/cong/sotttt/">Sở Thông tin và Truyền thông</a></th>' in html
        assert f'<a href="http://{A_HOST}:8000/">{A_HOST}</a>' in html
        assert "Ủy ban nhân dân tỉnh An Giang" in html  # parent column

    def test_health_reports_every_portal_current(self, operator):
        html = operator.get("/suc-khoe/", HTTP_HOST=CONSOLE_HOST).text
        assert html.count("Bình thường") == Agency.objects.portals().count()
        assert "Cần kiểm tra" not in html

    def test_health_reports_a_missing_schema(self, operator):
        Agency(name="Cổng hỏng", code="conghong", schema_name="conghong").save_base(
            raw=True
        )
        html = operator.get("/suc-khoe/", HTTP_HOST=CONSOLE_HOST).text
        assert "Không truy cập được" in html
        assert "Cần kiểm tra" in html


class TestCreate:
    def test_creates_a_portal_through_the_service(self, operator):
        response = operator.post(
            "/cong-moi/",
            {
                "name": "Sở Văn hóa, Thể thao và Du lịch",
                "kind": "department",
                "parent": "angiang",
                "decision_number": "88/QĐ-UBND",
                "decision_date": "2018-05-02",
                "admin_username": "quantri",
            },
            HTTP_HOST=CONSOLE_HOST,
        )
        assert response.status_code == 200
        assert "Đã tạo cổng" in response.text
        assert "Mật khẩu (chỉ hiện một lần)" in response.text
        agency = Agency.objects.get(code="sovhttdl")
        assert schema_exists("sovhttdl")
        assert agency.decision_number == "88/QĐ-UBND"
        assert (
            operator.get("/", HTTP_HOST="sovhttdl.angiang.localhost").status_code == 200
        )

    def test_bad_input_gets_a_vietnamese_error_and_writes_nothing(self, operator):
        before = Agency.objects.count()
        response = operator.post(
            "/cong-moi/",
            {
                "name": "Sở Y tế",
                "kind": "department",
                "code": "soyte2",
                "decision_number": "1/QĐ",
                "decision_date": "2018-05-02",
                "admin_username": "quantri",
            },
            HTTP_HOST=CONSOLE_HOST,
        )
        assert response.status_code == 200
        assert "đã được cấp cho «Sở Y tế»" in response.text
        assert Agency.objects.count() == before


class TestAgencyDetail:
    def test_suspending_a_portal_takes_its_public_pages_down_not_its_admin(
        self, operator
    ):
        url = "/cong/soyte/"
        form = operator.get(url, HTTP_HOST=CONSOLE_HOST)
        assert form.status_code == 200
        soyte = Agency.objects.get(code="soyte")
        response = operator.post(
            url,
            {
                "save": "1",
                "name": soyte.name,
                "parent": soyte.parent_id,
                "address": "Số 1 đường Thử, Long Xuyên",
                "status": "suspended",
            },
            HTTP_HOST=CONSOLE_HOST,
        )
        assert response.status_code == 302
        soyte.refresh_from_db()
        assert (
            soyte.status == "suspended"
            and soyte.address == "Số 1 đường Thử, Long Xuyên"
        )
        page = operator.get("/", HTTP_HOST="soyte.angiang.localhost")
        assert page.status_code == 503
        assert "tạm ngừng hoạt động" in page.text
        assert (
            operator.get(
                "/admin/login/", HTTP_HOST="soyte.angiang.localhost"
            ).status_code
            == 200
        )
        province = operator.get("/", HTTP_HOST="angiang.localhost").text
        assert 'href="http://soyte.angiang.localhost:8000/"' not in province

    def test_moving_to_a_new_domain_keeps_the_old_one_three_months(self, operator):
        from datetime import timedelta

        from django.utils import timezone
        from wagtail.models import Site

        from tenants.models import Domain
        from tests.portals import inside

        response = operator.post(
            "/cong/sotttt/",
            {"move": "1", "label": "stttt", "reason": "Theo công văn số 5/STTTT"},
            HTTP_HOST=CONSOLE_HOST,
        )
        assert response.status_code == 302
        old = Domain.objects.get(domain=A_HOST)
        new = Domain.objects.get(domain="stttt.angiang.localhost")
        assert new.is_primary and not old.is_primary
        assert (old.valid_until - timezone.localdate()).days in range(89, 93)
        with inside("sotttt"):
            assert Site.objects.get(is_default_site=True).hostname == new.domain
        assert operator.get("/", HTTP_HOST=new.domain).status_code == 200
        assert operator.get("/", HTTP_HOST=A_HOST).status_code == 200  # in parallel
        Domain.objects.filter(pk=old.pk).update(
            valid_until=timezone.localdate() - timedelta(days=1)
        )
        from tenants import hosts

        hosts.clear()
        assert operator.get("/", HTTP_HOST=A_HOST).status_code == 404

    def test_moving_to_a_taken_domain_is_refused(self, operator):
        response = operator.post(
            "/cong/sotttt/",
            {"move": "1", "label": "soyte", "reason": "thử"},
            HTTP_HOST=CONSOLE_HOST,
        )
        assert response.status_code == 200
        assert "đã được cấp cho «Sở Y tế»" in response.text

    def test_needs_the_change_permission(self, client):
        make_user("xem2", "view_agency")
        client.post(
            "/dang-nhap/",
            {"username": "xem2", "password": PASSWORD},
            HTTP_HOST=CONSOLE_HOST,
        )
        assert client.get("/cong/sotttt/", HTTP_HOST=CONSOLE_HOST).status_code == 403


class TestAgencyKinds:
    def test_an_operator_adds_a_kind_and_provisions_with_it(self, client):
        make_user("kieu", "view_agencykind", "add_agencykind", "change_agencykind")
        client.post(
            "/dang-nhap/",
            {"username": "kieu", "password": PASSWORD},
            HTTP_HOST=CONSOLE_HOST,
        )
        response = client.post(
            "/loai-co-quan/moi/",
            {
                "code": "mass_org",
                "name": "Tổ chức chính trị – xã hội",
                "name_plural": "Các tổ chức chính trị – xã hội",
                "domain_style": "abbreviate",
                "domain_prefix": "hoi",
                "strip_prefixes": "Hội",
                "abbreviate_from": 3,
                "sort_order": 60,
            },
            HTTP_HOST=CONSOLE_HOST,
        )
        assert response.status_code == 302
        assert (
            "Tổ chức chính trị – xã hội"
            in client.get("/loai-co-quan/", HTTP_HOST=CONSOLE_HOST).text
        )

        from tenants.provisioning import PortalRequest, provision_portal

        result = provision_portal(
            PortalRequest(
                name="Hội Liên hiệp Phụ nữ tỉnh",
                kind="mass_org",
                admin_password="Phu-nu-An-Giang-2026",
                decision_number="7/QĐ-UBND",
            )
        )
        assert result.domain == "hoilhpnt.angiang.localhost"

    def test_kinds_need_their_permissions(self, operator):
        assert operator.get("/loai-co-quan/", HTTP_HOST=CONSOLE_HOST).status_code == 403
