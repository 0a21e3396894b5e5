"""Foreign-language sections per portal (Art. 9.3), served under /en/, /fr/..."""

import pytest
from wagtail.models import Locale

from home import languages
from home.models import SectionPage
from tenants.provisioning import PortalRequest, provision_portal
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db


def test_enabling_a_language_on_one_portal_never_touches_another(client):
    with inside("sotttt"):
        languages.enable("en")
        assert sorted(languages.enabled()) == ["en", "vi"]
    with inside("soyte"):
        assert languages.enabled() == ["vi"]
    english = client.get("/en/", HTTP_HOST=A_HOST)
    assert english.status_code == 200
    assert '<html lang="en">' in english.text
    assert client.get("/en/", HTTP_HOST=B_HOST).status_code == 404
    assert client.get("/en/gioi-thieu/", HTTP_HOST=A_HOST).status_code == 200


def test_an_untranslated_copy_is_no_alternate_and_says_so(client):
    with inside("sotttt"):
        languages.enable("en")
    html = client.get("/gioi-thieu/", HTTP_HOST=A_HOST).text
    assert '<html lang="vi">' in html
    # Only a copy of the Vietnamese page exists in English: no alternate, and
    # the switcher goes to the English home.
    assert 'hreflang="en" href' not in html.split("</head>")[0]
    assert '<a href="/en/" lang="en" hreflang="en">English</a>' in html
    mirror = client.get("/en/gioi-thieu/", HTTP_HOST=A_HOST).text
    assert 'lang="vi"' in mirror.split("<main")[1]
    assert 'rel="alternate"' not in mirror.split("</head>")[0]


def test_hreflang_alternates_and_the_switcher(
    client, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import Translation
    from wagtail_localize.operations import translate_object

    with inside("sotttt"):
        english = languages.enable("en")
        source = SectionPage.objects.get(slug="gioi-thieu", locale__language_code="vi")
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(source, [english])
            Translation.objects.get(
                source__object_id=source.translation_key, target_locale=english
            ).save_target(publish=True)
    html = client.get("/gioi-thieu/", HTTP_HOST=A_HOST).text
    assert '<html lang="vi">' in html
    assert (
        f'<link rel="alternate" hreflang="en" href="http://{A_HOST}:8000/en/gioi-thieu/">'
        in html
    )
    assert (
        f'<link rel="alternate" hreflang="vi" href="http://{A_HOST}:8000/gioi-thieu/">'
        in html
    )
    assert (
        f'<link rel="alternate" hreflang="x-default" href="http://{A_HOST}:8000/gioi-thieu/">'
        in html
    )
    assert '<a href="/en/gioi-thieu/" lang="en" hreflang="en">English</a>' in html
    english_html = client.get("/en/gioi-thieu/", HTTP_HOST=A_HOST).text
    assert '<html lang="en">' in english_html
    assert (
        '<a href="/gioi-thieu/" lang="vi" hreflang="vi">Tiếng Việt</a>' in english_html
    )


def test_the_foreign_affairs_portal_is_provisioned_with_four_languages(client):
    provision_portal(
        PortalRequest(
            name="Sở Ngoại vụ",
            kind="department",
            parent="angiang",
            decision_number="9/QĐ",
            admin_password="Ngoai-Vu-An-Giang-2026",
            languages=["en", "zh-hans", "fr", "km"],
        )
    )
    with inside("songoaivu"):
        assert sorted(Locale.objects.values_list("language_code", flat=True)) == [
            "en",
            "fr",
            "km",
            "vi",
            "zh-hans",
        ]
    host = "songoaivu.angiang.localhost"
    assert '<html lang="km">' in client.get("/km/", HTTP_HOST=host).text
    assert '<html lang="zh-Hans">' in client.get("/zh-hans/", HTTP_HOST=host).text
    assert '<html lang="fr">' in client.get("/fr/", HTTP_HOST=host).text
    with inside("sotttt"):
        assert languages.enabled() == ["vi"]


def test_only_the_listed_languages():
    with inside("sotttt"), pytest.raises(ValueError, match="không có trong danh sách"):
        languages.enable("de")


def test_foreign_language_copies_are_not_counted_twice_for_deadlines():
    from datetime import date

    from deadlines.tracking import counts
    from tests.documents_factory import add_document

    with inside("sotttt"):
        add_document("7/QĐ-STTTT", "Quyết định thử", issued_on=date(2026, 11, 2))
        languages.enable("en")
        stats = counts(date(2026, 11, 1), date(2026, 11, 30), today=date(2026, 11, 30))
    assert stats.on_time + stats.late + stats.open == 1


def test_the_dic_enables_a_language_from_the_console(
    client, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    from tests.portals import CONSOLE_HOST

    operator = get_user_model().objects.create_user(
        "vanhanh", password="Van-hanh-He-thong-2026", is_staff=True
    )
    operator.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="tenants", codename="change_agency"
        )
    )
    client.post(
        "/dang-nhap/",
        {"username": "vanhanh", "password": "Van-hanh-He-thong-2026"},
        HTTP_HOST=CONSOLE_HOST,
    )
    page = client.get("/cong/sotttt/", HTTP_HOST=CONSOLE_HOST).text
    assert '<span lang="zh-Hans">简体中文</span>' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/cong/sotttt/", {"language": "km"}, HTTP_HOST=CONSOLE_HOST
        )
    assert response.status_code == 302
    with inside("sotttt"):
        assert sorted(languages.enabled()) == ["km", "vi"]
    with inside("soyte"):
        assert languages.enabled() == ["vi"]
    assert (
        "ភាសាខ្មែរ</span> – đang dùng"
        in client.get("/cong/sotttt/", HTTP_HOST=CONSOLE_HOST).text
    )
    refused = client.post(
        "/cong/sotttt/", {"language": "de"}, HTTP_HOST=CONSOLE_HOST, follow=True
    )
    assert "không có trong danh sách cho phép" in refused.text
