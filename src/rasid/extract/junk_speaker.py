"""Speakers that name nobody: a phrase opening on a verb, a preposition or an adverb.

The quotation rules and the passes after them sometimes hand a quotation a "speaker" that is a
fragment of the sentence around the cue rather than a name: the verb of a clause before the subject
("استقبلت بيان الإدارة"), a preposition and its object ("على البازار"، "بجائزة أفضل"), an adverb
("سريعا …"). Such a span is never who spoke (round 84). The last pass of the speakers stage
(:func:`without_junk_speakers`) keeps the subject that follows the stray word when one does, else the
person named inside the phrase's mention, else the title phrase the junk was cut from, else gives the
quotation the speaker of the quotation just before it when that one is near, else none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rasid.extract.quotes import (
    _accusative_adverb,
    _finite_verb_shape,
    _in_gazetteer,
    cluster_known_word,
    common_cluster_word,
    name_attested,
    normalized_word,
    org_head_word,
    reporting_verbs,
    speaker_noun_head,
    strip_article,
)
from rasid.model import Article, Quote, Span, Speaker
from rasid.resources import resource_path

_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u0660-\u0669\w]+")
_MARKS = re.compile(r"[\u064b-\u0652\u0640]")  # (harakat and tatweel: "مُحيَّاي" is "محياي")

# The prepositions joined to a word (بجائزة، لضيفه): a phrase opening on one is its object (كـ is
# left out: foreign names open on ك too often, كيري، كالفين).
_JOINED_PREPOSITIONS = ("ب", "ل")
_LONG_VOWELS = frozenset("اوي")
_ALA = "على"

# The section of non_name_words.txt that lists frequent news verbs (its header line's words).
_VERB_SECTION = "frequent news verbs"

# How many sentences back the quotation whose speaker stands in for a junk one may lie: the "latest
# speaker" an implicit cue takes is in the same or the previous sentences (set by hand, not tuned:
# two, as the rules' own implicit-subject memory rarely reaches further than a paragraph).
_SENTENCES_BACK = 2


@cache
def _news_verbs() -> frozenset[str]:
    """The normalised frequent news verbs of ``non_name_words.txt`` (its verbs section)."""
    keys: set[str] = set()
    inside = False
    with resource_path("lexicons", "non_name_words.txt").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# ---"):
                inside = _VERB_SECTION in line
                continue
            word = line.split("#", 1)[0].strip()
            if inside and word:
                keys.add(normalized_word(word))
    return frozenset(keys)


@cache
def _known_finite_verbs() -> frozenset[str]:
    """The frequent news verbs and the past and present forms of the reporting verbs (قالت، تكشف،
    وأكد): never a name's start. Built once, since every speaker's first word is looked up in it."""
    reporting = (key for key, form in reporting_verbs().items() if form.tense in ("past", "present"))
    return _news_verbs() | frozenset(reporting)


def _opens_with_known_verb(key: str) -> bool:
    """Whether a first word (its key) is a finite verb the lexicons know (a frequent news verb, a
    reporting verb's past or present form), after an optional و/ف, and no name or title."""
    if name_attested(key) or speaker_noun_head(key):
        return False
    bare = key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key
    verbs = _known_finite_verbs()
    return key in verbs or bare in verbs


def _opens_with_joined_preposition(word: str, key: str) -> bool:
    """Whether a first word is a preposition joined to a common noun (بجائزة، لضيفه، ببرود): the
    object of a preposition, not a subject. A name, place or body starting with the same letter
    (بسام، بكين، لجنة) is no such word, nor a preposition before a place (لمانشستر), nor a word whose
    rest opens on a long vowel as foreign names are spelt (لوبين، لاسيان، بيركب; an Arabic noun after
    the preposition opens on a consonant or a written hamza: لأسواق)."""
    if not word.startswith(_JOINED_PREPOSITIONS) or word.startswith(("بال", "لل")) or len(key) < 4:
        return False
    if word[1] in _LONG_VOWELS or name_attested(key) or _in_gazetteer(key) or speaker_noun_head(key):
        return False
    rest = normalized_word(word[1:])
    # a place after the preposition may end a body's name ("لمانشستر"); four letters at least, as a
    # shorter rest is as often a name or a place as a noun (لصور، لبدر; set by hand, not tuned)
    if len(rest) < 4 or _in_gazetteer(rest):
        return False
    # the rest a common word, or the word as written a common one and its rest a known word (بجائزة)
    common_rest = common_cluster_word(rest) and not name_attested(rest)
    return common_rest or (
        common_cluster_word(key) and (common_cluster_word(rest) or cluster_known_word(rest))
    )


def _preposition_ala(words: list[str]) -> bool:
    """Whether a phrase opens on the preposition على before a common or definite word or alone
    ("على البازار"، "على إتمام زيارة"): papers also spell the name علي with ى (على خامنئي)."""
    if words[0] != _ALA:
        return False
    if len(words) == 1:
        return True
    following = normalized_word(words[1])
    return following.startswith("ال") or (common_cluster_word(following) and not name_attested(following))


def speaker_names_nobody(name: str, kind: str = "person", has_entity: bool = False) -> bool:
    """Whether a speaker's name opens on a word that begins no name, body or source: a preposition or
    particle written apart (``non_speaker_openers.txt``: تحت، عندما; على before a common word), a
    finite verb the lexicons know, and with no entity behind the phrase also a word shaped as a verb,
    a joined preposition before a common noun or an accusative adverb (سريعا). An unnamed source's
    or a group's phrase is left to its own rules (متحدثا باسم …، سكانا)."""
    if kind in ("unnamed", "group"):
        return False
    words = [bare for word in _WORD.findall(name) if (bare := _MARKS.sub("", word))]
    if not words:
        return False
    first = words[0]
    key = normalized_word(first)
    if first in _written_openers() or (_preposition_ala(words) and not (has_entity and kind == "person")):
        return True  # (matched as written: normalisation makes the preposition على the name علي)
    if _opens_with_known_verb(key):
        return True
    if kind == "person" and not has_entity and _opens_with_non_source_noun(key):
        return True
    if has_entity or (key.endswith("نا") and speaker_noun_head(key[:-2])):
        # (a tagged name may look like a verb or an adverb: يافع، يوكيا، كيري; "مراسلنا" is our
        # correspondent, a person noun and its pronoun)
        return False
    if _finite_verb_shape(key):
        return True
    if _opens_with_joined_preposition(first, key):
        return True
    return _accusative_adverb(first, key, normalized_word(words[1]) if len(words) > 1 else "")


@cache
def _non_source_nouns() -> frozenset[str]:
    """The normalised keys of ``non_source_nouns.txt`` (findings, figures, a comparative, a time)."""
    from rasid.resources import load_lexicon

    return frozenset(normalized_word(word) for word in load_lexicon("non_source_nouns"))


def _opens_with_non_source_noun(key: str) -> bool:
    """Whether a first word (its key) is a common noun that names no source (النتائج، الأرقام،
    أكثر، عصر): a finding speaks only through its issuer, and a person is never named so."""
    return key in _non_source_nouns() or strip_article(key) in _non_source_nouns()


def _finding_kept(junk: Speaker, stand_in: Speaker | None) -> bool:
    """Whether a finding noun's speaker (النتائج، الأرقام) stays as it is rather than going to a
    person quoted just before, or to none: findings speak for a body, a group or a source that
    issued them, never for a person merely quoted before them (round 82's rule, kept)."""
    words = _WORD.findall(junk.name)
    if not words or not _opens_with_non_source_noun(normalized_word(_MARKS.sub("", words[0]))):
        return False
    return stand_in is None or stand_in.type == "person"


@cache
def _written_openers() -> frozenset[str]:
    """``non_speaker_openers.txt`` as written (no normalisation: على is not علي)."""
    from rasid.resources import load_lexicon

    return frozenset(load_lexicon("non_speaker_openers"))


def _names_nobody(speaker: Speaker) -> bool:
    """:func:`speaker_names_nobody` of a quotation's speaker."""
    return speaker_names_nobody(speaker.name, speaker.type, speaker.entity_id is not None)


def _stand_in(quotes: list[Quote], at: int) -> Quote | None:
    """The quotation before ``at`` whose speaker a junk one gives way to: the nearest earlier one
    with a speaker that names someone, at most ``_SENTENCES_BACK`` sentences back."""
    here = quotes[at].sentence
    for earlier in reversed(quotes[:at]):
        if earlier.speaker is None or _names_nobody(earlier.speaker):
            continue
        if here is not None and earlier.sentence is not None and here - earlier.sentence > _SENTENCES_BACK:
            return None
        return earlier
    return None


def _subject_after_opener(speaker: Speaker) -> Speaker | None:
    """The speaker without the word its phrase wrongly opened on when a subject follows it ("وتحدثت
    سلمى الراشد" → سلمى الراشد، "بلسان الشرطة" → الشرطة): a tagged name, a given and a family name
    the names list knows (not a lone word: "بجائزة أفضل"), or a title, body or group head; None when
    no such word follows (its object: "استقبلت بيان …"، "على البازار")."""
    words = speaker.name.split()
    if len(words) < 2 or _MARKS.sub("", words[0]) in _written_openers() or words[0] == _ALA:
        return None  # ("أين الأمانة"، "على العاصمة …": a question's or a preposition's own words)
    own = normalized_word(_MARKS.sub("", words[0])[1:])
    if words[0].startswith(_JOINED_PREPOSITIONS) and org_head_word(own) not in (None, "doc"):
        return _cut_speaker(speaker, 1)  # ("لشركة الأفق للنقل": the firm itself, the ل cut)
    rest = " ".join(words[1:])
    key = normalized_word(_MARKS.sub("", words[1]))
    body = org_head_word(key)
    if body == "doc" or speaker_names_nobody(rest, speaker.type, speaker.entity_id is not None):
        return None  # (a document is the verb's object: "استقبلت بيان الإدارة")
    if not (
        speaker.entity_id is not None
        or (
            len(words) > 2
            and name_attested(key)
            and name_attested(normalized_word(_MARKS.sub("", words[-1])))
        )
        or speaker_noun_head(key)
        or speaker_noun_head(strip_article(key))  # ("المسؤولين": the officials, as a plural source)
        or body is not None
    ):
        return None
    return _cut_speaker(speaker, speaker.name.index(words[1], len(words[0])))


def _cut_speaker(speaker: Speaker, at: int) -> Speaker:
    """The speaker without the first ``at`` characters of its name, its mention cut to match (or
    dropped when the mention does not open on those characters)."""
    cut, name = speaker.name[:at], speaker.name[at:]
    mention = speaker.mention
    if mention is not None:
        mention = (
            Span(mention.start + at, mention.end, mention.text[at:]) if mention.text.startswith(cut) else None
        )
    return replace(speaker, name=name, mention=mention)


def _person_completed_wrongly(article: Article, speaker: Speaker) -> Speaker | None:
    """The person a bare family name stands for when a completion ran it into junk ("آزفيدو" made
    "لأحدث تقرير قدمه … آزفيدو"): the tagged person whose name ends on the same words, the nearest
    one before the mention."""
    mention = speaker.mention
    if mention is None or speaker.name == mention.text or not speaker.name.endswith(" " + mention.text):
        return None
    people = [
        e
        for e in article.entities
        if e.label == "PER"
        and e.start < mention.start
        and (e.canonical or e.text).endswith(mention.text)
        and not speaker_names_nobody(e.canonical or e.text, "person", True)
    ]
    if not people:
        return None
    last = people[-1]
    return replace(speaker, name=last.canonical or last.text, entity_id=last.entity_id or None)


def _title_phrase_cut(speaker: Speaker) -> Speaker | None:
    """The mention as written when the junk name is a piece cut from it and it opens on a title or
    a body's head ("رئيس مجلس هيئة حماية المراعي على …" cut to "على …"): the unnamed title phrase."""
    mention = speaker.mention
    if mention is None or speaker.name == mention.text or speaker.name not in mention.text:
        return None
    first = normalized_word(_MARKS.sub("", mention.text.split()[0]))
    if not speaker_noun_head(first) or speaker_names_nobody(mention.text, speaker.type):
        return None
    return replace(speaker, name=mention.text, entity_id=None)


def _person_named_inside(article: Article, speaker: Speaker) -> Speaker | None:
    """The last person the entities stage tagged inside the junk phrase's mention ("لأحدث تقرير
    قدمه سامي العتيبي" → سامي العتيبي): the one the phrase was about, under his fullest name."""
    mention = speaker.mention
    if mention is None:
        return None
    inside = [
        e
        for e in article.entities
        if e.label == "PER" and mention.start <= e.start and e.end <= mention.end and e.start > mention.start
    ]
    if not inside:
        return None
    last = inside[-1]
    return Speaker(
        last.canonical or last.text, "person", last.entity_id or None, Span(last.start, last.end, last.text)
    )


def without_junk_speakers(article: Article) -> Article:
    """The article with every speaker that names nobody replaced: by the subject after the word its
    phrase opened on, else by the person named inside its mention or the one its mention names when
    a completion ran it into junk, else by the title phrase it was cut from, else by the speaker of
    the quotation just before (implied, no mention of its own), else by none when none is near. A
    finding noun's speaker is kept as it is rather than given to a person just before it, or to none."""
    quotes = list(article.quotes)
    changed = False
    for at, quote in enumerate(quotes):
        if quote.speaker is None or not _names_nobody(quote.speaker):
            continue
        speaker = (
            _subject_after_opener(quote.speaker)
            or _person_named_inside(article, quote.speaker)
            or _person_completed_wrongly(article, quote.speaker)
            or _title_phrase_cut(quote.speaker)
        )
        if speaker is None:
            earlier = _stand_in(quotes, at)
            if earlier is not None and earlier.speaker is not None:
                speaker = replace(earlier.speaker, mention=None)
            if _finding_kept(quote.speaker, speaker):
                continue
        quotes[at] = replace(quote, speaker=speaker)
        changed = True
    return replace(article, quotes=tuple(quotes)) if changed else article
