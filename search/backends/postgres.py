"""The default backend: the portal's ``search.Entry`` table, ranked in SQL.

Text is folded in Python (``vietnamese.fold``) on both sides, so "tuyen dung"
and "Tuyển dụng", "d" and "đ" meet in the ``simple`` text-search
configuration, which needs no extension. Order of the results:

1. an exact code: a query token with a digit ("03/2017", "1.000080",
   "03/2017/QĐ-UBND") equal to or a prefix of a document number or a
   procedure code;
2. the title matching every word, above the body only;
3. ``ts_rank`` with weights A (title) and B (body);
4. the most recent first, then the key.

Facets (kind, section) come from one grouped query over the matches; the
total is their sum under the chosen filters. A query that finds nothing gets
a suggestion: each word absent from the titles' vocabulary replaced by the
nearest title word (edit distance ≤ 1, ≤ 2 from five letters), kept only if
the corrected query finds something. (The folded form of the query is never
suggested here: this backend searches folded already.)

The province-wide search (``SearchQuery(province=True)``, issue 14.2) runs
the same SQL on the province's read model (``province.PublishedItem``, public
schema: its folded title, summary and code, and their generated tsvector),
limited to the agencies of the scope, with a third facet, by agency.
"""

from __future__ import annotations

import re

from django.db import connection, transaction

from vietnamese import fold, nfc

from .. import highlight
from ..documents import SearchDoc, SearchHit, SearchQuery, SearchResults
from ..models import MAX_BODY, Entry, folded_columns
from . import Backend

#: Bounds of a query: characters read, words used.
MAX_QUERY = 200
MAX_TERMS = 12
#: The deepest page of results one may ask for.
MAX_PAGE = 100
#: Titles read for the vocabulary of suggestions (the most recent).
VOCABULARY_TITLES = 5000
#: A section facet lists at most this many sections.
MAX_SECTIONS = 30

_WORD = re.compile(r"\w+")


def clean(text: str) -> str:
    return " ".join(nfc(text or "").replace("\x00", " ").split())[:MAX_QUERY]


def code_terms(folded: str) -> list[str]:
    """The tokens of a query that may be codes: with a digit, 3+ characters."""
    tokens = [t.strip(".,;:()«»\"'") for t in folded.split()]
    return [t for t in tokens if len(t) >= 3 and any(c.isdigit() for c in t)][
        :MAX_TERMS
    ]


class Table:
    """Where a search runs: a portal's ``search_entry``, in its schema."""

    name = "search_entry"
    columns = (
        "key, kind, language, title, body, code, section, url, date, NULL, "
        "title_folded, body_folded"
    )
    section = "section"
    agency = "NULL"

    def scope(self, query: SearchQuery) -> tuple[str, list]:
        return "", []


class ProvinceTable(Table):
    """The province's read model (public schema), the scope's agencies."""

    name = "province_publisheditem"
    columns = (
        "kind || ':' || source_id, kind, language, title, summary, code, "
        "field_name, url, date, agency_id, title_folded, summary_folded"
    )
    section = "field_name"
    agency = "agency_id"

    def scope(self, query: SearchQuery) -> tuple[str, list]:
        if query.agencies is None:
            return "", []
        return " AND agency_id = ANY(%s)", [list(query.agencies)]


PORTAL, PROVINCE = Table(), ProvinceTable()


def _tsquery_literal(lexeme: str, prefix: bool) -> str:
    quoted = "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + (":*" if prefix else "")


class PostgresBackend(Backend):
    name = "postgres"

    def __init__(self, notice: str | None = None):
        self.notice = notice

    # --- writing -----------------------------------------------------------

    def _entry(self, doc: SearchDoc) -> Entry:
        title, body, code = nfc(doc.title), nfc(doc.body)[:MAX_BODY], nfc(doc.code)
        title_folded, body_folded, code_folded = folded_columns(title, body, code)
        return Entry(
            key=doc.key,
            kind=doc.kind,
            language=doc.language,
            title=title,
            body=body,
            code=code[:100],
            section=nfc(doc.section)[:255],
            url=doc.url[:1000],
            date=doc.date,
            title_folded=title_folded,
            body_folded=body_folded,
            code_folded=code_folded,
        )

    def index(self, docs: list[SearchDoc]) -> None:
        if not docs:
            return
        fields = [
            "kind",
            "language",
            "title",
            "body",
            "code",
            "section",
            "url",
            "date",
            "title_folded",
            "body_folded",
            "code_folded",
        ]
        Entry.objects.bulk_create(
            [self._entry(doc) for doc in docs],
            update_conflicts=True,
            unique_fields=["key"],
            update_fields=fields,
            batch_size=200,
        )

    def delete(self, keys: list[str]) -> None:
        if keys:
            Entry.objects.filter(key__in=list(keys)).delete()

    def rebuild(self, docs: list[SearchDoc]) -> None:
        # One transaction: readers see the old index until the new one is
        # committed (MVCC); no list of keys, however many documents.
        with transaction.atomic():
            Entry.objects.all().delete()
            self.index(docs)

    # --- searching ---------------------------------------------------------

    def lexemes(self, folded: str) -> list[str]:
        """The words of the folded query as the ``simple`` parser cuts them."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT tsvector_to_array(to_tsvector('simple', %s))", [folded]
            )
            found = set(cursor.fetchone()[0] or [])
        # "vien-chuc" is also "vien" and "chuc": keep the parts only, so a
        # hyphenated query finds the words written apart.
        whole = {w for w in found if "-" in w and all(p in found for p in w.split("-"))}
        return sorted(found - whole)[:MAX_TERMS]

    def _where(self, lexemes, codes, query: SearchQuery, table: Table = PORTAL):
        tsquery = " & ".join(
            _tsquery_literal(w, prefix=any(c.isdigit() for c in w)) for w in lexemes
        )
        code_sql = " OR ".join(["code_folded = %s OR code_folded LIKE %s"] * len(codes))
        code_params = []
        for code in codes:
            escaped = code.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_")
            code_params += [code, escaped + "%"]
        code_match = f"({code_sql})" if codes else "FALSE"
        text_match = "vector @@ to_tsquery('simple', %s)" if tsquery else "FALSE"
        text_params = [tsquery] if tsquery else []
        scope, scope_params = table.scope(query)
        where = f"language = %s{scope} AND ({text_match} OR {code_match})"
        return (
            where,
            [query.language, *scope_params, *text_params, *code_params],
            tsquery,
            code_match,
            code_params,
        )

    def search(self, query: SearchQuery) -> SearchResults:
        text = clean(query.text)
        per_page = max(1, min(query.per_page, 50))
        results = SearchResults(notice=self.notice, per_page=per_page)
        folded = fold(text)
        lexemes = self.lexemes(folded) if folded else []
        codes = code_terms(folded)
        if not lexemes and not codes:
            return results
        table = PROVINCE if query.province else PORTAL
        where, params, tsquery, code_match, code_params = self._where(
            lexemes, codes, query, table
        )
        facets = self._facets(where, params, query, table)
        results.facets.update(facets["facets"])
        results.total = facets["total"]
        if results.total == 0:
            results.suggestion = self.suggest(text, query)
            return results
        page = max(1, min(query.page, MAX_PAGE, results.pages))
        results.page = page
        filters, filter_params = self._filters(query, table)
        title_match = (
            "to_tsvector('simple', title_folded) @@ to_tsquery('simple', %s)"
            if tsquery
            else "FALSE"
        )
        rank = (
            "ts_rank('{0.1, 0.2, 0.4, 1.0}', vector, to_tsquery('simple', %s))"
            if tsquery
            else "0"
        )
        # Among the titles that match, the closest first: the title's rank
        # divided by 1 + log of its length (normalisation 1), so "Thủ tục
        # đăng ký khai sinh" comes before the longer titles that contain it.
        title_rank = (
            "ts_rank(to_tsvector('simple', title_folded), to_tsquery('simple', %s), 1)"
            if tsquery
            else "0"
        )
        sql = f"""
            SELECT {table.columns},
                   {code_match} AS code_hit, {title_match} AS title_hit,
                   {rank} AS rank, {title_rank} AS title_rank
            FROM {table.name}
            WHERE {where}{filters}
            ORDER BY code_hit DESC, title_hit DESC, title_rank DESC, rank DESC,
                     date DESC NULLS LAST, 1, 10
            LIMIT %s OFFSET %s
        """  # noqa: S608 - fixed SQL, values as parameters
        select_params = [*code_params]
        if tsquery:
            select_params += [tsquery, tsquery, tsquery]
        with connection.cursor() as cursor:
            cursor.execute(
                sql,
                [
                    *select_params,
                    *params,
                    *filter_params,
                    per_page,
                    (page - 1) * per_page,
                ],
            )
            rows = cursor.fetchall()
        regex = highlight.pattern(
            [w for w in lexemes if not any(c.isdigit() for c in w)],
            [w for w in lexemes if any(c.isdigit() for c in w)] + codes,
        )
        for row in rows:
            (key, kind, language, title, body, code, section, url, day) = row[:9]
            agency_id, title_folded, body_folded = row[9:12]
            code_hit, title_hit, rank, _closeness = row[12:]
            score = float(rank) + (2.0 if title_hit else 0.0) + (4.0 if code_hit else 0)
            results.hits.append(
                SearchHit(
                    key=key,
                    kind=kind,
                    language=language,
                    title=title,
                    body=body,
                    code=code,
                    section=section,
                    url=url,
                    date=day,
                    agency_id=agency_id,
                    score=score,
                    title_html=highlight.mark(title, title_folded, regex),
                    snippet_html=highlight.snippet(
                        body, regex, body_folded, phrase=" ".join(_WORD.findall(folded))
                    ),
                )
            )
        return results

    def _filters(self, query: SearchQuery, table: Table = PORTAL):
        sql, params = "", []
        if query.kind:
            sql += " AND kind = %s"
            params.append(query.kind)
        if query.section:
            sql += f" AND {table.section} = %s"
            params.append(query.section)
        if query.province and query.agency is not None:
            sql += " AND agency_id = %s"
            params.append(query.agency)
        return sql, params

    def _facets(self, where, params, query, table: Table = PORTAL) -> dict:
        """One grouped query: counts by (kind, section, agency) of the
        matches. A facet counts under the other facets' filters, not its own."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT kind, {table.section}, {table.agency}, count(*) "  # noqa: S608 - fixed SQL, values as parameters
                f"FROM {table.name} WHERE {where} GROUP BY 1, 2, 3",
                params,
            )
            groups = cursor.fetchall()
        chosen = {
            "kind": query.kind or None,
            "section": query.section or None,
            "agency": query.agency if query.province else None,
        }
        counts: dict[str, dict] = {"kind": {}, "section": {}, "agency": {}}
        total = 0
        for kind, section, agency, count in groups:
            values = {"kind": kind, "section": section, "agency": agency}
            fits = {
                name: chosen[name] is None or values[name] == chosen[name]
                for name in values
            }
            for name in counts:
                if all(fit for other, fit in fits.items() if other != name):
                    counts[name][values[name]] = (
                        counts[name].get(values[name], 0) + count
                    )
            if all(fits.values()):
                total += count

        def top(found: dict) -> dict:
            return dict(
                sorted(
                    ((v, n) for v, n in found.items() if v not in ("", None)),
                    key=lambda vn: (-vn[1], str(vn[0])),
                )[:MAX_SECTIONS]
            )

        facets = {"kind": counts["kind"], "section": top(counts["section"])}
        if query.province:
            facets["agency"] = top(counts["agency"])
        return {"facets": facets, "total": total}

    # --- suggestions -------------------------------------------------------

    def titles(self, query: SearchQuery) -> list[tuple[str, str]]:
        """(title, folded title) of the most recent titles of the language
        (in the province-wide search's scope)."""
        if query.province:
            from province.models import PublishedItem

            rows = PublishedItem.objects.filter(language=query.language)
            if query.agencies is not None:
                rows = rows.filter(agency_id__in=list(query.agencies))
            rows = rows.order_by("-date", "-pk")
        else:
            rows = Entry.objects.filter(language=query.language).order_by(
                "-date", "key"
            )
        rows = rows.values_list("title", "title_folded")[:VOCABULARY_TITLES]
        return [
            (title, folded if len(folded) == len(title) else fold(title))
            for title, folded in rows
        ]

    def suggest(self, text: str, query: SearchQuery) -> str | None:
        """A corrected query that finds something, written as a title writes
        it ("tuyen dumg" → "tuyển dụng"), or None."""
        words = _WORD.findall(fold(text))[:MAX_TERMS]
        if not words:
            return None
        titles = self.titles(query)
        vocabulary = {
            match.group()
            for _title, folded in titles
            for match in _WORD.finditer(folded)
            if len(match.group()) > 1 and not match.group().isdigit()
        }
        corrected, changed = [], False
        for word in words:
            nearest = None
            if word not in vocabulary and not word.isdigit():
                nearest = closest(word, vocabulary)
            corrected.append(nearest or word)
            changed = changed or nearest is not None
        if not changed:
            return None
        folded = " ".join(corrected)
        table = PROVINCE if query.province else PORTAL
        where, params, *_rest = self._where(
            self.lexemes(folded), code_terms(folded), query, table
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT EXISTS (SELECT 1 FROM {table.name} WHERE {where})",  # noqa: S608
                params,
            )
            if not cursor.fetchone()[0]:
                return None
        return written(folded, titles)


def written(folded: str, titles: list[tuple[str, str]]) -> str:
    """``folded`` with its diacritics as the first title holding the whole
    phrase writes it (lower case); else word by word; else as it is."""
    phrase = re.compile(rf"(?<!\w){re.escape(folded)}(?!\w)")
    for title, folded_title in titles:
        found = phrase.search(folded_title)
        if found:
            return title[found.start() : found.end()].lower()
    forms: dict[str, str] = {}
    for title, folded_title in titles:
        for match in _WORD.finditer(folded_title):
            forms.setdefault(match.group(), title[match.start() : match.end()].lower())
    return " ".join(forms.get(word, word) for word in folded.split(" "))


def closest(word: str, vocabulary) -> str | None:
    """The vocabulary word nearest to ``word`` (ties: the shorter, then the
    first alphabetically), within 1 edit (2 from five letters), else None."""
    if len(word) < 3:
        return None
    limit = 1 if len(word) < 5 else 2
    best, best_distance = None, limit + 1
    for candidate in vocabulary:
        if abs(len(candidate) - len(word)) > limit:
            continue
        # Cut short past the best so far: a cut result is never chosen.
        distance = edit_distance(word, candidate, best_distance + 1)
        if distance < best_distance or (
            distance == best_distance
            and best is not None
            and (len(candidate), candidate) < (len(best), best)
        ):
            best, best_distance = candidate, distance
    return best if best_distance <= limit else None


def edit_distance(a: str, b: str, cutoff: int) -> int:
    """Levenshtein distance of ``a`` and ``b``; ``cutoff`` or more is cut short."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            )
        if min(current) >= cutoff:
            return cutoff
        previous = current
    return previous[-1]
