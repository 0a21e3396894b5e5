"""The page tree and editorial groups that every new portal starts with.

Called by tenants.provisioning inside the new agency's schema.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
)

from .models import HomePage, NewsIndexPage, SectionPage
from .sections import SECTIONS

#: The editorial board of Art. 16 and those who work with it, with their page
#: permissions on the portal's home page. Contributors and editors never
#: publish; the head and deputies do (final approval); the technical
#: administrator manages the site but publishes nothing.
EDITORIAL_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Trưởng Ban biên tập",
        ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    ),
    (
        "Phó Trưởng Ban biên tập",
        ("add_page", "change_page", "publish_page", "lock_page"),
    ),
    ("Thành viên Ban biên tập", ("add_page", "change_page")),
    ("Biên tập viên", ("add_page", "change_page")),
    ("Cộng tác viên", ("add_page",)),
    ("Quản trị kỹ thuật", ("add_page", "change_page", "lock_page", "unlock_page")),
)
COLLECTION_PERMISSIONS = (
    "add_image",
    "choose_image",
    "add_document",
    "choose_document",
)


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
    for section in SECTIONS:
        model = NewsIndexPage if section.kind == "news" else SectionPage
        home.add_child(
            instance=model(
                title=section.title, slug=section.slug, show_in_menus=section.in_menu
            )
        )
    return home


def create_editorial_groups(home: Page) -> list[Group]:
    """The board's groups with Wagtail admin access and page permissions."""
    from wagtail.models import Collection

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root_collection = Collection.get_first_root_node()
    collection_perms = list(
        Permission.objects.filter(codename__in=COLLECTION_PERMISSIONS)
    )
    page_perms = {
        p.codename: p
        for p in Permission.objects.filter(
            content_type__app_label="wagtailcore", content_type__model="page"
        )
    }
    # Wagtail's migrations create English "Moderators" and "Editors" groups.
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()
    groups = []
    for name, codenames in EDITORIAL_GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=home, permission=page_perms[codename]
            )
        for permission in collection_perms:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
        groups.append(group)
    return groups
