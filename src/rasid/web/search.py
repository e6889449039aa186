"""The search page: full-text query, filters, facets, highlighted snippets and paging.

The query is compiled and its hits located by the store's own analyser (``rasid.store.search``:
``parse_query``, ``highlight_spans``), so that what is asked meets what was indexed. Filters
(outlet, date range, speaker, entity) narrow the match set; facets count it. Results are ranked
by relevance (BM25) when there is a query, newest first when there is none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from rasid.store.search import BM25_WEIGHTS, ParsedQuery, highlight_spans, parse_query
from rasid.text.normalize import normalize
from rasid.web import paging
from rasid.web.queries import Catalogue, WebStore

MAX_MATCHES = 50_000  # matching articles considered for one query (SaudiNewsNet has 31k in all)
# Speaker and entity facets are counted over the best-ranked results only: 300 keeps a query that
# matches most of SaudiNewsNet under the 200 ms target (benchmarks/web_latency.py).
FACET_SAMPLE = 300
FACET_VALUES = 10  # values shown per facet
SNIPPET_CHARS = 240  # characters of context shown around the first hit
QUOTE_SNIPPET_CHARS = 400  # a statement is shown whole up to this length


@dataclass(frozen=True)
class SearchRequest:
    """One search as asked in the URL, validated and bounded."""

    q: str = ""
    media: str | None = None
    since: str | None = None
    until: str | None = None
    speaker: int | None = None
    entity: int | None = None
    cursor: str | None = None
    limit: int = paging.DEFAULT_LIMIT
    scope: str = "articles"  # or "quotes": search the corpus statements instead

    @classmethod
    def from_params(cls, params: Mapping[str, str], csv: bool = False) -> SearchRequest:
        """The request of a query string (E301 for a bad parameter)."""
        return cls(
            q=paging.text_param(params, "q"),
            media=paging.text_param(params, "media") or None,
            since=paging.date_param(params, "since"),
            until=paging.date_param(params, "until"),
            speaker=paging.int_param(params, "speaker"),
            entity=paging.int_param(params, "entity"),
            cursor=paging.text_param(params, "cursor") or None,
            limit=paging.limit_param(params, csv),
            scope=_scope(paging.text_param(params, "scope")),
        )

    def key(self) -> tuple[Any, ...]:
        """What determines the match set and facets (not the page)."""
        return (self.q, self.media, self.since, self.until, self.speaker, self.entity, self.scope)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k not in ("cursor",)}

    def hidden_filters(self, skip: Sequence[str] = ()) -> list[tuple[str, str]]:
        """The active filters as ``(name, value)`` pairs for hidden form fields."""
        pairs = [(n, getattr(self, n)) for n in ("media", "since", "until", "speaker", "entity")]
        if self.scope != "articles":
            pairs.append(("scope", self.scope))
        return [(n, str(v)) for n, v in pairs if v is not None and n not in skip]

    def active_filters(self, store: WebStore) -> list[dict[str, Any]]:
        """The active filters with Arabic labels and display values (entity ids become names)."""
        names = store.entity_names(i for i in (self.speaker, self.entity) if i is not None)
        labels = {"media": "الوسيلة", "since": "من", "until": "إلى", "speaker": "المتحدث", "entity": "الاسم"}
        out = []
        for name, value in self.hidden_filters(skip=("scope",)):
            if name in ("speaker", "entity"):
                value = names.get(int(value), {}).get("canonical", value)
            out.append({"param": name, "label": labels[name], "value": value})
        return out


def _scope(value: str) -> str:
    if value in ("", "articles"):
        return "articles"
    if value == "quotes":
        return value
    raise paging.bad_request(f"scope must be articles or quotes, not {value[:20]!r}")


@dataclass
class SearchResult:
    rows: list[dict[str, Any]]
    next: str | None
    total: int
    facets: dict[str, Any] = field(default_factory=dict)


def _keep(req: SearchRequest, catalogue: Catalogue, store: WebStore, query_media: Sequence[str]):
    """A predicate on catalogue positions for the request's filters (``None`` when there are none)."""
    tests = []
    if req.media:
        tests.append(lambda p: catalogue.media[p] == req.media)
    if query_media:  # media:NAME written in the query itself
        wanted = {m.lower() for m in query_media}
        tests.append(lambda p: catalogue.media[p].lower() in wanted)
    if req.since:
        tests.append(lambda p: catalogue.dates[p] >= req.since)
    if req.until:
        until = req.until + "~"  # "2015-07" covers every day of July: "~" sorts after digits
        tests.append(lambda p: "" < catalogue.dates[p] <= until)
    for ids in _id_filters(req, store):
        positions = {catalogue.by_id[i] for i in ids if i in catalogue.by_id}
        tests.append(positions.__contains__)
    if not tests:
        return None
    return lambda p: all(test(p) for test in tests)


def _id_filters(req: SearchRequest, store: WebStore) -> list[set[str]]:
    """The article ids allowed by the speaker and entity filters."""
    sets = []
    if req.speaker is not None:
        rows = store.query(
            "SELECT DISTINCT o.article_id FROM quotes q JOIN quote_occurrences o ON o.quote_id = q.id"
            " WHERE q.speaker_entity_id = ?",
            (req.speaker,),
        )
        sets.append({r[0] for r in rows})
    if req.entity is not None:
        rows = store.query("SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?", (req.entity,))
        sets.append({r[0] for r in rows})
    return sets


def run_search(store: WebStore, req: SearchRequest) -> SearchResult:
    """Every article matching ``req``, one page of it with snippets, and the facets of the set.

    Only the full-text match runs in SQL (doc ids by BM25); filters, ordering and outlet/date
    facets use the article catalogue, so that no wide article row is read but the page's own."""
    parsed = parse_query(req.q) if req.q else ParsedQuery("")  # E204 for a query that cannot run
    if req.q and not parsed.match and not parsed.media:
        return SearchResult([], None, 0, {})
    if req.scope == "quotes":
        return run_quote_search(store, req, parsed)
    catalogue = store.catalogue()

    def matching() -> tuple[list[int], dict[str, Any]]:
        if parsed.match:
            weights = ", ".join(str(w) for w in BM25_WEIGHTS)
            ranked = store.query(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
                f" ORDER BY bm25(articles_fts, {weights}) LIMIT ?",
                [parsed.match, MAX_MATCHES],
            )
            positions = [catalogue.by_docid[r[0]] for r in ranked if r[0] in catalogue.by_docid]
        else:
            positions = catalogue.newest
        keep = _keep(req, catalogue, store, parsed.media)
        matches = [p for p in positions if keep(p)] if keep else positions
        return matches, _facets(store, catalogue, matches, req)

    matches, facets = store.memo(("search", *req.key()), matching)
    offset = _offset(req)
    page_ids = [catalogue.ids[p] for p in matches[offset : offset + req.limit]]
    more = offset + req.limit < len(matches) and offset + req.limit <= paging.MAX_OFFSET
    rows = _result_rows(store, page_ids, parsed)
    next_cursor = paging.encode_cursor([offset + req.limit]) if more else None
    return SearchResult(rows, next_cursor, len(matches), facets)


def _offset(req: SearchRequest) -> int:
    if not req.cursor:
        return 0
    offset = paging.decode_cursor(req.cursor, 1)[0]
    if not isinstance(offset, int) or not 0 <= offset <= paging.MAX_OFFSET:
        raise paging.bad_request(f"cannot page deeper than {paging.MAX_OFFSET} results")
    return offset


def run_quote_search(store: WebStore, req: SearchRequest, parsed: ParsedQuery) -> SearchResult:
    """Corpus statements matching ``req`` (their text and speaker name), best first, or newest
    first without a query; filters: speaker, outlet (any report), dates of the first report."""
    clauses, params = [], []
    if req.speaker is not None:
        clauses.append("q.speaker_entity_id = ?")
        params.append(req.speaker)
    media = [m for m in (req.media, *parsed.media) if m]
    if media:
        marks = ",".join("?" * len(media))
        clauses.append(f"q.id IN (SELECT quote_id FROM quote_occurrences WHERE lower(media) IN ({marks}))")
        params += [m.lower() for m in media]
    if req.since:
        clauses.append("q.first_date >= ?")
        params.append(req.since)
    if req.until:
        clauses.append("q.first_date <= ?")
        params.append(req.until + "~")
    if req.entity is not None:
        clauses.append("q.first_article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
        params.append(req.entity)
    where = " AND ".join(clauses) or "1"
    ids, facets = store.memo(
        ("quotes", *req.key()), lambda: _quote_matches(store, req, parsed, where, params)
    )
    offset = _offset(req)
    page = ids[offset : offset + req.limit]
    more = offset + req.limit < len(ids) and offset + req.limit <= paging.MAX_OFFSET
    rows = store.quotes_by_id(page)
    for row in rows:
        spans = highlight_spans(row["text"], parsed) if parsed.match else []
        row["snippet"], row["highlights"] = make_snippet(row["text"], spans, width=QUOTE_SNIPPET_CHARS)
    next_cursor = paging.encode_cursor([offset + req.limit]) if more else None
    return SearchResult(rows, next_cursor, len(ids), facets)


def _quote_matches(
    store: WebStore, req: SearchRequest, parsed: ParsedQuery, where: str, params: list[Any]
) -> tuple[list[int], dict[str, Any]]:
    """The ids of the matching statements, ranked, and their speaker and date facets."""
    if parsed.match:
        # quotes_fts has the columns text and speaker: name fields of the query mean the speaker
        match = parsed.match.replace("entities : (", "speaker : (").replace("speakers : (", "speaker : (")
        ids = [
            r[0]
            for r in store.query(
                "SELECT q.id FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid"
                f" WHERE quotes_fts MATCH ? AND {where} ORDER BY bm25(quotes_fts), q.id LIMIT ?",
                [match, *params, MAX_MATCHES],
            )
        ]
    else:
        ids = [
            r[0]
            for r in store.query(
                f"SELECT q.id FROM quotes q WHERE {where} ORDER BY q.first_date DESC, q.id DESC LIMIT ?",
                [*params, MAX_MATCHES],
            )
        ]
    facets: dict[str, Any] = {"sampled": FACET_SAMPLE if len(ids) > FACET_SAMPLE else 0}
    sample = ids[:FACET_SAMPLE]
    if sample:
        marks = ",".join("?" * len(sample))
        speakers = store.query(
            "SELECT speaker_entity_id, speaker_name, count(*) AS n FROM quotes"
            f" WHERE id IN ({marks}) AND speaker_entity_id IS NOT NULL"
            " GROUP BY speaker_entity_id ORDER BY n DESC, speaker_name LIMIT ?",
            [*sample, FACET_VALUES + 1],
        )
        facets["speakers"] = [
            {"value": r[0], "label": r[1], "count": r[2]} for r in speakers if r[0] != req.speaker
        ][:FACET_VALUES]
        days = Counter(
            (r[0] or "")[:10]
            for r in store.query(f"SELECT first_date FROM quotes WHERE id IN ({marks})", sample)
            if r[0]
        )
        facets["dates"] = _date_facet(days)
    return ids, facets


def _result_rows(store: WebStore, ids: list[str], parsed: ParsedQuery) -> list[dict[str, Any]]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = {
        row["id"]: dict(row)
        for row in store.query(
            "SELECT id, title, media, date, url, n_quotes, n_entities, text FROM articles"
            f" WHERE id IN ({marks})",
            ids,
        )
    }
    rows = []
    for article_id in ids:
        row = found.get(article_id)
        if row is None:
            continue
        text = row.pop("text")
        spans = match_spans(text, parsed) if parsed.match else []
        row["snippet"], row["highlights"] = make_snippet(text, spans)
        rows.append(row)
    return rows


def match_spans(text: str, parsed: ParsedQuery) -> list[tuple[int, int]]:
    """The words of ``text`` the query matched (the store's :func:`highlight_spans`), analysed
    only around the first place a query term occurs: a few hundred characters instead of the whole
    article keeps a page of results fast. The whole text is analysed when that finds nothing."""
    terms = [t for t in (*parsed.highlight, *parsed.prefixes) if t]
    key = normalize(text, collapse_space=False)
    found = [i for i in (key.find(t) for t in terms) if i >= 0]
    removed = len(text) - len(key)  # folding only removes characters (tashkeel, controls) …
    if found and removed >= 0:  # … unless a ligature expanded: then analyse everything
        first = min(found)  # key offset; the text offset lies in [first, first + removed]
        lo = text.rfind(" ", 0, max(0, first - SNIPPET_CHARS)) + 1
        hi = text.find(" ", first + removed + 2 * SNIPPET_CHARS)
        hi = len(text) if hi < 0 else hi
        spans = [(s + lo, e + lo) for s, e in highlight_spans(text[lo:hi], parsed)]
        if spans:
            return spans
    return highlight_spans(text, parsed)


def make_snippet(
    text: str, spans: Sequence[tuple[int, int]], width: int = SNIPPET_CHARS
) -> tuple[str, list[list[int]]]:
    """The window of ``text`` (about ``width`` characters, cut at spaces) holding the most of the
    matched word ``spans``, and those spans shifted into the window (for ``<mark>``)."""
    begin = 0
    if spans:
        best = max(range(len(spans)), key=lambda i: sum(1 for s, _ in spans[i:] if s < spans[i][0] + width))
        begin = max(0, spans[best][0] - width // 5)
        if begin:
            space = text.find(" ", begin, spans[best][0])
            begin = space + 1 if space >= 0 else begin
    end = min(len(text), begin + width)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    prefix = "… " if begin else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - begin
    highlights = [[s + shift, e + shift] for s, e in spans if begin <= s and e <= end]
    return prefix + text[begin:end].replace("\n", " ") + suffix, highlights


def _facets(
    store: WebStore, catalogue: Catalogue, matches: Sequence[int], req: SearchRequest
) -> dict[str, Any]:
    media = Counter(catalogue.media[p] for p in matches if catalogue.media[p])
    days = Counter(catalogue.dates[p] for p in matches if catalogue.dates[p])
    facets: dict[str, Any] = {
        "media": [{"value": m, "label": m, "count": n} for m, n in media.most_common(FACET_VALUES)],
        "dates": _date_facet(days),
    }
    sample = [catalogue.ids[p] for p in matches[:FACET_SAMPLE]]
    facets["sampled"] = len(sample) if len(matches) > FACET_SAMPLE else 0
    if not sample:
        facets["speakers"] = facets["entities"] = []
        return facets
    marks = ",".join("?" * len(sample))
    speakers = store.query(
        "SELECT e.id, e.canonical, count(DISTINCT o.article_id) AS n FROM quote_occurrences o"
        " JOIN quotes q ON q.id = o.quote_id JOIN entities e ON e.id = q.speaker_entity_id"
        f" WHERE o.article_id IN ({marks}) GROUP BY e.id ORDER BY n DESC, e.canonical LIMIT ?",
        [*sample, FACET_VALUES + 1],
    )
    top = store.query(
        "SELECT entity_id, count(DISTINCT article_id) AS n FROM mentions"
        f" WHERE article_id IN ({marks}) AND entity_id IS NOT NULL"
        " GROUP BY entity_id ORDER BY n DESC LIMIT ?",
        [*sample, FACET_VALUES + 2],
    )
    names = store.entity_names(r[0] for r in top)
    facets["speakers"] = [
        {"value": r[0], "label": r[1], "count": r[2]} for r in speakers if r[0] != req.speaker
    ][:FACET_VALUES]
    facets["entities"] = [
        {
            "value": r[0],
            "label": names[r[0]]["canonical"],
            "entity_label": names[r[0]]["label"],
            "count": r[1],
        }
        for r in top
        if r[0] != req.entity and r[0] in names
    ][:FACET_VALUES]
    return facets


def _date_facet(days: Counter) -> list[dict[str, Any]]:
    """Counts per day when the matches span one month at most, else per month (newest first)."""
    if not days:
        return []
    months = Counter()
    for day, n in days.items():
        months[day[:7]] += n
    if len(months) <= 1:
        periods = sorted(days.items(), reverse=True)
        return [{"value": d, "since": d, "until": d, "count": n} for d, n in periods[:31]]
    periods = sorted(months.items(), reverse=True)
    return [{"value": m, "since": m, "until": m, "count": n} for m, n in periods[:24]]
