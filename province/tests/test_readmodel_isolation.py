"""Isolation of the read model (issue 13.5): only live, public, translated
items get a row; a portal's delivery only ever writes that portal's rows; no
admin screen writes the read model; every kind of portal's items land with
their own agency."""

import pytest
from wagtail.models import PageViewRestriction

from conftest import ADMIN_PASSWORD
from home import languages
from home.models import NewsIndexPage, NewsPage
from outbox.models import Delivery
from outbox.service import deliver, enqueue
from province import sync
from province.models import PublishedItem
from province.tests.readmodel_factory import (
    board,
    draft_news,
    published_news,
    row,
    rows,
)
from tests.portals import (
    A_HOST,
    COMMUNE1_HOST,
    DISTRICT_HOST,
    PROVINCE_HOST,
    agency,
    inside,
)
from tests.staff import signed_in

pytestmark = pytest.mark.django_db


def test_a_draft_or_an_item_waiting_in_the_workflow_has_no_row(
    django_capture_on_commit_callbacks,
):
    from editorial import roles

    with inside("sotttt"):
        users = board("sotttt")
        with django_capture_on_commit_callbacks(execute=True):
            draft = draft_news("Bản nháp")
            draft.save_revision(user=users[roles.CONTRIBUTOR])
            waiting = draft_news("Tin đang chờ duyệt")
            waiting.save_revision(user=users[roles.CONTRIBUTOR])
            waiting.get_workflow().start(waiting, users[roles.CONTRIBUTOR])
            waiting.refresh_from_db()
            state = waiting.current_workflow_state
            state.current_task_state.task.specific.on_action(
                state.current_task_state, users[roles.MEMBER], "approve"
            )
        # A live page's new draft leaves the row as it was published.
        with django_capture_on_commit_callbacks(execute=True):
            live = published_news("Tin đã đăng")
        live.title = "Bản nháp của tin đã đăng"
        live.save_revision()
        counts = sync.reconcile()
    assert row("sotttt", PublishedItem.NEWS, draft.pk) is None
    assert row("sotttt", PublishedItem.NEWS, waiting.pk) is None
    assert row("sotttt", PublishedItem.NEWS, live.pk).title == "Tin đã đăng"
    assert counts == {"added": 0, "updated": 0, "removed": 0, "unchanged": 1}


def test_a_private_page_never_gets_a_row(django_capture_on_commit_callbacks):
    from home.models import HomePage

    with inside("sotttt"):
        home = HomePage.objects.get(locale__language_code="vi")
        internal = NewsIndexPage(title="Tin nội bộ", slug="tin-noi-bo")
        home.add_child(instance=internal)
        internal.save_revision().publish()
        PageViewRestriction.objects.create(
            page=internal, restriction_type=PageViewRestriction.LOGIN
        )
        with django_capture_on_commit_callbacks(execute=True):
            page = published_news("Tin chỉ cán bộ xem", index=internal)
            public = published_news(
                "Tin công khai",
                index=NewsIndexPage.objects.get(slug="tin-tuc-su-kien"),
            )
        assert sync.reconcile()["added"] == 0
    assert row("sotttt", PublishedItem.NEWS, page.pk) is None
    assert row("sotttt", PublishedItem.NEWS, public.pk) is not None


def test_an_untranslated_copy_has_no_row_and_a_translation_has_its_own(
    django_capture_on_commit_callbacks,
):
    from wagtail_localize.models import Translation
    from wagtail_localize.operations import translate_object

    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            source = published_news("Tin chỉ có tiếng Việt")
            other = published_news("Tin sẽ được dịch")
        english = languages.enable("en")
        copies = NewsPage.objects.filter(locale=english)
        assert copies.filter(alias_of=source).exists()  # the mirrored copy
        with django_capture_on_commit_callbacks(execute=True):
            sync.changed(pages=copies.values_list("pk", flat=True))
        assert sync.reconcile()["added"] == 0
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(other, [english])
            Translation.objects.get(
                source__object_id=other.translation_key, target_locale=english
            ).save_target(publish=True)
        translated = NewsPage.objects.get(
            locale=english, translation_key=other.translation_key
        )
        assert translated.alias_of_id is None and translated.live
        alias = copies.get(alias_of=source)
    assert rows("sotttt", language="en").count() == 1
    item = row("sotttt", PublishedItem.NEWS, translated.pk)
    assert item.language == "en" and item.translation_key == other.translation_key
    assert item.path.startswith("/en/") and item.path.endswith(f"/{translated.slug}/")
    assert row("sotttt", PublishedItem.NEWS, alias.pk) is None


def test_a_payload_naming_another_portal_s_page_changes_only_this_portal(
    django_capture_on_commit_callbacks,
):
    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            a_page = published_news("Tin của Sở Thông tin và Truyền thông")
    before = row("sotttt", PublishedItem.NEWS, a_page.pk)
    with inside("soyte"):
        # B's own item with the same id, if B has one, is B's business; A's
        # row is never touched from B's schema.
        delivery = enqueue(
            sync.KIND, {"pages": [a_page.pk, 1, 2, 3, 999999]}, kick=False
        )
        assert deliver(delivery.pk) == Delivery.DONE
    after = row("sotttt", PublishedItem.NEWS, a_page.pk)
    assert (after.pk, after.fingerprint, after.synced_at) == (
        before.pk,
        before.fingerprint,
        before.synced_at,
    )
    assert not PublishedItem.objects.exclude(agency__code="sotttt").exists()


def test_a_delete_delivered_in_another_portal_does_not_remove_this_one_s_row(
    django_capture_on_commit_callbacks,
):
    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            a_page = published_news("Tin không bị cổng khác xoá")
    with inside("soyte"):
        sync.apply(pages=[a_page.pk])
        sync.reconcile()
    assert row("sotttt", PublishedItem.NEWS, a_page.pk) is not None


def test_no_admin_screen_of_a_portal_reaches_the_read_model(client_class):
    # The portal's first administrator (every permission of the portal).
    staff = signed_in(client_class, A_HOST, "quantri_a", ADMIN_PASSWORD)
    for url in (
        "/admin/snippets/province/publisheditem/",
        "/admin/snippets/province/reconciliation/",
        "/admin/province/publisheditem/",
    ):
        response = staff.get(url, HTTP_HOST=A_HOST)
        assert response.status_code == 404, url
    assert not PublishedItem.objects.exists()


@pytest.mark.parametrize(
    "code,host",
    [
        ("angiang", PROVINCE_HOST),
        ("sotttt", A_HOST),
        ("longxuyen", DISTRICT_HOST),
        ("mybinh", COMMUNE1_HOST),
    ],
)
def test_every_kind_of_portal_s_items_land_with_their_agency(
    code, host, django_capture_on_commit_callbacks
):
    with inside(code):
        with django_capture_on_commit_callbacks(execute=True):
            page = published_news(f"Tin của cổng {code}")
    item = rows(code).get()
    assert item.source_id == page.pk and item.agency == agency(code)
    assert item.url.split("/")[2].split(":")[0] == host.split(":")[0]
    assert PublishedItem.objects.count() == 1
