"""Search over the store: one text analyser for index and query, an Elasticsearch-like query
syntax compiled to SQLite FTS5, BM25 ranking, highlighted snippets, filters, and semantic search.

Analysis: :func:`rasid.text.normalize.normalize`, ``\\w+`` words, then light stemming
(:func:`stem`: Snowball Arabic via PyStemmer on the definite form of the word) except for the words of entity
names, which are indexed as written (normalised) so that بوتين is not cut to وتين. Query terms are
searched under both forms, so a name matches whether or not the article's recogniser tagged it.

Query syntax (as in Elasticsearch's ``query_string`` / Media Cloud): words are ANDed; ``OR``;
``-word`` or ``NOT word`` excludes; ``"a phrase"``; ``field:word`` or ``field:"a phrase"`` with
fields ``title``, ``text``, ``entity``, ``speaker`` (and ``media:NAME`` as a filter); a trailing
``*`` is a prefix; parentheses group.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rasid.caching import WORD_CACHE_SIZE
from rasid.errors import RasidError
from rasid.text.normalize import normalize

if TYPE_CHECKING:
    from rasid.store.db import Store

_WORD = re.compile(r"\w+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
FIELDS = {
    "title": "title",
    "text": "text",
    "body": "text",
    "entity": "entities",
    "entities": "entities",
    "speaker": "speakers",
    "speakers": "speakers",
}
FILTER_FIELDS = ("media",)
# BM25 column weights (title, text, entities, speakers): a word in the headline counts 3x one in
# the body; names and speakers count 2x. Set by hand on the test store so that articles about a
# person rank above articles that only mention a homonymous word; not tuned on a relevance set.
BM25_WEIGHTS = (3.0, 1.0, 2.0, 2.0)
SNIPPET_CHARS = 220
# Phrase variants are enumerated per word (stemmed or as written) up to this many words; longer
# phrases are searched only all-stemmed or all-as-written.
PHRASE_VARIANT_WORDS = 4


@lru_cache(maxsize=1)
def _stemmers() -> tuple[Any, Any]:
    import Stemmer

    return Stemmer.Stemmer("arabic"), Stemmer.Stemmer("english")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def stem(word: str) -> str:
    """The light stem of one normalised word: Snowball Arabic (PyStemmer) applied to the word in
    its definite form, because Snowball strips plural and adjective suffixes only after it has
    removed an article (محادثات → محادثا but المحادثات → محادث); a conjunction before the article
    (والمحادثات) and لل (للمحادثات) are first brought to that form too, and a final alef Snowball
    leaves (of ات, or of the accusative tanween: رسوماً) is dropped."""
    if len(word) <= 3 or word.isdigit():
        return word
    arabic, english = _stemmers()
    if not _ARABIC.search(word):
        return english.stemWord(word)
    base = word[1:] if word[:3] in ("وال", "فال") and len(word) >= 6 else word
    if base.startswith("لل") and len(base) >= 5:
        base = "ال" + base[2:]
    elif not base.startswith(("ال", "بال", "كال")):
        base = "ال" + base
    stemmed = arabic.stemWord(base)
    if stemmed.endswith("ا") and (base.endswith("ات") or len(stemmed) >= 5):
        stemmed = stemmed[:-1]  # the alef of ات, or of the accusative tanween (رسوما → رسوم)
    return stemmed if len(stemmed) >= 2 else word


def words(text: str) -> list[str]:
    """The normalised words of a text."""
    return _WORD.findall(normalize(text))


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The normalised words of entity names (indexed unstemmed)."""
    return frozenset(w for name in names for w in words(name))


def analyse(text: str, names: frozenset[str] = frozenset()) -> str:
    """The index form of a text: each word stemmed, except the words in ``names``."""
    return analyse_words(words(text), names)


def analyse_words(text_words: Iterable[str], names: frozenset[str] = frozenset()) -> str:
    """:func:`analyse` of already normalised words."""
    return " ".join(w if w in names else stem(w) for w in text_words)


# --------------------------------------------------------------------------- query parsing

_TOKEN = re.compile(r'\(|\)|-?(?:[A-Za-z_]+:)?"[^"]*"?|[^\s()]+')
_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»″＂"})


@dataclass
class ParsedQuery:
    """A query compiled for FTS5: the MATCH expression, the words to highlight, and the filters the
    query itself named (``media:``)."""

    match: str
    highlight: list[str] = field(default_factory=list)
    prefixes: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class _Parser:
    def __init__(self, query: str) -> None:
        self.tokens = _TOKEN.findall(query.translate(_QUOTES))
        self.pos = 0
        self.highlight: list[str] = []
        self.prefixes: list[str] = []
        self.media: list[str] = []

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse_or(self) -> str | None:
        parts = [self.parse_and()]
        while self.peek() == "OR":
            self.take()
            parts.append(self.parse_and())
        parts = [p for p in parts if p]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def parse_and(self) -> str | None:
        positive: list[str] = []
        negative: list[str] = []
        while (token := self.peek()) is not None and token not in ("OR", ")"):
            if token == "AND":
                self.take()
                continue
            negate = False
            if token == "NOT":
                self.take()
                negate = True
            elif token.startswith("-") and len(token) > 1:
                self.tokens[self.pos] = token[1:]
                negate = True
            expr = self.parse_unary(collect=not negate)
            if expr:
                (negative if negate else positive).append(expr)
        if negative and not positive:
            raise RasidError("E204", "a query needs at least one word that is not excluded (-word)")
        if not positive:
            return None
        expr = positive[0] if len(positive) == 1 else "(" + " AND ".join(positive) + ")"
        for neg in negative:
            expr = f"({expr} NOT {neg})"
        return expr

    def parse_unary(self, collect: bool) -> str | None:
        token = self.take()
        if token == "(":
            inner = self.parse_or()
            if self.peek() == ")":
                self.take()
            return f"({inner})" if inner else None
        if token == ")":
            return None
        column = None
        name, sep, rest = token.partition(":")
        if sep and name.isascii() and name.isalpha() and rest:
            lowered = name.lower()
            if lowered in FILTER_FIELDS:
                self.media.append(rest.strip('"'))
                return None
            if lowered not in FIELDS:
                raise RasidError(
                    "E204", f"unknown field {name!r}; fields: {', '.join(sorted(FIELDS))}, media"
                )
            column, token = FIELDS[lowered], rest
        expr = self.phrase(token.strip('"'), collect) if token.startswith('"') else self.term(token, collect)
        if expr and column:
            return f"{column} : ({expr})"
        return expr

    def term(self, token: str, collect: bool) -> str | None:
        prefix = token.endswith("*")
        ws = words(token)
        if not ws:
            return None
        if len(ws) > 1:
            return self.phrase(" ".join(ws), collect)
        word = ws[0]
        if prefix:
            forms = [word] + ([word[2:]] if word.startswith("ال") and len(word) > 4 else [])
            if collect:
                self.prefixes.extend(forms)
            return "(" + " OR ".join(_quote(f) + "*" for f in forms) + ")"
        stemmed = stem(word)
        if collect:
            self.highlight.extend(dict.fromkeys([stemmed, word]))
        if stemmed == word:
            return _quote(word)
        return f"({_quote(stemmed)} OR {_quote(word)})"

    def phrase(self, text: str, collect: bool) -> str | None:
        ws = words(text)
        if not ws:
            return None
        if len(ws) == 1:
            return self.term(ws[0], collect)
        options = [(stem(w), w) for w in ws]
        if collect:
            for pair in options:
                self.highlight.extend(dict.fromkeys(pair))
        if len(ws) <= PHRASE_VARIANT_WORDS:
            variants = {
                " ".join(choice) for choice in itertools.product(*[dict.fromkeys(p) for p in options])
            }
        else:
            variants = {" ".join(s for s, _ in options), " ".join(w for _, w in options)}
        return "(" + " OR ".join(_quote(v) for v in sorted(variants)) + ")"


def parse_query(query: str) -> ParsedQuery:
    """Compile a query string; raises E204 for a query that excludes everything or names an
    unknown field. An empty match means the query had no searchable words."""
    parser = _Parser(query)
    match = parser.parse_or() or ""
    while parser.peek() is not None:  # stray ")": keep what follows
        if parser.take() == ")":
            rest = parser.parse_or()
            match = f"({match} AND {rest})" if match and rest else match or rest or ""
    return ParsedQuery(match, parser.highlight, parser.prefixes, parser.media)


def analyse_query(query: str) -> tuple[str, list[str]]:
    """The FTS5 MATCH expression of a query and the normalised words to highlight."""
    parsed = parse_query(query)
    return parsed.match, parsed.highlight + parsed.prefixes


# --------------------------------------------------------------------------- snippets


_TEXT_WORD = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+")  # a word with its tashkeel and tatweel


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _forms(raw_word: str) -> tuple[tuple[str, str], ...]:
    return tuple((w, stem(w)) for w in words(raw_word))


def highlight_spans(text: str, parsed: ParsedQuery) -> list[tuple[int, int]]:
    """``[start, end)`` of every word of ``text`` that the query matched (same analysis)."""
    wanted = set(parsed.highlight)
    prefixes = tuple(parsed.prefixes)
    if not wanted and not prefixes:
        return []
    spans = []
    for match in _TEXT_WORD.finditer(text):
        for word, stemmed in _forms(match.group()):
            if word in wanted or stemmed in wanted or (prefixes and word.startswith(prefixes)):
                spans.append((match.start(), match.end()))
                break
    return spans


def snippet(
    text: str,
    parsed: ParsedQuery | None,
    *,
    focus: int | None = None,
    width: int = SNIPPET_CHARS,
    mark: tuple[str, str] = ("[", "]"),
) -> str:
    """A window of ``text`` of about ``width`` characters starting a little before offset ``focus``
    (default: the first word the query matched), the matched words wrapped in ``mark``. Only the
    window is analysed, so snippets of long articles stay cheap."""
    if not text:
        return ""
    if focus is None and parsed is not None:
        spans = highlight_spans(text[:20_000], parsed)
        focus = spans[0][0] if spans else 0
    focus = focus or 0
    begin = max(0, focus - width // 5)
    if begin:
        space = text.find(" ", begin, focus)
        begin = space + 1 if space >= 0 else begin
    end = min(len(text), begin + width)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    window = text[begin:end]
    out, cursor = [], 0
    for s, e in highlight_spans(window, parsed) if parsed else []:
        out += [window[cursor:s], mark[0], window[s:e], mark[1]]
        cursor = e
    out.append(window[cursor:])
    body = "".join(out).replace("\n", " ")
    return ("… " if begin else "") + body + (" …" if end < len(text) else "")


def _first_match_offset(text: str, marked: str | None) -> int | None:
    """Offset in ``text`` of the first word FTS5 marked (``\x01``) in the analysed text: the
    analysed words are the text's words in order, one space apart."""
    if not marked:
        return None
    pos = marked.find("\x01")
    if pos < 0:
        return None
    index = marked.count(" ", 0, pos)
    for i, match in enumerate(_TEXT_WORD.finditer(text)):
        if i == index:
            return match.start()
    return None


# --------------------------------------------------------------------------- search


@dataclass
class Hit:
    """One search result: an article (or a quote, ``kind == "quote"``) with its score and snippet."""

    kind: str
    id: str
    title: str | None
    media: str | None
    date: str | None
    score: float
    snippet: str
    url: str | None = None
    speaker: str | None = None
    count: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class Filters:
    """Search filters; names (speaker, entity) are resolved through the entity registry."""

    speaker: str | None = None
    entity: str | None = None
    media: Sequence[str] = ()
    since: str | None = None
    until: str | None = None


def _check_date(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise RasidError("E204", f"{flag} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _article_filters(store: Store, filters: Filters) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.speaker:
        ids = store.find_entities(filters.speaker)
        if ids:
            marks = ",".join("?" * len(ids))
            clauses.append(
                "a.id IN (SELECT o.article_id FROM quote_occurrences o JOIN quotes q ON q.id = o.quote_id"
                f" WHERE q.speaker_entity_id IN ({marks}))"
            )
            params += ids
        else:
            clauses.append(
                "a.id IN (SELECT o.article_id FROM quote_occurrences o JOIN quotes q ON q.id = o.quote_id"
                " WHERE q.speaker_name = ?)"
            )
            params.append(filters.speaker)
    if filters.entity:
        ids = store.find_entities(filters.entity) or [-1]
        marks = ",".join("?" * len(ids))
        clauses.append(f"a.id IN (SELECT article_id FROM mentions WHERE entity_id IN ({marks}))")
        params += ids
    if filters.media:
        marks = ",".join("?" * len(filters.media))
        clauses.append(f"lower(a.media) IN ({marks})")
        params += [m.lower() for m in filters.media]
    since, until = _check_date(filters.since, "--since"), _check_date(filters.until, "--until")
    if since:
        clauses.append("a.date >= ?")
        params.append(since)
    if until:
        clauses.append("a.date < ?")
        params.append(_after(until))
    return clauses, params


def _after(until: str) -> str:
    """The smallest string above every date within ``until`` (2015-08 → 2015-08~)."""
    return until + "~"


def search(
    store: Store,
    query: str,
    filters: Filters | None = None,
    *,
    limit: int = 20,
    mark: tuple[str, str] = ("[", "]"),
) -> list[Hit]:
    """Articles matching ``query`` (BM25, best first) under ``filters``, with snippets. An empty
    query lists the newest articles under the filters."""
    filters = filters or Filters()
    parsed = parse_query(query)
    if parsed.media:
        filters = Filters(
            filters.speaker, filters.entity, [*filters.media, *parsed.media], filters.since, filters.until
        )
    clauses, params = _article_filters(store, filters)
    where = " AND ".join(clauses) or "1"
    if parsed.match:
        # Rank first (only ids and scores go through the sort), then fetch text and the FTS5
        # highlight for the page of results alone.
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        ranked = store.query(
            f"SELECT articles_fts.rowid AS docid, bm25(articles_fts, {weights}) AS score FROM articles_fts"
            f" JOIN articles a ON a.docid = articles_fts.rowid WHERE articles_fts MATCH ? AND {where}"
            " ORDER BY score LIMIT ?",
            [parsed.match, *params, limit],
        )
        scores = {r["docid"]: r["score"] for r in ranked}
        marks = ",".join("?" * len(scores))
        details = (
            {
                r["docid"]: r
                for r in store.query(
                    "SELECT a.docid, a.id, a.title, a.media, a.date, a.url, a.text,"
                    " highlight(articles_fts, 1, char(1), char(2)) AS marked"
                    " FROM articles_fts JOIN articles a ON a.docid = articles_fts.rowid"
                    f" WHERE articles_fts MATCH ? AND articles_fts.rowid IN ({marks})",
                    [parsed.match, *scores],
                )
            }
            if scores
            else {}
        )
        rows = [{**dict(details[d]), "score": score} for d, score in scores.items() if d in details]
    else:
        sql = (
            "SELECT a.id, a.title, a.media, a.date, a.url, a.text, 0.0 AS score, NULL AS marked"
            " FROM articles a"
            f" WHERE {where} ORDER BY coalesce(a.date, '') DESC, a.id LIMIT ?"
        )
        rows = store.query(sql, [*params, limit])
    hits = []
    for row in rows:
        focus = _first_match_offset(row["text"], row["marked"])
        text_snippet = (
            snippet(row["text"], parsed, focus=focus, mark=mark)
            if focus is not None
            else (snippet(row["text"], parsed if parsed.match else None, focus=0, mark=mark))
        )
        hits.append(
            Hit(
                "article",
                row["id"],
                row["title"],
                row["media"],
                row["date"],
                -float(row["score"]),
                text_snippet,
                url=row["url"],
            )
        )
    return hits


def search_quotes(
    store: Store,
    query: str,
    filters: Filters | None = None,
    *,
    limit: int = 20,
    mark: tuple[str, str] = ("[", "]"),
) -> list[Hit]:
    """Corpus quotes whose text or speaker match ``query``, under the filters (dates are the
    quote's first report)."""
    filters = filters or Filters()
    parsed = parse_query(query)
    clauses: list[str] = []
    params: list[Any] = []
    for name, column in ((filters.speaker, "q.speaker_entity_id"), (filters.entity, "q.speaker_entity_id")):
        if name:
            ids = store.find_entities(name) or [-1]
            clauses.append(f"{column} IN ({','.join('?' * len(ids))})")
            params += ids
    media = [*filters.media, *parsed.media]
    if media:
        clauses.append(
            "q.id IN (SELECT quote_id FROM quote_occurrences WHERE lower(media) IN"
            f" ({','.join('?' * len(media))}))"
        )
        params += [m.lower() for m in media]
    if _check_date(filters.since, "--since"):
        clauses.append("q.last_date >= ?")
        params.append(filters.since)
    if _check_date(filters.until, "--until"):
        clauses.append("q.first_date < ?")
        params.append(_after(filters.until or ""))
    where = " AND ".join(clauses) or "1"
    if parsed.match:
        match = parsed.match.replace("entities : (", "speaker : (").replace("speakers : (", "speaker : (")
        sql = (
            "SELECT q.*, bm25(quotes_fts) AS score FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid"
            f" WHERE quotes_fts MATCH ? AND {where} ORDER BY score LIMIT ?"
        )
        try:
            rows = store.query(sql, [match, *params, limit])
        except RasidError as exc:
            raise RasidError("E204", f"quotes have only the fields text and speaker ({exc.message})") from exc
    else:
        sql = (
            f"SELECT q.*, 0.0 AS score FROM quotes q WHERE {where}"
            " ORDER BY q.count DESC, q.first_date DESC LIMIT ?"
        )
        rows = store.query(sql, [*params, limit])
    return [
        Hit(
            "quote",
            str(row["id"]),
            None,
            None,
            row["first_date"],
            -float(row["score"]),
            snippet(row["text"], parsed, width=400, mark=mark),
            speaker=row["speaker_name"],
            count=row["count"],
        )
        for row in rows
    ]
