"""The read model follows publishing in each portal (issue 13.1).

Items go live through the real publish path (the portal's workflow, or a
revision's publish); the outbox row written in that transaction is delivered
after the commit (in process here) and the row appears in the public schema
with the portal as its agency, its fields built from the page, and its URL on
the portal's primary domain.
"""

from datetime import date

import pytest
from django.conf import settings

from documents.models import LegalDocumentIndexPage
from home.models import Announcement, NewsIndexPage
from outbox.models import Delivery
from province.models import PublishedItem
from province.tests.readmodel_factory import (
    draft_news,
    published_news,
    row,
    rows,
    through_workflow,
)
from qa.pages import QAIndexPage, QAPage
from services.tests.procedures_factory import add_procedure, field
from tests.documents_factory import add_document
from tests.portals import A_HOST, agency, inside

pytestmark = pytest.mark.django_db


def test_news_published_through_the_workflow_lands_with_its_fields(
    django_capture_on_commit_callbacks,
):
    with inside("sotttt"):
        page = draft_news("Hội nghị chuyển đổi số tỉnh", day=date(2026, 11, 25))
        assert not rows("sotttt").exists()
        with django_capture_on_commit_callbacks(execute=True):
            through_workflow(page, "sotttt")
        assert Delivery.objects.filter(kind="province.sync").get().status == "done"
    item = row("sotttt", PublishedItem.NEWS, page.pk)
    assert item is not None
    assert item.agency == agency("sotttt")
    assert item.title == "Hội nghị chuyển đổi số tỉnh"
    assert item.summary == "Tóm tắt: Hội nghị chuyển đổi số tỉnh"
    assert item.language == "vi"
    assert item.date == date(2026, 11, 25)
    assert item.path == f"/tin-tuc-su-kien/{page.slug}/"
    assert item.url == agency("sotttt").url + item.path.lstrip("/")
    assert item.url.startswith(f"{settings.PORTAL_URL_SCHEME}://{A_HOST}")
    assert item.published_at is not None and len(item.fingerprint) == 64


def test_the_row_s_url_is_the_page_s_public_address(
    client, django_capture_on_commit_callbacks
):
    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            page = published_news("Lịch tiếp công dân tháng 12")
    item = row("sotttt", PublishedItem.NEWS, page.pk)
    response = client.get(item.path, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "Lịch tiếp công dân tháng 12" in response.text


def test_a_procedure_carries_code_field_sector_and_level(
    django_capture_on_commit_callbacks,
):
    name = "Cấp giấy phép hoạt động phát thanh, truyền hình (toàn văn tên thủ tục)"
    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            page = add_procedure(
                "1.000080",
                name,
                level=3,
                field=field(
                    "Thông tin và Truyền thông", "Phát thanh, truyền hình", "G12"
                ),
            )
        sector_code = page.field.sector.code or page.field.sector.slug
    item = row("sotttt", PublishedItem.PROCEDURE, page.pk)
    assert item is not None
    assert (item.title, item.code, item.level) == (name, "1.000080", 3)
    assert (item.field_code, item.field_name) == ("G12", "Phát thanh, truyền hình")
    assert item.sector_name == "Thông tin và Truyền thông"
    assert item.sector_code == sector_code and item.sector_code


def test_a_document_carries_number_abstract_field_and_issue_date(
    django_capture_on_commit_callbacks,
):
    with inside("soyte"):
        with django_capture_on_commit_callbacks(execute=True):
            page = add_document(
                "12/2026/QĐ-UBND",
                "Quyết định ban hành quy chế",
                issued_on=date(2026, 3, 2),
                abstract="Ban hành quy chế quản lý cổng thông tin điện tử",
                field="y-te",
            )
    item = row("soyte", PublishedItem.DOCUMENT, page.pk)
    assert item is not None
    assert item.code == "12/2026/QĐ-UBND"
    assert item.summary == "Ban hành quy chế quản lý cổng thông tin điện tử"
    assert (item.field_code, item.field_name) == ("y-te", "Y tế")
    assert item.date == date(2026, 3, 2)
    with inside("soyte"):
        register = LegalDocumentIndexPage.objects.get(locale__language_code="vi")
    assert item.path == f"/{register.slug}/{page.slug}/"


def test_a_published_answer_carries_the_question_and_its_date(
    django_capture_on_commit_callbacks,
):
    with inside("sotttt"):
        index = QAIndexPage.objects.get(locale__language_code="vi")
        page = QAPage(
            title="Đăng ký tên miền .gov.vn",
            slug="dang-ky-ten-mien",
            question_text="Thủ tục đăng ký tên miền .gov.vn thế nào?",
            field="thong-tin-truyen-thong",
            answer="Nộp hồ sơ tại Sở.",
            asked_on=date(2026, 10, 1),
            answered_on=date(2026, 10, 5),
            live=False,
        )
        index.add_child(instance=page)
        with django_capture_on_commit_callbacks(execute=True):
            through_workflow(page, "sotttt")
    item = row("sotttt", PublishedItem.ANSWER, page.pk)
    assert item is not None
    assert item.summary == "Thủ tục đăng ký tên miền .gov.vn thế nào?"
    assert item.date == date(2026, 10, 5)
    assert item.field_name == "Thông tin – Truyền thông"


def test_an_announcement_lands_with_its_end_date_and_the_home_page_path(
    django_capture_on_commit_callbacks,
):
    with inside("sotttt"):
        notice = Announcement.objects.create(
            title="Nghỉ lễ Quốc khánh",
            body="<p>Cơ quan nghỉ lễ từ <b>1/9</b> đến 2/9.</p>",
            display_until=date(2026, 9, 3),
            live=False,
        )
        with django_capture_on_commit_callbacks(execute=True):
            through_workflow(notice, "sotttt")
    item = row("sotttt", PublishedItem.ANNOUNCEMENT, notice.pk)
    assert item is not None
    assert item.expires_on == date(2026, 9, 3)
    assert item.summary == "Cơ quan nghỉ lễ từ 1/9 đến 2/9."
    assert item.path == "/"
    assert item.url == agency("sotttt").url

    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            notice.unpublish()
    assert row("sotttt", PublishedItem.ANNOUNCEMENT, notice.pk) is None


def test_a_deleted_announcement_leaves(django_capture_on_commit_callbacks):
    with inside("sotttt"):
        notice = Announcement.objects.create(title="Thông báo tuyển dụng", live=False)
        with django_capture_on_commit_callbacks(execute=True):
            notice.save_revision().publish()
        assert row("sotttt", PublishedItem.ANNOUNCEMENT, notice.pk) is not None
        with django_capture_on_commit_callbacks(execute=True):
            notice.delete()
    assert row("sotttt", PublishedItem.ANNOUNCEMENT, notice.pk) is None


def test_a_change_republished_updates_the_row(django_capture_on_commit_callbacks):
    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            page = published_news("Tin cũ")
        first = row("sotttt", PublishedItem.NEWS, page.pk)
        page.title = "Tin đã sửa"
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
    item = row("sotttt", PublishedItem.NEWS, page.pk)
    assert item.pk == first.pk and item.title == "Tin đã sửa"
    assert item.fingerprint != first.fingerprint


def test_unpublishing_removes_the_row(django_capture_on_commit_callbacks):
    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            page = published_news("Tin sẽ gỡ")
        assert row("sotttt", PublishedItem.NEWS, page.pk) is not None
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()
    assert row("sotttt", PublishedItem.NEWS, page.pk) is None


def test_a_moved_section_moves_its_items_urls(django_capture_on_commit_callbacks):
    from home.models import HomePage

    with inside("sotttt"):
        home = HomePage.objects.get(locale__language_code="vi")
        section = NewsIndexPage(title="Tin địa phương", slug="tin-dia-phuong")
        home.add_child(instance=section)
        section.save_revision().publish()
        with django_capture_on_commit_callbacks(execute=True):
            page = published_news("Tin của chuyên mục", index=section)
        assert row("sotttt", PublishedItem.NEWS, page.pk).path == (
            f"/tin-dia-phuong/{page.slug}/"
        )
        news = NewsIndexPage.objects.get(slug="tin-tuc-su-kien")
        with django_capture_on_commit_callbacks(execute=True):
            section.move(news, pos="last-child")
        assert Delivery.objects.filter(kind="province.sync").count() == 2
    item = row("sotttt", PublishedItem.NEWS, page.pk)
    assert item.path == f"/tin-tuc-su-kien/tin-dia-phuong/{page.slug}/"
    assert item.url.endswith(item.path[1:])


def test_a_renamed_section_changes_its_items_urls(django_capture_on_commit_callbacks):
    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            page = published_news("Tin trước khi đổi đường dẫn")
        news = NewsIndexPage.objects.get(slug="tin-tuc-su-kien")
        news.slug = "tin-tuc"
        with django_capture_on_commit_callbacks(execute=True):
            news.save_revision().publish()
    assert row("sotttt", PublishedItem.NEWS, page.pk).path == f"/tin-tuc/{page.slug}/"


def test_deleting_a_section_removes_every_item_below_it(
    django_capture_on_commit_callbacks,
):
    from home.models import HomePage

    with inside("sotttt"):
        home = HomePage.objects.get(locale__language_code="vi")
        section = NewsIndexPage(title="Chuyên mục tạm", slug="chuyen-muc-tam")
        home.add_child(instance=section)
        section.save_revision().publish()
        with django_capture_on_commit_callbacks(execute=True):
            pages = [published_news(f"Tin tạm {i}", index=section) for i in range(3)]
            kept = published_news(
                "Tin ở chuyên mục khác",
                index=NewsIndexPage.objects.get(slug="tin-tuc-su-kien"),
            )
        assert rows("sotttt").count() == 4
        with django_capture_on_commit_callbacks(execute=True):
            section.delete()
        # The whole subtree's removal is one outbox row of ids.
        last = Delivery.objects.filter(kind="province.sync").order_by("pk").last()
        assert set(last.payload["pages"]) >= {page.pk for page in pages}
    assert list(rows("sotttt").values_list("source_id", flat=True)) == [kept.pk]


def test_a_view_restriction_takes_the_subtree_out_and_back(
    django_capture_on_commit_callbacks,
):
    from wagtail.models import PageViewRestriction

    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            page = published_news("Tin nội bộ")
        news = NewsIndexPage.objects.get(slug="tin-tuc-su-kien")
        with django_capture_on_commit_callbacks(execute=True):
            restriction = PageViewRestriction.objects.create(
                page=news, restriction_type=PageViewRestriction.LOGIN
            )
        assert row("sotttt", PublishedItem.NEWS, page.pk) is None
        with django_capture_on_commit_callbacks(execute=True):
            restriction.restriction_type = PageViewRestriction.PASSWORD
            restriction.password = "bi-mat-2026"
            restriction.save()
        assert row("sotttt", PublishedItem.NEWS, page.pk) is None
        with django_capture_on_commit_callbacks(execute=True):
            restriction.delete()
    assert row("sotttt", PublishedItem.NEWS, page.pk) is not None


def test_a_domain_move_rewrites_the_agency_s_urls_and_no_other(
    django_capture_on_commit_callbacks,
):
    from tenants.domain_moves import move_to_domain

    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            a_page = published_news("Tin trước khi chuyển tên miền")
    with inside("soyte"):
        with django_capture_on_commit_callbacks(execute=True):
            b_page = published_news("Tin của Sở Y tế")
    b_url = row("soyte", PublishedItem.NEWS, b_page.pk).url
    domain = move_to_domain(agency("sotttt"), "stttt", "Theo Điều 7")
    item = row("sotttt", PublishedItem.NEWS, a_page.pk)
    assert domain.domain.startswith("stttt.")
    assert item.url.startswith(f"{settings.PORTAL_URL_SCHEME}://{domain.domain}")
    assert item.url.endswith(item.path[1:])
    assert row("soyte", PublishedItem.NEWS, b_page.pk).url == b_url
    # The reconciliation agrees with the rewritten rows: nothing to repair.
    from province import sync

    assert sync.reconcile(agency("sotttt"))["updated"] == 0
