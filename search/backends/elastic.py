"""Search on Elasticsearch 8 (``settings.ELASTICSEARCH_URL``).

Indexes, declared with elasticsearch-dsl ``Document`` classes:

- one per portal: ``<prefix>-<schema>``, an alias over ``<prefix>-<schema>-v<N>``;
  the document id is the ``SearchDoc.key`` (unique within the portal; the
  schema in the name keeps two portals apart);
- one for the province: ``<prefix>-province`` over ``<prefix>-province-v<N>``,
  ids ``<agency_id>:<key>``, with the ``agency`` facet.

Vietnamese is folded in Python (``vietnamese.fold``: one folding function for
every path), so the indexes need only the engine's core analysis (the
``standard`` analyzer): they work on any Elasticsearch 8 cluster, the
integ-test distribution of the tests included (no ``analysis-common``).

Ranking, in one ``bool`` query: an exact code ("03/2017/QĐ-UBND",
"1.000080") highest, then a code that starts with the query ("03/2017"),
then the title (phrase, every word, any word) above the body; the accented
words of the query add a little (Elasticsearch's ``standard`` analyzer keeps
diacritics in ``title``/``body``), so "bàn" ranks "bàn" above "bán".

A query that finds nothing gets a suggestion: each word unknown to the index
replaced by the closest indexed word (the ``term`` suggester on the folded
words), kept only if the corrected query finds something. There is no fuzzy
matching in the search itself: a near word never outranks or pads the exact
ones, as on PostgreSQL.

Highlighting: the highlighter runs on the folded fields with the whole field
returned (``number_of_fragments: 0``) and private-use characters as tags; the
tags' positions in the folded text are positions in the original text (fold
keeps the length), so ``<mark>`` is drawn on the accented original, and the
snippet's window is cut in Python around the first match.

``rebuild`` writes a new versioned index and swaps the alias in one atomic
``_aliases`` call, then deletes the old version: searches keep reading the old
index until the swap. While a rebuild runs, ``index``/``delete`` write to the
version being built as well, and the rebuild only ``create``s (a key an update
wrote meanwhile keeps the update's, newer, version), so no update is lost by
the swap. Not covered: a delete delivered during a rebuild whose list still
had that key brings it back until the next update or rebuild of the portal.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable

from django.conf import settings
from django.db import connection
from django.utils.html import escape
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError
from elasticsearch.helpers import BulkIndexError, scan, streaming_bulk
from elasticsearch_dsl import Date, Document, Integer, Keyword, Q, Text

from vietnamese import fold, nfc

from ..documents import SearchDoc, SearchHit, SearchQuery, SearchResults
from . import Backend

#: Bounds of a query: characters read; results per page; the deepest result.
MAX_QUERY = 200
MAX_PER_PAGE = 50
MAX_RESULT = 10_000  # index.max_result_window
#: Characters of a snippet, and how many of them come before the first match.
SNIPPET = 240
LEAD = 80
#: Highlighting reads at most this many characters of a field.
MAX_HIGHLIGHTED = 100_000
#: A facet lists at most this many values.
MAX_FACET = 30
#: Tags of the highlighter: private-use characters, removed from the text.
OPEN, CLOSE = "\ue000", "\ue001"
_TAGS = str.maketrans({OPEN: " ", CLOSE: " ", "\x00": " "})
#: Seconds an answer of ``available()`` is kept.
AVAILABILITY_TTL = 5.0

#: Errors that mean "Elasticsearch cannot be reached or refused the request":
#: the outbox retries on them; the views fall back to PostgreSQL.
UNAVAILABLE = (TransportError, ConnectionError, OSError)


# --- mappings ----------------------------------------------------------------


def _folded_text():
    """Folded text: the ``standard`` analyzer (core), all words to the
    suggester's field."""
    return Text(analyzer="standard", copy_to="all_folded")


class PortalEntry(Document):
    """One item of a portal's index (``<prefix>-<schema>``)."""

    key = Keyword()
    kind = Keyword()
    language = Keyword()
    section = Keyword()
    url = Keyword(index=False)
    date = Date()
    title = Text(analyzer="standard")  # accented: a small bonus for accents
    body = Text(analyzer="standard")
    code = Keyword()  # as written: "03/2017/QĐ-UBND"
    # fold(code): exact and prefix match ("03/2017/qd-ubnd"), and its words.
    code_folded = Keyword(fields={"words": Text(analyzer="standard")})
    title_folded = _folded_text()
    body_folded = _folded_text()
    all_folded = Text(analyzer="standard")  # the suggester's vocabulary

    class Index:
        settings = {
            "number_of_shards": 1,
            "auto_expand_replicas": "0-1",
            "highlight.max_analyzed_offset": MAX_HIGHLIGHTED + 1,
        }


class ProvinceEntry(PortalEntry):
    """One item of the province's index, with the agency it belongs to."""

    agency_id = Integer()

    class Index:
        settings = PortalEntry.Index.settings


# --- the client ----------------------------------------------------------------

_clients: dict[str, Elasticsearch] = {}
_availability: dict[str, tuple[float, bool]] = {}
_lock = threading.Lock()


def client() -> Elasticsearch:
    """The client of ``settings.ELASTICSEARCH_URL`` (one per URL and process)."""
    url = settings.ELASTICSEARCH_URL
    with _lock:
        if url not in _clients:
            _clients[url] = Elasticsearch(
                url, request_timeout=10, max_retries=1, retry_on_timeout=False
            )
        return _clients[url]


def prefix() -> str:
    return getattr(settings, "ELASTICSEARCH_INDEX_PREFIX", "aggov") or "aggov"


def portal_alias(schema: str | None = None) -> str:
    """``<prefix>-<schema>``: the alias of the current (or given) portal."""
    return f"{prefix()}-{(schema or connection.schema_name).lower()}"


def province_alias() -> str:
    return f"{prefix()}-province"


# --- helpers -----------------------------------------------------------------


def clean(text: str | None) -> str:
    """NFC, without NUL and the highlighter's tags (same length)."""
    return nfc(text or "").translate(_TAGS)


def query_text(text: str | None) -> str:
    return " ".join(clean(text).split())[:MAX_QUERY]


def spans(tagged: str) -> list[tuple[int, int]]:
    """The (start, end) offsets, in the untagged text, of the tagged runs."""
    found, at, start = [], 0, None
    for char in tagged:
        if char == OPEN:
            start = at
        elif char == CLOSE:
            if start is not None and at > start:
                found.append((start, at))
            start = None
        else:
            at += 1
    return found


def mark(text: str, marks: list[tuple[int, int]], start=0, end=None) -> str:
    """``text[start:end]`` HTML-escaped, with ``<mark>`` around ``marks``."""
    end = len(text) if end is None else end
    out, at = [], start
    for left, right in marks:
        left, right = max(left, at), min(right, end)
        if left >= right:
            continue
        out.append(escape(text[at:left]))
        out.append(f"<mark>{escape(text[left:right])}</mark>")
        at = right
    out.append(escape(text[at:end]))
    return "".join(out)


def snippet(text: str, marks: list[tuple[int, int]]) -> str:
    """A window of ``text`` around its first mark, marked (HTML)."""
    if not text:
        return ""
    start = 0
    if marks and marks[0][0] > LEAD:
        start = marks[0][0] - LEAD
        space = text.find(" ", start, marks[0][0])
        start = space + 1 if space != -1 else start
    end = min(len(text), start + SNIPPET)
    if end < len(text):
        space = text.rfind(" ", start + SNIPPET // 2, end)
        end = space if space != -1 else end
    html = mark(text, marks, start, end)
    return ("…" if start else "") + html + ("…" if end < len(text) else "")


def _day(value):
    """A stored date as a ``date`` (the DSL may give a ``datetime``)."""
    if value is None:
        return None
    return value.date() if hasattr(value, "date") and callable(value.date) else value


# --- the backend ---------------------------------------------------------------


class ElasticBackend(Backend):
    """The current schema's portal index, and the province index."""

    name = "elasticsearch"

    def __init__(self, notice: str | None = None):
        self.notice = notice

    # -- availability

    def available(self) -> bool:
        """Whether the cluster answers (kept ``AVAILABILITY_TTL`` seconds)."""
        url = settings.ELASTICSEARCH_URL
        if not url:
            return False
        now = time.monotonic()
        cached = _availability.get(url)
        if cached and now - cached[0] < AVAILABILITY_TTL:
            return cached[1]
        try:
            client().options(request_timeout=2).cluster.health()
            answer = True
        except UNAVAILABLE:
            answer = False
        _availability[url] = (now, answer)
        return answer

    # -- indexes and versions

    def _state(self, alias: str) -> tuple[dict[int, str], list[str]]:
        """The versioned indexes of ``alias`` ({N: "<alias>-vN"}) and those the
        alias points at, in one request."""
        pattern = re.compile(rf"^{re.escape(alias)}-v(\d+)$")
        found = client().indices.get_alias(
            index=f"{alias}-v*", expand_wildcards="open", allow_no_indices=True
        )
        versions, current = {}, []
        for name, body in found.items():
            if match := pattern.match(name):
                versions[int(match.group(1))] = name
                if alias in body.get("aliases", {}):
                    current.append(name)
        return versions, sorted(current)

    def _create(self, document: type[Document], name: str) -> None:
        document._index.clone(name=name).create(using=client())

    def _targets(self, alias: str, document: type[Document]) -> list[str]:
        """Where an update goes: the alias's index, and a newer version being
        built by a rebuild (so the swap loses no update). With no index yet,
        version 1 is created behind the alias."""
        versions, current = self._state(alias)
        if not versions:
            name = f"{alias}-v1"
            try:
                self._create(document, name)
                client().indices.put_alias(index=name, name=alias)
            except ApiError as error:  # another process created it meanwhile
                if error.error != "resource_already_exists_exception":
                    raise
            versions, current = self._state(alias)
        targets = list(current)
        newest = versions[max(versions)]
        if newest not in current:
            targets.append(newest)
        return targets

    # -- writing

    def _entry(self, document, doc: SearchDoc, index: str, doc_id: str):
        title, body, code = clean(doc.title), clean(doc.body), clean(doc.code)
        fields = {
            "key": doc.key,
            "kind": doc.kind,
            "language": doc.language,
            "section": clean(doc.section),
            "url": doc.url,
            "date": doc.date,
            "title": title,
            "body": body,
            "code": code,
            "code_folded": fold(code),
            "title_folded": fold(title),
            "body_folded": fold(body),
        }
        if document is ProvinceEntry:
            fields["agency_id"] = doc.agency_id
        return document(meta={"id": doc_id, "index": index}, **fields)

    def _bulk(self, actions: Iterable[dict], refresh=False) -> None:
        try:
            for _ in streaming_bulk(
                client(), actions, chunk_size=500, refresh=refresh, raise_on_error=True
            ):
                pass
        except BulkIndexError as error:
            # Not errors: the delete of a key never indexed; a rebuild's
            # ``create`` of a key an update wrote meanwhile (the update is newer).
            expected = {"delete": 404, "create": 409}
            real = [
                e
                for e in error.errors
                if not any(
                    e.get(op, {}).get("status") == s for op, s in expected.items()
                )
            ]
            if real:
                raise

    def _write(self, alias, document, docs, doc_id) -> None:
        docs = list(docs)
        if not docs:
            return
        targets = self._targets(alias, document)
        self._bulk(
            self._entry(document, doc, target, doc_id(doc)).to_dict(include_meta=True)
            for target in targets
            for doc in docs
        )

    def _remove(self, alias, document, ids) -> None:
        ids = list(ids)
        if not ids:
            return
        targets = self._targets(alias, document)
        self._bulk(
            {"_op_type": "delete", "_index": target, "_id": doc_id}
            for target in targets
            for doc_id in ids
        )

    def _rebuild(self, alias, document, docs, doc_id) -> str:
        """A new version filled with ``docs``, then the atomic swap; the old
        versions are deleted after. Returns the new index's name."""
        versions, _ = self._state(alias)
        version = max(versions, default=0) + 1
        name = f"{alias}-v{version}"
        self._create(document, name)
        try:
            self._bulk(
                {
                    **self._entry(document, doc, name, doc_id(doc)).to_dict(
                        include_meta=True
                    ),
                    "_op_type": "create",
                }
                for doc in docs
            )
            client().indices.refresh(index=name)
        except BaseException:
            client().indices.delete(index=name, ignore_unavailable=True)
            raise
        versions, old = self._state(alias)
        actions = [{"remove": {"index": index, "alias": alias}} for index in old]
        actions.append({"add": {"index": name, "alias": alias}})
        client().indices.update_aliases(actions=actions)
        stale = [n for v, n in versions.items() if v < version]
        if stale:
            client().indices.delete(index=",".join(stale), ignore_unavailable=True)
        return name

    # the portal of the current schema (the interface)

    def index(self, docs: list[SearchDoc]) -> None:
        self._write(portal_alias(), PortalEntry, docs, lambda doc: doc.key)

    def delete(self, keys: list[str]) -> None:
        self._remove(portal_alias(), PortalEntry, keys)

    def rebuild(self, docs: Iterable[SearchDoc]) -> str:
        return self._rebuild(portal_alias(), PortalEntry, docs, lambda doc: doc.key)

    # the province (its read model feeds it)

    @staticmethod
    def province_id(agency_id: int, key: str) -> str:
        return f"{agency_id}:{key}"

    def index_province(self, docs: list[SearchDoc]) -> None:
        self._write(
            province_alias(),
            ProvinceEntry,
            docs,
            lambda doc: self.province_id(doc.agency_id, doc.key),
        )

    def delete_province(self, agency_id: int, keys: list[str]) -> None:
        self._remove(
            province_alias(),
            ProvinceEntry,
            [self.province_id(agency_id, key) for key in keys],
        )

    def rebuild_province(self, docs: Iterable[SearchDoc]) -> str:
        return self._rebuild(
            province_alias(),
            ProvinceEntry,
            docs,
            lambda doc: self.province_id(doc.agency_id, doc.key),
        )

    def replace_province_agency(self, agency_id: int, docs: list[SearchDoc]) -> int:
        """One agency's items in the province index replaced by ``docs`` (its
        portal rebuilt), the other agencies' untouched; how many removed."""
        docs = [doc for doc in docs if doc.agency_id == agency_id]
        self.index_province(docs)
        stale = Q("term", agency_id=agency_id) & ~Q(
            "terms", key=[doc.key for doc in docs]
        )
        # By ids found with a scroll: _delete_by_query is the reindex module's,
        # which the integ-test distribution lacks.
        removed = 0
        for target in self._targets(province_alias(), ProvinceEntry):
            client().indices.refresh(index=target)  # the latest writes seen
            ids = [
                hit["_id"]
                for hit in scan(
                    client(),
                    index=target,
                    query={"query": stale.to_dict()},
                    _source=False,
                )
            ]
            self._bulk(
                ({"_op_type": "delete", "_index": target, "_id": i} for i in ids),
                refresh=True,
            )
            removed = max(removed, len(ids))
        return removed

    def refresh(self, province: bool = False) -> None:
        """Make the latest writes searchable now (tests, commands)."""
        alias = province_alias() if province else portal_alias()
        client().indices.refresh(index=alias, ignore_unavailable=True)

    # -- searching

    def _query(self, text: str, folded: str):
        """Matching (``must``) and ranking (``should``) clauses of the text."""
        matching = [
            Q("term", code_folded={"value": folded, "boost": 100}),
            Q(
                "multi_match",
                query=folded,
                fields=["title_folded^3", "body_folded", "code_folded.words^2"],
                type="best_fields",
                minimum_should_match="3<75%",
            ),
        ]
        if any(char.isdigit() for char in folded) and len(folded) >= 3:
            matching.append(Q("prefix", code_folded={"value": folded, "boost": 40}))
            matching.append(
                Q(
                    "match_phrase",
                    **{"code_folded.words": {"query": folded, "boost": 20}},
                )
            )
        ranking = [
            Q("match_phrase", title_folded={"query": folded, "boost": 8}),
            Q("match", title_folded={"query": folded, "operator": "and", "boost": 4}),
            Q("match_phrase", body_folded={"query": folded, "boost": 2}),
        ]
        if text != folded:  # accented words: a bonus where the accents agree
            ranking.append(Q("match", title={"query": text, "boost": 1}))
            ranking.append(Q("match", body={"query": text, "boost": 0.5}))
        return Q("bool", should=matching, minimum_should_match=1), ranking

    def search(self, query: SearchQuery) -> SearchResults:
        per_page = max(1, min(int(query.per_page or 10), MAX_PER_PAGE))
        results = SearchResults(notice=self.notice, per_page=per_page)
        text = query_text(query.text)
        folded = fold(text).strip()
        if not folded:
            return results
        document, alias = (
            (ProvinceEntry, province_alias())
            if query.province
            else (PortalEntry, portal_alias())
        )
        must, should = self._query(text, folded)
        filters = {
            "kind": Q("term", kind=query.kind) if query.kind else None,
            "section": Q("term", section=query.section) if query.section else None,
            "agency": (
                Q("term", agency_id=query.agency)
                if query.province and query.agency is not None
                else None
            ),
        }
        facets = ["kind", "section"] + (["agency"] if query.province else [])
        base = Q("bool", must=[must], should=should, filter=self._scope(query))
        page = max(1, int(query.page or 1))
        page = min(page, MAX_RESULT // per_page)
        search = (
            document.search(using=client(), index=alias)
            .query(base)
            .extra(track_total_hits=True)
            # Equal scores: the most recent first, then the key (stable pages).
            .sort("_score", {"date": {"order": "desc", "missing": "_last"}}, "key")
            .source(excludes=["title_folded", "body_folded", "all_folded"])
        )
        chosen = [f for f in filters.values() if f is not None]
        if chosen:
            search = search.post_filter(Q("bool", filter=chosen))
        for facet in facets:  # each facet under the other facets' filters
            others = [f for name, f in filters.items() if name != facet and f]
            field = "agency_id" if facet == "agency" else facet
            search.aggs.bucket(
                facet, "filter", Q("bool", filter=others) if others else Q("match_all")
            ).bucket("values", "terms", field=field, size=MAX_FACET)
        search = search.highlight_options(
            number_of_fragments=0,
            pre_tags=[OPEN],
            post_tags=[CLOSE],
            max_analyzed_offset=MAX_HIGHLIGHTED,
        ).highlight("title_folded", "body_folded")
        search = search.suggest(
            "words", folded, term={"field": "all_folded", "suggest_mode": "missing"}
        )
        response = self._execute(search, page, per_page)
        if response is None:  # the alias does not exist yet: nothing indexed
            return results
        total = response.hits.total.value
        if total and not response.hits and page > 1:  # past the last page
            page = max(1, -(-total // per_page))
            response = self._execute(search, page, per_page)
        results.total = total
        results.page = page
        for facet in facets:
            buckets = getattr(response.aggregations, facet).values.buckets
            results.facets[facet] = {b.key: b.doc_count for b in buckets}
        results.hits = [self._hit(hit) for hit in response.hits]
        if total == 0:
            suggestion = self._suggestion(folded, response)
            if suggestion and self._count(document, alias, suggestion, query):
                results.suggestion = suggestion
        return results

    @staticmethod
    def _scope(query: SearchQuery) -> list:
        """The query's language, and the province-wide search's agencies."""
        scope = [Q("term", language=query.language or "vi")]
        if query.province and query.agencies is not None:
            scope.append(Q("terms", agency_id=list(query.agencies)))
        return scope

    def _count(self, document, alias, folded, query) -> int:
        """How many items of the query's language (and scope) ``folded`` finds."""
        must, _ = self._query(folded, folded)
        search = document.search(using=client(), index=alias).query(
            Q("bool", must=[must], filter=self._scope(query))
        )
        return search.count()

    def _execute(self, search, page, per_page):
        start = (page - 1) * per_page
        try:
            return search[start : start + per_page].execute()
        except NotFoundError:
            return None

    def _hit(self, hit) -> SearchHit:
        title, body = hit.title or "", hit.body or ""
        highlight = getattr(hit.meta, "highlight", None)

        def marks(field):
            fragments = getattr(highlight, field, None) if highlight else None
            return spans(fragments[0]) if fragments else []

        return SearchHit(
            key=hit.key,
            kind=hit.kind,
            language=hit.language,
            title=title,
            body=body,
            code=hit.code or "",
            section=hit.section or "",
            url=hit.url or "",
            date=_day(getattr(hit, "date", None)),
            agency_id=getattr(hit, "agency_id", None),
            score=float(hit.meta.score or 0.0),
            title_html=mark(title, marks("title_folded")),
            snippet_html=snippet(body, marks("body_folded")),
        )

    def _suggestion(self, folded: str, response) -> str | None:
        """The query with each unknown word replaced by the closest indexed
        word (the term suggester), when that changes anything."""
        suggest = getattr(response, "suggest", None)
        if not suggest or "words" not in suggest:
            return None
        corrected, at = [], 0
        for entry in suggest.words:
            corrected.append(folded[at : entry.offset])
            word = folded[entry.offset : entry.offset + entry.length]
            corrected.append(entry.options[0].text if entry.options else word)
            at = entry.offset + entry.length
        corrected.append(folded[at:])
        suggestion = "".join(corrected)
        return suggestion if suggestion != folded else None
