"""The speaker of «قال مصدر/باحث/زعماء … إن»: an indefinite description as the verb's subject.

Arabic news introduces an unnamed source by an indefinite noun right after the reporting verb, its
qualifiers after it (a nisba, a prepositional phrase, a clause describing it) and then the
complement: «وقال باحث مصري في شؤون الحركات الإسلامية إن …». No name follows, so the source is the
whole description (docs/quotes-annotation.md §8: "unnamed sources as written, with their qualifiers
as first given"), up to what says when or to whom it spoke (a time adverbial, «لرويترز») or a
relative clause about its last noun («… في الحزب الذي يهيمن على …»). The rules keep a part of such a
description (the nisba alone, the head alone) or run on into the time adverbial; this pass, run after
the ranker, puts the whole description back when the rules' speaker is a piece of it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rasid.model import Article, Quote, Span, Speaker, attach
from rasid.resources import load_lexicon, load_table
from rasid.text.normalize import word_key

# Most words a description holds between the verb and its complement («مصدر أمني رفيع المستوى في
# وزارة الداخلية بالعاصمة» has 8); set from the annotation guide's longest examples, not tuned.
MAX_WORDS = 12
_WORD = re.compile(r"[^\s:«»\"“”()\[\]؛;،,.؟?!]+|[:«»\"“”()\[\]؛;،,.؟?!]")
_COMPLEMENTS = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم"})
_OPENING = frozenset({":", "«", '"', "“"})
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
_TIME_AFTER_FI = frozenset({"وقت", "ساعه", "ساعات", "اثناء", "حينه"})


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """(source heads, role heads): indefinite nouns that open an unnamed source (``unnamed_sources``
    and ``indefinite_source_heads``) and role nouns (``speaker_roles``, ``descriptive_titles``) that
    open one only with an indefinite qualifier after them («وزير سوري», not «وزير الخارجية»)."""
    sources = frozenset(word_key(w) for w in load_lexicon("unnamed_sources") + load_lexicon("indefinite_source_heads"))
    roles = frozenset(word_key(w) for w in load_lexicon("speaker_roles") + load_lexicon("descriptive_titles"))
    return sources, roles - sources


@cache
def _time_words() -> frozenset[str]:
    """Words that say when the source spoke: weekdays, months, اليوم/أمس …, and the first words of
    the multi-word time adjuncts (العام الماضي)."""
    words = {row[0] for name in ("weekdays", "months") for row in load_table(name) if row}
    words |= {"اليوم", "أمس", "امس", "غدا", "الليلة", "صباح", "مساء", "ظهر", "فجر", "حاليا", "مؤخرا", "سابقا"}
    words |= {entry.split()[0] for entry in load_lexicon("quote_time_adjuncts")}
    return frozenset(word_key(w) for w in words)


@cache
def _stops() -> frozenset[str]:
    """Words that end a description: ``description_stops`` (the source's wish to stay unnamed)."""
    return frozenset(word_key(w) for w in load_lexicon("description_stops"))


def _description(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The description between a reporting verb ending at ``start`` and its content at ``end``, if the
    words there are an indefinite source and its qualifiers closed by a complement, colon or mark."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    if not words or len(words) > MAX_WORDS + 4:
        return None
    sources, roles = _heads()
    head = word_key(words[0][2])
    if head.startswith("ال") or (head not in sources and head not in roles):
        return None
    if head not in sources and (len(words) < 2 or word_key(words[1][2]).startswith("ال")):
        return None  # «وزير الخارجية»: a definite title, resolved to its bearer elsewhere
    stop = len(words)
    for k in range(1, len(words)):
        word = words[k][2]
        key = word_key(word)
        after = word_key(words[k + 1][2]) if k + 1 < len(words) else ""
        if (
            key in _COMPLEMENTS
            or word in _OPENING
            or key in _RELATIVES
            or key in _time_words()
            or key in _stops()
            or (key == "في" and after in _TIME_AFTER_FI)
            or word.startswith("لـ")
            or not re.match(r"\w", word)
        ):
            stop = k
            break
    if stop == len(words) or stop > MAX_WORDS:
        return None
    # (everything after the description up to the content is the complement, a time or an addressee)
    return words[0][0], words[stop - 1][1]


def _rules_took_a_piece(quote: Quote, span: tuple[int, int]) -> bool:
    """Whether the quotation has no speaker or one whose mention lies in or runs on past ``span``."""
    speaker = quote.speaker
    if speaker is None:
        return True
    mention = speaker.mention
    if mention is None:
        return False
    return span[0] <= mention.start < span[1] and (mention.start, mention.end) != span


def with_indefinite_descriptions(article: Article) -> Article:
    """The article with each quotation whose verb's subject is an indefinite description, and whose
    speaker the rules took as a piece of it, given the whole description as an unnamed source."""
    text = article.text
    persons = [(e.start, e.end) for e in article.entities if e.label == "PER"]
    quotes = list(article.quotes)
    changed = False
    for qi, quote in enumerate(quotes):
        cue = quote.cue
        if cue is None or quote.start <= cue.end or quote.start - cue.end > 200:
            continue
        span = _description(text, cue.end, quote.start)
        if span is None or not _rules_took_a_piece(quote, span):
            continue
        if any(span[0] < s < span[1] for s, _ in persons):
            continue  # a name in the phrase: the named person speaks (one at the head is the phrase tagged)
        kind = quote.speaker.type if quote.speaker and quote.speaker.type in ("unnamed", "group") else "unnamed"
        phrase = Span.of(text, *span)
        quotes[qi] = replace(quote, speaker=Speaker(phrase.text, kind, None, phrase))  # type: ignore[arg-type]
        changed = True
    return attach(article, quotes=quotes) if changed else article
