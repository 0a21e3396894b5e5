"""The results page of a portal: ``/tim-kiem/?q=…&loai=…&muc=…&page=…``.

On every portal, in each language it has (``/en/tim-kiem/`` …; a language it
has not enabled answers 404, as Wagtail does for its pages); results are the
portal's own items in the URL's language, from ``get_backend()``.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe

from home.languages import html_lang, translated

from .backends import get_backend
from .documents import KINDS, SearchQuery
from .forms import KIND_LABELS, SearchForm


def _query(params: dict, **changes) -> str:
    merged = {**params, **changes}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def _homes() -> dict:
    from wagtail.models import Page

    return {
        page.locale.language_code: page
        for page in Page.objects.filter(depth=2).select_related("locale")
    }


def _language_links(homes: dict, language: str, params: dict) -> list[dict]:
    if len(homes) < 2:
        return []
    names = dict(settings.LANGUAGES)
    order = [code for code, _name in settings.LANGUAGES]
    links = []
    for code in sorted(homes, key=lambda c: order.index(c) if c in order else 99):
        with translation.override(code):
            url = reverse("search") + _query({"q": params.get("q")})
        links.append(
            {
                "code": code,
                "lang": html_lang(code),
                "name": names.get(code, code),
                "url": url,
                "current": code == language,
            }
        )
    return links


def results(request):
    if getattr(request, "tenant", None) is None:
        raise Http404
    language = translation.get_language()
    homes = _homes()
    home = homes.get(language)
    if home is None:
        raise Http404
    form = SearchForm(request.GET)
    values = form.values()
    params = {k: v for k, v in values.items() if k != "page" and v}
    found = None
    if values["q"]:
        found = get_backend().search(
            SearchQuery(
                text=values["q"],
                language=language,
                kind=values["loai"] or None,
                section=values["muc"] or None,
                page=values["page"],
            )
        )
        for hit in found.hits:
            hit.title_html = mark_safe(hit.title_html)  # noqa: S308 - escaped by highlight
            hit.snippet_html = mark_safe(hit.snippet_html)  # noqa: S308
            hit.kind_label = KIND_LABELS.get(hit.kind, hit.kind)
    context = {
        "page": home,
        "menu_items": translated(home.get_children().live().in_menu()),
        "languages": _language_links(homes, language, params),
        "form": form,
        "q": values["q"],
        "results": found,
        "params": params,
        "canonical": request.build_absolute_uri(request.path),
    }
    if found is not None:
        context.update(_facets(found, params))
        context["page_links"] = _pages(found, params)
        context["first_number"] = (found.page - 1) * found.per_page + 1
        if found.suggestion:
            context["suggestion_url"] = _query({"q": found.suggestion})
    return render(request, "search/results.html", context)


def _facets(found, params) -> dict:
    kinds = [
        {
            "label": KIND_LABELS[kind],
            "count": found.facets["kind"][kind],
            "url": _query(params, loai=None if params.get("loai") == kind else kind),
            "current": params.get("loai") == kind,
        }
        for kind in KINDS
        if found.facets["kind"].get(kind)
    ]
    sections = [
        {
            "label": section,
            "count": count,
            "url": _query(
                params, muc=None if params.get("muc") == section else section
            ),
            "current": params.get("muc") == section,
        }
        for section, count in found.facets["section"].items()
    ]
    return {"kind_facet": kinds, "section_facet": sections}


def _pages(found, params) -> dict:
    """Previous, next, and the numbers around the current page."""
    last = found.pages
    if found.total:
        from .backends.postgres import MAX_PAGE

        last = min(last, MAX_PAGE)
    current = found.page
    numbers = sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
    shown, previous = [], 0
    for number in numbers:
        if number - previous > 1:
            shown.append({"gap": True})
        shown.append(
            {
                "number": number,
                "url": _query(params, page=number),
                "current": number == current,
            }
        )
        previous = number
    return {
        "numbers": shown if last > 1 else [],
        "previous": _query(params, page=current - 1) if current > 1 else None,
        "next": _query(params, page=current + 1) if current < last else None,
    }
