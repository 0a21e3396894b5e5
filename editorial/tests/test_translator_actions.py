"""The translator's editor and dashboard (issue 11.6): the main action sends the
translation to the board, deleting is neither offered nor allowed, and every
role's dashboard is headed with the agency's name, not "aggov"."""

import html
import json
import re

import pytest
from wagtail.models import Page, TaskState

from editorial import roles
from editorial.translator_editor import SEND_LABEL
from home import languages
from home.models import SectionPage
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in, signed_in_team
from tests.test_translation import translate_into_english

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(client_class):
    with inside("sotttt"):
        languages.enable("en")
    return signed_in_team(
        client_class,
        "sotttt",
        A_HOST,
        {
            "bientich": (roles.TRANSLATOR, "Trần Anh"),
            "truongban": (roles.HEAD, "Lê Thị Thu Trang"),
            "btv": (roles.EDITOR, "Huỳnh Ngọc Hân"),
        },
    )


@pytest.fixture
def english_page(team, django_capture_on_commit_callbacks):
    with inside("sotttt"):
        about = SectionPage.objects.get(slug="gioi-thieu", locale__language_code="vi")
    # On commit, the converted alias goes offline until the board approves it:
    # a non-live page the translator may change, which Wagtail lets them delete.
    with django_capture_on_commit_callbacks(execute=True):
        translate_into_english(team["bientich"], f"page/{about.pk}")
    with inside("sotttt"):
        return Page.objects.get(
            translation_key=about.translation_key, locale__language_code="en"
        )


def editor_props(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    found = re.search(
        r'class="js-translation-editor" data-props="([^"]*)"', response.text
    )
    assert found, "not wagtail-localize's translation editor"
    return json.loads(html.unescape(found.group(1)))


def test_the_translator_is_offered_no_delete_and_sends_to_the_board(team, english_page):
    props = editor_props(team["bientich"], english_page)
    assert props["perms"]["canDelete"] is False
    assert props["links"]["deleteUrl"] is None
    # The footer's main (last) action is the button posting action=publish.
    assert props["perms"]["canPublish"] is True
    catalogue = team["bientich"].get("/admin/localize/jsi18n/", HTTP_HOST=A_HOST)
    assert catalogue.status_code == 200
    # (Django's catalogue is JSON with non-ASCII escaped, like json.dumps.)
    assert f'"Publish in ": {json.dumps(SEND_LABEL)}' in catalogue.text

    live_before = english_page.live_revision_id
    response = team["bientich"].post(
        f"/admin/pages/{english_page.pk}/edit/",
        {"action": "publish"},
        HTTP_HOST=A_HOST,
        follow=True,
    )
    assert response.status_code == 200
    assert response.redirect_chain == [("/admin/ban-dich/", 302)]
    assert (
        f"Đã gửi “{english_page.title}” cho Ban biên tập duyệt. Đang chờ bước "
        "“Thành viên Ban biên tập thẩm định”" in html.unescape(response.text)
    )
    with inside("sotttt"):
        page = Page.objects.get(pk=english_page.pk)
        assert page.live_revision_id == live_before  # nothing published
        assert TaskState.objects.filter(
            workflow_state__object_id=str(page.pk),
            status=TaskState.STATUS_IN_PROGRESS,
        ).exists()


def test_the_head_keeps_wagtail_localizes_publish_button(team, english_page):
    props = editor_props(team["truongban"], english_page)
    assert props["perms"]["canPublish"] is True
    catalogue = team["truongban"].get("/admin/localize/jsi18n/", HTTP_HOST=A_HOST)
    assert catalogue.status_code == 200
    assert '"Publish in "' in catalogue.text
    assert json.dumps(SEND_LABEL) not in catalogue.text


def test_a_translator_cannot_delete_a_translation_on_the_server(team, english_page):
    translator = team["bientich"]
    assert not english_page.live
    url = f"/admin/pages/{english_page.pk}/delete/"
    response = translator.get(url, HTTP_HOST=A_HOST)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"  # Wagtail's "permission denied"
    response = translator.post(url, HTTP_HOST=A_HOST)
    assert response.status_code in (302, 403)
    bulk = translator.post(
        "/admin/bulk/wagtailcore/page/delete/?id=" + str(english_page.pk),
        HTTP_HOST=A_HOST,
    )
    assert bulk.status_code in (302, 403)
    with inside("sotttt"):
        assert Page.objects.filter(pk=english_page.pk).exists()


@pytest.mark.parametrize("who", ["bientich", "truongban", "btv"])
def test_every_roles_dashboard_is_headed_with_the_agencys_name(team, who):
    response = team[who].get("/admin/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    heading = re.search(
        r'<h1 class="w-h1 w-mt-0">\s*(.*?)\s*</h1>', response.text, re.S
    )
    assert heading and heading.group(1) == "Sở Thông tin và Truyền thông"


def test_another_portals_dashboard_has_its_own_name(client_class):
    make_staff("soyte", "bientich_yte", roles.TRANSLATOR, "Lý Thu")
    client = signed_in(client_class, B_HOST, "bientich_yte")
    response = client.get("/admin/", HTTP_HOST=B_HOST)
    assert response.status_code == 200
    heading = re.search(
        r'<h1 class="w-h1 w-mt-0">\s*(.*?)\s*</h1>', response.text, re.S
    )
    assert heading and heading.group(1) == "Sở Y tế"


def test_the_editors_catalogue_is_for_signed_in_staff_only(client):
    response = client.get("/admin/localize/jsi18n/", HTTP_HOST=A_HOST)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_translated_announcement_is_sent_to_the_board_from_its_editor(
    team, django_capture_on_commit_callbacks
):
    from home.models import Announcement

    with inside("sotttt"):
        notice = Announcement(title="Lịch tiếp công dân", body="<p>Thứ Năm.</p>")
        notice.save()
        notice.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translate_into_english(
            team["bientich"], f"snippet/home/announcement/{notice.pk}"
        )
    with inside("sotttt"):
        english = Announcement.objects.get(
            translation_key=notice.translation_key, locale__language_code="en"
        )
    url = f"/admin/snippets/home/announcement/edit/{english.pk}/"
    response = team["bientich"].get(url, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    found = re.search(
        r'class="js-translation-editor" data-props="([^"]*)"', response.text
    )
    props = json.loads(html.unescape(found.group(1)))
    assert props["perms"]["canDelete"] is False
    assert props["perms"]["canPublish"] is True  # the board's button, see above

    response = team["bientich"].post(
        url, {"action": "publish"}, HTTP_HOST=A_HOST, follow=True
    )
    assert response.redirect_chain == [("/admin/ban-dich/", 302)]
    assert "cho Ban biên tập duyệt. Đang chờ bước" in html.unescape(response.text)
    with inside("sotttt"):
        english.refresh_from_db()
        assert not english.live
        assert english.workflow_in_progress
