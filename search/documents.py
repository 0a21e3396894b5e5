"""The shared shapes of search: what is indexed, asked and answered.

Both backends (``search.backends.postgres``, ``search.backends.elastic``)
take and return these, so the views never know which one answered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: The kinds of a portal's documents (search.Entry).
PORTAL_KINDS = ("page", "news", "document", "procedure", "answer")
#: Every kind, in the order the facet lists them: the province-wide search
#: also finds the portals' announcements (province.PublishedItem).
KINDS = (*PORTAL_KINDS, "announcement")


@dataclass
class SearchDoc:
    """One searchable item of a portal."""

    key: str  # unique within a portal: "page:42", "procedure:17"
    kind: str  # one of KINDS
    language: str  # the page's locale: "vi", "en", "zh-hans"…
    title: str
    body: str = ""  # plain text
    code: str = ""  # a document's number and symbol, a procedure's code
    section: str = ""  # the title of its top-level section (the facet)
    url: str = ""  # its path on the portal, language prefix included
    date: date | None = None
    agency_id: int | None = None  # province index only


@dataclass
class SearchQuery:
    text: str
    language: str = "vi"
    kind: str | None = None
    section: str | None = None
    page: int = 1
    per_page: int = 10
    province: bool = False
    agency: int | None = None
    #: The province-wide search's scope: the agencies whose items it finds
    #: (province.scope; None: every agency in the index).
    agencies: tuple[int, ...] | None = None


@dataclass
class SearchHit:
    key: str
    kind: str
    language: str
    title: str
    body: str
    code: str
    section: str
    url: str
    date: date | None
    agency_id: int | None
    score: float
    title_html: str  # HTML-escaped, <mark> around the matches
    snippet_html: str


@dataclass
class SearchResults:
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    facets: dict = field(
        default_factory=lambda: {"kind": {}, "section": {}, "agency": {}}
    )
    suggestion: str | None = None
    notice: str | None = None
    page: int = 1
    per_page: int = 10

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))
