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
    make_user("vanhanh", "view_agency", "add_agency")
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
        assert '<th scope="row">Sở Thông tin và Truyền thông</th>' in html
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
