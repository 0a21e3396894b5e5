"""Provisioning: what a new portal gets, all or nothing, once per code."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django_tenants.utils import schema_exists, tenant_context

from documents.models import LegalDocumentIndexPage
from editorial.roles import ROLES
from home.models import HomePage, NewsIndexPage, SectionPage
from home.sections import SECTIONS
from qa.pages import QAIndexPage
from services.models import ProcedureIndexPage
from tenants import provisioning
from tenants.models import Agency, Domain
from tenants.provisioning import PortalRequest, ProvisioningError, provision_portal

pytestmark = pytest.mark.django_db

STRONG = "Ph@t-trien-2026-AG"


def request_for(name="Sở Tư pháp", kind="department", **extra):
    extra.setdefault("admin_password", STRONG)
    extra.setdefault("decision_number", "12/QĐ-UBND")
    return PortalRequest(name=name, kind=kind, parent="angiang", **extra)


class TestNewPortal:
    def test_creates_schema_domain_site_sections_groups_and_admin(self):
        result = provision_portal(
            request_for(decision_number="45/QĐ-UBND", admin_username="quantri_stp")
        )
        agency = result.agency
        assert result.created
        assert agency.code == agency.schema_name == "sotuphap"
        assert agency.decision_number == "45/QĐ-UBND"
        assert agency.parent.code == "angiang"
        assert schema_exists("sotuphap")
        assert result.domain == f"sotuphap.{settings.PORTAL_BASE_DOMAIN}"
        assert Domain.objects.get(tenant=agency).is_primary

        with tenant_context(agency):
            from wagtail.models import Locale, Site

            site = Site.objects.get(is_default_site=True)
            assert site.hostname == result.domain
            home = site.root_page.specific
            assert isinstance(home, HomePage) and home.title == "Sở Tư pháp"
            children = list(home.get_children().specific())
            assert [c.slug for c in children] == [s.slug for s in SECTIONS]
            assert sum(isinstance(c, NewsIndexPage) for c in children) == 1
            assert sum(isinstance(c, LegalDocumentIndexPage) for c in children) == 1
            assert sum(isinstance(c, QAIndexPage) for c in children) == 1
            assert sum(isinstance(c, ProcedureIndexPage) for c in children) == 1
            assert all(
                isinstance(
                    c,
                    (
                        SectionPage,
                        NewsIndexPage,
                        LegalDocumentIndexPage,
                        QAIndexPage,
                        ProcedureIndexPage,
                    ),
                )
                for c in children
            )
            assert list(Locale.objects.values_list("language_code", flat=True)) == [
                "vi"
            ]
            assert set(Group.objects.values_list("name", flat=True)) == {
                r.name for r in ROLES
            }
            admin = get_user_model().objects.get(username="quantri_stp")
            assert admin.check_password(STRONG)
            # The technical administrator manages the site but is no superuser:
            # publishing needs the board (Art. 24).
            assert not admin.is_superuser
            assert list(admin.groups.values_list("name", flat=True)) == [
                "Quản trị kỹ thuật"
            ]
            assert admin.decision_number == "45/QĐ-UBND"
        assert connection.schema_name == "public"

    def test_generated_password_is_returned_once(self):
        result = provision_portal(request_for(admin_password=""))
        assert len(result.admin_password) >= 12
        with tenant_context(result.agency):
            assert (
                get_user_model()
                .objects.get(username="quantri")
                .check_password(result.admin_password)
            )

    def test_override_is_used_and_recorded(self):
        result = provision_portal(
            request_for(
                name="Sở Tài nguyên và Môi trường",
                domain_override="stnmt",
                domain_override_reason="Tên miền cũ đã quen dùng",
            )
        )
        assert result.domain == f"stnmt.{settings.PORTAL_BASE_DOMAIN}"
        assert result.agency.domain_override == "stnmt"
        assert result.agency.domain_override_reason == "Tên miền cũ đã quen dùng"

    def test_decomposed_name_is_stored_nfc(self):
        import unicodedata

        name = unicodedata.normalize("NFD", "Sở Xây dựng")
        result = provision_portal(request_for(name=name))
        assert result.agency.name == "Sở Xây dựng"
        assert unicodedata.is_normalized("NFC", result.agency.name)


class TestIdempotent:
    def test_same_code_returns_the_existing_portal(self):
        before = (Agency.objects.count(), Domain.objects.count())
        result = provision_portal(
            PortalRequest(
                name="Sở Thông tin và Truyền thông",
                kind="department",
                decision_number="1/QĐ",
            )
        )
        assert not result.created
        assert result.agency.code == "sotttt"
        assert (Agency.objects.count(), Domain.objects.count()) == before


class TestAllOrNothing:
    def test_a_failing_late_step_leaves_no_schema_domain_or_row(self, monkeypatch):
        def fail(plan):
            raise RuntimeError("mô phỏng lỗi ở bước cuối")

        monkeypatch.setattr(provisioning, "create_administrator", fail)
        before = (Agency.objects.count(), Domain.objects.count())
        with pytest.raises(RuntimeError):
            provision_portal(request_for(name="Sở Công Thương"))
        assert not schema_exists("socongthuong")
        assert not Agency.objects.filter(code="socongthuong").exists()
        assert not Domain.objects.filter(domain__startswith="socongthuong.").exists()
        assert (Agency.objects.count(), Domain.objects.count()) == before
        assert connection.schema_name == "public"

    def test_after_a_failure_the_same_portal_can_be_created(self, monkeypatch):
        monkeypatch.setattr(provisioning, "create_groups", lambda home: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            provision_portal(request_for(name="Sở Nội vụ"))
        monkeypatch.undo()
        assert provision_portal(request_for(name="Sở Nội vụ")).created


class TestBadInput:
    def test_decision_is_required(self):
        with pytest.raises(ProvisioningError, match="số quyết định"):
            provision_portal(request_for(decision_number=" "))

    def test_empty_name(self):
        with pytest.raises(ProvisioningError, match="không được để trống"):
            provision_portal(request_for(name="  "))

    def test_unknown_kind(self):
        with pytest.raises(ProvisioningError, match="Không có loại cơ quan"):
            provision_portal(request_for(kind="hoi-dong"))

    def test_clashing_domain_names_its_owner(self):
        with pytest.raises(ProvisioningError) as error:
            provision_portal(
                request_for(
                    name="Sở Tài chính",
                    code="sotaichinh",
                    domain_override="sotttt",
                    domain_override_reason="thử",
                )
            )
        assert "đã được cấp cho «Sở Thông tin và Truyền thông»" in error.value.message

    def test_clashing_schema(self):
        with connection.cursor() as cursor:
            cursor.execute('CREATE SCHEMA "sotaichinh"')
        with pytest.raises(
            ProvisioningError, match="Lược đồ dữ liệu «sotaichinh» đã tồn tại"
        ):
            provision_portal(request_for(name="Sở Tài chính"))

    @pytest.mark.parametrize("code", ["portal_template", "province", "pg_x"])
    def test_reserved_code(self, code):
        # "province": the province's search index alias is <prefix>-province.
        with pytest.raises(ProvisioningError, match="dành riêng"):
            provision_portal(request_for(name="Sở Tài chính", code=code))

    def test_override_needs_a_reason(self):
        with pytest.raises(ProvisioningError, match="lý do"):
            provision_portal(request_for(name="Sở Tài chính", domain_override="stc"))

    def test_bad_override(self):
        with pytest.raises(ProvisioningError, match="không hợp lệ"):
            provision_portal(
                request_for(
                    name="Sở Tài chính",
                    domain_override="sở-tc",
                    domain_override_reason="x",
                )
            )

    def test_weak_admin_password(self):
        with pytest.raises(ProvisioningError) as error:
            provision_portal(request_for(name="Sở Tài chính", admin_password="123456"))
        assert error.value.field == "admin_password"
        assert not Agency.objects.filter(code="sotaichinh").exists()


class TestRace:
    def test_a_portal_created_meanwhile_gives_a_clear_error(self, monkeypatch):
        """Both operators passed the checks; the second write must not be a 500."""
        plan = provisioning.plan_portal(request_for(name="Sở Công Thương"))
        provision_portal(request_for(name="Sở Công Thương"))
        monkeypatch.setattr(provisioning, "plan_portal", lambda request: plan)
        with pytest.raises(ProvisioningError, match="vừa được tạo"):
            provision_portal(request_for(name="Sở Công Thương"))
        assert Agency.objects.filter(code="socongthuong").count() == 1
        assert connection.schema_name == "public"
