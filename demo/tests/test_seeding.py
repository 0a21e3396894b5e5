"""`make run`'s demo: a portal with content in every section, staff and work to do."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import TaskState

from demo import data, seeding
from editorial.models import Contribution
from home.models import NewsPage, SectionPage, StandardPage
from tests.portals import inside

pytestmark = pytest.mark.django_db


def test_seeds_a_portal_once_with_content_everywhere(monkeypatch, client):
    foreign_affairs = next(a for a in data.AGENCIES if a["code"] == "songoaivu")
    province = next(a for a in data.AGENCIES if a["code"] == "angiang")
    monkeypatch.setattr(data, "AGENCIES", [province, foreign_affairs])

    seeded = seeding.seed()
    assert [(p.code, p.created) for p in seeded] == [
        ("angiang", False),
        ("songoaivu", True),
    ]
    with inside("songoaivu"):
        for section in SectionPage.objects.filter(locale__language_code="vi"):
            assert section.intro, section.slug
            assert StandardPage.objects.child_of(section).live().exists(), section.slug
        assert NewsPage.objects.live().filter(
            locale__language_code="vi"
        ).count() == len(data.NEWS) + len(data.AGENCY_NEWS["songoaivu"])
        assert TaskState.objects.filter(status="in_progress").count() == 1
        assert Contribution.objects.count() == 1
        from deadlines.tracking import digest_items
        from documents.models import LegalDocumentPage

        assert LegalDocumentPage.objects.filter(
            number_symbol="03/2017/QĐ-UBND"
        ).exists()
        soon, late = digest_items()
        assert late, "a late, unposted document for the digest"
        assert any(
            d.deadline.kind == "on_time" for d in LegalDocumentPage.objects.live()
        )
        staff = get_user_model().objects.exclude(username__in=["quantri", "biendich"])
        assert staff.count() == len(seeding.DEMO_STAFF)
        assert all(u.decision_number for u in get_user_model().objects.all())
    home = client.get("/", HTTP_HOST="songoaivu.angiang.localhost")
    assert home.status_code == 200
    assert '<span class="brand__name">Sở Ngoại vụ</span>' in home.text
    assert home.text.count('class="card"') == 6  # the latest news
    # The introduction in English (Decree 42/2022), translated and approved.
    about = client.get("/en/about-us/", HTTP_HOST="songoaivu.angiang.localhost")
    assert about.status_code == 200
    assert "<h1>About us</h1>" in about.text
    assert "An overview of the Department of Foreign Affairs" in about.text
    english_home = client.get("/en/", HTTP_HOST="songoaivu.angiang.localhost").text
    assert "advising on foreign affairs" in english_home
    assert 'href="/en/about-us/"' in english_home  # in the English menu

    again = seeding.seed()
    assert [p.created for p in again] == [False, False]
