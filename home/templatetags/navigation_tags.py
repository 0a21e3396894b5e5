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


@register.inclusion_tag("navigation/languages.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the portal's other languages, or to that
    language's home page when the page has no translation yet."""
    return {"languages": _language_links(context)}


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    return [item for item in _language_links(context) if item["translated"]]


@register.simple_tag(takes_context=True)
def page_lang(context):
    from home.languages import html_lang

    page = context.get("page")
    locale = getattr(page, "locale", None)
    return html_lang(locale.language_code) if locale else "vi"


def _language_links(context):
    from django.conf import settings
    from wagtail.models import Locale

    from home.languages import html_lang

    page = context.get("page")
    if not isinstance(page, Page):
        return []
    names = dict(settings.LANGUAGES)
    translations = {
        p.locale_id: p for p in page.get_translations(inclusive=True).live()
    }
    links = []
    for locale in Locale.objects.all().order_by("pk"):
        target = translations.get(locale.pk)
        translated = target is not None
        if target is None:
            target = Page.objects.filter(depth=2, locale=locale).live().first()
        if target is None:
            continue
        links.append(
            {
                "code": locale.language_code,
                "lang": html_lang(locale.language_code),
                "name": names.get(locale.language_code, locale.language_code),
                "url": target.get_url(context.get("request")),
                "full_url": target.full_url,
                "current": locale.pk == page.locale_id,
                "translated": translated,
            }
        )
    return links if len(links) > 1 else []
