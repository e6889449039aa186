"""An unnamed source or group cut before its prepositional qualifier gets the qualifier back.

The guide names unnamed sources and groups "as written, with their qualifiers as first given"
(docs/quotes-annotation.md §8: «مصادر مطلعة في الوزارة»، «عدد من أهالي الحي»). The rules often
stop such a speaker at its head or adjective («وقال مسؤولون [في وزارة الدفاع] إن …»، «وأعلن
ناشطون [في المدينة]، أمس، أن …»). Round 85's census of cut-short speakers found about 200 that lose
a prepositional or relative qualifier, and round 86's count of the open errors (read, analysis,
prev, new) found about 110 unnamed or group speakers whose missing tail opens on a preposition.

This pass, run after the indefinite-description pass, reads the words between such a speaker's
mention (written after its cue, at most three words; also a person-typed mention that opens on an
indefinite description head and holds no person's name, «نشطاء»، «نائب سفير …») and the quotation's
content. When they open on a qualifying preposition (في، من، لدى، على، عن, or a joined بـ before a
body, a region noun or a named place) and the qualifier then runs without punctuation to the
complement (إن، أن، بأن، فإن), a colon or opening mark, or one of the cue's own adverbials (أمس،
لوكالة …، الجمعة), the qualifier joins the speaker. Nothing is taken past a relative, a time or
occasion after في/على («في وقت سابق»، «في تغريدة»، «على هامش»), «إلى», a figure, or the verb's own
preposition before the complement («حذر … من أن»); «في» after a definite head says in what it was
said, and من/على/عن are kept only when a complement closes them («كشف خبراء عن …»).

Round 86 (from-cache, right speakers against main 26e58e8): read +3, check 0, analysis +5, fresh 0,
prev +5, new +1; matched and detection unchanged; 20 of 7,504 articles differ.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rasid.extract.indefinite_source import (
    _COLON_OR_OPENING,
    _MARKS,
    _TIME_AFTER_FI,
    _TO,
    _VERB_PREPOSITIONS,
    _WORD,
    _bare,
    _complement,
    _object_verbs,
    _qualified_heads,
    _statement_nouns,
    _stops,
    source_heads,
)
from rasid.extract.quotes import RELATIVES, org_head_word
from rasid.model import Article, Quote, Span, Speaker, attach
from rasid.resources import load_lexicon, load_table
from rasid.text.normalize import word_key

# Most words a qualifier may hold («في وزارة الخارجية الأمريكية بالعاصمة واشنطن» has 6); set from
# the longest tails in the round 86 count of cut-short speakers, not tuned.
MAX_QUALIFIER_WORDS = 8
# Prepositions that open a qualifier of an unnamed source or group written apart («مصادر في …»،
# «شهود من …»، «خبراء لدى …»، «مطلعة على …»، «المدافعون عن …»); a joined بـ is read from the word.
_OPENERS = frozenset(word_key(w) for w in ("في", "من", "لدى", "على", "عن"))
# Of those, the ones a reporting verb also takes before what was said («كشف … عن»، «أكد … على»،
# «حذر … من»): a qualifier opened by one of them is kept only when a complement closes it.
_VERB_OWN = frozenset(word_key(w) for w in ("من", "على", "عن"))
_FI = word_key("في")
# The reflexive noun: «عرّف عن نفسه» is a verb's complement, no qualifier of a source.
_REFLEXIVE = word_key("نفس")
# Most words of the rules' mention for its qualifier to be looked for: a head and its adjectives
# («مصدر ثان مقرب»، «عدد من المواطنين»); a longer one already holds a clause or a qualifier of its
# own (read off the round 86 count of cut-short speakers, not tuned).
MAX_MENTION_WORDS = 3
# Most words of a mention the rules read past a second joined place for it to keep its end
# («… ورئاسة هيئة الأركان [العامة في اليمن]» has 3); set from that one case, not tuned.
MAX_MENTION_TAIL = 4


@cache
def _after_fi_stops() -> frozenset[str]:
    """Words after «في» that say when or how the source spoke: ``qualifier_occasion_words``,
    ``statement_occasion_nouns``, the month names and the time nouns (وقت، أثناء)."""
    months = {word_key(row[0]) for row in load_table("months") if row}
    return (
        frozenset(word_key(w) for w in load_lexicon("qualifier_occasion_words"))
        | _statement_nouns()
        | _TIME_AFTER_FI
        | months
    )


def _occasion(key: str) -> bool:
    """Whether a word after «في» says when or how the source spoke, with or without ال («في
    تغريدة»، «في الرسالة»)."""
    stops = _after_fi_stops()
    return key in stops or (key.startswith("ال") and key[2:] in stops)


@cache
def _region_nouns() -> frozenset[str]:
    """Keys of the ``source_region_nouns`` (منطقة، محافظة، مدينة) without ال."""
    return frozenset(word_key(w).removeprefix("ال") for w in load_lexicon("source_region_nouns"))


def _opens(key: str, after: str, definite: bool, named: bool) -> bool:
    """Whether ``key`` (``after`` the word after it) opens a qualifier of a mention (opening on a
    ``definite`` head or not): a qualifying preposition (but «في» before a time or an occasion, «في
    وقت سابق»، «في تصريح», and «في» after a definite head, «المتظاهرون في هتافاتهم»: when, where or
    in what it was said; round 77's count found the same) or a noun with a joined بـ («بالشرطة»،
    «بقاعدة طبرق», not «بأن»), when the noun is a body, a region noun or the start of a named body or
    place (``named``): «بالتزامن مع …» says when."""
    if key == _FI:
        return not definite and not _occasion(after)
    if key in _OPENERS:
        return not _occasion(after)  # («على هامش الندوة»: where it was said)
    if not key.startswith("ب") or len(key) <= 3 or _complement(key) or key in _stops():
        return False
    bare = key[1:]
    return named or org_head_word(bare) is not None or bare.removeprefix("ال") in _region_nouns()


@cache
def _ends_at_stop(key: str, word: str) -> bool:
    """Whether a word ends the qualifier as one of the cue's own adjuncts: a time or manner adverb,
    an addressee (لوكالة، لـ«…»), the source's wish to stay unnamed (``_stops``)."""
    return key in _stops() or word.startswith("لـ") or key.startswith('ل"')


def qualifier_end(
    text: str, start: int, end: int, definite: bool = False, named_at: frozenset[int] = frozenset()
) -> int | None:
    """The end of a prepositional qualifier that opens at ``start`` (the end of a speaker's mention,
    whose head is ``definite`` or not) and runs on to the complement, a colon or mark,
    punctuation or a cue adjunct before ``end`` (the content's start); None when the words there
    are no such qualifier. ``named_at``: the starts of the named bodies and places there."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    if len(words) < 2:
        return None
    keys = [word_key(w[2]) for w in words]
    named = any(words[0][0] <= at < words[1][1] for at in named_at)
    if not _opens(keys[0], keys[1], definite, named):
        return None
    stop = None
    for k, (_s, _e, word) in enumerate(words):
        key = keys[k]
        if k and (word in _COLON_OR_OPENING or not re.match(r"\w", word) or _complement(key)):
            stop = k
            break
        if k and _ends_at_stop(key, word):
            stop = k
            break
        if key in RELATIVES or key in _TO or key[:1].isdigit() or key.startswith(_REFLEXIVE):
            return None  # (a clause, the verb's «إلى», a figure, «عن نفسه»: no plain qualifier)
        if k and key in _OPENERS and k + 1 < len(words) and _occasion(keys[k + 1]):
            stop = k
            break
    if stop is None or stop > MAX_QUALIFIER_WORDS:
        return None
    if keys[0] in _VERB_OWN and not _complement(keys[stop]):
        return None  # («كشف خبراء عن ارتفاع …»: the verb's own preposition and its object)
    if keys[stop - 1] in _VERB_PREPOSITIONS or keys[stop - 1] in _OPENERS:
        stop -= 1  # («حذر مسؤول في الوزارة من أن»: the verb's own preposition)
    if stop < (1 if keys[0] not in _OPENERS else 2):
        return None  # (a preposition without its noun; a joined «بـ» noun stands alone)
    return words[stop - 1][1]


def _as_written(speaker: Speaker) -> bool:
    """Whether the speaker's name is its mention as written (marks and spacing aside): a phrase the
    rules read at the cue, not a name resolved elsewhere."""
    mention = speaker.mention
    return mention is not None and " ".join(_MARKS.sub(" ", mention.text).split()) == speaker.name


@cache
def _description_heads() -> frozenset[str]:
    """Indefinite heads of a description the rules may type as a person («نشطاء»، «مختص»، «إحدى
    الشركات»، «نائب سفير …»): the indefinite-source heads, the qualified heads, the second-source
    heads, the official titles and «أحد/إحدى»."""
    words = (*load_lexicon("second_source_heads"), *load_lexicon("official_titles"), "أحد", "إحدى")
    return source_heads() | _qualified_heads() | frozenset(word_key(w) for w in words if " " not in w)


def _unnamed_person(speaker: Speaker, persons: list[tuple[int, int]]) -> bool:
    """Whether a speaker the rules typed as a person is an unnamed description: its mention opens
    on an indefinite description head and no person's name lies in it («وقال مختص …»، «وكشفت
    منظمات حقوقية …»، «وقال نائب سفير البلد …»)."""
    mention = speaker.mention
    if speaker.type != "person" or mention is None:
        return False
    first = _bare(word_key(speaker.name.split()[0]))
    if first not in _description_heads():
        return False
    return not any(s < mention.end and mention.start < e for s, e in persons)


def _with_qualifier(
    quote: Quote, text: str, persons: list[tuple[int, int]], named_at: frozenset[int]
) -> Speaker | None:
    """The quotation's unnamed or group speaker (or a person-typed unnamed description,
    :func:`_unnamed_person`) with the qualifier written after its mention, or None when there is
    none to add."""
    speaker, cue = quote.speaker, quote.cue
    if speaker is None or cue is None:
        return None
    mention = speaker.mention
    if mention is None or mention.start < cue.end or quote.start <= mention.end or not _as_written(speaker):
        return None
    if speaker.type not in ("unnamed", "group") and not _unnamed_person(speaker, persons):
        return None
    cue_words = cue.text.split()
    if cue_words and _bare(word_key(cue_words[0])).startswith(_object_verbs()):
        return None  # («أبلغ مسؤول وكالة …»: the verb's object, no qualifier)
    words = speaker.name.split()
    if len(words) > MAX_MENTION_WORDS or not all(w.isalpha() for w in words):
        return None  # (a mention with a clause or qualifier of its own, or a share: «52٪ من …»)
    if speaker.type == "person" and any(w.startswith("و") for w in words[1:]):
        return None  # («مدير المركز والمسؤول عن …»: a chain of titles, the verb's subject ends there)
    end = qualifier_end(text, mention.end, quote.start, words[0].startswith("ال"), named_at)
    if end is None:
        return None
    phrase = Span.of(text, mention.start, end)
    kind = speaker.type if speaker.type in ("unnamed", "group") else "unnamed"
    name = " ".join(_MARKS.sub(" ", phrase.text).split())
    return replace(speaker, name=name, type=kind, mention=phrase, entity_id=None)


# The qualifying prepositions a source's own place or body follows inside its mention («مصادر في
# القاهرة»، «مواطنون من الحديدة»، «مصدر في وزارة الدفاع»; a joined بـ is read from the word).
_INNER_OPENERS = frozenset(word_key(w) for w in ("في", "من", "لدى"))


def _written_at(speaker: Speaker, text: str) -> bool:
    """Whether the speaker's name is written at its mention's start (marks and spacing aside)."""
    mention = speaker.mention
    if mention is None:
        return False
    written = text[mention.start : mention.start + len(speaker.name)]
    return " ".join(_MARKS.sub(" ", written).split()) == speaker.name


def _coordinated_place_end(speaker: Speaker, text: str, named: list[tuple[int, int]]) -> int | None:
    """Round 93: the end of a second place or body joined by و to the one an unnamed or group
    speaker's qualifier ends in («مصادر دبلوماسية في القاهرة [وواشنطن]»، «مصدر في وزارة الدفاع
    [ورئاسة هيئة الأركان]»، «مواطنون من الحديدة [وإقليم تهامة]»): one noun with two qualifiers is
    one speaker (docs/quotes-annotation.md §8). The name, written at its mention's start, must end
    on a tagged place or body after one of its own prepositions, and the و-word open another (alone
    or after a region noun); None otherwise. A mention the rules read further on, over at most
    ``MAX_MENTION_TAIL`` words of a definite adjective or qualifier, keeps its own end."""
    mention = speaker.mention
    if mention is None or speaker.type not in ("unnamed", "group"):
        return None
    if not _written_at(speaker, text):
        return None
    name_end = mention.start + len(speaker.name)
    words = [(m.start(), word_key(m.group())) for m in _WORD.finditer(speaker.name)]
    inner = [at for k, (at, key) in enumerate(words) if k and (key in _INNER_OPENERS or key.startswith("ب"))]
    if not inner or not any(e == name_end and s > mention.start + inner[0] for s, e in named):
        return None
    after = _WORD.search(text, name_end)
    if after is None or text[name_end : after.start()].strip() or not word_key(after.group()).startswith("و"):
        return None
    at = after.start() + 1
    following = _WORD.search(text, after.end())
    if word_key(after.group())[1:].removeprefix("ال") in _region_nouns() and following is not None:
        if not text[after.end() : following.start()].isspace():
            return None
        at = following.start()
    end = next((e for s, e in named if s == at), None)
    if end is None or mention.end <= end:
        return end
    tail = [(m.group(), word_key(m.group())) for m in _WORD.finditer(text, end, mention.end)]
    plain = all(re.match(r"\w", w) for w, _k in tail) and len(tail) <= MAX_MENTION_TAIL
    return mention.end if plain and (tail[0][1].startswith("ال") or tail[0][1] in _INNER_OPENERS) else end


def with_qualifier_tails(article: Article) -> Article:
    """The article with every unnamed or group speaker cut before its prepositional qualifier given
    the qualifier (:func:`_with_qualifier`), and the quotations carried from it (no mention of their
    own, the same name) given the same speaker."""
    quotes = list(article.quotes)
    persons = [(e.start, e.end) for e in article.entities if e.label == "PER"]
    named_at = frozenset(e.start for e in article.entities if e.label in ("ORG", "LOC"))
    named = [(e.start, e.end) for e in article.entities if e.label in ("ORG", "LOC")]
    changed = False
    longer: dict[str, Speaker] = {}
    for qi, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None:
            continue
        if speaker.mention is None:
            if speaker.name in longer:
                quotes[qi] = replace(quote, speaker=replace(longer[speaker.name], mention=None))
                changed = True
            continue
        found = _with_qualifier(quote, article.text, persons, named_at)
        end = _coordinated_place_end(speaker, article.text, named) if found is None else None
        if end is not None and not speaker.mention.start < quote.start < end:  # (never into the quotation)
            phrase = Span.of(article.text, speaker.mention.start, end)
            found = replace(speaker, name=" ".join(_MARKS.sub(" ", phrase.text).split()), mention=phrase)
        if found is None and speaker.name in longer and not _written_at(speaker, article.text):
            # (a back-reference the name was carried to, «وأشار المصدر»: the longer name, round 93)
            quotes[qi] = replace(quote, speaker=replace(longer[speaker.name], mention=speaker.mention))
            changed = True
            continue
        if found is None:
            longer.pop(speaker.name, None)
            continue
        longer[speaker.name] = found
        quotes[qi] = replace(quote, speaker=found)
        changed = True
    return attach(article, quotes=quotes) if changed else article
