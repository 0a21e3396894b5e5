"""The catalogue in a portal's other languages: only procedures translated
into that language are listed, with the interface in that language."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.utils import translation

from home import languages
from services.tests.procedures_factory import add_procedure, field
from tests.portals import A_HOST, inside

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _vietnamese_afterwards():
    yield
    translation.activate(settings.LANGUAGE_CODE)


def test_the_english_catalogue_lists_the_english_procedures(
    client, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import Translation
    from wagtail_localize.operations import translate_object

    from services.models import ProcedurePage

    with inside("sotttt"):
        civil = field("Tư pháp", "Hộ tịch")
        source = add_procedure(
            "1.000080",
            "Đăng ký khai sinh",
            level=3,
            field=civil,
            government_levels=["xa"],
        )
        add_procedure("1.001193", "Đăng ký kết hôn", level=4, field=civil)
        english = languages.enable("en")
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(source, [english])
            Translation.objects.get(
                source__object_id=source.translation_key, target_locale=english
            ).save_target(publish=True)
        translated = ProcedurePage.objects.get(locale=english, code="1.000080")
        assert translated.alias_of_id is None
        assert translated.unique_code == "en:1.000080"
    response = client.get("/en/dich-vu-cong/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    html = response.text
    assert '<html lang="en">' in html
    assert "1 procedure</h2>" in html
    assert "Level 3 – Partly online public service" in html
    assert "Commune" in html
    assert "Đăng ký kết hôn" not in html  # not translated: not listed
    # The English page's submission goes through the English URL.
    page = client.get(translated.url, HTTP_HOST=A_HOST)
    assert page.status_code == 200
    assert 'href="/en/thu-tuc/1.000080/nop-truc-tuyen/"' in page.text
    assert (
        client.get("/en/thu-tuc/1.000080/nop-truc-tuyen/", HTTP_HOST=A_HOST).status_code
        == 302
    )
    # The Vietnamese catalogue still lists both, once each.
    assert "2 thủ tục</h2>" in client.get("/dich-vu-cong/", HTTP_HOST=A_HOST).text
