"""What a portal's published item looks like in the province's read model.

``Builder`` turns a live page or announcement of the current schema into the
fields of its ``province.PublishedItem`` row, or None when the item must not be
there (issue 13.5): not live, private (a view restriction on it or an
ancestor: Wagtail's ``Page.objects.public()`` rule), an untranslated copy of
another language's page (``home.languages.translated``), or not routable on
the portal's site. One builder serves a whole portal: the restrictions, the
site's root paths and the portal's address are read once, and each kind of
page is read with its related rows in one query, so the reconciliation of a
portal with thousands of items costs a handful of queries per kind.

The fingerprint is the sha256 of the built fields except ``url``: the URL
follows the portal's primary domain (rewritten by a domain move, Art. 29),
not the item; the reconciliation compares both.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterable
from datetime import date, datetime
from types import SimpleNamespace

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import override

from .models import PublishedItem

#: Kinds that are Wagtail pages (their source_id is a page id of the schema).
PAGE_KINDS = (
    PublishedItem.NEWS,
    PublishedItem.PROCEDURE,
    PublishedItem.DOCUMENT,
    PublishedItem.ANSWER,
)
#: The fields a build returns, in the order they are fingerprinted.
FIELDS = (
    "kind",
    "source_id",
    "translation_key",
    "language",
    "title",
    "summary",
    "path",
    "url",
    "date",
    "published_at",
    "updated_at",
    "expires_on",
    "code",
    "field_code",
    "field_name",
    "sector_code",
    "sector_name",
    "level",
)


def page_models() -> dict[str, type]:
    """The aggregated page types, by kind (imported late: apps load first)."""
    from documents.models import LegalDocumentPage
    from home.models import NewsPage
    from qa.pages import QAPage
    from services.models import ProcedurePage

    return {
        PublishedItem.NEWS: NewsPage,
        PublishedItem.PROCEDURE: ProcedurePage,
        PublishedItem.DOCUMENT: LegalDocumentPage,
        PublishedItem.ANSWER: QAPage,
    }


def kind_of_model(model) -> str | None:
    for kind, page_model in page_models().items():
        if issubclass(model, page_model):
            return kind
    return None


def fingerprint(fields: dict) -> str:
    data = {name: fields.get(name) for name in FIELDS if name != "url"}
    text = json.dumps(data, sort_keys=True, default=_jsonable, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _jsonable(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _day(moment: datetime | None) -> date | None:
    return timezone.localtime(moment).date() if moment else None


def _plain(rich_text: str) -> str:
    """Rich text as one line of plain text (an announcement's summary)."""
    return re.sub(r"\s+", " ", html.unescape(strip_tags(rich_text or ""))).strip()


def _label(choices, code: str) -> str:
    """A choice's label as stored: the Vietnamese msgid, whatever language is
    active, so a build does not depend on the request that triggered it (the
    listings translate it with gettext)."""
    with override("vi"):
        return str(dict(choices).get(code, code))


class Builder:
    """Builds rows for the portal whose schema the connection is in."""

    def __init__(self):
        from wagtail.models import PageViewRestriction

        from tenants.models import current_agency, portal_url

        self.agency = current_agency()
        if self.agency is None:
            raise RuntimeError("The read model is built in a portal's schema")
        # A direct read, not tenants.hosts' cache: right after a domain move
        # the cache of another process may still hold the old domain.
        self.base_url = portal_url(self.agency.primary_domain)
        self.restricted = list(
            PageViewRestriction.objects.values_list("page__path", flat=True)
        )
        # Wagtail keeps the site root paths on the object passed to
        # get_url_parts(): one read for every page of the build.
        self._url_cache = SimpleNamespace()
        self._homes: dict[int, str | None] | None = None

    # --- pages -------------------------------------------------------------

    def is_private(self, page) -> bool:
        return any(page.path.startswith(path) for path in self.restricted)

    def page_path(self, page) -> str | None:
        """The page's path on its portal, language prefix included."""
        parts = page.get_url_parts(request=self._url_cache)
        if not parts or parts[2] is None:
            return None
        return parts[2]

    def queryset(self, kind: str):
        from home.languages import translated

        model = page_models()[kind]
        pages = translated(model.objects.live()).select_related("locale")
        if kind == PublishedItem.PROCEDURE:
            pages = pages.select_related("field__sector")
        return pages

    def pages(self, kind: str, ids: Iterable[int] | None = None) -> dict:
        """{(kind, id): fields} for the live public pages of ``kind`` (all of
        them, or those among ``ids``)."""
        pages = self.queryset(kind)
        if ids is not None:
            pages = pages.filter(pk__in=list(ids))
        built = {}
        for page in pages.iterator(chunk_size=500):
            fields = self.page(kind, page)
            if fields is not None:
                built[(kind, page.pk)] = fields
        return built

    def page(self, kind: str, page) -> dict | None:
        """The fields of a page read through ``queryset(kind)``, or None."""
        # Untranslated copies are left out by queryset() (home.languages.translated).
        if not page.live or self.is_private(page):
            return None
        path = self.page_path(page)
        if path is None:
            return None
        fields = {
            "kind": kind,
            "source_id": page.pk,
            "translation_key": page.translation_key,
            "language": page.locale.language_code,
            "title": page.title,
            "summary": "",
            "path": path,
            "date": _day(page.first_published_at or page.last_published_at),
            "published_at": page.first_published_at,
            "updated_at": page.last_published_at,
            "expires_on": None,
            "code": "",
            "field_code": "",
            "field_name": "",
            "sector_code": "",
            "sector_name": "",
            "level": None,
        }
        getattr(self, f"_{kind}")(page, fields)
        return self.finish(fields)

    def _news(self, page, fields):
        fields.update(summary=page.summary, date=page.date)

    def _procedure(self, page, fields):
        field = page.field
        sector = field.sector if field else None
        fields.update(
            title=page.name or page.title,
            code=page.code,
            level=page.level,
            field_code=(field.code or field.slug) if field else "",
            field_name=field.name if field else "",
            sector_code=(sector.code or sector.slug) if sector else "",
            sector_name=sector.name if sector else "",
        )

    def _document(self, page, fields):
        from documents.models import FIELD_CHOICES

        fields.update(
            code=page.number_symbol,
            summary=page.abstract,
            field_code=page.field,
            field_name=_label(FIELD_CHOICES, page.field),
            date=page.issued_on,
        )

    def _answer(self, page, fields):
        from qa.models import FIELD_CHOICES

        fields.update(
            summary=page.question_text,
            field_code=page.field,
            field_name=_label(FIELD_CHOICES, page.field),
            date=page.answered_on,
        )

    # --- announcements -----------------------------------------------------

    def home_path(self, locale_id: int) -> str | None:
        """The path of a language's home page (where its announcements show)."""
        if self._homes is None:
            from wagtail.models import Page

            self._homes = {}
            for home in Page.objects.filter(depth=2).select_related("locale"):
                self._homes.setdefault(home.locale_id, self.page_path(home))
        return self._homes.get(locale_id)

    def announcements(self, ids: Iterable[int] | None = None) -> dict:
        from home.models import Announcement

        notices = Announcement.objects.filter(live=True).select_related("locale")
        if ids is not None:
            notices = notices.filter(pk__in=list(ids))
        built = {}
        for notice in notices:
            fields = self.announcement(notice)
            if fields is not None:
                built[(PublishedItem.ANNOUNCEMENT, notice.pk)] = fields
        return built

    def announcement(self, notice) -> dict | None:
        if not notice.live:
            return None
        path = self.home_path(notice.locale_id)
        if path is None:
            return None
        return self.finish(
            {
                "kind": PublishedItem.ANNOUNCEMENT,
                "source_id": notice.pk,
                "translation_key": notice.translation_key,
                "language": notice.locale.language_code,
                "title": notice.title,
                "summary": _plain(notice.body),
                "path": path,
                "date": _day(notice.first_published_at or notice.last_published_at),
                "published_at": notice.first_published_at,
                "updated_at": notice.last_published_at,
                "expires_on": notice.display_until,
                "code": "",
                "field_code": "",
                "field_name": "",
                "sector_code": "",
                "sector_name": "",
                "level": None,
            }
        )

    # --- common ------------------------------------------------------------

    def finish(self, fields: dict) -> dict:
        # A page made live without a publication (fixtures, raw imports) has
        # no publication date; today stands in until it is published again.
        if fields["date"] is None:
            fields["date"] = timezone.localdate()
        fields["url"] = self.base_url + fields["path"].lstrip("/")
        fields["fingerprint"] = fingerprint(fields)
        return fields

    def everything(self) -> dict:
        """Every row the current portal should have: {(kind, source_id): fields}."""
        built = {}
        for kind in PAGE_KINDS:
            built.update(self.pages(kind))
        built.update(self.announcements())
        return built

    def for_pages(self, page_ids: Iterable[int]) -> dict:
        """The rows of the pages ``page_ids`` that should exist, whatever their
        kind (a page id names one page of the schema)."""
        from wagtail.models import Page

        ids = set(page_ids)
        if not ids:
            return {}
        kinds: dict[str, list[int]] = {}
        models = page_models()
        for pk, content_type_id in Page.objects.filter(pk__in=ids).values_list(
            "pk", "content_type_id"
        ):
            kind = _kind_of_content_type(content_type_id, models)
            if kind is not None:
                kinds.setdefault(kind, []).append(pk)
        built = {}
        for kind, kind_ids in kinds.items():
            built.update(self.pages(kind, kind_ids))
        return built


def _kind_of_content_type(content_type_id: int, models: dict) -> str | None:
    from django.contrib.contenttypes.models import ContentType

    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    for kind, page_model in models.items():
        if issubclass(model, page_model):
            return kind
    return None


def build(obj) -> dict | None:
    """The fields of one live page or announcement of the current schema, or
    None when it must not be in the read model."""
    from home.models import Announcement

    builder = Builder()
    if isinstance(obj, Announcement):
        return builder.announcement(obj)
    kind = kind_of_model(type(obj))
    if kind is None:
        return None
    return builder.pages(kind, [obj.pk]).get((kind, obj.pk))
