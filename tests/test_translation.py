"""Translating a portal's pages (Art. 9.3): a translator works in
wagtail-localize and hands translations to outside translators as PO files;
the board approves each translation through its workflow before it goes live
under /en/; the translator never publishes and never edits Vietnamese."""

import polib
import pytest
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowPage
from wagtail_localize.models import Translation

from editorial import roles
from home import languages
from home.models import Announcement, SectionPage
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Giới thiệu": "About us",
    "gioi-thieu": "about-us",
}


def english(msgid: str) -> str:
    return ENGLISH.get(msgid, f"(EN) {msgid}")


@pytest.fixture
def team():
    with inside("sotttt"):
        languages.enable("en")
    return {
        "translator": make_staff("sotttt", "bientich", roles.TRANSLATOR, "Trần Anh"),
        "member": make_staff("sotttt", "thanhvien", roles.MEMBER, "Phạm Thị Mai"),
        "head": make_staff("sotttt", "truongban", roles.HEAD, "Lê Thị Thu Trang"),
    }


def vietnamese_about():
    with inside("sotttt"):
        return SectionPage.objects.get(slug="gioi-thieu", locale__language_code="vi")


def english_about():
    with inside("sotttt"):
        return Page.objects.get(
            translation_key=vietnamese_about().translation_key,
            locale__language_code="en",
        )


def in_progress(page_id):
    with inside("sotttt"):
        return TaskState.objects.get(
            workflow_state__object_id=str(page_id),
            status=TaskState.STATUS_IN_PROGRESS,
        )


def approve(client, page_id, task_state_id):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page_id, "approve", task_state_id],
    )
    return client.post(url, {"comment": ""}, HTTP_HOST=A_HOST)


def test_a_translation_goes_through_the_board_and_is_served_at_en(
    client, client_class, team, django_capture_on_commit_callbacks
):
    source = vietnamese_about()
    # Before anyone translates, /en/gioi-thieu/ mirrors the Vietnamese page,
    # says so, and claims no English alternate.
    mirror = client.get("/en/gioi-thieu/", HTTP_HOST=A_HOST)
    assert mirror.status_code == 200
    assert 'hreflang="en"' not in mirror.text.split("</head>")[0]

    translator = signed_in(client_class, A_HOST, "bientich")
    # The desk lists the Vietnamese page as still to translate, searchable
    # without diacritics, with the way in.
    desk = translator.get("/admin/ban-dich/?q=gioi thieu", HTTP_HOST=A_HOST).text
    start = f'href="/admin/localize/submit/page/{source.pk}/"'
    assert start in desk
    assert "Tin tức" not in desk.split("chưa dịch")[-1]  # filtered out
    everything = translator.get("/admin/ban-dich/", HTTP_HOST=A_HOST).text
    assert "Tin tức" in everything.split("chưa dịch")[-1]
    assert (
        translator.get(
            f"/admin/localize/submit/page/{source.pk}/", HTTP_HOST=A_HOST
        ).status_code
        == 200
    )
    with django_capture_on_commit_callbacks(execute=True):
        translate_into_english(translator, f"page/{source.pk}")
    desk = translator.get("/admin/ban-dich/?q=gioi thieu", HTTP_HOST=A_HOST).text
    assert start not in desk
    target = english_about()
    assert target.alias_of_id is None
    # Being translated: offline until the board approves it.
    assert not target.live
    assert client.get("/en/gioi-thieu/", HTTP_HOST=A_HOST).status_code == 404

    with inside("sotttt"):
        translation = Translation.objects.get(
            source__object_id=source.translation_key,
            target_locale__language_code="en",
        )
    # PO round trip: export, translated outside, imported back.
    po_url = f"/admin/localize/translate/{translation.pk}/pofile/download/"
    exported = translator.get(po_url, HTTP_HOST=A_HOST)
    assert exported.status_code == 200
    assert exported["Content-Type"].startswith("text/x-gettext-translation")
    po = polib.pofile(exported.content.decode())
    assert "Giới thiệu" in [entry.msgid for entry in po]
    for entry in po:
        entry.msgstr = english(entry.msgid)
    imported = translator.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {
            "file": _upload(str(po)),
            "next": reverse("editorial_translations"),
        },
        HTTP_HOST=A_HOST,
    )
    assert imported.status_code == 302
    again = polib.pofile(translator.get(po_url, HTTP_HOST=A_HOST).content.decode())
    assert {e.msgid: e.msgstr for e in again} == {e.msgid: english(e.msgid) for e in po}

    # The translator's desk lists it, fully translated.
    desk = translator.get("/admin/ban-dich/", HTTP_HOST=A_HOST)
    assert desk.status_code == 200
    assert "Giới thiệu" in desk.text and f"{len(po)}/{len(po)}" in desk.text

    # The translator works in wagtail-localize's editor on the English page.
    editor = translator.get(f"/admin/pages/{target.pk}/edit/", HTTP_HOST=A_HOST)
    assert editor.status_code == 200
    assert "Bản dịch của Giới thiệu sang English" in editor.text

    # Publishing is not the translator's to do: the editor's main button
    # sends the translation to the board instead (editorial.translator_editor).
    sent = translator.post(
        f"/admin/pages/{target.pk}/edit/", {"action": "publish"}, HTTP_HOST=A_HOST
    )
    assert sent.status_code == 302 and sent["Location"] == "/admin/ban-dich/"
    assert not english_about().live

    # Sent to the board: a draft revision under review, still offline.
    with django_capture_on_commit_callbacks(execute=True):
        sent = translator.post(
            f"/admin/ban-dich/{translation.pk}/gui-duyet/", HTTP_HOST=A_HOST
        )
    assert sent.status_code == 302
    assert client.get("/en/gioi-thieu/", HTTP_HOST=A_HOST).status_code == 404
    assert client.get("/en/about-us/", HTTP_HOST=A_HOST).status_code == 404
    step = in_progress(target.pk)
    assert step.task.name == "Thành viên Ban biên tập thẩm định"

    member = signed_in(client_class, A_HOST, "thanhvien")
    with django_capture_on_commit_callbacks(execute=True):
        approve(member, target.pk, step.pk)
    step = in_progress(target.pk)
    assert step.task.name == "Trưởng ban hoặc Phó Trưởng ban phê duyệt"
    head = signed_in(client_class, A_HOST, "truongban")
    with django_capture_on_commit_callbacks(execute=True):
        approve(head, target.pk, step.pk)

    # Live in English, at its English address, with the alternates.
    page = client.get("/en/about-us/", HTTP_HOST=A_HOST)
    assert page.status_code == 200
    assert '<html lang="en">' in page.text
    assert "<h1>About us</h1>" in page.text
    head_html = page.text.split("</head>")[0]
    assert (
        f'<link rel="alternate" hreflang="vi" href="http://{A_HOST}:8000/gioi-thieu/">'
        in head_html
    )
    vietnamese = client.get("/gioi-thieu/", HTTP_HOST=A_HOST).text
    assert (
        f'<link rel="alternate" hreflang="en" href="http://{A_HOST}:8000/en/about-us/">'
        in vietnamese
    )
    assert '<a href="/en/about-us/" lang="en" hreflang="en">English</a>' in vietnamese
    assert "<h1>Giới thiệu</h1>" in vietnamese
    # The other portal has no English section at all.
    assert client.get("/en/about-us/", HTTP_HOST=B_HOST).status_code == 404


def test_a_change_to_the_vietnamese_page_reaches_the_translator(
    client, client_class, team, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale
    from wagtail_localize.operations import translate_object

    with inside("sotttt"):
        english = Locale.objects.get(language_code="en")
        source = vietnamese_about()
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(source, [english])
            translation = Translation.objects.get(
                source__object_id=source.translation_key, target_locale=english
            )
            po = translation.export_po()
            for entry in po:
                entry.msgstr = english_text(entry.msgid)
            translation.import_po(po)
            translation.save_target(publish=True)
    translator = signed_in(client_class, A_HOST, "bientich")
    desk = translator.get("/admin/ban-dich/", HTTP_HOST=A_HOST).text
    assert f"{len(po)}/{len(po)}" in desk and "Đã xuất bản" in desk

    # The board publishes a changed Vietnamese introduction.
    with inside("sotttt"):
        source = vietnamese_about()
        source.intro = "<p>Giới thiệu chức năng, nhiệm vụ của Sở (cập nhật 2026).</p>"
        source.save_revision(user=team["head"]).publish(user=team["head"])
    desk = translator.get("/admin/ban-dich/", HTTP_HOST=A_HOST).text
    # One more segment, not translated yet.
    assert f"{len(po)}/{len(po) + 1}" in desk
    exported = polib.pofile(
        translator.get(
            f"/admin/localize/translate/{translation.pk}/pofile/download/",
            HTTP_HOST=A_HOST,
        ).content.decode()
    )
    assert [e.msgid for e in exported.untranslated_entries()] == [
        "Giới thiệu chức năng, nhiệm vụ của Sở (cập nhật 2026)."
    ]
    # What is live in English stays as approved until the new text is.
    assert "About us" in client.get("/en/about-us/", HTTP_HOST=A_HOST).text


def english_text(msgid):
    return english(msgid)


def test_the_translator_never_touches_vietnamese_pages(client_class, team):
    source = vietnamese_about()
    translator = signed_in(client_class, A_HOST, "bientich")
    response = translator.get(f"/admin/pages/{source.pk}/edit/", HTTP_HOST=A_HOST)
    # Wagtail's admin answers a refusal with a redirect to its dashboard.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    with inside("sotttt"):
        perms = source.permissions_for_user(team["translator"])
        assert not perms.can_edit() and not perms.can_publish()
        english_home = languages.home_of(languages.enable("en"))
        perms = english_home.permissions_for_user(team["translator"])
        assert perms.can_edit() and not perms.can_publish()


def test_a_translated_announcement_is_approved_and_shown_on_the_english_home(
    client, client_class, team, django_capture_on_commit_callbacks
):
    with inside("sotttt"):
        notice = Announcement(
            title="Lịch tiếp công dân tháng 12",
            body="<p>Tiếp công dân vào thứ Năm hằng tuần.</p>",
        )
        notice.save()
        notice.save_revision().publish()
    translator = signed_in(client_class, A_HOST, "bientich")
    with django_capture_on_commit_callbacks(execute=True):
        translate_into_english(translator, f"snippet/home/announcement/{notice.pk}")
    with inside("sotttt"):
        translated = Announcement.objects.get(
            translation_key=notice.translation_key, locale__language_code="en"
        )
        assert not translated.live
        translation = Translation.objects.get(
            source__object_id=notice.translation_key,
            target_locale__language_code="en",
        )
    # The Vietnamese original is not the translator's to edit.
    edit_vi = translator.get(
        f"/admin/snippets/home/announcement/edit/{notice.pk}/", HTTP_HOST=A_HOST
    )
    assert edit_vi.status_code == 302 and edit_vi["Location"] == "/admin/"

    po_url = f"/admin/localize/translate/{translation.pk}/pofile/download/"
    po = polib.pofile(translator.get(po_url, HTTP_HOST=A_HOST).content.decode())
    for entry in po:
        entry.msgstr = {
            "Lịch tiếp công dân tháng 12": "Citizen reception in December",
            "Tiếp công dân vào thứ Năm hằng tuần.": "Citizens are received every Thursday.",
        }.get(entry.msgid, f"(EN) {entry.msgid}")
    translator.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": _upload(str(po)), "next": "/admin/"},
        HTTP_HOST=A_HOST,
    )
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(
            f"/admin/ban-dich/{translation.pk}/gui-duyet/", HTTP_HOST=A_HOST
        )
    assert "Citizen reception" not in client.get("/en/", HTTP_HOST=A_HOST).text

    with inside("sotttt"):
        step = TaskState.objects.get(
            workflow_state__object_id=str(translated.pk),
            status=TaskState.STATUS_IN_PROGRESS,
        )
    snippet_action = "wagtailsnippets_home_announcement:workflow_action"
    member = signed_in(client_class, A_HOST, "thanhvien")
    with django_capture_on_commit_callbacks(execute=True):
        member.post(
            reverse(snippet_action, args=[translated.pk, "approve", step.pk]),
            {"comment": ""},
            HTTP_HOST=A_HOST,
        )
    with inside("sotttt"):
        step = TaskState.objects.get(
            workflow_state__object_id=str(translated.pk),
            status=TaskState.STATUS_IN_PROGRESS,
        )
    head = signed_in(client_class, A_HOST, "truongban")
    with django_capture_on_commit_callbacks(execute=True):
        head.post(
            reverse(snippet_action, args=[translated.pk, "approve", step.pk]),
            {"comment": ""},
            HTTP_HOST=A_HOST,
        )
    english_home = client.get("/en/", HTTP_HOST=A_HOST).text
    assert "Citizen reception in December" in english_home
    assert "Lịch tiếp công dân tháng 12" not in english_home
    vietnamese_home = client.get("/", HTTP_HOST=A_HOST).text
    assert "Lịch tiếp công dân tháng 12" in vietnamese_home
    assert "Citizen reception" not in vietnamese_home


def test_the_technical_administrator_enables_a_language_in_the_admin(
    client, client_class, django_capture_on_commit_callbacks
):
    make_staff("sotttt", "quantri", roles.TECH_ADMIN, "Võ Minh Khoa")
    admin = signed_in(client_class, A_HOST, "quantri")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            "/admin/locales/new/",
            {"language_code": "fr"},
            HTTP_HOST=A_HOST,
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    with inside("sotttt"):
        assert sorted(languages.enabled()) == ["fr", "vi"]
        french_home = languages.home_of(languages.enable("fr"))
        assert WorkflowPage.objects.filter(page=french_home).exists()
        assert french_home.permissions_for_user(
            make_staff("sotttt", "phoban", roles.DEPUTY)
        ).can_publish()
    with inside("soyte"):
        assert languages.enabled() == ["vi"]
    assert client.get("/fr/", HTTP_HOST=A_HOST).status_code == 200
    assert client.get("/fr/", HTTP_HOST=B_HOST).status_code == 404
    # Only the fixed list is offered, and only to whoever may manage locales.
    form = admin.get("/admin/locales/new/", HTTP_HOST=A_HOST).text
    assert 'value="km"' in form and 'value="de"' not in form
    translator = make_staff("sotttt", "bientich2", roles.TRANSLATOR)
    assert translator.pk
    denied = signed_in(client_class, A_HOST, "bientich2").get(
        "/admin/locales/new/", HTTP_HOST=A_HOST
    )
    assert denied.status_code == 302 and denied["Location"] == "/admin/"


def translate_into_english(translator, what):
    """The translator's "Translate this page" (or snippet) into English."""
    response = translator.post(
        f"/admin/localize/submit/{what}/",
        {"locales": [languages_id("en")]},
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 302


def languages_id(code):
    from wagtail.models import Locale

    with inside("sotttt"):
        return Locale.objects.get(language_code=code).pk


def _upload(text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(
        "translation.po", text.encode(), content_type="text/x-gettext-translation"
    )


def test_a_translation_sent_back_is_fixed_and_sent_again(
    client_class, team, django_capture_on_commit_callbacks
):
    from django.core import mail

    source = vietnamese_about()
    translator = signed_in(client_class, A_HOST, "bientich")
    with django_capture_on_commit_callbacks(execute=True):
        translate_into_english(translator, f"page/{source.pk}")
    target = english_about()
    with inside("sotttt"):
        translation = Translation.objects.get(
            source__object_id=source.translation_key,
            target_locale__language_code="en",
        )
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(
            f"/admin/ban-dich/{translation.pk}/gui-duyet/", HTTP_HOST=A_HOST
        )
    # The member is told, in Vietnamese, that a translation waits.
    assert [m.to for m in mail.outbox] == [["thanhvien@sotttt.angiang.gov.vn"]]
    mail.outbox.clear()

    member = signed_in(client_class, A_HOST, "thanhvien")
    step = in_progress(target.pk)
    with django_capture_on_commit_callbacks(execute=True):
        member.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[target.pk, "reject", step.pk],
            ),
            {"comment": "Tiêu đề dịch chưa đúng."},
            HTTP_HOST=A_HOST,
        )
    assert [m.to for m in mail.outbox] == [["bientich@sotttt.angiang.gov.vn"]]
    with inside("sotttt"):
        assert TaskState.objects.get(pk=step.pk).status == TaskState.STATUS_REJECTED

    with django_capture_on_commit_callbacks(execute=True):
        again = translator.post(
            f"/admin/ban-dich/{translation.pk}/gui-duyet/", HTTP_HOST=A_HOST
        )
    assert again.status_code == 302
    resumed = in_progress(target.pk)
    assert resumed.pk != step.pk
    assert resumed.task.name == "Thành viên Ban biên tập thẩm định"
    assert not english_about().live
