"""Navigation of a portal: the main menu and the footer's list of sections."""

from django import template
from wagtail.models import Page, Site

register = template.Library()


def _home(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    home = _home(context)
    current = context.get("page")
    items = []
    if home is not None:
        for item in home.get_children().live().in_menu():
            item.active = isinstance(current, Page) and current.path.startswith(
                item.path
            )
            items.append(item)
    return {"home": home, "items": items, "current": current}


@register.inclusion_tag("navigation/footer_menu.html", takes_context=True)
def footer_menu(context):
    home = _home(context)
    items = list(home.get_children().live()) if home is not None else []
    return {"items": items}
