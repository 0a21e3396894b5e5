"""Public pages say who published them and when (Art. 4.5: official information)."""

from django import template
from wagtail.models import PageLogEntry

register = template.Library()


@register.inclusion_tag("components/publication.html", takes_context=True)
def publication_info(context, page):
    entry = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish")
        .select_related("user")
        .order_by("-timestamp", "-pk")
        .first()
    )
    approver = ""
    if entry is not None and entry.user is not None:
        approver = entry.user.get_full_name() or entry.user.get_username()
    return {
        "agency": context.get("agency"),
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
        "approver": approver,
    }
