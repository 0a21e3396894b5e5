"""The demo's subordinate units (Art. 4.2–4.3): two wards under Thành phố Long
Xuyên and a unit of the Department of Health, each a portal with its own news
and sections, the wards with a share of the commune-level procedures, so the
district's, the department's and the province's aggregated pages have
something of theirs to show."""

import pytest
from django.conf import settings
from wagtail.models import Page

from demo import data, seeding
from demo.procedures import seed_procedures
from home.models import NewsPage, SectionPage, StandardPage
from services.models import ProcedurePage
from tenants import domain_rules
from tenants.models import AgencyKind
from tests.portals import COMMUNE1_HOST, agency, inside

pytestmark = pytest.mark.django_db

UNITS = [
    # code, kind, parent, the domain label Art. 7's rule of the kind gives
    ("mybinh", "commune", "longxuyen", "mybinh"),
    ("mylong", "commune", "longxuyen", "mylong"),
    ("ccatvstp", "unit", "soyte", "antoanvesinhthucpham"),
]


def _entry(code):
    return next(a for a in data.AGENCIES if a["code"] == code)


@pytest.mark.parametrize(("code", "kind", "parent", "label"), UNITS)
def test_a_subordinate_unit_is_in_the_registry_under_its_parent(
    code, kind, parent, label
):
    codes = [a["code"] for a in data.AGENCIES]
    entry = _entry(code)
    assert (entry["kind"], entry["parent"]) == (kind, parent)
    assert codes.index(parent) < codes.index(code)  # parents before children
    rule = AgencyKind.objects.get(code=kind).rule
    assert domain_rules.portal_label(entry["name"], rule) == label
    assert data.AGENCY_NEWS[code], "news of its own"


def test_the_unit_is_seeded_once_with_news_sections_and_revisions(monkeypatch, client):
    monkeypatch.setattr(data, "AGENCIES", [_entry("soyte"), _entry("ccatvstp")])
    seeded = seeding.seed(operator=False)
    assert [(p.code, p.created) for p in seeded] == [
        ("soyte", False),
        ("ccatvstp", True),
    ]
    unit = agency("ccatvstp")
    assert (unit.kind.code, unit.parent.code) == ("unit", "soyte")
    assert unit.primary_domain == f"antoanvesinhthucpham.{settings.PORTAL_BASE_DOMAIN}"
    with inside("ccatvstp"):
        news = NewsPage.objects.live().filter(locale__language_code="vi")
        assert news.count() == len(data.NEWS) + len(data.AGENCY_NEWS["ccatvstp"])
        for section in SectionPage.objects.filter(locale__language_code="vi"):
            assert section.intro, section.slug
            assert StandardPage.objects.child_of(section).live().exists(), section.slug
        # Published through Wagtail's revisions (page_published was sent), so
        # the province's read model hears of every live page.
        live = Page.objects.live().filter(depth__gt=1, alias_of__isnull=True)
        assert not live.filter(live_revision__isnull=True).exists()
        pages = Page.objects.count()
    home = client.get("/", HTTP_HOST=unit.primary_domain)
    assert home.status_code == 200
    assert "Chi cục An toàn vệ sinh thực phẩm" in home.text
    assert "Giám sát an toàn thực phẩm dịp Tết Nguyên đán" in home.text

    again = seeding.seed(operator=False)
    assert [p.created for p in again] == [False, False]
    with inside("ccatvstp"):
        assert Page.objects.count() == pages


def test_a_ward_gets_a_share_of_the_commune_level_procedures(client):
    ward = agency("mybinh")  # the test portals' ward (kind commune)
    with inside("mybinh"):
        report = seed_procedures(ward)
        assert report.counts()["created"] == 17  # 12 Chứng thực, 5 Hòa giải
        procedures = ProcedurePage.objects.live().filter(locale__language_code="vi")
        assert procedures.count() == 17
        assert set(procedures.values_list("field__name", flat=True)) == {
            "Chứng thực",
            "Hòa giải ở cơ sở",
        }
        assert all(
            "xa" in levels
            for levels in procedures.values_list("government_levels", flat=True)
        )
        first = procedures.order_by("code").first()
        url, title = first.url, first.title
        again = seed_procedures(ward)
        assert again.counts()["created"] == 0
        assert again.counts()["unchanged"] == 17
    response = client.get(url, HTTP_HOST=COMMUNE1_HOST)
    assert response.status_code == 200
    assert title in response.text
