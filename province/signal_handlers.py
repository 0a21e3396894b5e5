"""What makes the province's read model follow every portal (issue 13).

Each receiver runs in the portal's schema, inside the change's transaction,
and only records ids (province.sync.changed → one ``province.sync`` outbox
row); the handler rebuilds the rows after the commit. Only the aggregated
kinds enqueue: a published news item, procedure, document or answer, an
announcement; a move, a slug change or a view restriction of any page
enqueues the aggregated pages of its subtree (their URLs or their privacy
change with it); a deletion, every aggregated page deleted (Wagtail deletes a
page's descendants with it, each with its own ``post_delete``).
"""

from __future__ import annotations

from django.db import connection
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from . import facets, items, sync


def _in_a_portal() -> bool:
    from django_tenants.utils import get_public_schema_name

    return connection.schema_name != get_public_schema_name()


def _aggregated(model) -> bool:
    return items.kind_of_model(model) is not None


def subtree(page) -> list[int]:
    """The aggregated pages of ``page``'s subtree, itself included."""
    from django.contrib.contenttypes.models import ContentType

    types = ContentType.objects.get_for_models(
        *items.page_models().values(), for_concrete_models=False
    ).values()
    return list(
        Page.objects.filter(
            path__startswith=page.path, content_type__in=types
        ).values_list("pk", flat=True)
    )


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    if _in_a_portal() and _aggregated(sender):
        sync.changed(pages=[instance.pk])


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    if _in_a_portal():
        sync.changed(pages=subtree(instance))


@receiver(page_slug_changed)
def slug_changed(sender, instance, **kwargs):
    if _in_a_portal():
        sync.changed(pages=subtree(instance))


@receiver(post_delete, sender=Page)
def page_deleted(sender, instance, **kwargs):
    # Sent for the Page row of every page treebeard deletes (the page and its
    # descendants); its content type says whether it was aggregated.
    if not _in_a_portal():
        return
    from django.contrib.contenttypes.models import ContentType

    model = ContentType.objects.get_for_id(instance.content_type_id).model_class()
    if model is not None and _aggregated(model):
        sync.changed(pages=[instance.pk])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs):
    if not _in_a_portal():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        sync.changed(pages=subtree(page))


def _is_announcement(sender) -> bool:
    from home.models import Announcement

    return isinstance(sender, type) and issubclass(sender, Announcement)


@receiver(published)
@receiver(unpublished)
def announcement_changed(sender, instance, **kwargs):
    if _in_a_portal() and _is_announcement(sender):
        sync.changed(announcements=[instance.pk])


def announcement_deleted(sender, instance, **kwargs):
    if _in_a_portal():
        sync.changed(announcements=[instance.pk])


def registry_changed(sender, **kwargs) -> None:
    """An agency, a domain or a kind of agency saved or deleted (a status, a
    parent, a name, a primary domain): what is cached under the read model's
    token (the counts and choices of every scope, the province's list of
    portals) is stale (province.facets)."""
    facets.changed()


def connect() -> None:
    from home.models import Announcement
    from tenants.models import Agency, AgencyKind, Domain

    for model in (Agency, Domain, AgencyKind):
        for signal in (post_save, post_delete):
            signal.connect(
                registry_changed,
                sender=model,
                dispatch_uid=f"province-registry-{model.__name__}-{signal}",
            )

    post_delete.connect(
        announcement_deleted, sender=Announcement, dispatch_uid="province-notice-del"
    )
