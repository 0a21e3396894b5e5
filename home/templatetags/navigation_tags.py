"""Navigation of a portal: the main menu and the footer's list of sections."""

from django import template
from wagtail.models import Page, Site

from home.languages import translated

register = template.Library()


def _home(context):
    """The home page of the section being read: the site's home, or its
    translation in the current page's language."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    home = site.root_page
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    if locale_id and locale_id != home.locale_id:
        home = home.get_translation_or_none(locale_id) or home
    return home


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    home = _home(context)
    current = context.get("page")
    items = []
    if home is not None:
        for item in translated(home.get_children().live().in_menu()):
            item.active = isinstance(current, Page) and current.path.startswith(
                item.path
            )
            items.append(item)
    return {"home": home, "items": items, "current": current}


@register.inclusion_tag("navigation/footer_menu.html", takes_context=True)
def footer_menu(context):
    home = _home(context)
    items = list(translated(home.get_children().live())) if home is not None else []
    return {"items": items}


@register.inclusion_tag("navigation/languages.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the portal's other languages, or to that
    language's home page when the page has no translation yet."""
    return {"languages": _language_links(context)}


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """Alternates for search engines: only real translations, never a copy
    that still shows the Vietnamese text, and none from such a copy."""
    page = context.get("page")
    if _is_untranslated_copy(page):
        return []
    alternates = [item for item in _language_links(context) if item["translated"]]
    vietnamese = next((item for item in alternates if item["code"] == "vi"), None)
    if len(alternates) > 1 and vietnamese is not None:
        # For readers whose language the portal does not have: Vietnamese.
        alternates.append({**vietnamese, "lang": "x-default"})
    return alternates


@register.simple_tag(takes_context=True)
def untranslated_source(context):
    """For a page of a foreign section not translated yet (it shows the
    Vietnamese text): the Vietnamese page, so the template can say so and
    mark the text lang="vi". None otherwise."""
    page = context.get("page")
    if _is_untranslated_copy(page):
        return page.alias_of
    return None


def _is_untranslated_copy(page):
    return (
        isinstance(page, Page)
        and page.alias_of_id is not None
        and page.alias_of.locale_id != page.locale_id
    )


@register.simple_tag(takes_context=True)
def page_lang(context):
    from home.languages import html_lang

    page = context.get("page")
    locale = getattr(page, "locale", None)
    return html_lang(locale.language_code) if locale else "vi"


def _language_links(context):
    """The links of the switcher, worked out once per request and page (the
    switcher and the hreflang alternates both use them)."""
    page = context.get("page")
    if not isinstance(page, Page):
        return []
    request = context.get("request")
    memo = getattr(request, "_language_links", None)
    if memo is not None and memo[0] == page.pk:
        return memo[1]
    links = _work_out_language_links(page, request)
    if request is not None:
        request._language_links = (page.pk, links)
    return links


def _work_out_language_links(page, request):
    from django.conf import settings
    from wagtail.models import Locale

    from home.languages import html_lang

    locales = list(Locale.objects.order_by("pk"))
    if len(locales) < 2:  # most portals: Vietnamese only, no switcher
        return []
    names = dict(settings.LANGUAGES)
    translations = {
        p.locale_id: p
        for p in page.get_translations(inclusive=True).live().select_related("alias_of")
        if p.pk == page.pk or not _is_untranslated_copy(p)
    }
    homes = None
    links = []
    for locale in locales:
        target = translations.get(locale.pk)
        is_translated = target is not None and not _is_untranslated_copy(target)
        if target is None:
            if homes is None:
                homes = {h.locale_id: h for h in Page.objects.filter(depth=2).live()}
            target = homes.get(locale.pk)
        if target is None:
            continue
        links.append(
            {
                "code": locale.language_code,
                "lang": html_lang(locale.language_code),
                "name": names.get(locale.language_code, locale.language_code),
                "url": target.get_url(request),
                "full_url": target.get_full_url(request),
                "current": locale.pk == page.locale_id,
                "translated": is_translated,
            }
        )
    return links if len(links) > 1 else []
