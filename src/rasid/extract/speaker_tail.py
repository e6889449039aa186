"""Speaker names that run on one word past the name, or into a time adverbial (round 85).

Two constructions leave a word of the sentence at the end of a speaker's name:

- a person already named, whose family name the article writes alone, is named again and the tagger
  takes the next word with it: the verb's object or complement, an adverb, a verb
  («… ويشرح بوتين انتقد …»، «أبدى المدرب جوميز رضاه …»، «قال مودي لصحافيين …»).
  :func:`without_word_after_family_written_alone` ends the name at the family name.
- a person's name is followed by a clause or an adverbial opened by a particle or a preposition
  written apart («شمعون بيريس عندما كان …»، «… بحكم عملها»): :func:`without_clause_after_person`.
- an unnamed source or a group is followed by the time of the report («وقالت مصادر أمنية في وقت
  مبكر»): the adverbial belongs to the verb, not to the source (guide §8 keeps the source's own
  qualifiers only). :func:`without_time_adverbial` drops it.

Round 85, all three against main (92c4e84): right speakers read +1, check +1, analysis +7, fresh 0,
prev +17, new +7; no quotation gained or lost, the sample 15 of 15.
"""

from __future__ import annotations

from functools import cache

from rasid.extract.gazetteers import lookup, name_count
from rasid.extract.junk_speaker import _opens_with_joined_preposition
from rasid.extract.quotes import cluster_known_word, name_attested, names_a_person, normalized_word, role_key
from rasid.model import Article
from rasid.resources import load_lexicon

# The pronouns a word carries when it is the verb's object or complement («رضاه»، «خلالها»، «خلونا»،
# «فاجأني»); with three letters of stem at least, so that a short name in نا/ني is left alone.
_PRONOUN_ENDINGS = ("ها", "هم", "هما", "نا", "ني")
_SHORTEST_SUFFIXED = 5  # (three stem letters + a two-letter pronoun; set by hand, not tuned)
# ل joined to a word of four letters at least: the one addressed or a purpose («لصحافيين»); ب is left
# out, as many foreign family names open on it (بلاتيني، بترجي)
_JOINED_PREPOSITION = "ل"
_SHORTEST_JOINED = 5  # (the preposition + four letters: «لكل»، «لها» are too short to tell)


def _non_name_shape(word: str, key: str) -> bool:
    """Whether an indefinite word (as written, and its normalised key) is shaped as no name: a word
    carrying an object pronoun, ل joined to a word, ب/ل joined to a common word (junk_speaker's
    test: «بقرارات», not «بلاتيني»), or an accusative in ا (an adverb or a circumstantial)."""
    if key.startswith("ال"):
        return False
    if len(key) >= _SHORTEST_SUFFIXED and key.endswith(_PRONOUN_ENDINGS):
        return True
    if len(key) >= _SHORTEST_JOINED and key.startswith(_JOINED_PREPOSITION) and key[1] not in "اوي":
        return True
    if _opens_with_joined_preposition(word, key):
        return True
    return key.endswith("ا") and len(key) >= _SHORTEST_SUFFIXED


def _unknown_word(key: str) -> bool:
    """Whether no names list and no gazetteer knows a normalised word (it may still be a rare name)."""
    return not name_attested(key) and not lookup(key)


def without_word_after_family_written_alone(name: str, article: Article) -> str:
    """A person's name of two words or more ended before its last word when that word runs on past a
    family name the article has already written for a person: the article writes the last two words
    together only once, a person mention before them ends on the first of the two, no person mention
    elsewhere ends on the last, and no names list or gazetteer knows it. News names a person in full
    once and then by the family name, so a word after that family name is the sentence («… بوتين
    انتقد»، «… فيدال كحول»). When the word before is a given name too (a given name written alone,
    «أليكس»), the last word must also be shaped as no name (:func:`_non_name_shape`)."""
    words = name.split()
    if len(words) < 2:
        return name
    before, last = words[-2], words[-1]
    pair = f"{before} {last}"
    text = article.text
    at = text.find(pair)
    if at < 0 or text.find(pair, at + 1) >= 0:
        return name
    before_key, last_key = normalized_word(before), normalized_word(last)
    if not _unknown_word(last_key):
        return name
    end = at + len(pair)
    family_before = False
    for entity in article.entities:
        if entity.label != "PER" or not entity.text.split():
            continue
        closing = normalized_word(entity.text.split()[-1])
        if closing == last_key and entity.end != end:
            return name  # (the word is written as a name elsewhere: «… داليتش» alone)
        if closing == before_key and entity.end <= at:
            family_before = True
    if not family_before:
        return name
    if name_count(before_key, "given") > 0 and not _non_name_shape(last, last_key):
        return name  # (a given name before it: the word may be the family name first written here)
    return " ".join(words[:-1])


@cache
def _time_adverbials() -> frozenset[str]:
    """The normalised phrases of ``speaker_time_tails.txt`` («في وقت مبكر»، «في ساعة متأخرة»)."""
    return frozenset(
        " ".join(normalized_word(w) for w in phrase.split()) for phrase in load_lexicon("speaker_time_tails")
    )


def without_time_adverbial(name: str) -> str:
    """An unnamed source's or a group's name without the time adverbial closing it («مصادر طبية في
    وقت مبكر» -> مصادر طبية): the time of the report is the verb's, never the source's qualifier."""
    words = name.split()
    phrases = _time_adverbials()
    for k in range(1, len(words)):
        if " ".join(normalized_word(w) for w in words[k:]) in phrases:
            return " ".join(words[:k])
    return name


@cache
def _clause_openers() -> frozenset[str]:
    """``non_speaker_openers.txt`` as written (prepositions and particles that open no name: عندما،
    حين، في، بحكم); matched unnormalised, as على there is not the name علي."""
    return frozenset(load_lexicon("non_speaker_openers"))


def without_clause_after_person(name: str) -> str:
    """A person's name ended before its first word (after the first) that is a preposition or a
    particle written apart (:func:`_clause_openers`): the clause or adverbial after the name
    («… بيريس عندما كان رئيسا»، «… المغربية بحكم سفرها»), never a word of it. Only for a name opened
    by a name word (a given name the names list knows, or a word the clusters do not), not by a
    title or a person noun, whose description may hold في («أستاذ في الجامعة»)."""
    words = name.split()
    first = normalized_word(words[0]) if words else ""
    if not first or role_key(first) is not None or names_a_person(first):
        return name
    if not (name_attested(first) or not cluster_known_word(first)):
        return name
    openers = _clause_openers()
    for k in range(1, len(words)):
        if words[k] in openers:
            return " ".join(words[:k])
    return name
