"""A bare definite description of a person left as the speaker («وقال الضيف»، «وأشار المؤلف»،
«وأوضح الشاب») names the person the story is about: an interview, a book review or a human-interest
story names its subject once and then calls him by what he is. The guide (docs/quotes-annotation.md
§8) gives such a later description the person named earlier. The person taken is the one the article
names most often before the cue, alone at the top and of the description's gender; a tie (two
persons named as often) leaves the description as written (round 83).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from rasid.resources import load_lexicon
from rasid.text.normalize import normalize

if TYPE_CHECKING:
    from rasid.extract.quotes import Found, SpeakerGuess, _Doc
    from rasid.model import Entity

# Marks a written description may carry around it («الضيف»).
_MARKS = str.maketrans("", "", '«»"“”')


@cache
def _subject_heads() -> frozenset[str]:
    """The descriptions of a story's subject (``story_subject_heads.txt``), normalised, without ال."""
    return frozenset(normalize(w) for w in load_lexicon("story_subject_heads"))


def subject_description(name: str) -> tuple[str, bool] | None:
    """(head, feminine) of a speaker's name that is one definite word of ``story_subject_heads.txt``
    ("الضيف" -> ضيف, masculine; "الشابة" -> شابه, feminine: the written word ends in ة); None for
    anything else (a name, a phrase, an indefinite noun)."""
    words = name.translate(_MARKS).split()
    if len(words) != 1:
        return None
    key = normalize(words[0])
    if not key.startswith("ال") or key[2:] not in _subject_heads():
        return None
    return key[2:], words[0].endswith("ة")


def _person_counts(doc: _Doc, found: list[Found], before: int) -> dict[str, tuple[int, str, str | None]]:
    """Per person named before ``before`` (keyed by entity id, else normalised name): how often the
    article names him (each tagged mention, and each earlier quotation naming an untagged person at
    its cue), his name as a speaker, his entity id."""
    from rasid.extract.quotes import person_name

    counts: dict[str, tuple[int, str, str | None]] = {}
    for e in doc.persons_all:
        if e.start >= before or _byline(doc, e):
            continue
        key = e.entity_id or normalize(person_name(e))
        n, name, entity_id = counts.get(key, (0, person_name(e), e.entity_id or None))
        counts[key] = (n + 1, name, entity_id)
    for f in found:
        if f.cue[0] >= before:
            continue
        for s in f.speakers:
            if s.type != "person" or s.entity_id or s.mention is None or subject_description(s.name):
                continue
            key = normalize(s.name)
            n, name, _ = counts.get(key, (0, s.name, None))
            counts[key] = (n + 1, name, None)
    return counts


# Most characters before a byline's name at the head of an article ("فلان الفلاني– الصحيفة– المدينة:");
# set by hand, not tuned.
_BYLINE_START = 3
# A dash or colon right after a byline's name.
_BYLINE_AFTER = re.compile(r"\s*[-–—:]")


def _byline(doc: _Doc, e: Entity) -> bool:
    """Whether a person mention is the reporter's byline that opens the article ("فلان– سبق–
    المدينة:"): the writer, never the story's subject."""
    return e.start <= _BYLINE_START and _BYLINE_AFTER.match(doc.text, e.end) is not None


def _feminine_person(found: list[Found], name: str, entity_id: str | None) -> bool:
    """Whether an earlier quotation gives this person a feminine verb (وقالت), or the name opens
    with a woman's given name (``female_given_names``)."""
    from rasid.extract.quotes import normalized_word, word_set

    if normalized_word(name).partition(" ")[0] in word_set("female_given_names"):
        return True
    return any(
        s.feminine and ((entity_id and s.entity_id == entity_id) or normalize(s.name) == normalize(name))
        for f in found
        for s in f.speakers
    )


def _story_subject(
    doc: _Doc, found: list[Found], before: int, feminine: bool
) -> tuple[str, str | None] | None:
    """(name, entity id) of the person named most often before ``before``, alone at the top and of
    the wanted gender; None when none is or two persons are named as often."""
    counts = sorted(_person_counts(doc, found, before).values(), key=lambda item: -item[0])
    if not counts or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    _, name, entity_id = counts[0]
    if _feminine_person(found, name, entity_id) != feminine:
        return None
    return name, entity_id


# Marks that open a name written right after a description («وأكد المواطن "فلان"»).
_OPENING_MARKS = '«"“'
# A short name in marks right after a description («المواطن "فلان الفلاني"»), one to four words:
# a longer marked stretch is a quotation; set by hand, not tuned.
_MARKED_NAME_AFTER = re.compile(r"\s*[«\"“]\s*[^\s«»\"“”]+(?:\s+[^\s«»\"“”]+){0,3}\s*[»\"”]")
# Words before a plural that make one of a group someone new («أحد المواطنين»), normalised.
_ONE_OF = frozenset(normalize(w) for w in ("أحد", "إحدى"))


def _named_at_cue(doc: _Doc, f: Found, s: SpeakerGuess) -> bool:
    """Whether the text names someone between the description and the reported words ("وأكد
    المواطن «فلان»"، "المبتعث إلى جامعة … فلان"): a mark or a tagged person there; the name is the
    speaker's own, not the story's subject."""
    if s.mention is None:
        return False
    if _MARKED_NAME_AFTER.match(doc.text, s.mention[1]):
        return True
    gap = (s.mention[1], max(s.mention[1], f.start))
    if any(mark in doc.text[gap[0] : gap[1]] for mark in _OPENING_MARKS):
        return True
    return any(gap[0] <= e.start < gap[1] for e in doc.persons_all)


def _introduced_as_someone_new(doc: _Doc, head: str, before: int) -> bool:
    """Whether the text wrote the description indefinite before ``before`` ("شاب"، "ومواطنا") or as
    one of a group ("أحد المواطنين"): it brought in someone new, whom the description may name."""
    from rasid.extract.quotes import _strip_conjunction

    plural = "ال" + (head[:-1] if head.endswith("ه") else head)
    last = doc.token_index_at(before)
    for k in range(last):
        key = _strip_conjunction(doc.tokens[k].key)
        if key in (head, head + "ا"):  # (also accusative with its alif of tanween: "شابا")
            return True
        if k and key.startswith(plural) and key != "ال" + head and doc.tokens[k - 1].key in _ONE_OF:
            return True
    return False


def descriptions_of_story_subject(doc: _Doc, found: list[Found]) -> None:
    """A speaker left as a bare definite description of a person (:func:`subject_description`) is
    the story's subject (:func:`_story_subject`) as of its cue, unless a name follows the
    description at the cue or the text brought the description in as someone new. An implied
    speaker (وأضاف) carried over from a written description follows what was decided for it."""
    decided: dict[str, tuple[str, str | None] | None] = {}
    for f in sorted(found, key=lambda g: g.cue[0]):
        for n, s in enumerate(f.speakers):
            if s.entity_id or s.type != "person":
                continue
            described = subject_description(s.name)
            if described is None:
                continue
            if s.mention is None and s.name in decided:
                subject = decided[s.name]
            elif _named_at_cue(doc, f, s) or _introduced_as_someone_new(doc, described[0], f.cue[0]):
                subject = None
            else:
                subject = _story_subject(doc, found, f.cue[0], described[1])
            if s.mention is not None:
                decided[s.name] = subject
            if subject is not None:
                f.speakers[n] = _as_subject(s, *subject)


def _as_subject(s: SpeakerGuess, name: str, entity_id: str | None) -> SpeakerGuess:
    """``s`` renamed to the story's subject, its mention kept."""
    return replace(s, name=name, entity_id=entity_id)


@cache
def _firm_heads() -> frozenset[str]:
    """The definite short forms of a firm (``firm_back_reference_heads.txt``), normalised."""
    return frozenset(normalize(w) for w in load_lexicon("firm_back_reference_heads"))


def _bare_firm_name(s: SpeakerGuess) -> bool:
    """Whether an earlier speaker is a firm written by its bare name, with no head word ("مورجان
    ستانلي"، "لوكهيد مارتن"): no role, not a medium, no given name and no body head opening it (the
    tagger often takes such a name for a person's)."""
    from rasid.extract.quotes import _given_name, normalized_word, org_head_word

    if s.type not in ("person", "organization") or s.roles or s.medium or s.mention is None:
        return False
    words = normalized_word(s.name).split()
    if not words or words[0].startswith("ال") or subject_description(s.name):
        return False
    return not _given_name(words[0]) and org_head_word(words[0]) is None


def firms_named_before(doc: _Doc, found: list[Found]) -> None:
    """A speaker left as a firm's definite short form (``firm_back_reference_heads.txt``: "الشركة"،
    "المصرف") is the firm the latest earlier quotation named by its bare name (:func:`_bare_firm_name`),
    when the rules resolved the short form to no body of its head; any other latest speaker leaves it
    as written. Implied speakers carried over from the short form follow it."""
    latest: SpeakerGuess | None = None
    for f in sorted(found, key=lambda g: g.cue[0]):
        for n, s in enumerate(f.speakers):
            short_form = s.type == "organization" and normalize(s.name.translate(_MARKS)) in _firm_heads()
            if short_form and latest is not None and _bare_firm_name(latest):
                f.speakers[n] = replace(latest, mention=s.mention, type="organization")
        named = [s for s in f.speakers if s.mention is not None]
        if len(named) == 1:
            latest = named[0]
