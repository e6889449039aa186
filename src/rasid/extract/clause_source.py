"""The unnamed source or group that opens a cue's sentence as the subject of its first verb.

«وغرد مواطن عماني على حسابه …، قائلا إن …»: a participle that goes on with a clause whose verb is no
reporting verb belongs to that verb's subject (docs/quotes-annotation.md §8), and when the subject is
an indefinite description («مواطن عماني»، «والد الطالب»، «أحد المهندسين») the rules have no name to
carry and give the participle the last named speaker instead. This pass, run after the indefinite
descriptions, gives such a participle the description that opens its sentence, and a plural cue the
rules left without any speaker («… أهالي القرية …، مؤكدين») the group that opens it.

Round 78, from the read, check and analysed sets' errors: of the wrong unnamed and group speakers,
a named person or body was given instead 580 times, 103 of them carried to a cue whose own sentence
opens with the gold source.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rasid.extract.indefinite_source import source_heads
from rasid.extract.quotes import is_plural_source, is_unnamed_head, saying_participles, word_set
from rasid.model import Article, Quote, Span, Speaker, attach
from rasid.resources import load_lexicon
from rasid.text.normalize import normalize, word_key

_WORD = re.compile(r"[^\s:«»\"“”()\[\]؛;،,.؟?!]+|[:«»\"“”()\[\]؛;،,.؟?!]")
_SENTENCE_END_CHARS = ".\n؟!"  # the characters that end a sentence (each looked for alone)
_ONE_OF = frozenset(word_key(w) for w in ("أحد", "إحدى"))
_OF = word_key("من")
# Prepositions whose key ends as a nisba does (على → علي، لدى → لدي).
_PREPOSITIONS_IN_I = frozenset(word_key(w) for w in ("على", "لدى", "إلى", "حتى"))
# A plural cue's ending: مؤكدين، وأكدوا، يقولون.
_PLURAL_CUE = re.compile(r"(?:ين|وا|ون)$")


@cache
def _kin_nouns() -> frozenset[str]:
    """Keys of ``kinship_nouns`` (والد، شقيق): a relative named by kinship speaks unnamed (§10.14)."""
    return frozenset(word_key(w) for w in load_lexicon("kinship_nouns"))


@cache
def _excluded_heads() -> frozenset[str]:
    """Keys of ``opening_source_exclusions`` (تقرير، عدد …): heads that name a document, a count or
    a medium, not the people who speak."""
    return frozenset(word_key(w) for w in load_lexicon("opening_source_exclusions"))


@cache
def _quantifiers() -> frozenset[str]:
    """Keys of ``people_quantifiers`` (بعض، عدد): a quantifier of people opening a group."""
    return frozenset(word_key(w) for w in load_lexicon("people_quantifiers"))


@cache
def _group_nouns() -> frozenset[str]:
    """Keys of the collective person nouns (أهالي، ذوو، سكان) and ``one_of_plurals``: a group."""
    return word_set("collective_person_nouns") | word_set("one_of_plurals")


def _head_kind(key: str, plural: bool) -> str | None:
    """How ``key`` opens a description of people: "source" (مصدر، مواطن), "kin" (والد), "one" (أحد),
    "group" (أهالي) or "quantifier" (بعض); None for any other word. A plural cue takes only a group."""
    if plural:
        if key in _quantifiers():
            return "quantifier"
        return "group" if key in _group_nouns() else None
    if key in _excluded_heads():
        return None
    if key in _ONE_OF:
        return "one"
    if key in _kin_nouns():
        return "kin"
    return "source" if key in source_heads() or is_unnamed_head(normalize(key)) else None


def _adjective(key: str) -> bool:
    """An adjective of the description: an indefinite nisba (عماني) or a definite one (الأمريكي)."""
    bare = key[2:] if key.startswith("ال") else key
    if key in _PREPOSITIONS_IN_I:
        return False
    return len(bare) >= 3 and bare.endswith(("ي", "يه", "يون", "يين")) and bare.isalpha()


def _description_end(words: list[tuple[int, int, str]], kind: str) -> int | None:
    """The index after the description that opens ``words`` at 1: the head, the noun in construct
    with a kinship, «أحد», group or quantifier head (and «من» after a quantifier), then adjectives
    and, in a group, a coordinated definite noun; None when such a head has no noun after it."""
    j = 2
    if kind in ("kin", "one", "group", "quantifier"):
        if kind == "quantifier" and j < len(words) and word_key(words[j][2]) == _OF:
            j += 1
        if j >= len(words) or not re.match(r"\w", words[j][2]):
            return None
        if word_key(words[j][2]).endswith("وا"):
            return j if kind == "group" else None  # («نشطاء انتقدوا»: the group's own verb)
        j += 1
    while j < len(words) and re.match(r"\w", words[j][2]):
        key = word_key(words[j][2])
        if _adjective(key) or (kind in ("group", "quantifier") and key.startswith("وال")):
            j += 1
            continue
        break
    return j


def _agrees(cue_key: str, name: str, kind: str) -> bool:
    """Whether a singular participle agrees with the description: a masculine one («مشيرا») with a
    singular masculine source, a feminine one («مشيرة») with a feminine or broken-plural one."""
    if cue_key.endswith("ا"):
        return (
            not name.split()[0].endswith(("ة", "ه"))
            and word_key(name.split()[0]) != word_key("إحدى")
            and not (kind == "source" and is_plural_source(normalize(name)))
        )
    if cue_key.endswith(("ه", "ة")):
        first = word_key(name.split()[0])
        return first.endswith("ه") or first == word_key("إحدى") or is_plural_source(normalize(name))
    return False


def _sentence_start_before(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` starts: after the last of :data:`_SENTENCE_END_CHARS`
    before it, 0 when there is none. Found looking back from ``offset``, not by scanning the text
    from its top for every quotation (speed, round 84)."""
    return max(text.rfind(stop, 0, offset) for stop in _SENTENCE_END_CHARS) + 1


def _opening_description(article: Article, quote: Quote, plural: bool) -> Span | None:
    """The description right after the first word of the cue's sentence («وغرد [مواطن عماني] …»),
    when no person the article tags is named between it and the cue."""
    text, cue = article.text, quote.cue
    start = _sentence_start_before(text, cue.start)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, cue.start)]
    if len(words) < 3 or not re.match(r"\w", words[0][2]) or not re.match(r"\w", words[1][2]):
        return None
    kind = _head_kind(word_key(words[1][2]), plural)
    if kind is None:
        return None
    end = _description_end(words, kind)
    if end is None:
        return None
    head = words[1][0]
    if any(e.label == "PER" and head <= e.start < cue.start for e in article.entities):
        return None  # (a named person in the clause: the rules' reading of who speaks)
    found = Span.of(text, head, words[end - 1][1])
    if kind != "source" and _names_someone_earlier(article, found):
        return None  # (a relative's description next to a name earlier: that person, carried)
    return found


# How far after an earlier mention of the description a person's name is read as its bearer's
# («زوج المعلمة [فلان]»، «والد اللاعب، فلان،»): two or three words; set, not tuned.
_BEARER_REACH = 25


def _names_someone_earlier(article: Article, found: Span) -> bool:
    """Whether a relative's description was written earlier next to a person's name («زوج المعلمة فلان»،
    «فلان زوج المعلمة»): it then refers back to that person, whom the rules carry."""
    persons = [(e.start, e.end) for e in article.entities if e.label == "PER"]
    for earlier in re.finditer(re.escape(found.text), article.text[: found.start]):
        after, before = earlier.end(), earlier.start()
        if any(after <= s <= after + _BEARER_REACH for s, _ in persons):
            return True
        if any(before - _BEARER_REACH <= e <= before for _, e in persons):
            return True
    return False


def _with_opening_source(article: Article, quote: Quote) -> Quote:
    """The quotation given the description that opens its sentence: a participle carried to a named
    person or body, after a verb joined by و/ف; a cue left without a speaker."""
    cue = quote.cue
    if cue is None or not cue.text.split():
        return quote
    cue_key = word_key(cue.text.split()[0])
    speaker = quote.speaker
    if speaker is None:
        plural = bool(_PLURAL_CUE.search(cue_key))
        found = _opening_description(article, quote, plural=plural)
        if found is None:
            return quote
        kind = "group" if plural else "unnamed"
        return replace(quote, speaker=Speaker(" ".join(found.text.split()), kind, None, found))
    if speaker.type not in ("person", "organization") or normalize(cue_key) not in saying_participles():
        return quote
    if speaker.mention is not None and speaker.mention.start >= cue.start:
        return quote  # (a subject of its own after the participle)
    plural = bool(_PLURAL_CUE.search(cue_key))
    found = _opening_description(article, quote, plural=plural)
    if found is None:
        return quote
    opener = word_key(article.text[: found.start].split()[-1])
    if opener[:1] not in ("و", "ف") or len(opener) < 4:
        return quote  # (only a clause of its own, «وغرد …», not one inside another sentence)
    name = " ".join(found.text.split())
    if plural:  # (a plural participle carried to one person or body: it disagrees, the group speaks)
        return replace(quote, speaker=Speaker(name, "group", None, found))
    if not _agrees(cue_key, name, _head_kind(word_key(name.split()[0]), plural=False) or ""):
        return quote
    return replace(quote, speaker=Speaker(name, "unnamed", None, found))


def with_opening_sources(article: Article) -> Article:
    """The article with each participle or plural cue whose sentence opens with an unnamed source or
    group given that source (:func:`_with_opening_source`)."""
    quotes = [_with_opening_source(article, q) for q in article.quotes]
    if all(new is old for new, old in zip(quotes, article.quotes, strict=True)):
        return article
    return attach(article, quotes=quotes)
