"""The page tree that every new portal starts with.

Called by tenants.provisioning inside the new agency's schema.
"""

from __future__ import annotations

from wagtail.models import Locale, Page, Site

from .models import HomePage, NewsIndexPage, SectionPage
from .sections import SECTIONS


def build_portal_tree(agency, hostname: str, port: int) -> HomePage:
    """Replace Wagtail's welcome page by the agency's home page and sections."""
    Locale.objects.get_or_create(language_code="vi")
    root = Page.get_first_root_node()
    home = HomePage(
        title=agency.name,
        slug="trang-chu",
        seo_title=agency.name,
        intro=f"<p>Cổng thông tin điện tử {agency.name}.</p>",
    )
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": hostname,
            "port": port,
            "root_page": home,
            "site_name": agency.name,
        },
    )
    # Wagtail's migrations leave a "Welcome to your new Wagtail site!" page.
    root.get_children().exclude(pk=home.pk).delete()
    from documents.models import LegalDocumentIndexPage
    from qa.pages import QAIndexPage
    from services.models import ProcedureIndexPage

    models = {
        "news": NewsIndexPage,
        "documents": LegalDocumentIndexPage,
        "qa": QAIndexPage,
        "services": ProcedureIndexPage,
    }
    for section in SECTIONS:
        model = models.get(section.kind, SectionPage)
        home.add_child(
            instance=model(
                title=section.title, slug=section.slug, show_in_menus=section.in_menu
            )
        )
    # A first published revision each, so the explorer shows their dates.
    date_undated_pages()
    return home


def date_undated_pages() -> int:
    """Give every page of this schema that has never been revised a first
    revision, published if the page is live, dated when the page says it was
    published (or now).

    Pages made in code (this tree, the demo's content) have no revision, so
    Wagtail's page explorer showed an empty "Updated" column and no history.
    Idempotent: a page with a revision is left alone. Aliases (the language
    trees' mirrors) take their source's date, as Wagtail copies it when the
    source is published. Returns the number of pages dated."""
    from django.utils import timezone
    from wagtail.models import Revision

    undated = Page.objects.filter(depth__gt=1, latest_revision_created_at__isnull=True)
    count = 0
    for page in undated.filter(alias_of__isnull=True).order_by("path"):
        page = page.specific
        moment = page.last_published_at or page.first_published_at or timezone.now()
        revision = page.save_revision(clean=False)
        if page.live:
            revision.publish(log_action=False)
        Revision.objects.filter(pk=revision.pk).update(created_at=moment)
        dates = {"latest_revision_created_at": moment}
        if page.live:
            dates["last_published_at"] = moment
            dates["first_published_at"] = page.first_published_at or moment
        Page.objects.filter(pk=page.pk).update(**dates)
        count += 1
    for alias in undated.filter(alias_of__isnull=False).select_related("alias_of"):
        source = alias.alias_of
        Page.objects.filter(pk=alias.pk).update(
            latest_revision_created_at=source.latest_revision_created_at,
            last_published_at=source.last_published_at,
            first_published_at=alias.first_published_at or source.first_published_at,
        )
        count += 1
    return count
