"""Readers: files, folders, zips and stdin in, a stream of ``Article | InputError`` out.

Accepted inputs: ``.txt`` (one article per file), ``.json`` (an array of records, one record, or an
object holding an ``articles``/``records``/``data``/``items`` array), ``.jsonl``/``.ndjson`` (one
record per line), ``.zip`` archives holding any of these, folders (recursive, sorted, hidden files
and unsupported types skipped) and ``-`` for standard input. JSON arrays are parsed incrementally,
so a corpus such as SaudiNewsNet (12 MB arrays inside zips) streams without being held in memory.

Every bad input becomes one :class:`InputError` naming where it is, e.g.
``corpus.zip:2015-07-21.json[17]`` (``[i]`` is the 0-based index in a JSON array, ``:n`` the
1-based line of a JSONL file), and the stream goes on.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import io
import json
import os
import re
import stat
import sys
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from rasid.errors import InputError
from rasid.model import Article
from rasid.resources import load_lexicon
from rasid.text.normalize import normalize

STDIN = "-"
TEXT_SUFFIXES = frozenset({".txt"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ZIP_SUFFIXES = frozenset({".zip"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | ZIP_SUFFIXES
# Named explicitly, files of these kinds get E109 instead of being read as plain text; other unknown
# suffixes (and none) are sniffed: JSON when they start like it, else text.
UNSUPPORTED_SUFFIXES = frozenset({
    ".html", ".htm", ".xml", ".csv", ".tsv", ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx",
    ".epub", ".gz", ".bz2", ".xz", ".tar", ".tgz", ".7z", ".rar", ".png", ".jpg", ".jpeg", ".gif",
    ".webp", ".mp3", ".mp4", ".db", ".sqlite", ".parquet",
})  # fmt: skip

TEXT_FIELDS = ("text", "content", "body")
MEDIA_FIELDS = ("media", "source", "outlet")
PUBLISHED_FIELDS = ("published", "date", "published_at", "pubDate", "datePublished")
WRAPPER_FIELDS = ("articles", "records", "data", "items")
KNOWN_FIELDS = frozenset({"id", "url", "title", "author", *TEXT_FIELDS, *MEDIA_FIELDS, *PUBLISHED_FIELDS})

DEFAULT_MAX_CHARS = 2_000_000  # the same bound as rasid.pipeline.Options.max_chars
CHUNK_BYTES = 1 << 20
SNIFF_BYTES = 1 << 16

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
)
LEGACY_ARABIC_ENCODINGS = ("cp1256", "iso8859_6")

# A decoding counts as real Arabic when at least this share of its Arabic words are common function
# words or carry the article ال. Tuned on every 10th SaudiNewsNet article (3,067) and the same texts
# read with the wrong Arabic code page (3,078): genuine texts score 0.43 (median), 0.5% below 0.2
# (one- to three-word texts); misreads score 0.08 (median), 0.1% at or above 0.2. Below it
# charset-normalizer's own guess is used; the best-scoring code page wins in any case.
MIN_ARABIC_PLAUSIBILITY = 0.2
# More than this share of control characters (other than tab/newline/CR/FF) means binary data. Real
# scraped text can carry debris: the worst SaudiNewsNet article has 1.2% (U+001A before paragraphs).
MAX_CONTROL_SHARE = 0.05
# charset-normalizer's "chaos" (mess) above this means its guess is not trustworthy text.
MAX_CHAOS = 0.2

_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_ID_SAFE = re.compile(r"[A-Za-z0-9_.\-]{1,80}")
_TRACKING_PARAM = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|amp)$", re.IGNORECASE)


# --------------------------------------------------------------------------- public entry points


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | InputError]:
    """Articles (and errors) from every path in order; ``-`` reads standard input."""
    for path in paths:
        yield from read_path(path, max_chars=max_chars, stdin=stdin)


def read_path(
    path: str | os.PathLike[str], *, max_chars: int = DEFAULT_MAX_CHARS, stdin: IO[bytes] | None = None
) -> Iterator[Article | InputError]:
    """Articles (and errors) from one file, folder, zip, or ``-`` (standard input)."""
    if str(path) == STDIN:
        data = (stdin or sys.stdin.buffer).read()
        yield from _read_blob(data, "<stdin>", "stdin", None, max_chars)
        return
    path = Path(path)
    where = str(path)
    if path.is_dir():
        found = False
        own_output = _stdout_identity()
        for file in iter_folder(path):
            found = True
            if own_output is not None and _identity(file) == own_output:
                continue  # "rasid extract news/ > news/out.jsonl" must not read what it is writing
            yield from _read_file(file, str(file), max_chars, explicit=False)
        if not found:
            yield InputError("E102", "folder holds no .txt, .json, .jsonl or .zip files", where)
        return
    if not path.exists():
        yield InputError("E101", "no such file or folder", where)
        return
    yield from _read_file(path, where, max_chars, explicit=True)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _stdout_identity() -> tuple[int, int] | None:
    """Device and inode of the regular file standard output is redirected to, if it is one."""
    try:
        info = os.fstat(1)
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def iter_folder(folder: Path) -> Iterator[Path]:
    """Supported files under ``folder``, recursively, sorted by path (hidden entries skipped)."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            Path(root, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
        ]
    yield from sorted(found, key=lambda p: p.relative_to(folder).parts)


def is_collection(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` may hold many articles (a folder, zip, JSON or JSONL file)."""
    path = Path(path)
    return path.is_dir() or path.suffix.lower() in ZIP_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES


# --------------------------------------------------------------------------- files and zips


def _read_file(path: Path, where: str, max_chars: int, *, explicit: bool) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    try:
        if suffix in ZIP_SUFFIXES:
            yield from _read_zip(path, where, max_chars)
            return
        if suffix in JSON_SUFFIXES | JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from _read_json_stream(handle, where, path.name, suffix in JSONL_SUFFIXES, max_chars)
            return
        if suffix not in TEXT_SUFFIXES and not explicit:
            return
        if suffix in UNSUPPORTED_SUFFIXES:
            yield InputError(
                "E109", f"unsupported input type {suffix!r}; rasid reads .txt, .json, .jsonl and .zip", where
            )
            return
        size = path.stat().st_size
        if size > max_chars * 4:  # no encoding spends more than 4 bytes on a character
            yield InputError(
                "E107", f"file of {size:,} bytes exceeds the limit of {max_chars:,} characters", where
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError("E101", f"cannot read: {exc.strerror or exc}", where)
        return
    if suffix in TEXT_SUFFIXES:
        yield from _text_article(data, where, path.stem, path.name, max_chars)
    else:
        yield from _read_blob(data, where, path.stem, path.name, max_chars)


def _read_zip(path: Path, where: str, max_chars: int) -> Iterator[Article | InputError]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        yield InputError("E103", "not a readable zip archive", where)
        return
    with archive:
        yield from _read_zip_members(archive, where, max_chars)


def _read_zip_members(archive: zipfile.ZipFile, where: str, max_chars: int) -> Iterator[Article | InputError]:
    members = sorted(
        (m for m in archive.infolist() if not m.is_dir()),
        key=lambda m: m.filename,
    )
    found = False
    for member in members:
        name = member.filename
        base = name.rsplit("/", 1)[-1]
        suffix = Path(base).suffix.lower()
        if base.startswith(".") or name.startswith("__MACOSX/") or suffix not in SUPPORTED_SUFFIXES:
            continue
        found = True
        loc = f"{where}:{name}"
        try:
            with archive.open(member) as handle:
                if suffix in JSON_SUFFIXES | JSONL_SUFFIXES:
                    yield from _read_json_stream(handle, loc, base, suffix in JSONL_SUFFIXES, max_chars)
                    continue
                if member.file_size > max_chars * 4:
                    yield InputError(
                        "E107",
                        f"member of {member.file_size:,} bytes exceeds the limit of {max_chars:,}",
                        loc,
                    )
                    continue
                data = handle.read()
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
            yield InputError("E103", f"cannot extract from the zip archive: {exc}", loc)
            continue
        if suffix in ZIP_SUFFIXES:
            try:
                inner = zipfile.ZipFile(io.BytesIO(data))
            except zipfile.BadZipFile:
                yield InputError("E103", "not a readable zip archive", loc)
                continue
            with inner:
                yield from _read_zip_members(inner, loc, max_chars)
        else:
            yield from _text_article(data, loc, Path(base).stem, base, max_chars)
    if not found:
        yield InputError("E102", "zip archive holds no .txt, .json, .jsonl or .zip files", where)


def _read_blob(
    data: bytes, where: str, stem: str, name: str | None, max_chars: int
) -> Iterator[Article | InputError]:
    """Bytes of unknown kind (stdin, a file without a known suffix): JSON when they look like it."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"[", b"{"):
        yield from _read_json_stream(io.BytesIO(data), where, name or stem, None, max_chars)
    else:
        yield from _text_article(data, where, stem, name, max_chars)


def _text_article(
    data: bytes, where: str, stem: str, name: str | None, max_chars: int
) -> Iterator[Article | InputError]:
    """One article from the bytes of a text file; its id is the file stem when that is a safe id."""
    try:
        text = decode_bytes(data, where)
    except InputError as exc:
        yield exc
        return
    if len(text) > max_chars:
        yield InputError(
            "E107", f"text of {len(text):,} characters exceeds the limit of {max_chars:,}", where
        )
        return
    safe_stem = name is not None and _ID_SAFE.fullmatch(stem)
    article_id = stem if safe_stem else stable_id(name or text)
    yield Article(id=article_id, raw=text, source=where)


# --------------------------------------------------------------------------- encodings


def decode_bytes(data: bytes, where: str = "") -> str:
    """The text of ``data``: BOMs, UTF-8, UTF-16 and the legacy Arabic code pages (cp1256,
    ISO-8859-6, checked to come out as real Arabic) are recognised. Raises E102/E103/E104."""
    if not data.strip():
        raise InputError("E102", "empty input", where)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError("E103", f"binary input ({kind}), not text", where)
    text = _decode(data, where)
    if not text.strip():
        raise InputError("E102", "empty input (only white space)", where)
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls > MAX_CONTROL_SHARE * min(len(text), 100_000):
        raise InputError("E103", f"binary input ({controls} control characters), not text", where)
    return text


def _decode(data: bytes, where: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    "E104", f"invalid {encoding} after its byte-order mark: {exc.reason}", where
                ) from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError("E103", "binary input (NUL bytes), not text", where)
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _legacy_decode(data)
    if text is None:
        raise InputError(
            "E104",
            "unknown text encoding (not UTF-8/UTF-16, and neither cp1256 nor ISO-8859-6 gives Arabic)",
            where,
        )
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark, if ``data`` is that (Arabic or Latin text)."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        plain = sum(
            1
            for c in text
            if (c.isascii() and (c.isprintable() or c in "\t\r\n")) or "\u0600" <= c <= "\u06ff"
        )
        if plain >= 0.9 * len(text):
            return text
    return None


def arabic_plausibility(text: str) -> float:
    """Share of the Arabic words in ``text`` that are common function words or carry ال (0 when
    there are none): high for real Arabic, near zero for text decoded with the wrong code page."""
    words = _ARABIC_WORD.findall(normalize(text[:200_000]))
    if not words:
        return 0.0
    common = _common_words()
    hits = sum(1 for w in words if w in common or (w.startswith("ال") and len(w) > 3))
    return hits / len(words)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(normalize(word) for word in load_lexicon("arabic_common_words"))


def _legacy_decode(data: bytes) -> str | None:
    """Text in a legacy code page: Arabic ones when they give real Arabic, else charset-normalizer's
    guess when it is confident; ``None`` when nothing fits."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:400_000]))
    candidates = list(LEGACY_ARABIC_ENCODINGS)
    candidates += [m.encoding for m in matches[:3] if m.encoding not in candidates]
    best_text, best_score = None, 0.0
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        score = arabic_plausibility(text)
        if score > best_score:
            best_text, best_score = text, score
    if best_text is not None and best_score >= MIN_ARABIC_PLAUSIBILITY:
        return best_text
    if matches and matches[0].chaos <= MAX_CHAOS:
        try:
            return data.decode(matches[0].encoding)
        except (UnicodeDecodeError, LookupError):
            return None
    return None


def _stream_encoding(head: bytes) -> str | None:
    """The codec to stream a JSON file with, from its first bytes; ``None`` when only a whole-file
    look can tell (a legacy code page)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    if b"\x00" in head:
        return None
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return None
    return "utf-8"


# --------------------------------------------------------------------------- JSON and JSONL


def _read_json_stream(
    handle: IO[bytes], where: str, name: str, jsonl: bool | None, max_chars: int
) -> Iterator[Article | InputError]:
    """Records of a JSON (``jsonl=False``), JSONL (``True``) or either (``None``, sniffed) stream."""
    head = handle.read(SNIFF_BYTES)
    if not head.strip():
        yield InputError("E102", "empty input", where)
        return
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            yield InputError("E103", f"binary input ({kind}), not JSON", where)
            return
    encoding = _stream_encoding(head)
    if encoding is None:
        try:
            text = decode_bytes(head + handle.read(), where)
        except InputError as exc:
            yield exc
            return
        chunks: Iterator[str] = iter([text])
    else:
        chunks = _decoded_chunks(head, handle, encoding)
    first, chunks = _peek_nonspace(chunks)
    if first is None:
        yield InputError("E102", "empty input (only white space)", where)
        return
    if jsonl is None:
        jsonl = first != "["
    if jsonl:
        yield from _jsonl_records(chunks, where, name, max_chars)
    elif first == "[":
        yield from _array_records(chunks, where, name, max_chars)
    else:
        yield from _document_records(chunks, where, name, max_chars)


def _decoded_chunks(head: bytes, handle: IO[bytes], encoding: str) -> Iterator[str]:
    """Text chunks of a byte stream; on invalid bytes, the text before them, then the error."""
    decoder = codecs.getincrementaldecoder(encoding)()
    chunk = head
    while chunk:
        pending = decoder.getstate()[0] + chunk
        try:
            yield decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            yield pending[: exc.start].decode(encoding, errors="ignore")
            raise
        chunk = handle.read(CHUNK_BYTES)
    yield decoder.decode(b"", final=True)


def _peek_nonspace(chunks: Iterator[str]) -> tuple[str | None, Iterator[str]]:
    """The first non-space character of the stream, and the stream unchanged."""
    seen: list[str] = []
    try:
        for chunk in chunks:
            seen.append(chunk)
            stripped = chunk.lstrip("\ufeff \t\r\n")
            if stripped:
                return stripped[0], _chain(seen, chunks)
    except UnicodeDecodeError:
        pass
    return None, iter(())


def _chain(first: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from first
    yield from rest


def _array_records(
    chunks: Iterator[str], where: str, name: str, max_chars: int
) -> Iterator[Article | InputError]:
    """Records of a JSON array, decoded one at a time from a stream of text chunks."""
    decoder = json.JSONDecoder()
    buffer, pos, index, eof = "", 0, 0, False
    expect_value = True  # after "[" or ","

    def more() -> bool:
        nonlocal buffer, pos, eof
        if eof:
            return False
        try:
            chunk = next(chunks)
        except StopIteration:
            eof = True
            return False
        buffer, pos = buffer[pos:] + chunk, 0
        return True

    def skip_space() -> str | None:
        nonlocal pos
        while True:
            while pos < len(buffer) and buffer[pos] in " \t\r\n\ufeff":
                pos += 1
            if pos < len(buffer):
                return buffer[pos]
            if not more():
                return None

    try:
        if skip_space() != "[":
            yield InputError("E105", "malformed JSON: expected an array", where)
            return
        pos += 1
        while True:
            char = skip_space()
            if char is None:
                yield InputError(
                    "E105", f"malformed JSON: the array ends early after record {index - 1}", where
                )
                return
            if char == "]" and (index == 0 or not expect_value):
                return
            if not expect_value:
                if char != ",":
                    yield InputError(
                        "E105", f"malformed JSON after record {index - 1}: expected ',' or ']'", where
                    )
                    return
                pos += 1
                expect_value = True
                continue
            while True:
                try:
                    value, end = decoder.raw_decode(buffer, pos)
                    if end < len(buffer) or eof or not more():  # a number may go on in the next chunk
                        break
                except json.JSONDecodeError as exc:
                    if len(buffer) - pos > 4 * max_chars + CHUNK_BYTES or not more():
                        yield InputError(
                            "E105",
                            f"malformed JSON ({exc.msg}); the rest of the file is skipped",
                            f"{where}[{index}]",
                        )
                        return
            pos = end
            yield _record_article(value, f"{where}[{index}]", f"{name}[{index}]", max_chars)
            index += 1
            expect_value = False
    except UnicodeDecodeError as exc:
        yield InputError(
            "E104",
            f"invalid text encoding ({exc.reason}); the rest of the file is skipped",
            f"{where}[{index}]",
        )


def _jsonl_records(
    chunks: Iterator[str], where: str, name: str, max_chars: int
) -> Iterator[Article | InputError]:
    """Records of a JSONL stream, one per non-blank line (errors name the 1-based line)."""
    pending = ""
    lineno = 0
    try:
        for chunk in chunks:
            pending += chunk
            *lines, pending = pending.split("\n")
            for line in lines:
                lineno += 1
                yield from _jsonl_line(line, lineno, where, name, max_chars)
        if pending:
            lineno += 1
            yield from _jsonl_line(pending, lineno, where, name, max_chars)
    except UnicodeDecodeError as exc:
        yield InputError(
            "E104",
            f"invalid text encoding ({exc.reason}); the rest of the file is skipped",
            f"{where}:{lineno + 1}",
        )


def _jsonl_line(
    line: str, lineno: int, where: str, name: str, max_chars: int
) -> Iterator[Article | InputError]:
    line = line.strip().lstrip("\ufeff")
    if not line:
        return
    loc = f"{where}:{lineno}"
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        yield InputError("E105", f"malformed JSON line ({exc.msg}: column {exc.colno})", loc)
        return
    yield _record_article(value, loc, f"{name}:{lineno}", max_chars)


def _document_records(
    chunks: Iterator[str], where: str, name: str, max_chars: int
) -> Iterator[Article | InputError]:
    """A JSON document that is not an array: one record, a wrapper of records, or (by mistake) JSONL."""
    text = "".join(chunks)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects: JSON Lines saved as .json
            yield from _jsonl_records(iter([text]), where, name, max_chars)
        else:
            yield InputError(
                "E105", f"malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno})", where
            )
        return
    if isinstance(value, dict) and not any(f in value for f in TEXT_FIELDS):
        for key in WRAPPER_FIELDS:
            if isinstance(value.get(key), list):
                for index, record in enumerate(value[key]):
                    yield _record_article(
                        record, f"{where}.{key}[{index}]", f"{name}.{key}[{index}]", max_chars
                    )
                return
    yield _record_article(value, where, name, max_chars)


# --------------------------------------------------------------------------- records


def _record_article(value: Any, where: str, fallback_key: str, max_chars: int) -> Article | InputError:
    try:
        return article_from_record(value, where, fallback_key, max_chars=max_chars)
    except InputError as exc:
        return exc


def article_from_record(
    record: Any, where: str, fallback_key: str, *, max_chars: int = DEFAULT_MAX_CHARS
) -> Article:
    """The article of one JSON record (fields ``text``/``content``, optional ``id``, ``url``,
    ``title``, ``source``/``media``, ``published``/``date``, ``date_extracted``, ``author``; other
    fields go to ``metadata``). ``fallback_key`` makes the id when there is neither id nor URL."""
    if not isinstance(record, Mapping):
        raise InputError("E110", f"record is a JSON {type(record).__name__}, not an object", where)
    field = next((f for f in TEXT_FIELDS if f in record), None)
    if field is None:
        raise InputError("E106", f"record has no {' / '.join(repr(f) for f in TEXT_FIELDS)} field", where)
    text = record[field]
    if not isinstance(text, str):
        raise InputError("E106", f"record field {field!r} is a JSON {type(text).__name__}, not text", where)
    if not text.strip():
        raise InputError("E106", f"record field {field!r} is empty", where)
    if len(text) > max_chars:
        raise InputError(
            "E107", f"text of {len(text):,} characters exceeds the limit of {max_chars:,}", where
        )
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise InputError("E103", "record text is binary data (control characters)", where)

    url = _string(record.get("url"))
    given_id = record.get("id")
    if isinstance(given_id, str | int) and not isinstance(given_id, bool) and str(given_id).strip():
        article_id = str(given_id).strip()
    elif url:
        article_id = stable_id(normalize_url(url))
    else:
        article_id = stable_id(fallback_key)

    warnings: list[str] = []
    metadata: dict[str, Any] = {}
    published = None
    for key in PUBLISHED_FIELDS:
        raw_date = record.get(key)
        if raw_date in (None, ""):
            continue
        published = normalize_date(raw_date)
        if published is None:
            warnings.append(f"reader: published date {raw_date!r} not understood")
            metadata["published_raw"] = raw_date
        break
    if "date_extracted" in record and record["date_extracted"] not in (None, ""):
        metadata["date_extracted"] = _string(record["date_extracted"]) or record["date_extracted"]
    used = {field, "date_extracted"}
    media = None
    for key in MEDIA_FIELDS:
        media = _string(record.get(key))
        if media:
            used.add(key)
            break
    for key, value in record.items():
        if key not in KNOWN_FIELDS and key not in used:
            metadata[key] = value
    return Article(
        id=article_id,
        raw=text,
        url=url,
        title=_display_string(record.get("title")),
        media=media,
        author=_display_string(record.get("author")),
        published=published,
        source=where,
        warnings=tuple(warnings),
        metadata=metadata,
    )


def _display_string(value: Any) -> str | None:
    """A metadata field people read (title, author): HTML entities that scrapers leave
    (``&quot;``, ``&amp;``) resolved and white space unified."""
    text = _string(value)
    return " ".join(html.unescape(text).split()) or None if text else None


def _string(value: Any) -> str | None:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def stable_id(key: str) -> str:
    """A 16-hex-digit id that is the same for the same key on every machine and run."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def normalize_url(url: str) -> str:
    """The URL with what does not change the page folded away: scheme (http/https), case of the
    host, ``www.``, default port, fragment, tracking parameters, trailing slash, percent-encoding."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~").rstrip("/") or ""
    query = urlencode(
        sorted(
            (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAM.match(k)
        )
    )
    if not host:
        return url.strip()
    return urlunsplit(("https", host, path, query, ""))


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|[T\s_,])")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})$")


def normalize_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` of a record's date: ISO dates and timestamps, ``DD/MM/YYYY`` (day first, as
    Arabic sites write it, unless the day field cannot be a day), ``YYYYMMDD``, RFC 2822 and Unix
    times (seconds or milliseconds). ``None`` when not understood."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip().translate(_DIGITS)
    candidates: list[tuple[int, int, int]] = []
    if m := _YMD.match(text + " "):
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    elif m := _DMY.match(text + " "):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        candidates += [(year, second, first), (year, first, second)]
    elif m := _COMPACT.match(text):
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    else:
        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    for year, month, day in candidates:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    return None
