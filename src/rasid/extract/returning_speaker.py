"""An implied cue right after "وبالعودة إلى <someone>،" speaks for that earlier speaker (round 94).

Writers switch back to a source quoted before with "وبالعودة إلى السنيدي، قال إن …": the verb has no
subject of its own and the one returned to is it. The memory pass gives such cues the speaker quoted
last, and the implied cues after it (مشيرا، وأضاف) carry that wrong name on. Round 94's implied census
(read, analysis, prev, new) found this among the few shapes of wrong implied speakers with a right
chain head that a rule can tell apart. The pass runs after the ranker, over the final speakers only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rasid.extract.surname_variant import carry_implied
from rasid.model import Article, Speaker, attach
from rasid.resources import load_lexicon
from rasid.text.normalize import normalize

# The longest returned-to phrase read (words): a title and a name, "المهندس جديع القحطاني"; set by
# hand from the sentence shape, not tuned.
_MAX_WORDS = 6


@cache
def _returning_words() -> frozenset[str]:
    """The words that open a phrase of returning (lexicon ``returning_phrases``), normalised."""
    return frozenset(normalize(w) for w in load_lexicon("returning_phrases"))


# "إلى X،" / "الى X،" / "لـX،" / "للX،" then the clause: an optional "فقد" or "ف" before the cue
# (the phrase stops short of a clause of its own: "وبالعودة إلى السوق فإن الأسعار …، موضحا" names nobody)
_PHRASE = r"((?:(?!\sف[إأا]ن)[^،,.:؛\n])+?)"
_TARGET = re.compile(r"^\s+(?:إلى|الى|إلي)\s+" + _PHRASE + r"\s*(?:[،,]\s*|\s+فقد\s+|\s+ف)$")
_TARGET_LAM = re.compile(r"^\s*(?:لـ\s*|ل)" + _PHRASE + r"\s*(?:[،,]\s*|\s+فقد\s+|\s+ف)$")


def _bare(word: str) -> str:
    """The word normalised without its article ("السنيدي" and "سنيدي" agree)."""
    key = normalize(word)
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def returned_to(text: str, cue_start: int) -> str | None:
    """The phrase of the "وبالعودة إلى X،" that opens the clause of the cue at ``cue_start``, or None."""
    start = max(text.rfind(ch, 0, cue_start) for ch in ".\n!?؟:")
    head = text[start + 1 : cue_start]
    for match in re.finditer(r"\S+", head):
        if normalize(match.group()) not in _returning_words():
            continue
        rest = head[match.end() :]
        found = _TARGET.match(rest) or _TARGET_LAM.match(rest)
        if found and 1 <= len(found.group(1).split()) <= _MAX_WORDS:
            phrase = found.group(1)
            # ("للمهندس": ل + المهندس, its alif dropped)
            return "ا" + phrase if phrase.startswith("ل") and found.re is _TARGET_LAM else phrase
    return None


def _fits(phrase: str, speaker: Speaker) -> bool:
    """Whether the returned-to phrase names ``speaker``: the same family word (a person, "السنيدي" of
    "أحمد السنيدي") or, for an unnamed source, the same head noun ("المسؤول في الشركة" of "مسؤول سابق
    في شركة ميزة")."""
    words = phrase.split()
    name = speaker.name.split()
    if not name:
        return False
    if speaker.type == "person" and len(name) >= 2:
        return _bare(words[-1]) == _bare(name[-1])
    if speaker.type == "unnamed":
        return _bare(words[0]) == _bare(name[0])
    return False


def with_returned_speakers(article: Article) -> Article:
    """The article with each implied cue opened by "وبالعودة إلى X،" given the one earlier speaker X
    names (:func:`_fits`), and the unbroken run of implied cues after it that carried the speaker it
    had given to that speaker too."""
    quotes = list(article.quotes)
    changed = False
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or speaker.mention is not None:
            continue
        phrase = returned_to(article.text, quote.cue.start)
        if phrase is None:
            continue
        fits = {
            q.speaker.name: q.speaker
            for q in quotes[:index]
            if q.speaker is not None and q.speaker.mention is not None and _fits(phrase, q.speaker)
        }
        if len(fits) != 1:
            continue
        (person,) = fits.values()
        if person.name == speaker.name:
            continue
        old = speaker.name
        quotes[index] = replace(quote, speaker=replace(person, mention=None))
        changed = True
        carry_implied(quotes, index, old, person)
    return attach(article, quotes=quotes) if changed else article
