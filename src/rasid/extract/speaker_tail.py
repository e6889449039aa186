"""Speaker names that run on one word past the name, or into a time adverbial (round 85).

Two constructions leave a word of the sentence at the end of a speaker's name:

- a person already named, whose family name the article writes alone, is named again and the tagger
  takes the next word with it: the verb's object or complement, an adverb, a verb
  («… ويشرح بوتين انتقد …»، «أبدى المدرب جوميز رضاه …»، «قال مودي لصحافيين …»).
  :func:`without_word_after_family_written_alone` ends the name at the family name.
- an unnamed source or a group is followed by the time of the report («وقالت مصادر أمنية في وقت
  مبكر»): the adverbial belongs to the verb, not to the source (guide §8 keeps the source's own
  qualifiers only). :func:`without_time_adverbial` drops it.
"""

from __future__ import annotations

from functools import cache

from rasid.extract.gazetteers import lookup, name_count
from rasid.extract.quotes import name_attested, normalized_word
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


def _non_name_shape(key: str) -> bool:
    """Whether a normalised indefinite word is shaped as no name: a word carrying an object pronoun,
    the preposition ل joined to a word, or an accusative in ا (an adverb or a circumstantial: «ارتعاشا»)."""
    if key.startswith("ال"):
        return False
    if len(key) >= _SHORTEST_SUFFIXED and key.endswith(_PRONOUN_ENDINGS):
        return True
    if len(key) >= _SHORTEST_JOINED and key.startswith(_JOINED_PREPOSITION) and key[1] not in "اوي":
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
    if name_count(before_key, "given") > 0 and not _non_name_shape(last_key):
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
