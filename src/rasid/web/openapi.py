"""The OpenAPI 3.1 description of the JSON API, served at ``/openapi.json``."""

from __future__ import annotations

from typing import Any

from rasid.web.paging import DEFAULT_LIMIT, MAX_CSV_LIMIT, MAX_LIMIT


def _param(name: str, where: str, description: str, schema: dict[str, Any], required: bool = False) -> dict:
    return {"name": name, "in": where, "required": required, "description": description, "schema": schema}


CURSOR = _param(
    "cursor", "query", "Opaque cursor from the `next` field of the previous page.", {"type": "string"}
)
LIMIT = _param(
    "limit",
    "query",
    f"Rows per page: 1–{MAX_LIMIT} for JSON (default {DEFAULT_LIMIT}), up to {MAX_CSV_LIMIT} for CSV.",
    {"type": "integer", "minimum": 1, "maximum": MAX_CSV_LIMIT},
)
ENTITY_ID = _param("entity_id", "path", "Corpus entity id (integer).", {"type": "integer"}, True)

SEARCH_PARAMS = [
    _param(
        "q", "query", 'Search query; syntax in /help (words, "phrases", OR, -exclusion).', {"type": "string"}
    ),
    _param(
        "scope",
        "query",
        "articles (default) or quotes: search corpus statements (text and speaker) instead of articles.",
        {"enum": ["articles", "quotes"]},
    ),
    _param("media", "query", "Only this outlet.", {"type": "string"}),
    _param(
        "since", "query", "Only articles dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).", {"type": "string"}
    ),
    _param("until", "query", "Only articles dated on or before.", {"type": "string"}),
    _param("speaker", "query", "Only articles quoting this entity id.", {"type": "integer"}),
    _param("entity", "query", "Only articles mentioning this entity id.", {"type": "integer"}),
    CURSOR,
    LIMIT,
]


def _envelope(rows: dict[str, Any], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["ok", "rows", "next"],
        "properties": {
            "ok": {"const": True},
            "rows": {"type": "array", "items": rows},
            "next": {"type": ["string", "null"], "description": "cursor of the next page, null on the last"},
            **(extra or {}),
        },
    }


ROW = {"type": "object", "additionalProperties": True}


def _get(summary: str, params: list[dict], schema: dict[str, Any], tag: str, csv: bool = True) -> dict:
    content: dict[str, Any] = {"application/json": {"schema": schema}}
    return {
        "get": {
            "summary": summary,
            "tags": [tag],
            "parameters": params,
            "responses": {
                "200": {"description": "the page as JSON", "content": content},
                "400": {"$ref": "#/components/responses/Error"},
                "404": {"$ref": "#/components/responses/Error"},
            },
            **({"x-csv": "the same listing as CSV at the same URL with .csv"} if csv else {}),
        }
    }


def openapi_document(version: str) -> dict[str, Any]:
    """The API description: every JSON page, its parameters and the shared envelope and error body."""
    ident = _param("id", "path", "Article id as the input record gave it.", {"type": "string"}, True)
    quote_id = _param("quote_id", "path", "Corpus quote id (integer).", {"type": "integer"}, True)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "rasid JSON API",
            "version": version,
            "description": (
                "Every page of the rasid web UI as JSON (same URL plus `.json`) and its listing as CSV "
                "(`.csv`). Responses share one envelope `{ok, rows, next}`; errors one body "
                "`{ok: false, error, code, status}`. Paging is by opaque cursor. Read-only: GET only."
            ),
            "license": {"name": "Apache-2.0"},
        },
        "paths": {
            "/index.json": _get(
                "Corpus at a glance; rows = the most-quoted people of the latest week",
                [],
                _envelope(
                    ROW, {"stats": ROW, "outlets": {"type": "array"}, "latest_quotes": {"type": "array"}}
                ),
                "home",
            ),
            "/search.json": _get(
                "Full-text search of articles with facets; rows = matching articles with snippets",
                SEARCH_PARAMS,
                _envelope(ROW, {"total": {"type": "integer"}, "facets": ROW, "query": ROW}),
                "search",
            ),
            "/articles/{id}.json": _get(
                "One article: rows = [the article JSON of `rasid extract`, with store ids added]; "
                "the CSV lists its quotes",
                [ident],
                _envelope(ROW, {"copies": {"type": "array"}}),
                "articles",
            ),
            "/speakers/{entity_id}.json": _get(
                "Everything a person said, newest first; with a timeline and the people quoted alongside",
                [ENTITY_ID, CURSOR, LIMIT],
                _envelope(ROW, {"speaker": ROW, "timeline": ROW, "alongside": {"type": "array"}}),
                "speakers",
            ),
            "/entities/{entity_id}.json": _get(
                "An entity: canonical name, aliases, roles, timeline, co-occurring entities; rows = articles",
                [ENTITY_ID, CURSOR, LIMIT],
                _envelope(ROW, {"entity": ROW, "timeline": ROW, "cooccurring": {"type": "array"}}),
                "entities",
            ),
            "/quotes/{quote_id}.json": _get(
                "One statement; rows = every outlet/article that carried it",
                [quote_id, CURSOR, LIMIT],
                _envelope(ROW, {"quote": ROW}),
                "quotes",
            ),
        },
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["ok", "error", "code", "status"],
                    "properties": {
                        "ok": {"const": False},
                        "error": {"type": "string", "description": "what went wrong, naming the input"},
                        "code": {"type": "string", "description": "rasid error code (E301 bad request …)"},
                        "status": {"type": "integer", "description": "HTTP status"},
                    },
                }
            },
            "responses": {
                "Error": {
                    "description": "the error body",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                }
            },
        },
    }
