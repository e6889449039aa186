"""A bare surname written in a variant spelling of an earlier speaker's family name (round 93).

Writers re-mention a person by the family name alone and now and then misspell it: «حامد الرفاعي»
… «وأفاد الرافعي», «أحمد الجار الله» … «أكد الجارالله», «ليلى أكرمي» … «قالت إكرامي». The entities
stage joins only exact re-mentions, so the quotes stage takes the variant for a new person and the
implied cues after it (وأضاف، مشيرا) carry the wrong name on. Round 93's chain census (read,
analysis, prev) found these the largest family of wrong heads whose chains a rule can tell apart.
The pass runs after the ranker, over the final speakers only. Round 94 (chain2) also takes the
variant after a title («المحامية إكرامي») and the persons the entities stage names in full before the
cue, not only earlier speakers; candidates that are not one person (two given names) leave it as is.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz.distance import OSA, Hamming, Indel

from rasid.model import Article, Quote, Speaker, attach
from rasid.text.normalize import normalize

# The shortest bare surname (letters, past ال) matched to a variant: shorter ones are too often
# another family's name one letter away; set by hand, not tuned.
_MIN_LETTERS = 4


def _key(words: str) -> str:
    """A surname as compared: normalised, its article dropped, the spaces inside taken out
    (البو عينين = البوعينين)."""
    key = normalize(words).replace(" ", "")
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _one_edit_apart(short: str, full: str) -> bool:
    """Whether one letter inserted, dropped or two neighbours swapped turn one into the other; a letter
    replaced by another is not (الشهراني and الزهراني are two families)."""
    if short == full or Indel.distance(short, full) == 1:
        return True
    # same length: a swap of neighbours is one OSA edit that leaves two letters out of place
    return len(short) == len(full) and OSA.distance(short, full) == 1 and Hamming.distance(short, full) == 2


def variant_of(bare: str, full_name: str) -> bool:
    """Whether ``bare`` (one or two words) is the family name of ``full_name`` (more words than it)
    as written in another spelling: the last word or two, or the last word's end after a compound
    «عبد» («الزوبعي» of «نومان عبدالزوبعي»), one edit apart."""
    words = normalize(full_name).split()
    short = _key(bare)
    if len(words) <= len(bare.split()) or len(short) < _MIN_LETTERS:
        return False  # (a whole name written again in another spelling is its own mention: ألمايو تجنو)
    last = _key(words[-1])
    if len(last) > len(short) + 2 and last.endswith("ال" + short) and last.startswith("عبد"):
        return True
    return any(_one_edit_apart(short, _key(" ".join(words[-n:]))) for n in (1, 2))


def with_surname_variants(article: Article) -> Article:
    """The article with each person speaker named at its cue by one or two words that are no earlier
    speaker's family name as written but a variant of exactly one earlier named person speaker's
    (:func:`variant_of`) given to that person, and the unbroken run of implied cues after it that
    carried the variant on given to him too."""
    quotes = list(article.quotes)
    changed = False
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or speaker.type != "person" or speaker.mention is None:
            continue
        name = speaker.name
        if not 1 <= len(name.split()) <= 2 or not _ends_mention(name, speaker.mention.text):
            continue
        earlier = {
            q.speaker.name: q.speaker
            for q in quotes[:index]
            if q.speaker is not None and q.speaker.type == "person" and len(q.speaker.name.split()) >= 2
        }
        quoted = {
            q.speaker.entity_id: q.speaker
            for q in quotes[:index]
            if q.speaker is not None and q.speaker.type == "person" and q.speaker.entity_id
        }
        for full, source in _earlier_persons(article, quote.cue.start).items():
            earlier.setdefault(full, source)
        if any(_written_as(name, full) for full in earlier):
            continue  # (the family name as written: whatever joined it, not a spelling slip)
        fits = [source for full, source in earlier.items() if variant_of(name, full)]
        if not fits or not all(_one_person(fits[0], other) for other in fits[1:]):
            continue
        person = fits[0]  # (an earlier speaker before an entity not yet quoted)
        person = quoted.get(person.entity_id or "", person)  # (the entity as it has spoken already)
        quotes[index] = replace(quote, speaker=replace(person, mention=speaker.mention))
        changed = True
        carry_implied(quotes, index, name, person)
    return attach(article, quotes=quotes) if changed else article


def _ends_mention(name: str, mention: str) -> bool:
    """Whether the speaker's name is its mention as written or the mention's last words after a title
    («المحامية إكرامي»); round 94 (chain2) added the titled form."""
    name_words, mention_words = normalize(name).split(), normalize(mention).split()
    return mention_words[-len(name_words) :] == name_words


def _written_as(name: str, full: str) -> bool:
    """Whether ``full`` ends with ``name`` as written (its article aside; a one-word name also with the
    spaces of the family name taken out, as round 93 had it)."""
    words = full.split()
    if len(words) <= len(name.split()):
        return False  # (the same name again, no fuller one: variant_of decides)
    if " " not in name:
        return _key(words[-1]) == _key(name)
    return normalize(" ".join(words[-len(name.split()) :])) == normalize(name)


def _one_person(a: Speaker, b: Speaker) -> bool:
    """Whether two candidates are one person: one entity, or one name's words all in the other's
    (a speaker named «بدر الرفاعي» and the entity «بدر بن سالم الرفاعي»); two given names of one
    family stay two people."""
    if a.entity_id and a.entity_id == b.entity_id:
        return True
    words_a, words_b = set(normalize(a.name).split()), set(normalize(b.name).split())
    return words_a <= words_b or words_b <= words_a


def _earlier_persons(article: Article, before: int) -> dict[str, Speaker]:
    """The persons named in full (two words or more) by the entities stage before ``before``: a
    respelt surname may re-mention someone who has not spoken yet (round 94, chain2)."""
    found: dict[str, Speaker] = {}
    for entity in article.entities:
        name = entity.canonical or entity.text
        if entity.label == "PER" and entity.start < before and len(name.split()) >= 2:
            found.setdefault(name, Speaker(name=name, type="person", entity_id=entity.entity_id or None))
    return found


def carry_implied(quotes: list[Quote], index: int, old: str, person: Speaker) -> None:
    """The implied cues right after quotation ``index`` that carried ``old`` follow ``person``."""
    for later in range(index + 1, len(quotes)):
        speaker = quotes[later].speaker
        if speaker is None or speaker.mention is not None or speaker.name != old:
            return
        quotes[later] = replace(quotes[later], speaker=replace(person, mention=None))
