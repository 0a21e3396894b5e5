"""The results pages: ``/tim-kiem/?q=…&loai=…&muc=…&page=…`` on every portal,
and ``/tong-hop/tim-kiem/?q=…&co_quan=…`` province-wide (issue 14.2).

On every portal, in each language it has (``/en/tim-kiem/`` …; a language it
has not enabled answers 404, as Wagtail does for its pages); results are the
portal's own items in the URL's language, from ``get_backend()``.

A portal with units under it (province.scope: the province, a district, a
department) also has ``/tong-hop/tim-kiem/``: the published items of every
portal in its scope (its own included), from the province's read model only,
with a facet by agency, each hit linking to its own portal. The two pages
link to each other (two tabs); a portal without units answers 404 there.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from home.languages import html_lang, translated
from province import scope as scopes
from province.views_public import SCOPE_LABELS, SEARCH_TITLES

from .backends import get_backend
from .documents import KINDS, SearchQuery
from .forms import KIND_LABELS, ProvinceSearchForm, SearchForm


def _query(params: dict, **changes) -> str:
    merged = {**params, **changes}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def _homes() -> dict:
    from wagtail.models import Page

    return {
        page.locale.language_code: page
        for page in Page.objects.filter(depth=2).select_related("locale")
    }


def _language_links(
    homes: dict, language: str, params: dict, url_name: str = "search"
) -> list[dict]:
    if len(homes) < 2:
        return []
    names = dict(settings.LANGUAGES)
    order = [code for code, _name in settings.LANGUAGES]
    links = []
    for code in sorted(homes, key=lambda c: order.index(c) if c in order else 99):
        with translation.override(code):
            url = reverse(url_name) + _query({"q": params.get("q")})
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
    """A portal's own items."""
    return _results(request, province=False)


def province_results(request):
    """The items of every portal in this portal's scope (the read model)."""
    return _results(request, province=True)


def _results(request, province: bool):
    if getattr(request, "tenant", None) is None:
        raise Http404
    scope = scopes.for_agency(request.tenant)
    if province and scope is None:
        raise Http404
    language = translation.get_language()
    homes = _homes()
    home = homes.get(language)
    if home is None:
        raise Http404
    if province:
        names = {unit.id: unit.name for unit in scope.agencies()}
        form = ProvinceSearchForm(request.GET, agencies=names.items())
    else:
        names = {}
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
                province=province,
                agencies=tuple(scope.ids()) if province else None,
                agency=values.get("co_quan") if province else None,
            )
        )
        for hit in found.hits:
            hit.title_html = mark_safe(hit.title_html)  # noqa: S308 - escaped by highlight
            hit.snippet_html = mark_safe(hit.snippet_html)  # noqa: S308
            hit.kind_label = KIND_LABELS.get(hit.kind, hit.kind)
            hit.agency_name = names.get(hit.agency_id, "")
    url_name = "province-search" if province else "search"
    context = {
        "page": home,
        "menu_items": translated(home.get_children().live().in_menu()),
        "languages": _language_links(homes, language, params, url_name),
        "form": form,
        "q": values["q"],
        "results": found,
        "params": params,
        "province": province,
        "heading": SEARCH_TITLES[scope.wording] if province else _("Tìm kiếm"),
        "tabs": _tabs(scope, province, values["q"]),
        "canonical": request.build_absolute_uri(request.path),
    }
    if found is not None:
        context.update(_facets(found, params))
        if province:
            context["agency_facet"] = _agency_facet(found, params, names)
        context["page_links"] = _pages(found, params)
        context["first_number"] = (found.page - 1) * found.per_page + 1
        if found.suggestion:
            context["suggestion_url"] = _query({"q": found.suggestion})
    return render(request, "search/results.html", context)


def _tabs(scope, province: bool, q: str) -> list[dict]:
    """ "This portal" and the scope's tab, for a portal with units."""
    if scope is None:
        return []
    query = _query({"q": q}) if q else ""
    return [
        {
            "label": _("Cổng này"),
            "url": reverse("search") + query,
            "current": not province,
        },
        {
            "label": SCOPE_LABELS[scope.wording],
            "url": reverse("province-search") + query,
            "current": province,
        },
    ]


def _agency_facet(found, params, names: dict) -> list[dict]:
    chosen = params.get("co_quan")
    return [
        {
            "label": names[agency_id],
            "count": count,
            "url": _query(
                params,
                co_quan=None if chosen == agency_id else agency_id,
            ),
            "current": chosen == agency_id,
        }
        for agency_id, count in found.facets.get("agency", {}).items()
        if agency_id in names
    ]


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
