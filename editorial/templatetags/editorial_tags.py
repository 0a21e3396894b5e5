"""Public pages say who published them and when (Art. 4.5: official information)."""

from django import template
from wagtail.models import PageLogEntry

register = template.Library()

#: Shown when the approver has no full name and no board role: never a username,
#: which is half of a staff member's credentials.
BOARD_TITLE = "Ban biên tập"


def public_name(user) -> str:
    """The approver as a citizen may see them: full name, else their board
    role's title (e.g. "Trưởng Ban biên tập"), else "Ban biên tập"."""
    from editorial import roles

    full_name = user.get_full_name().strip()
    if full_name:
        return full_name
    board = [roles.role(code).name for code in roles.BOARD]
    held = set(user.groups.filter(name__in=board).values_list("name", flat=True))
    return next((name for name in board if name in held), BOARD_TITLE)


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
        approver = public_name(entry.user)
    return {
        "agency": context.get("agency"),
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
        "approver": approver,
    }
