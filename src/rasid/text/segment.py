"""Segmentation: paragraphs and headings, sentences and tokens, all as offsets into the clean text.

* Paragraphs are the non-empty lines of the text. A short line without final punctuation that is
  followed by a longer paragraph is a ``heading`` (a sub-heading such as "محادثات إسطنبول").
* Sentences never cross a paragraph. A sentence ends after ``. ! ? ؟ …`` (and any closing quote or
  bracket right after them), but not inside a quotation or bracket pair (“…” «…» "…" (…)), not
  after an abbreviation or initial (د. أ.د. ص.ب.), not after a list number (``1.``), and never at
  ``، ؛ :`` (so not after "وأضاف:"). A paragraph without final punctuation is still one sentence.
  Each heading is one sentence.
* Tokens are words, numbers, URLs/e-mails and single punctuation marks (see :func:`tokenize`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from rasid.model import Article, Paragraph, Sentence, Token, attach
from rasid.resources import load_lexicon, load_table
from rasid.text.normalize import normalize

if TYPE_CHECKING:
    from rasid.pipeline import Options

# A heading is at most this long; tuned by hand on the sample's "محادثات إسطنبول" and on the
# sub-headings of SaudiNewsNet reports ("أداء القطاعات", "التحليل الفني"), none longer than 10 words,
# while one-line paragraphs without final punctuation are mostly longer than 12 words.
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 90

# A stop glued to the next word ("الأمل.هناك") ends a sentence only after a word this long, so
# that glued initials (إي.إل) do not; two-letter Arabic words rarely end a sentence.
MIN_GLUED_WORD = 3

# A quotation closed without a stop ends its sentence before a new attribution clause only when
# it is a statement of at least this many words; shorter ones are quoted names and terms (judged on
# a sample of SaudiNewsNet paragraphs: «تويتر» وبين …, «مروعة وعشوائية» واستنكرت …).
MIN_QUOTATION_WORDS = 3

# Parts of a byline/dateline between dashes are names and places of at most this many words.
BYLINE_PART_WORDS = 3
_DASH = re.compile(r"\s*[–—]\s*|\s+[-ـ]\s*|\s*[-ـ]\s+")

TERMINALS = frozenset(".!?؟…‼⁇⁈⁉۔")
OPENING_QUOTES = frozenset("“„‟«‹〝")
CLOSING_QUOTES = frozenset("”»›〞")
SYMMETRIC_QUOTES = frozenset('"＂')
QUOTES = OPENING_QUOTES | CLOSING_QUOTES | SYMMETRIC_QUOTES
BRACKETS = {"(": ")", "[": "]", "{": "}", "﴾": "﴿"}
CLOSING_BRACKETS = {close: open_ for open_, close in BRACKETS.items()}
# What may stand right before an opening quote (besides white space): brackets, the cue's colon
# or comma, a tatweel or dash joined to a preposition (بـ”الإرادة), another quote.
_OPEN_CONTEXT = frozenset("([{﴾:،,؛;ـ-–—/") | QUOTES
# What may stand right after a closing quote (besides white space).
_CLOSE_CONTEXT = frozenset(")]}﴿.،,؛;:!?؟…-–—/") | QUOTES
_HEADING_END = TERMINALS | frozenset(":،,؛;")
_YEAR_MARKS = frozenset({"م", "ه", "ق.م"})  # keys of م. هـ. ق.م. after a year

_LINES = re.compile(r"[^\n]+")
_PAIR_MARKS = QUOTES | set(BRACKETS) | set(CLOSING_BRACKETS)
_PAIR_MARK = re.compile("[" + re.escape("".join(sorted(_PAIR_MARKS))) + "]")
# A stop with what may follow it inside the sentence: more stops, closing quotes and brackets.
_STOP_RUN = re.compile(
    "[" + re.escape("".join(sorted(TERMINALS))) + "]"
    "[" + re.escape("".join(sorted(TERMINALS | CLOSING_QUOTES | set(CLOSING_BRACKETS)))) + "]*"
    "(?:(?<=\\S)[" + re.escape("".join(sorted(QUOTES))) + "])*"
)
_NEXT_WORD = re.compile(r"\s+([^\s:،,؛«»“”\"(]+)")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]")

_MARKS = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
_URL = r"(?:https?://|www\.)[^\s\"“”«»<>()]*[^\s\"“”«»<>().,،؛:!?؟]"
_EMAIL = r"[\w.+-]++@[\w-]+(?:\.[\w-]+)+"
_PLAIN_TOKEN = (
    r"\d+(?:[.,٫٬:/]\d+)+"  # number with separators: 1.5  3,000  19:23  18/2
    rf"|[\w{_MARKS}]+(?:[.,٫٬]\d+)*"  # word: letters, digits, _, tashkeel, tatweel, joiners
    r"|\.{2,}|[!?؟]+"  # runs of dots, ?! marks
    r"|\S"  # any other single mark
)
# Trying the URL and e-mail patterns at every word costs half the time, so they are only part
# of the pattern used for a text that has "@" or a link in it.
_TOKEN = re.compile(f"{_URL}|{_EMAIL}|{_PLAIN_TOKEN}")
_PLAIN = re.compile(_PLAIN_TOKEN)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Whitespace/punctuation tokens of ``text[start:end]`` with offsets into ``text``.

    A token is a URL, an e-mail address, a number with separators (``1.5``, ``19:23``), a word
    (letters and digits with their tashkeel and tatweel; clitics stay attached: ``وبالتأكيد``), a
    run of dots or of ``!?؟``, or any other single character. One compiled regex, no copies;
    about 300,000 tokens a second on one core (most of it building the Token objects).
    """
    end = len(text) if end is None else end
    piece = text[start:end] if start or end != len(text) else text
    plain = "@" not in piece and "://" not in piece and "www." not in piece
    pattern = _PLAIN if plain else _TOKEN
    return [Token(*m.span()) for m in pattern.finditer(text, start, end)]


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Matching keys (without the final dot) of the shipped abbreviation lexicon."""
    return frozenset(normalize(entry).rstrip(".") for entry in load_lexicon("abbreviations"))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-empty line of ``text``, outer white space excluded."""
    spans = []
    for match in _LINES.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _is_heading_shape(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    return (
        len(line) <= HEADING_MAX_CHARS
        and len(line.split()) <= HEADING_MAX_WORDS
        and line[-1] not in _HEADING_END
        and line[-1] not in CLOSING_QUOTES | SYMMETRIC_QUOTES
        and any(char.isalpha() for char in line)
        and not _is_byline(line)
    )


def _is_byline(line: str) -> bool:
    """A byline or dateline ("عين اليوم – الرياض", "خالد علي - جدة"): short parts between dashes."""
    parts = _DASH.split(line)
    return len(parts) > 1 and all(0 < len(part.split()) <= BYLINE_PART_WORDS for part in parts)


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of ``text``; a short unpunctuated line before a longer paragraph is a heading."""
    spans = paragraph_spans(text)
    result = []
    for i, (start, end) in enumerate(spans):
        kind = "paragraph"
        if i + 1 < len(spans) and _is_heading_shape(text, start, end):
            next_start, next_end = spans[i + 1]
            if next_end - next_start > end - start and not _is_heading_shape(text, next_start, next_end):
                kind = "heading"
        result.append(Paragraph(start, end, kind))
    return result


def quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost matched quotation and bracket pairs in ``text[start:end]`` as ``(open, close)``
    offsets of the two marks. Whether a mark opens or closes is read from its neighbours (so a
    reversed » or a ” used as an opener still pair up); unmatched marks are ignored."""
    stack: list[tuple[int, str]] = []
    regions: list[tuple[int, int]] = []
    for match in _PAIR_MARK.finditer(text, start, end):
        i = match.start()
        char = text[i]
        if char in BRACKETS:
            stack.append((i, char))
            continue
        if char in CLOSING_BRACKETS:
            want = CLOSING_BRACKETS[char]
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][1] == want:
                    _close(stack, depth, i, regions)
                    break
            continue
        if char not in QUOTES:
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        can_open = (before.isspace() or before in _OPEN_CONTEXT) and not after.isspace()
        can_close = (after.isspace() or after in _CLOSE_CONTEXT) and not before.isspace()
        open_quote = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][1] in QUOTES), None)
        if can_open == can_close:  # ambiguous context: the mark's own direction decides
            can_open, can_close = char in OPENING_QUOTES, char in CLOSING_QUOTES
            if char in SYMMETRIC_QUOTES:
                can_open, can_close = open_quote is None, open_quote is not None
        if can_close and open_quote is not None:
            _close(stack, open_quote, i, regions)
        elif can_open:
            stack.append((i, char))
    regions.sort()
    outer: list[tuple[int, int]] = []
    for region in regions:
        if outer and region[1] <= outer[-1][1]:
            continue
        outer.append(region)
    return outer


def _close(stack: list[tuple[int, str]], depth: int, close: int, regions: list[tuple[int, int]]) -> None:
    regions.append((stack[depth][0], close))
    del stack[depth:]


def _word_before(text: str, start: int, end: int) -> str:
    """The non-space run that ends at ``end`` (not before ``start``), opening marks stripped."""
    i = end
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:end].lstrip("".join(BRACKETS) + "".join(QUOTES))


def is_abbreviation(text: str, sent_start: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation, an initial or a list number."""
    word = _word_before(text, sent_start, dot)
    if not word:
        return False
    key = normalize(word)
    if key in abbreviations():
        return True
    letters = key.replace(".", "")
    if len(letters) == 1 and letters.isalpha():  # an initial or a dotted abbreviation: د. ص.ب.
        if key in _YEAR_MARKS:
            before = dot - len(word)
            while before > sent_start and text[before - 1].isspace():
                before -= 1
            if normalize(_word_before(text, sent_start, before))[-1:].isdigit():
                return False  # 1436 هـ. / 2015 م. ends a sentence
        return True
    if "." in key and all(len(part) <= 2 for part in key.split(".")):
        return True  # dotted initials written together: ج.م.ع  U.S
    # a list number or letter opening the sentence: "1." "2-" "أ."
    return text[sent_start:dot].strip().isdigit()


def _sentence_ends(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets (exclusive) where a sentence ends inside the paragraph ``text[start:end]``."""
    regions = quoted_regions(text, start, end)
    region_starts = [open_ for open_, _ in regions]
    after_quotes = _attribution_after_quote(text, start, end, regions)
    sent_start = start
    for match in _STOP_RUN.finditer(text, start, end):
        first, boundary = match.span()
        while after_quotes and after_quotes[0] <= first:
            yield after_quotes[0]
            sent_start = _skip_space(text, after_quotes.pop(0), end)
        if boundary >= end:
            break
        k = bisect.bisect_right(region_starts, first) - 1
        if k >= 0 and regions[k][1] >= boundary:
            continue  # inside a quotation or brackets
        if text[first] == "." and boundary == first + 1 and is_abbreviation(text, sent_start, first):
            continue
        if not _starts_sentence(text, boundary, end, first):
            continue
        yield boundary
        sent_start = _skip_space(text, boundary, end)
        after_quotes = [b for b in after_quotes if b > boundary]
    yield from after_quotes


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _attribution_after_quote(text: str, start: int, end: int, regions: list[tuple[int, int]]) -> list[int]:
    """Ends of quotations closed without a stop and followed by a new attribution clause
    ("… أصناما» وشدد «…»", "…» وقال …"): a reader starts a new sentence there."""
    openers = attribution_openers()
    ends = []
    for open_, close in regions:
        if text[close] not in QUOTES or not text[start:open_].strip():
            continue
        if len(text[open_ + 1 : close].split()) < MIN_QUOTATION_WORDS:
            continue  # a quoted name or term («تويتر» وبين …), not a statement
        match = _NEXT_WORD.match(text, close + 1, end)
        if match and normalize(match.group(1)) in openers:
            ends.append(close + 1)
    return ends


@lru_cache(maxsize=1)
def attribution_openers() -> frozenset[str]:
    """Matching keys of past reporting verbs with the prefix و (وقال، وأضاف، وشدد), read from the
    quotation cue lexicon ``lexicons/reporting_verbs.tsv``. Not ف: after أما it continues the
    sentence (أما صحيفة «وول ستريت جورنال» فأشارت …)."""
    return frozenset(
        normalize(row[0])
        for row in load_table("reporting_verbs")
        if len(row) > 2 and row[2] == "past" and row[0].startswith("و")
    )


def _starts_sentence(text: str, boundary: int, end: int, stop: int) -> bool:
    """Whether a new sentence may begin after a stop that ends at ``boundary``."""
    j = boundary
    while j < end and text[j].isspace():
        j += 1
    if j == end:
        return False
    following = text[j]
    if j == boundary:  # no space after the stop: only "الأمل.هناك" (Arabic letter after . ! ؟)
        after = text[boundary:end].split(None, 1)[0]
        return (
            bool(_ARABIC_LETTER.match(following))
            and text[stop] in ".!؟?"
            and boundary - stop == 1
            and len(_word_before(text, 0, stop)) >= MIN_GLUED_WORD
            and "." not in after  # a chain of initials: إي.إل.
        )
    if following in _CLOSE_CONTEXT - QUOTES or following in CLOSING_BRACKETS:
        return False  # "… إلخ. )" or a comma: the sentence goes on
    # Latin text continuing in lower case after an abbreviation ("approx. two") goes on too
    return not (following.isalpha() and following.isascii() and following.islower())


def sentences(text: str, paras: list[Paragraph] | None = None) -> list[Sentence]:
    """The sentences of ``text``, each inside one paragraph (``paragraph`` is its index)."""
    paras = paragraphs(text) if paras is None else paras
    result = []
    for index, para in enumerate(paras):
        if para.kind == "heading":
            result.append(Sentence(para.start, para.end, index))
            continue
        start = para.start
        for boundary in _sentence_ends(text, para.start, para.end):
            stop = boundary
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            result.append(Sentence(start, stop, index))
            start = boundary
            while start < para.end and text[start].isspace():
                start += 1
        if start < para.end:
            result.append(Sentence(start, para.end, index))
    return result


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text`` (a convenience over :func:`sentences`)."""
    return [(s.start, s.end) for s in sentences(text)]


def segment_stage(article: Article, options: Options) -> Article:
    """The "segment" stage: paragraphs (with headings), sentences and tokens of ``article.text``."""
    paras = paragraphs(article.text)
    return attach(
        article,
        paragraphs=paras,
        sentences=sentences(article.text, paras),
        tokens=tokenize(article.text),
    )
