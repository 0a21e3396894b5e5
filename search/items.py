"""The search documents of the current portal, from its live, public pages.

``Builder`` reads what ``province.items.Builder`` reads to decide what is
public: live pages only, no page under a view restriction (Wagtail's
``Page.objects.public()`` rule), no untranslated copy of another language
(``home.languages.translated``), only pages routable on the portal's site;
drafts are never read (a page's live fields are its published revision).
Every page under the home page is searchable: news, legal documents,
procedures and published answers by their own kind, any other page (sections,
articles, index pages) as ``page``. ``section`` is the title of the page's
top-level section (the child of the home page it is under).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.html import strip_tags

from .documents import SearchDoc
from .models import MAX_BODY

#: Fields whose text is the body of a page (those a model has), in order.
BODY_FIELDS = (
    "summary",
    "intro",
    "abstract",
    "question_text",
    "answer",
    "body",
    "issuing_body_name",
    "signer",
    "description",
    "applicants",
    "requirements",
    "implementing_agency",
    "steps",
    "dossier",
    "results",
    "legal_bases",
)
#: A top-level section's path: the home page's (depth 2) plus one step.
SECTION_PATH = 3 * 4


def kind_models() -> dict[str, type]:
    from documents.models import LegalDocumentPage
    from home.models import NewsPage
    from qa.pages import QAPage
    from services.models import ProcedurePage

    return {
        "news": NewsPage,
        "document": LegalDocumentPage,
        "procedure": ProcedurePage,
        "answer": QAPage,
    }


def kind_of(page) -> str:
    for kind, model in kind_models().items():
        if isinstance(page, model):
            return kind
    return "page"


def plain(text) -> str:
    """HTML or rich text as one line of plain text."""
    return re.sub(r"\s+", " ", html.unescape(strip_tags(str(text or "")))).strip()


def body_of(page) -> str:
    from wagtail.fields import StreamField

    parts = []
    for name in BODY_FIELDS:
        try:
            model_field = page._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        value = getattr(page, name, None)
        if not value:
            continue
        if isinstance(model_field, StreamField):
            parts.extend(plain(t) for t in model_field.get_searchable_content(value))
        elif isinstance(value, str):
            parts.append(plain(value))
    return " ".join(p for p in parts if p)[:MAX_BODY]


class Builder:
    """Builds the documents of the portal whose schema the connection is in."""

    def __init__(self):
        from province.items import Builder as ReadModelBuilder

        # Its privacy rule and URL parts (the site's root paths read once).
        self.public = ReadModelBuilder()
        self._sections: dict[str, str] | None = None

    def section_of(self, page) -> str:
        if self._sections is None:
            from wagtail.models import Page

            self._sections = dict(
                Page.objects.filter(depth=3).values_list("path", "title")
            )
        if page.depth < 3:
            return ""
        return self._sections.get(page.path[:SECTION_PATH], "")

    def queryset(self):
        from wagtail.models import Page

        from home.languages import translated

        return translated(Page.objects.live().filter(depth__gt=2)).select_related(
            "locale"
        )

    def documents(self, ids: Iterable[int] | None = None) -> dict[str, SearchDoc]:
        """{key: doc} of the live public pages (all, or those among ``ids``)."""
        pages = self.queryset()
        if ids is not None:
            pages = pages.filter(pk__in=list(ids))
        built = {}
        for page in pages.specific().iterator(chunk_size=200):
            doc = self.document(page)
            if doc is not None:
                built[doc.key] = doc
        return built

    def document(self, page) -> SearchDoc | None:
        if not page.live or self.public.is_private(page):
            return None
        path = self.public.page_path(page)
        if path is None:
            return None
        kind = kind_of(page)
        title, code, day = page.title, "", None
        if kind == "procedure":
            title, code = page.name or page.title, page.code
        elif kind == "document":
            code, day = page.number_symbol, page.issued_on
        elif kind == "news":
            day = page.date
        elif kind == "answer":
            day = page.answered_on
        if day is None and page.first_published_at:
            day = timezone.localtime(page.first_published_at).date()
        return SearchDoc(
            key=f"page:{page.pk}",
            kind=kind,
            language=page.locale.language_code,
            title=title,
            body=body_of(page),
            code=code or "",
            section=self.section_of(page),
            url=path,
            date=day,
        )


def key_of_page(page_id: int) -> str:
    return f"page:{page_id}"
