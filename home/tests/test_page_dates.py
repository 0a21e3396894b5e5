"""Pages made in code show their dates in the admin's page explorer (issue 11,
point 6c): a provisioned portal's tree, the demo's content, and the pages of
a demo database seeded before (``make run`` reseeds)."""

from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from demo import data, seeding
from editorial import roles
from home.models import HomePage, NewsIndexPage, NewsPage, SectionPage
from tests.portals import A_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db


def updated_cells(html: str) -> list[str]:
    """The "Updated" cell of each row of the explorer's listing: the
    ``datetime`` of its <time>, or "" where the cell is empty."""
    table = BeautifulSoup(html, "html.parser").find("table", class_="listing")
    headers = [th.get_text(" ", strip=True) for th in table.thead.find_all("th")]
    column = next(i for i, h in enumerate(headers) if "Updated" in h or "Cập nhật" in h)
    cells = []
    for row in table.tbody.find_all("tr"):
        cell = row.find_all("td")[column]
        time = cell.find("time")
        cells.append(time["datetime"] if time else "")
    return cells


def test_a_provisioned_portal_s_sections_show_when_they_were_updated(client_class):
    make_staff("sotttt", "truongban", roles.HEAD)
    head = signed_in(client_class, A_HOST, "truongban")
    with inside("sotttt"):
        home = HomePage.objects.get(locale__language_code="vi")
        sections = Page.objects.child_of(home).count()
        assert not Page.objects.filter(
            depth__gt=1, latest_revision_created_at__isnull=True
        ).exists()
        assert home.live_revision is not None
    response = head.get(f"/admin/pages/{home.pk}/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    cells = updated_cells(response.text)
    assert len(cells) == sections and all(cells), cells


def test_an_old_demo_database_gets_its_dates_when_reseeded(monkeypatch):
    posted = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
    with inside("angiang"):
        index = NewsIndexPage.objects.get(locale__language_code="vi")
        # As seed_demo made pages before: live, dated, without a revision.
        old = index.add_child(
            instance=NewsPage(
                title="Tin cũ của bản demo",
                date=posted.date(),
                first_published_at=posted,
                last_published_at=posted,
            )
        )
        assert old.latest_revision_created_at is None
    province = next(a for a in data.AGENCIES if a["code"] == "angiang")
    monkeypatch.setattr(data, "AGENCIES", [province])
    assert [p.created for p in seeding.seed()] == [False]
    with inside("angiang"):
        old = NewsPage.objects.get(pk=old.pk)
        assert old.latest_revision_created_at == posted
        assert old.last_published_at == posted and old.first_published_at == posted
        assert old.live and old.live_revision is not None
        assert not Page.objects.filter(
            depth__gt=1, latest_revision_created_at__isnull=True
        ).exists()
        revisions = old.revisions.count()
    # Idempotent: a second run adds nothing.
    seeding.seed()
    with inside("angiang"):
        assert NewsPage.objects.get(pk=old.pk).revisions.count() == revisions


def test_the_demo_s_content_is_dated_as_published(monkeypatch):
    entry = next(a for a in data.AGENCIES if a["code"] == "songoaivu")
    monkeypatch.setattr(data, "AGENCIES", [entry])
    assert [p.created for p in seeding.seed()] == [True]
    with inside("songoaivu"):
        assert not Page.objects.filter(
            depth__gt=1, latest_revision_created_at__isnull=True
        ).exists()
        for news in NewsPage.objects.filter(locale__language_code="vi"):
            # Dated on the article's day, not on the day of the seeding.
            assert news.latest_revision_created_at == news.last_published_at
            assert news.last_published_at.date() <= news.date
        section = SectionPage.objects.get(slug="gioi-thieu", locale__language_code="vi")
        assert section.latest_revision_created_at is not None
