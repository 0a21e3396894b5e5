"""Every portal's services section is the catalogue's index page: made so by
provisioning on new portals, and by migration services/0002 on older ones."""

import importlib

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection

from home.models import SectionPage, StandardPage
from services.models import ProcedureIndexPage
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db

convert = importlib.import_module(
    "services.migrations.0002_services_section_becomes_catalogue"
).convert


def test_a_new_portal_has_the_catalogue_at_its_services_address(client):
    with inside("sotttt"):
        index = ProcedureIndexPage.objects.get(
            locale__language_code=settings.LANGUAGE_CODE
        )
        assert index.slug == "dich-vu-cong"
        assert index.get_parent().specific_class.__name__ == "HomePage"
    response = client.get("/dich-vu-cong/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "Thủ tục hành chính – Dịch vụ công trực tuyến" in response.text


def _as_an_older_portal_had_it(index):
    """Turn the catalogue back into the plain section older portals have."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO home_sectionpage (page_ptr_id, intro) "
            "SELECT page_ptr_id, intro FROM services_procedureindexpage WHERE page_ptr_id = %s",
            [index.pk],
        )
        cursor.execute(
            "DELETE FROM services_procedureindexpage WHERE page_ptr_id = %s", [index.pk]
        )
    section_type = apps.get_model("contenttypes", "ContentType").objects.get_for_model(
        SectionPage
    )
    from wagtail.models import Page, Revision

    Page.objects.filter(pk=index.pk).update(content_type=section_type)
    Revision.objects.filter(object_id=str(index.pk)).update(content_type=section_type)


def test_an_older_portals_services_section_becomes_the_catalogue(client):
    with inside("sotttt"):
        index = ProcedureIndexPage.objects.get(
            locale__language_code=settings.LANGUAGE_CODE
        )
        index.intro = "<p>Hướng dẫn tra cứu thủ tục của Sở.</p>"
        index.save_revision().publish()
        guide = index.add_child(
            instance=StandardPage(
                title="Hướng dẫn nộp hồ sơ trực tuyến",
                slug="huong-dan-nop-ho-so",
                summary="Các bước nộp hồ sơ.",
            )
        )
        _as_an_older_portal_had_it(index)
        old = SectionPage.objects.get(pk=index.pk)
        assert old.intro == "<p>Hướng dẫn tra cứu thủ tục của Sở.</p>"
        with connection.schema_editor() as editor:
            convert(apps, editor)
        converted = ProcedureIndexPage.objects.get(pk=index.pk)
        assert not SectionPage.objects.filter(pk=index.pk).exists()
        assert converted.url_path == old.url_path
        assert converted.intro == "<p>Hướng dẫn tra cứu thủ tục của Sở.</p>"
        assert list(converted.get_children().values_list("pk", flat=True)) == [guide.pk]
        assert isinstance(
            converted.get_latest_revision().as_object(), ProcedureIndexPage
        )
    response = client.get("/dich-vu-cong/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "Hướng dẫn tra cứu thủ tục của Sở." in response.text
    # The other portal's catalogue was already one, and is untouched.
    with inside("soyte"):
        assert ProcedureIndexPage.objects.filter(slug="dich-vu-cong").count() == 1
    assert client.get("/dich-vu-cong/", HTTP_HOST=B_HOST).status_code == 200
