"""What makes a portal's search index follow its pages (issue 14).

Each receiver runs in the portal's schema, inside the change's transaction,
and only records page ids (``search.sync.changed``: one ``search.sync``
outbox row); the handler indexes or deletes them after the commit. Every page
is searchable, so every publication, unpublication and deletion counts; a
move, a slug change or a view restriction enqueues the page's subtree (their
URLs, sections or privacy change with it).
"""

from __future__ import annotations

from django.db import connection
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from . import sync


def _in_a_portal() -> bool:
    from django_tenants.utils import get_public_schema_name

    return connection.schema_name != get_public_schema_name()


def subtree(page) -> list[int]:
    return list(
        Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True)
    )


def page_changed(sender, instance, **kwargs):
    if not _in_a_portal():
        return
    # A top-level section's title is its pages' facet: they follow it.
    sync.changed(subtree(instance) if instance.depth == 3 else [instance.pk])


def page_moved(sender, instance, **kwargs):
    if _in_a_portal():
        sync.changed(subtree(instance))


def page_deleted(sender, instance, **kwargs):
    # Sent for the Page row of every page treebeard deletes.
    if _in_a_portal():
        sync.changed([instance.pk])


def restriction_changed(sender, instance, **kwargs):
    if not _in_a_portal():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        sync.changed(subtree(page))


def connect() -> None:
    from province.sync import items_written

    from . import province

    # The province index follows the read model (search.province).
    items_written.connect(province.items_written, dispatch_uid="search-province")
    page_published.connect(page_changed, dispatch_uid="search-published")
    page_unpublished.connect(page_changed, dispatch_uid="search-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="search-moved")
    page_slug_changed.connect(page_moved, dispatch_uid="search-slug")
    post_delete.connect(page_deleted, sender=Page, dispatch_uid="search-deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search-restriction-{signal is post_save}",
        )
