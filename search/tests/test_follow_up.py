"""The index follows what a portal publishes (issue 14.1, 14.6): each change
writes one ``search.sync`` outbox row in its transaction, delivered after the
commit (here: through the outbox drain); drafts and private pages are never
found; one portal's search never returns another's item."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import PageViewRestriction

from home.models import NewsIndexPage
from outbox.models import Delivery
from search.models import Entry
from search.tests.factory import drain, news, search, titles
from tests.portals import inside

pytestmark = pytest.mark.django_db


def test_publish_unpublish_and_delete_through_the_outbox():
    with inside("sotttt"):
        page = news("Thông báo lịch cúp điện", "Khu vực phường Mỹ Bình.")
        assert search("lich cup dien").total == 0  # not delivered yet
        row = Delivery.objects.get(kind="search.sync", status=Delivery.PENDING)
        assert page.pk in row.payload["pages"]
        assert drain() == 1
        assert titles(search("lich cup dien")) == ["Thông báo lịch cúp điện"]
        assert Entry.objects.get(key=f"page:{page.pk}").url == page.url

        page.title = "Thông báo lịch cắt điện"
        page.save_revision().publish()
        drain()
        assert search("lich cup dien").total == 0
        assert titles(search("lich cat dien")) == ["Thông báo lịch cắt điện"]

        page.unpublish()
        drain()
        assert search("lich cat dien").total == 0
        assert not Entry.objects.filter(key=f"page:{page.pk}").exists()

        page.refresh_from_db()
        page.save_revision().publish()
        drain()
        assert search("lich cat dien").total == 1
        page.delete()
        drain()
        assert search("lich cat dien").total == 0


def test_a_draft_is_never_found_and_a_live_page_s_draft_stays_unseen():
    with inside("sotttt"):
        news("Bản nháp kế hoạch bí mật", live=False)
        live = news("Kế hoạch công khai năm 2026")
        drain()
        assert search("ban nhap ke hoach bi mat").total == 0
        # A new draft of a live page: the index keeps the published text.
        live.title = "Kế hoạch sửa đổi chưa duyệt"
        live.save_revision()
        drain()
        assert search("sua doi chua duyet").total == 0
        assert titles(search("ke hoach cong khai")) == ["Kế hoạch công khai năm 2026"]


def test_a_private_page_and_its_subtree_are_never_found():
    with inside("sotttt"):
        news("Tin nội bộ về lương")
        drain()
        assert search("tin noi bo").total == 1
        index = NewsIndexPage.objects.get(slug="tin-tuc-su-kien")
        restriction = PageViewRestriction.objects.create(
            page=index, restriction_type=PageViewRestriction.LOGIN
        )
        drain()
        assert search("tin noi bo").total == 0
        # Published again while private: still not found.
        news("Tin nội bộ thứ hai")
        drain()
        assert search("tin noi bo").total == 0
        restriction.delete()
        drain()
        assert search("tin noi bo").total == 2


def test_a_portal_s_search_never_returns_another_portal_s_item():
    with inside("sotttt"):
        news("Chương trình tiêm chủng của Sở Thông tin")
        drain()
        assert search("tiem chung").total == 1
    with inside("soyte"):
        assert search("tiem chung").total == 0
        news("Tiêm chủng mở rộng của Sở Y tế")
        drain()
        assert titles(search("tiem chung")) == ["Tiêm chủng mở rộng của Sở Y tế"]
    with inside("sotttt"):
        assert titles(search("tiem chung")) == [
            "Chương trình tiêm chủng của Sở Thông tin"
        ]


def test_search_rebuild_of_one_portal_leaves_another_untouched(capsys):
    with inside("sotttt"):
        news("Tin dựng lại chỉ mục")
        drain()
        Entry.objects.create(
            key="page:999999",
            kind="page",
            language="vi",
            title="Mục lạc",
            title_folded="muc lac",
            url="/lac/",
        )
        Entry.objects.filter(title="Tin dựng lại chỉ mục").delete()
    with inside("soyte"):
        news("Tin của Sở Y tế giữ nguyên")
        drain()
        Entry.objects.create(
            key="page:999999",
            kind="page",
            language="vi",
            title="Mục lạc",
            title_folded="muc lac",
            url="/lac/",
        )
        before = sorted(Entry.objects.values_list("key", "title"))
    call_command("search_rebuild", "--portal", "sotttt")
    assert "Đã dựng lại chỉ mục của 1 cổng." in capsys.readouterr().out
    with inside("sotttt"):
        assert search("muc lac").total == 0  # the stray entry is gone
        assert titles(search("dung lai chi muc")) == ["Tin dựng lại chỉ mục"]
    with inside("soyte"):
        assert sorted(Entry.objects.values_list("key", "title")) == before
        assert search("muc lac").total == 1


def test_search_rebuild_refuses_an_unknown_portal_in_vietnamese():
    with pytest.raises(CommandError, match="Không có cổng mang mã: «khongco»"):
        call_command("search_rebuild", "--portal", "khongco")
