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

    models = {
        "news": NewsIndexPage,
        "documents": LegalDocumentIndexPage,
        "qa": QAIndexPage,
    }
    for section in SECTIONS:
        model = models.get(section.kind, SectionPage)
        home.add_child(
            instance=model(
                title=section.title, slug=section.slug, show_in_menus=section.in_menu
            )
        )
    return home
