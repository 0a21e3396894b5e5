"""The aggregated pages of a portal with units under it (Art. 4.1–4.3, 15).

``/tong-hop/tin-tuc/``, ``/tong-hop/dich-vu-cong/``, ``/tong-hop/van-ban/`` and
``/tong-hop/hoi-dap/`` list what the portals in the scope (province.scope)
have published, the portal's own items included ("everything under this
portal"), from the read model only (province.listings): no public request
reads another portal's schema. The only queries in the portal's own schema
are the ones every page of it makes (its home pages, for the menu and the
languages; Wagtail's site).

A portal without an active unit under it answers 404, as does a language the
portal has not enabled (as Wagtail does for its pages). Parameters are read
through a form: an unknown agency, field or level, a page number too large,
are ignored and said beside the filters.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from home.languages import html_lang, translated
from services.public import level_label

from . import facets, listings
from . import scope as scopes
from .forms import AggregateFilterForm
from .models import PublishedItem

#: Each page's title, by how the portal's units are named (scope.wording).
TITLES = {
    "news": {
        scopes.PROVINCE: _("Tin tức toàn tỉnh"),
        scopes.COMMUNES: _("Tin tức của các xã, phường, thị trấn"),
        scopes.UNITS: _("Tin tức của các đơn vị trực thuộc"),
    },
    "services": {
        scopes.PROVINCE: _("Dịch vụ công toàn tỉnh"),
        scopes.COMMUNES: _("Dịch vụ công của các xã, phường, thị trấn"),
        scopes.UNITS: _("Dịch vụ công của các đơn vị trực thuộc"),
    },
    "documents": {
        scopes.PROVINCE: _("Văn bản toàn tỉnh"),
        scopes.COMMUNES: _("Văn bản của các xã, phường, thị trấn"),
        scopes.UNITS: _("Văn bản của các đơn vị trực thuộc"),
    },
    "answers": {
        scopes.PROVINCE: _("Hỏi đáp toàn tỉnh"),
        scopes.COMMUNES: _("Hỏi đáp của các xã, phường, thị trấn"),
        scopes.UNITS: _("Hỏi đáp của các đơn vị trực thuộc"),
    },
}
#: The province-wide search of the scope (search.views, /tong-hop/tim-kiem/):
#: its title, and its tab's label beside "this portal".
SEARCH_TITLES = {
    scopes.PROVINCE: _("Tìm kiếm toàn tỉnh"),
    scopes.COMMUNES: _("Tìm kiếm trên cổng các xã, phường, thị trấn"),
    scopes.UNITS: _("Tìm kiếm trên cổng các đơn vị trực thuộc"),
}
SCOPE_LABELS = {
    scopes.PROVINCE: _("Toàn tỉnh"),
    scopes.COMMUNES: _("Các xã, phường, thị trấn"),
    scopes.UNITS: _("Các đơn vị trực thuộc"),
}
URL_NAMES = {
    "news": "province-news",
    "services": "province-services",
    "documents": "province-documents",
    "answers": "province-answers",
}


def titles_for(scope) -> dict:
    """{page key: its title} for a portal's scope."""
    return {key: titles[scope.wording] for key, titles in TITLES.items()}


def page_links(scope) -> list[dict]:
    """The four pages in the active language, for the navigation between them
    and the home page's block."""
    titles = titles_for(scope)
    return [
        {"key": key, "title": titles[key], "url": reverse(name)}
        for key, name in URL_NAMES.items()
    ]


class Portal:
    """What every aggregated page of this request needs: the scope, the
    language, the portal's home page in it and the languages it has."""

    def __init__(self, request):
        self.scope = scopes.for_agency(getattr(request, "tenant", None))
        if self.scope is None:
            raise Http404
        self.language = translation.get_language()
        from wagtail.models import Page

        # The home page of each language the portal has (one query): the
        # menu's root, and the 404 for a language it has not enabled.
        homes = {
            page.locale.language_code: page
            for page in Page.objects.filter(depth=2).select_related("locale")
        }
        self.home = homes.get(self.language)
        if self.home is None:
            raise Http404
        self.languages = sorted(homes)
        # The read model's token, once per request: the counts and choices
        # cached under it (province.facets) are those of the rows it sees.
        self.version = facets.token()

    def titles(self) -> dict:
        return titles_for(self.scope)

    def links(self) -> list[dict]:
        return page_links(self.scope)

    def language_links(self, url_name: str) -> list[dict]:
        if len(self.languages) < 2:
            return []
        names = dict(settings.LANGUAGES)
        order = [code for code, _name in settings.LANGUAGES]
        links = []
        for code in sorted(
            self.languages, key=lambda c: order.index(c) if c in order else 99
        ):
            with translation.override(code):
                url = reverse(url_name)
            links.append(
                {
                    "code": code,
                    "lang": html_lang(code),
                    "name": names.get(code, code),
                    "url": url,
                    "current": code == self.language,
                }
            )
        return links


def _query(params: dict, **changes) -> str:
    """``?…`` of ``params`` with ``changes`` (None removes a key)."""
    merged = {**params, **changes}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def _agency_filter(portal: Portal, counts: dict, params: dict) -> list[dict]:
    """The agencies with items, with their counts, each linking to its filter."""
    chosen = params.get("co_quan")
    rows = []
    for unit in portal.scope.agencies():
        count = counts.get(unit.id, 0)
        if not count and str(unit.id) != chosen:
            continue
        rows.append(
            {
                "id": str(unit.id),
                "name": unit.name,
                "kind": unit.kind_plural,
                "count": count,
                "url": _query(params, co_quan=str(unit.id), page=None),
                "current": str(unit.id) == chosen,
            }
        )
    return rows


#: Constant attributes, safe as they are.
SELECTED = mark_safe(" selected")
CURRENT = mark_safe(' aria-current="true"')


def _agency_html(rows: list[dict]) -> tuple[str, str]:
    """The agency filter's options and the side list "Theo cơ quan", one row
    per agency of the scope: built here rather than in a template loop, whose
    cost per row (a hundred portals, two lists) was most of what the
    catalogue's page grew by from 10 to 100 portals."""
    options = format_html_join(
        "",
        '<option value="{}"{}>{} ({})</option>',
        (
            (
                row["id"],
                SELECTED if row["current"] else "",
                row["name"],
                row["count"],
            )
            for row in rows
        ),
    )
    links = format_html_join(
        "\n    ",
        '<li><a href="{}"{}>{} <span class="aggregate-agencies__count">({})</span></a></li>',
        (
            (
                row["url"],
                CURRENT if row["current"] else "",
                row["name"],
                row["count"],
            )
            for row in rows
        ),
    )
    return options, links


def _agency_lists(portal: Portal, key: str, counts: dict, params: dict):
    """The agency filter's rows, options and side list of page ``key`` under
    ``params``, cached with the counts they show (province.facets): every
    page number of one filter shares them, and a write of the read model or
    of the registry (the agencies' names) makes new ones."""

    def build():
        rows = _agency_filter(portal, counts, params)
        return (bool(rows), *_agency_html(rows))

    filters = {name: value for name, value in params.items() if name != "page"}
    return facets.cached(
        "agencies",
        portal.version,
        key,
        portal.language,
        portal.scope.ids(),
        build,
        **filters,
    )


def _decorate(items, portal: Portal):
    for item in items:
        unit = portal.scope.by_id.get(item.agency_id)
        item.agency_name = unit.name if unit else ""
        if item.level:
            item.level_text = level_label(item.level) if 1 <= item.level <= 4 else ""


def _render(request, portal: Portal, key: str, template: str, context: dict):
    listing = context["listing"]
    params = context["params"]
    items = listing.items
    _decorate(items, portal)
    title = portal.titles()[key]
    agency_filter, agency_options, agency_links = _agency_lists(
        portal, key, listing.counts, params
    )
    return render(
        request,
        template,
        {
            "page": portal.home,
            "menu_items": translated(portal.home.get_children().live().in_menu()),
            "title": title,
            "search_title": SEARCH_TITLES[portal.scope.wording],
            "page_key": key,
            "pages": portal.links(),
            "languages": portal.language_links(URL_NAMES[key]),
            "items": items,
            "total": listing.total,
            "agency_filter": agency_filter,
            "agency_options": agency_options,
            "agency_links": agency_links,
            "page_query": _query(params, page=None)[1:] + "&"
            if any(k != "page" for k in params)
            else "",
            "page_numbers": list(
                items.paginator.get_elided_page_range(items.number, on_each_side=2)
            ),
            "clear_url": request.path,
            "canonical": request.build_absolute_uri(request.path),
            **context,
        },
    )


def _agency_choices(portal: Portal):
    return [(u.id, u.name) for u in portal.scope.agencies()]


def _params(valid: dict) -> dict:
    return {k: str(v) for k, v in valid.items()}


def news(request):
    portal = Portal(request)
    kinds = portal.scope.kinds()
    form = AggregateFilterForm(
        request.GET, agencies=_agency_choices(portal), kinds=kinds
    )
    valid = form.filters()
    ids = portal.scope.ids()
    if "loai_co_quan" in valid:
        ids = [
            u.id for u in portal.scope.agencies() if u.kind_id == valid["loai_co_quan"]
        ]
    listing = listings.listing(
        PublishedItem.NEWS,
        portal.language,
        ids,
        agency=valid.get("co_quan"),
        number=valid.get("page"),
        version=portal.version,
    )
    params = _params(valid)
    return _render(
        request,
        portal,
        "news",
        "province/news.html",
        {"form": form, "params": params, "listing": listing, "kinds": kinds},
    )


def services(request):
    portal = Portal(request)
    ids = portal.scope.ids()
    sectors, fields = listings.catalogue_choices(portal.language, ids, portal.version)
    sector_names = dict(sectors)
    field_labels = [
        (code, f"{sector_names[sector]} › {name}" if sector in sector_names else name)
        for code, name, sector in fields
    ]
    form = AggregateFilterForm(
        request.GET,
        agencies=_agency_choices(portal),
        sectors=sectors,
        fields=field_labels,
        with_levels=True,
    )
    valid = form.filters()
    filters = {}
    if "nganh" in valid:
        filters["sector_code"] = valid["nganh"]
    if "linh_vuc" in valid:
        filters["field_code"] = valid["linh_vuc"]
    if "muc_do" in valid:
        filters["level"] = valid["muc_do"]
    listing = listings.listing(
        PublishedItem.PROCEDURE,
        portal.language,
        ids,
        agency=valid.get("co_quan"),
        number=valid.get("page"),
        order=listings.CATALOGUE_ORDER,
        version=portal.version,
        **filters,
    )
    params = _params(valid)
    return _render(
        request,
        portal,
        "services",
        "province/services.html",
        {
            "form": form,
            "params": params,
            "listing": listing,
            "sectors": sectors,
            "fields": field_labels,
            "levels": [(str(n), level_label(n)) for n in range(1, 5)],
        },
    )


def _register(request, key: str, kind: str, template: str):
    portal = Portal(request)
    ids = portal.scope.ids()
    fields = listings.field_choices(kind, portal.language, ids, portal.version)
    form = AggregateFilterForm(
        request.GET, agencies=_agency_choices(portal), fields=fields
    )
    valid = form.filters()
    filters = {"field_code": valid["linh_vuc"]} if "linh_vuc" in valid else {}
    listing = listings.listing(
        kind,
        portal.language,
        ids,
        agency=valid.get("co_quan"),
        number=valid.get("page"),
        version=portal.version,
        **filters,
    )
    return _render(
        request,
        portal,
        key,
        template,
        {
            "form": form,
            "params": _params(valid),
            "listing": listing,
            "fields": fields,
        },
    )


def documents(request):
    return _register(
        request, "documents", PublishedItem.DOCUMENT, "province/documents.html"
    )


def answers(request):
    return _register(request, "answers", PublishedItem.ANSWER, "province/answers.html")
