"""Test helpers of search: pages published the real way, the index drained
through the outbox, and a search in the current portal's schema."""

from __future__ import annotations

from datetime import date

from django.conf import settings

from home.models import NewsIndexPage, NewsPage, SectionPage, StandardPage
from outbox.models import Delivery
from outbox.service import deliver
from search.backends.postgres import PostgresBackend
from search.documents import SearchQuery
from vietnamese import slugify


def drain() -> int:
    """Deliver the current schema's pending ``search.sync`` rows (what the
    worker or the drain does after the commit); how many."""
    pending = list(
        Delivery.objects.filter(kind="search.sync", status=Delivery.PENDING)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for pk in pending:
        deliver(pk)
    return len(pending)


def news(title: str, body: str = "", day=date(2026, 11, 20), live=True, **fields):
    index = NewsIndexPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    page = NewsPage(
        title=title,
        slug=slugify(title)[:50],
        date=day,
        summary=body or f"Tóm tắt: {title}",
        live=False,
        **fields,
    )
    index.add_child(instance=page)
    if live:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def article(title: str, summary: str = "", section_slug="gioi-thieu", live=True):
    section = SectionPage.objects.get(
        slug=section_slug, locale__language_code=settings.LANGUAGE_CODE
    )
    page = StandardPage(title=title, slug=slugify(title)[:50], summary=summary)
    page.live = False
    section.add_child(instance=page)
    if live:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def search(text: str, **fields):
    return PostgresBackend().search(SearchQuery(text=text, **fields))


def titles(results) -> list[str]:
    return [hit.title for hit in results.hits]
