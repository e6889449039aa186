"""The web UI and JSON API over a rasid store: ``create_app(db_path)`` returns a Starlette app.

Every page is one view function returning a :class:`Page`; the same page is served as HTML
(``/articles/{id}``), as JSON in one envelope (``/articles/{id}.json``:
``{"ok": true, "rows": [...], "next": cursor}``) and, for listings, as CSV (``.csv``). Errors have
one body everywhere (``{"ok": false, "error": ..., "code": ..., "status": ...}``).
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from rasid import __version__
from rasid.errors import ERROR_CODES, RasidError
from rasid.model import Article
from rasid.web import paging
from rasid.web.openapi import openapi_document
from rasid.web.queries import NotFound, WebStore, bucket_series
from rasid.web.render import (
    ENTITY_LABELS,
    EVENT_TYPES,
    QUOTE_KINDS,
    SPEAKER_TYPES,
    bar_chart,
    isolate_latin,
    link,
    render_article,
    render_snippet,
    safe_url,
)
from rasid.web.search import SearchRequest, run_search

HERE = Path(__file__).resolve().parent
FORMATS = ("json", "csv")
log = logging.getLogger("rasid.web")


@dataclass
class Page:
    """What a view found: ``rows`` (the listing, for JSON and CSV), ``extra`` (more JSON fields, also
    given to the template) and ``html`` (template-only values such as rendered markup)."""

    template: str
    title: str
    rows: list[dict[str, Any]]
    next: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    html: dict[str, Any] = field(default_factory=dict)
    csv_columns: tuple[str, ...] = ()
    csv_name: str = "rasid"


@dataclass
class StoreLinks:
    """Store ids of an article's annotations, by index into ``article.quotes``/``entities``:
    ``quotes`` (corpus quote id), ``speakers`` and ``entities`` (corpus entity ids), and ``local``
    (the article's own entity ids to corpus ids, for events)."""

    quotes: dict[int, str] = field(default_factory=dict)
    speakers: dict[int, int] = field(default_factory=dict)
    entities: dict[int, int] = field(default_factory=dict)
    local: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(
        cls, article: Article, mentions: list[dict[str, Any]], occurrences: list[dict[str, Any]]
    ) -> StoreLinks:
        """Match the stored mentions and quote occurrences to the article's spans."""
        links = cls(
            local={m["local_id"]: m["entity_id"] for m in mentions if m["entity_id"] and m["local_id"]}
        )
        by_span = {(m["start"], m["end"]): m["entity_id"] for m in mentions if m["entity_id"]}
        quote_by_span = {(o["start"], o["end"]): o for o in occurrences}
        for i, q in enumerate(article.quotes):
            occurrence = quote_by_span.get((q.start, q.end))
            if occurrence:
                links.quotes[i] = str(occurrence["quote_id"])
                if occurrence["speaker_entity_id"] is not None:
                    links.speakers[i] = occurrence["speaker_entity_id"]
        for i, e in enumerate(article.entities):
            store_id = by_span.get((e.start, e.end)) or links.local.get(e.entity_id)
            if store_id is not None:
                links.entities[i] = store_id
        return links


def quote_rows(article: Article, links: StoreLinks) -> list[dict[str, Any]]:
    """The article's quotes as "who said what" rows (side panel and CSV)."""
    return [
        {
            "quote_id": int(links.quotes[i]) if i in links.quotes else None,
            "speaker": q.speaker.name if q.speaker else "",
            "speaker_entity_id": links.speakers.get(i),
            "speaker_type": q.speaker.type if q.speaker else "",
            "kind": q.kind,
            "cue": q.cue.text,
            "via": q.via.name if q.via else "",
            "confidence": round(q.confidence, 2),
            "text": q.text,
            "start": q.start,
            "end": q.end,
        }
        for i, q in enumerate(article.quotes)
    ]


def entity_summary(article: Article, links: StoreLinks) -> list[dict[str, Any]]:
    """One row per distinct name of the article with its mention count, most mentioned first."""
    entities: dict[tuple[str, str], dict[str, Any]] = {}
    for i, e in enumerate(article.entities):
        name = e.canonical or e.text
        item = entities.setdefault(
            (e.label, name),
            {"name": name, "label": e.label, "entity_id": links.entities.get(i), "count": 0, "role": e.role},
        )
        item["count"] += 1
        item["role"] = item["role"] or e.role
    return sorted(entities.values(), key=lambda x: (-x["count"], x["name"]))


def event_rows(article: Article, links: StoreLinks) -> list[dict[str, Any]]:
    """The article's events with participant and place names ("who met whom")."""
    names = {e.entity_id: e.canonical or e.text for e in article.entities if e.entity_id}
    return [
        {
            "type": ev.type,
            "trigger": ev.trigger.text,
            "date": ev.date,
            "place": names.get(ev.place or "", ev.place),
            "place_id": links.local.get(ev.place or ""),
            "participants": [
                {"name": names.get(p, p), "entity_id": links.local.get(p)} for p in ev.participants
            ],
        }
        for ev in article.events
    ]


def split_format(ident: str) -> tuple[str, str]:
    """``("abc", "json")`` for ``abc.json``; ``("abc", "html")`` when there is no known suffix."""
    stem, dot, suffix = ident.rpartition(".")
    if dot and suffix in FORMATS and stem:
        return stem, suffix
    return ident, "html"


def positive_id(ident: str, what: str) -> int:
    """A store integer id from the URL; E302 (not found) for anything else."""
    if not (ident.isdigit() and ident.isascii()) or len(ident) > 18:
        raise NotFound(f"no {what} with id {ident[:40]!r}")
    return int(ident)


def period_label(granularity: str) -> Callable[[str], str]:
    """How a chart names one period: the day, the week by its Monday, or the month."""
    if granularity == "week":
        return lambda period: f"أسبوع {period}"
    return str


class RasidWeb:
    """The application state: the read-only store and the template environment."""

    def __init__(self, db_path: str | Path) -> None:
        self.store = WebStore(db_path)
        self.templates = Environment(
            loader=FileSystemLoader(str(HERE / "templates")),
            autoescape=select_autoescape(("html",), default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.globals.update(
            link=link,
            bdi=isolate_latin,
            safe_url=safe_url,
            snippet=lambda row: render_snippet(row.get("snippet") or "", row.get("highlights") or ()),
            ENTITY_LABELS=ENTITY_LABELS,
            EVENT_TYPES=EVENT_TYPES,
            QUOTE_KINDS=QUOTE_KINDS,
            SPEAKER_TYPES=SPEAKER_TYPES,
            version=__version__,
        )

    # -- views --------------------------------------------------------------------------------
    def home(self, request: Request, ident: str, fmt: str) -> Page:
        overview = self.store.overview()
        return Page(
            "home.html",
            "راصد: من قال ماذا",
            rows=overview["most_quoted"],
            extra={
                "stats": overview["stats"],
                "outlets": overview["outlets"],
                "latest_quotes": overview["latest_quotes"],
            },
            csv_columns=("entity_id", "name", "statements", "articles", "outlets"),
            csv_name="most-quoted-this-week",
        )

    def search(self, request: Request, ident: str, fmt: str) -> Page:
        params = request.query_params
        query = SearchRequest.from_params(params, csv=fmt == "csv")
        result = run_search(self.store, query)
        title = f"بحث: {query.q}" if query.q else "بحث"
        return Page(
            "search.html",
            title,
            rows=result.rows,
            next=result.next,
            extra={"total": result.total, "facets": result.facets, "query": query.to_dict()},
            html={"request_query": query, "filters": query.active_filters(self.store)},
            csv_columns=(
                (
                    "quote_id",
                    "speaker_name",
                    "speaker_entity_id",
                    "kind",
                    "first_date",
                    "count",
                    "outlets",
                    "text",
                )
                if query.scope == "quotes"
                else ("id", "title", "media", "date", "n_quotes", "url", "snippet")
            ),
            csv_name="search-quotes" if query.scope == "quotes" else "search",
        )

    def article(self, request: Request, ident: str, fmt: str) -> Page:
        found = self.store.article(ident)
        article, row = found["article"], found["row"]
        links = StoreLinks.of(article, found["mentions"], found["occurrences"])
        doc = article.to_dict()
        for i, q in enumerate(doc["quotes"]):
            q["quote_id"] = int(links.quotes[i]) if i in links.quotes else None
            q["speaker_store_id"] = links.speakers.get(i)
        for i, e in enumerate(doc["entities"]):
            e["store_entity_id"] = links.entities.get(i)
        doc["date"] = row["date"]
        doc["cluster_id"] = row["cluster_id"]
        quotes = quote_rows(article, links)
        if fmt == "csv":
            rows, columns = (
                quotes,
                (
                    "quote_id",
                    "speaker",
                    "speaker_entity_id",
                    "kind",
                    "cue",
                    "via",
                    "confidence",
                    "text",
                ),
            )
        else:
            rows, columns = [doc], ()
        return Page(
            "article.html",
            article.title or f"مقال {article.id}",
            rows=rows,
            extra={"copies": found["copies"]},
            html={
                "doc": doc,
                "row": row,
                "blocks": render_article(
                    article, links.quotes, entity_links=links.entities, speaker_links=links.speakers
                ),
                "quotes": quotes,
                "entities": entity_summary(article, links),
                "events": event_rows(article, links),
                "article": article,
            },
            csv_columns=columns,
            csv_name=f"article-{article.id}-quotes",
        )

    def entity(self, request: Request, ident: str, fmt: str) -> Page:
        entity_id = positive_id(ident, "entity")
        entity = self.store.entity(entity_id)
        params = request.query_params
        after = paging.decode_cursor(paging.text_param(params, "cursor"), 2)
        rows, nxt = self.store.entity_articles(entity_id, after, paging.limit_param(params, fmt == "csv"))
        extra: dict[str, Any] = {"entity": entity}
        html: dict[str, Any] = {}
        if fmt != "csv":
            granularity, series = self.store.memo(
                ("mention-timeline", entity_id), lambda: bucket_series(self.store.mention_timeline(entity_id))
            )
            extra["timeline"] = {"granularity": granularity, "series": [list(p) for p in series]}
            extra["cooccurring"] = self.store.memo(
                ("cooccurring", entity_id), lambda: self.store.cooccurring(entity_id)
            )
            html["chart"] = bar_chart(
                series, title=f"ذكر {entity['canonical']} عبر الزمن", label=period_label(granularity)
            )
        return Page(
            "entity.html",
            entity["canonical"],
            rows=rows,
            next=nxt,
            extra=extra,
            html=html,
            csv_columns=("id", "title", "media", "date", "mentions", "n_quotes"),
            csv_name=f"entity-{entity_id}-articles",
        )

    def speaker(self, request: Request, ident: str, fmt: str) -> Page:
        entity_id = positive_id(ident, "speaker")
        entity = self.store.entity(entity_id)
        params = request.query_params
        after = paging.decode_cursor(paging.text_param(params, "cursor"), 2)
        rows, nxt = self.store.statements(entity_id, after, paging.limit_param(params, fmt == "csv"))
        extra: dict[str, Any] = {"speaker": entity}
        html: dict[str, Any] = {}
        if fmt != "csv":
            granularity, series = self.store.memo(
                ("statement-timeline", entity_id),
                lambda: bucket_series(self.store.statement_timeline(entity_id)),
            )
            extra["timeline"] = {"granularity": granularity, "series": [list(p) for p in series]}
            extra["alongside"] = self.store.memo(
                ("alongside", entity_id), lambda: self.store.quoted_alongside(entity_id)
            )
            html["chart"] = bar_chart(
                series, title=f"تصريحات {entity['canonical']} عبر الزمن", label=period_label(granularity)
            )
        return Page(
            "speaker.html",
            f"تصريحات {entity['canonical']}",
            rows=rows,
            next=nxt,
            extra=extra,
            html=html,
            csv_columns=("quote_id", "first_date", "kind", "cue", "text", "count", "outlets", "article_id"),
            csv_name=f"speaker-{entity_id}-statements",
        )

    def quote(self, request: Request, ident: str, fmt: str) -> Page:
        quote_id = positive_id(ident, "quote")
        quote = self.store.quote(quote_id)
        params = request.query_params
        after = paging.decode_cursor(paging.text_param(params, "cursor"), 2)
        rows, nxt = self.store.occurrences(quote_id, after, paging.limit_param(params, fmt == "csv"))
        return Page(
            "quote.html",
            f"تصريح {quote['speaker_name'] or ''}".strip(),
            rows=rows,
            next=nxt,
            extra={"quote": quote},
            csv_columns=(
                "article_id",
                "media",
                "published",
                "kind",
                "cue",
                "speaker_text",
                "via",
                "text",
                "url",
            ),
            csv_name=f"quote-{quote_id}-outlets",
        )

    def help(self, request: Request, ident: str, fmt: str) -> Page:
        return Page("help.html", "دليل البحث", rows=[])

    # -- responses ----------------------------------------------------------------------------
    def respond(self, request: Request, page: Page, fmt: str) -> Response:
        if fmt == "json":
            return JSONResponse({"ok": True, "rows": page.rows, "next": page.next, **page.extra})
        if fmt == "csv":
            return csv_response(request, page)
        return HTMLResponse(
            self.render(request, page.template, page.title, page=page, **page.extra, **page.html)
        )

    def render(self, request: Request, template: str, title: str, **context: Any) -> str:
        path = request.url.path
        stem, _ = split_format(path.rsplit("/", 1)[-1])
        base = "/index" if path == "/" else path.rsplit("/", 1)[0] + "/" + stem
        query = request.url.query
        suffix = f"?{query}" if query else ""
        return self.templates.get_template(template).render(
            title=title,
            path=path,
            q=request.query_params.get("q", "")[: paging.MAX_PARAM_CHARS],
            json_url=f"{base}.json{suffix}",
            csv_url=f"{base}.csv{suffix}",
            page_url=lambda **changes: page_url(request, **changes),
            has_cursor=bool(request.query_params.get("cursor")),
            **context,
        )

    def error(self, request: Request, status: int, code: str, message: str) -> Response:
        """The one error body, as JSON for ``.json``/``.csv`` URLs and as a page otherwise."""
        _, fmt = split_format(request.url.path.rsplit("/", 1)[-1])
        if fmt != "html" or "application/json" in request.headers.get("accept", "").split(",")[0]:
            return JSONResponse({"ok": False, "error": message, "code": code, "status": status}, status)
        html = self.render(
            request,
            "error.html",
            "خطأ",
            status=status,
            code=code,
            message=message,
            meaning=ERROR_CODES.get(code),
        )
        return HTMLResponse(html, status)


def page_url(request: Request, **changes: Any) -> str:
    """The current URL with query parameters changed (``None`` removes one); resets the cursor
    unless it is one of the changes."""
    params = dict(request.query_params)
    if "cursor" not in changes:
        params.pop("cursor", None)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return request.url.path + ("?" + urlencode(params) if params else "")


def _csv_value(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return " | ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Markup):
        return value.striptags()
    return value


def csv_response(request: Request, page: Page) -> Response:
    """A listing as UTF-8 CSV (with a byte-order mark so spreadsheet programs read Arabic right);
    the next page's URL goes in a ``Link`` header."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    columns = page.csv_columns or (tuple(page.rows[0]) if page.rows else ())
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in page.rows:
        writer.writerow([_csv_value(row.get(c)) for c in columns])
    headers = {"Content-Disposition": f'attachment; filename="{page.csv_name}.csv"'}
    if page.next:
        headers["Link"] = f'<{page_url(request, cursor=page.next)}>; rel="next"'
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


View = Callable[[Request, str, str], Page]

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        b"base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class Guard:
    """ASGI middleware: read-only methods, bounded URLs, no request bodies; security headers on
    every response."""

    def __init__(self, app: Any, web: RasidWeb) -> None:
        self.app = app
        self.web = web

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = self._check(scope)

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        if problem:
            status, message = problem
            request = Request(scope, receive)
            response = self.web.error(request, status, "E301", message)
            await response(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)

    @staticmethod
    def _check(scope: dict) -> tuple[int, str] | None:
        if scope["method"] not in ("GET", "HEAD"):
            return 405, f"method {scope['method']} not allowed: this API is read-only"
        if len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") > paging.MAX_URL_CHARS:
            return 414, f"URL longer than {paging.MAX_URL_CHARS} characters"
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value not in (b"0", b""):
                return 413, "request bodies are not accepted"
            if name == b"transfer-encoding":
                return 413, "request bodies are not accepted"
        return None


def create_app(db_path: str | Path) -> Starlette:
    """The web application over the store at ``db_path`` (opened read-only; E101/E201 if unusable)."""
    web = RasidWeb(db_path)
    web.store.catalogue()  # read the article catalogue now rather than on the first search

    def page(view: View, fixed_format: str | None = None) -> Callable[[Request], Response]:
        def endpoint(request: Request) -> Response:
            ident = request.path_params.get("ident", "")
            fmt = fixed_format or "html"
            if fixed_format is None and ident:
                ident, fmt = split_format(ident)
            return web.respond(request, view(request, ident, fmt), fmt)

        return endpoint

    routes: list[Any] = []
    for path, view in (("/search", web.search), ("/help", web.help)):
        routes.append(Route(path, page(view, "html")))
        if view is not web.help:
            routes.extend(Route(f"{path}.{fmt}", page(view, fmt)) for fmt in FORMATS)
    routes.append(Route("/", page(web.home, "html")))
    routes.extend(Route(f"/index.{fmt}", page(web.home, fmt)) for fmt in FORMATS)
    for prefix, view in (
        ("/articles", web.article),
        ("/entities", web.entity),
        ("/speakers", web.speaker),
        ("/quotes", web.quote),
    ):
        routes.append(Route(prefix + "/{ident:path}", page(view)))
    routes.append(Route("/openapi.json", lambda request: JSONResponse(openapi_document(__version__))))
    routes.append(Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"))

    async def rasid_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RasidError)
        status = {"E301": 400, "E204": 400, "E302": 404}.get(exc.code, 500)
        if status == 500:
            log.error("error on %s: %s", request.url.path, exc)
        return web.error(request, status, exc.code, exc.message)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = "E302" if exc.status_code == 404 else "E301"
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return web.error(request, exc.status_code, code, message)

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return web.error(request, 500, "E303", "internal error; the server log has the details")

    app = Starlette(
        routes=routes,
        exception_handlers={RasidError: rasid_error, HTTPException: http_error, Exception: server_error},
    )
    app.state.web = web
    app.add_middleware(Guard, web=web)
    return app
