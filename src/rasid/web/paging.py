"""Request parameters, cursors and limits shared by every listing of the web API.

A cursor is opaque to clients: URL-safe base64 of a small JSON list (the sort key of the last row
shown). Every bound that protects the server from a heavy request is a constant here.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from rasid.errors import RasidError

DEFAULT_LIMIT = 20
MAX_LIMIT = 100  # rows in one JSON/HTML page
MAX_CSV_LIMIT = 1000  # rows in one CSV download; the next cursor is in the Link header
MAX_PARAM_CHARS = 500  # one query-string value (a search query is a few words)
MAX_URL_CHARS = 4096
MAX_CURSOR_CHARS = 400
MAX_OFFSET = 5000  # deepest row a relevance-ranked search can page to


def bad_request(message: str) -> RasidError:
    """The E301 error for a request that cannot be answered as asked."""
    return RasidError("E301", message)


def encode_cursor(key: list[Any]) -> str:
    """An opaque cursor for the sort key ``key`` of the last row shown."""
    raw = json.dumps(key, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None, length: int) -> list[Any] | None:
    """The sort key in ``cursor`` (``None`` for the first page); E301 when it is not one of ours."""
    if not cursor:
        return None
    if len(cursor) > MAX_CURSOR_CHARS:
        raise bad_request("cursor too long")
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
    except (ValueError, UnicodeError) as exc:
        raise bad_request(f"malformed cursor {cursor!r}") from exc
    if not isinstance(key, list) or len(key) != length:
        raise bad_request(f"cursor {cursor!r} does not belong to this listing")
    if not all(v is None or isinstance(v, str | int | float) for v in key):
        raise bad_request(f"malformed cursor {cursor!r}")
    return key


def text_param(params: Mapping[str, str], name: str, default: str = "") -> str:
    """A bounded text parameter, stripped."""
    value = params.get(name, default) or default
    if len(value) > MAX_PARAM_CHARS:
        raise bad_request(f"parameter {name!r} is longer than {MAX_PARAM_CHARS} characters")
    return value.strip()


def limit_param(params: Mapping[str, str], csv: bool = False) -> int:
    """The ``limit`` parameter, 1 … ``MAX_LIMIT`` (``MAX_CSV_LIMIT`` for CSV), default by format."""
    bound = MAX_CSV_LIMIT if csv else MAX_LIMIT
    raw = params.get("limit")
    if raw is None or raw == "":
        return MAX_CSV_LIMIT if csv else DEFAULT_LIMIT
    try:
        value = int(raw)
    except ValueError as exc:
        raise bad_request(f"limit must be an integer, not {raw[:20]!r}") from exc
    if not 1 <= value <= bound:
        raise bad_request(f"limit must be between 1 and {bound}")
    return value


def date_param(params: Mapping[str, str], name: str) -> str | None:
    """An ISO date parameter (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), or ``None``."""
    value = text_param(params, name)
    if not value:
        return None
    parts = value.split("-")
    padded = parts + ["01"] * (3 - len(parts))
    try:
        if not (
            1 <= len(parts) <= 3
            and all(p.isdigit() and p.isascii() for p in parts)
            and len(parts[0]) == 4
            and all(len(p) == 2 for p in parts[1:])
        ):
            raise ValueError(value)
        dt.date(int(padded[0]), int(padded[1]), int(padded[2]))
    except ValueError as exc:
        raise bad_request(
            f"{name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not {value[:30]!r}"
        ) from exc
    return value


def int_param(params: Mapping[str, str], name: str) -> int | None:
    """A positive integer id parameter, or ``None``."""
    value = text_param(params, name)
    if not value:
        return None
    if not (value.isdigit() and value.isascii()) or len(value) > 18:
        raise bad_request(f"{name} must be a positive integer id, not {value[:30]!r}")
    return int(value)
