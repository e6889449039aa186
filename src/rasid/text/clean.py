"""Cleaning: raw scraped text -> the clean text that every span points into.

:func:`clean_text` keeps the article as written (no letter normalisation) and only removes what a
reader would not count as the article: scraper debris (a lone ``|``, HTML tags and entities,
invisible control characters), web boilerplate lines listed in ``lexicons/boilerplate.tsv``
(share/comment widgets, "اقرأ أيضا" link blocks, copyright, follow-us, photo credits, agency end
markers) and lines that a corpus pre-pass (:func:`learn_boilerplate`) found to recur verbatim
across many articles of one source.
The result is Unicode NFC, with every kind of white space inside a line made one plain space and
one paragraph per line of the raw text, paragraphs separated by exactly one blank line (``"\\n\\n"``).
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from rasid.errors import InputError
from rasid.model import Article, attach
from rasid.resources import load_table
from rasid.text.normalize import normalize

if TYPE_CHECKING:
    from rasid.pipeline import Options

PARAGRAPH_BREAK = "\n\n"

# A word of a raw line as a lead rule compares it: a run of non-space characters.
_RAW_WORD = re.compile(r"\S+")

# Lines longer than this are article prose, never compared with boilerplate rules or learned lines.
MAX_BOILERPLATE_WORDS = 25
# A "prefix" rule ("تابعونا على …", "تصوير: …") only applies to a line this short.
MAX_PREFIX_WORDS = 12
# A link line after a "اقرأ أيضا" header: short and not ending a sentence.
MAX_LINK_WORDS = 15
MAX_LINKS_PER_BLOCK = 8

# learn_boilerplate thresholds, tuned on SaudiNewsNet (31,030 articles, 14 sources): every line
# recurring in >= 3 distinct articles of one source was listed and judged by hand. At 3-4 articles
# genuine sub-headings and prose mix with bylines; from 5 articles on (and >= 0.1% of the source)
# nearly all are bylines ("عين اليوم – متابعات"), columnists' e-mails and SMS footers, syndication
# credits and series link lists, apart from recurring report sub-headings ("أداء الأسهم") and
# ordinal list markers. Two guards keep the content that also recurred: lines with a digit are
# never learned (SPA datelines carry the date and place), and a line ending a sentence
# ("وقد أعد مرسوم ملكي بذلك.", 5 articles) needs SENTENCE_FACTOR times the threshold.
MIN_ARTICLES = 5
MIN_SHARE = 0.001
SENTENCE_FACTOR = 4

_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
# Invisible characters that scrapers leave behind: C0/C1 controls (not \t \n), zero-width space,
# LRM/RLM/ALM, bidi embeddings and isolates, word joiner, BOM, soft hyphen.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff\u00ad]"
)
# HTML left in scraped text: block tags end a paragraph, inline tags go, entities are decoded;
# Cloudflare's e-mail protection leaves an empty "/* */" script comment behind.
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|tr|table)\b[^<>]{0,200}>", re.I
)
_INLINE_TAG = re.compile(r"</?(?:a|span|strong|b|i|em|u|font|img|sup|sub|small|td|th)\b[^<>]{0,300}>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_SCRIPT_DEBRIS = re.compile(r"\s*/\*\s*\*/")
_SPACES = re.compile(r"[^\S\n]+")  # any white space but the line break (tabs, NBSP, thin spaces …)
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_LEADING_PUNCT = re.compile(r"^[\W_]+")
_TERMINAL = frozenset(".!?؟…:")
_SENTENCE_END = frozenset(".!?…")  # as in matching keys, where ؟ is folded to ?


@dataclass(frozen=True)
class BoilerplateRules:
    """The rules of ``lexicons/boilerplate.tsv``, compiled (keys are normalised)."""

    lines: frozenset[str]
    prefixes: tuple[str, ...]
    pattern: re.Pattern[str] | None
    blocks: frozenset[str]
    leads: tuple[tuple[str, ...], ...] = ()

    def without_lead(self, line: str) -> str:
        """The line without a widget glued to its start (a ``lead`` rule: its words, compared by their
        matching keys), the article's own words after it kept as written; else the line unchanged."""
        for lead in self.leads:
            words = list(islice(_RAW_WORD.finditer(line), len(lead)))
            if len(words) == len(lead) and all(
                _bare(normalize(w.group())) == key for w, key in zip(words, lead, strict=True)
            ):
                return line[words[-1].end() :].lstrip()
        return line

    def matches(self, key: str, bare: str) -> bool:
        """Whether a line with matching key ``key`` (``bare``: without edge punctuation) is boilerplate."""
        if bare in self.lines:
            return True
        if len(key.split()) <= MAX_PREFIX_WORDS:
            lead = _LEADING_PUNCT.sub("", key)
            if self.prefixes and lead.startswith(self.prefixes):
                return True
            if any(lead.startswith(block) for block in self.blocks):
                return True  # "اقرأ أيضا: <link title>" on one line
        return bool(self.pattern and self.pattern.fullmatch(key))


@lru_cache(maxsize=1)
def boilerplate_rules() -> BoilerplateRules:
    """The shipped boilerplate lexicon, loaded once."""
    lines, prefixes, patterns, blocks, leads = set(), [], [], set(), []
    for kind, pattern in load_table("boilerplate"):
        if kind == "regex":
            patterns.append(f"(?:{pattern})")
            continue
        key = _bare(normalize(pattern))
        if kind == "line":
            lines.add(key)
        elif kind == "prefix":
            prefixes.append(_LEADING_PUNCT.sub("", normalize(pattern)))
        elif kind == "block":
            blocks.add(key)
        elif kind == "lead":
            leads.append(tuple(_bare(normalize(word)) for word in pattern.split()))
        else:
            raise ValueError(f"boilerplate.tsv: unknown rule kind {kind!r}")
    pattern = re.compile("|".join(patterns)) if patterns else None
    return BoilerplateRules(frozenset(lines), tuple(prefixes), pattern, frozenset(blocks), tuple(leads))


def _bare(key: str) -> str:
    return _EDGE_PUNCT.sub("", key)


def line_key(line: str) -> str:
    """The key under which a line is compared with boilerplate: its normalised form."""
    return normalize(line)


def split_lines(raw: str) -> list[str]:
    """The lines of ``raw``: HTML tags and entities resolved, invisible characters removed, white
    space made single spaces, then NFC (last, so that marks a removal brings together are put
    in canonical order)."""
    text = _LINE_BREAKS.sub("\n", raw)
    if "<" in text or "&" in text or "/*" in text:
        text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", text))
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), _SCRIPT_DEBRIS.sub("", text))
    text = _INVISIBLE.sub("", text)
    return [unicodedata.normalize("NFC", _SPACES.sub(" ", line).strip()) for line in text.split("\n")]


def _is_debris(line: str) -> bool:
    """A line with no letter or digit at all (``|``, ``***``, ``- -``) carries no content."""
    return not any(char.isalnum() for char in line)


def _learnable(line: str) -> bool:
    """A line that may be learned as boilerplate: short, with letters and no digit."""
    return (
        bool(line)
        and len(line.split()) <= MAX_BOILERPLATE_WORDS
        and not _is_debris(line)
        and not any(char.isdigit() for char in line)
    )


def _is_link_line(line: str) -> bool:
    return len(line.split()) <= MAX_LINK_WORDS and line[-1] not in _TERMINAL


def clean_text(raw: str, learned: frozenset[str] = frozenset()) -> tuple[str, int]:
    """``(clean text, number of non-empty lines removed)`` for a raw article; ``learned`` holds the
    matching keys of lines learned as boilerplate for the article's source."""
    rules = boilerplate_rules()
    kept: list[str] = []
    removed = 0
    links_left = 0  # link lines still to drop after a "اقرأ أيضا" header
    for line in split_lines(raw):
        if line and rules.leads:
            line = rules.without_lead(line)
        if not line:
            continue
        if _is_debris(line):
            removed += 1
            continue
        if len(line.split()) <= MAX_BOILERPLATE_WORDS:
            key = line_key(line)
            bare = _bare(key)
            if links_left and _is_link_line(line):
                links_left -= 1
                removed += 1
                continue
            links_left = 0
            if bare in rules.blocks:
                links_left = MAX_LINKS_PER_BLOCK
                removed += 1
                continue
            if rules.matches(key, bare) or key in learned:
                removed += 1
                continue
        links_left = 0
        kept.append(line)
    return PARAGRAPH_BREAK.join(kept), removed


def clean_stage(article: Article, options: Options) -> Article:
    """The "clean" stage: ``article.raw`` -> ``article.text`` (see :func:`clean_text`)."""
    learned = options.boilerplate.get(article.media, frozenset()) if article.media else frozenset()
    text, removed = clean_text(article.raw, learned)
    changes: dict = {"text": text}
    if removed:
        changes["metadata"] = {**article.metadata, "removed_lines": removed}
    if not text:
        reason = "nothing is left once boilerplate is removed" if article.raw.strip() else "no text"
        raise InputError("E106", reason, article.source or article.id)
    return attach(article, **changes)


def learn_boilerplate(
    records: Iterable[tuple[str | None, str]],
    min_articles: int = MIN_ARTICLES,
    min_share: float = MIN_SHARE,
) -> dict[str, frozenset[str]]:
    """Lines that recur verbatim across many articles of one source, from ``(media, raw)`` pairs.

    A line is boilerplate for a source when at least ``min_articles`` distinct articles of it, and
    at least ``min_share`` of them, contain it; duplicate articles count once, records without a
    media name are skipped. Returns ``{media: matching keys}`` for :attr:`Options.boilerplate`.
    """
    seen: set[tuple[str, bytes]] = set()
    articles: Counter[str] = Counter()
    line_counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for media, raw in records:
        if not media or not raw:
            continue
        digest = hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if (media, digest) in seen:
            continue
        seen.add((media, digest))
        articles[media] += 1
        keys = {line_key(line) for line in split_lines(raw) if _learnable(line)}
        line_counts[media].update(keys)
    learned: dict[str, frozenset[str]] = {}
    for media, counts in line_counts.items():
        threshold = max(min_articles, min_share * articles[media])
        lines = frozenset(
            key
            for key, count in counts.items()
            if count >= (threshold * SENTENCE_FACTOR if key[-1] in _SENTENCE_END else threshold)
        )
        if lines:
            learned[media] = lines
    return learned
