"""A speaker's name given the extent the article itself gives its entity (round 52).

The rules read a speaker's name from the phrase after the cue, and that phrase may run on past the
name («محمد الشريف رأى») or stop short of it («جينج» for «جينج لستاري»), while the entities stage
grouped the person's mentions under a canonical name. News writes a person's name the same way each
time it names them: a tail the article never writes with any mention of the entity is the sentence
the phrase ran on into, and a name that is the first words of the entity's canonical name, written so
in the article, was cut short. Runs last in the ``speakers`` stage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasid.model import Article, Entity
from rasid.text.normalize import normalize


def _keys(name: str) -> list[str]:
    return [normalize(w) for w in name.split()]


def _linked_name(name: str, mentions: list[Entity], text: str) -> str:
    """The speaker ``name`` cut or completed to the canonical name of its entity (``mentions``: all
    the entity's mentions), when one is the other's first words; else ``name``."""
    from rasid.extract.quotes import person_name

    canonical = without_verb_tail(person_name(mentions[0]))
    own, full = _keys(name), _keys(canonical)
    if not full or own == full:
        return name
    if len(own) > len(full) and own[: len(full)] == full:
        # run on: a tail no mention of the entity writes («محمد الشريف رأى»)
        return name
    if len(full) > len(own) >= 1 and full[: len(own)] == own:
        # cut short: the canonical name as a mention writes it («جينج» of «جينج لستاري»)
        written = {normalize(e.text) for e in mentions}
        if normalize(canonical) not in written or any(_not_family(w) for w in full[len(own) :]):
            return name
        return canonical
    return name


def without_verb_tail(name: str) -> str:
    """A name without the reporting verbs that close it («محمد الشريف رأى»، «كريبنر فنبهت»): the
    phrase ran on into the clause that reports the speaker again; no name ends in such a verb."""
    from rasid.extract.quotes import reporting_verbs

    verbs = reporting_verbs()
    words = name.split()
    cut = len(words)
    while cut > 1 and (form := verbs.get(normalize(words[cut - 1]))) is not None and form.tense == "past":
        cut -= 1
    return name if cut == len(words) else " ".join(words[:cut])


def _not_family(key: str) -> bool:
    """Whether a word after a given name is a title, a person noun or a common word, not a family
    name (مالك، مدير)."""
    from rasid.extract.quotes import _common_word, _names_a_person, _role_key

    return _role_key(key) is not None or _names_a_person(key) or _common_word(key)


# a word right after a name, then a comma or the next word (one space each: "راي بابار، رئيس …")
_FAMILY_THEN = re.compile(r" (\w+)(?:[ \t]*([،,])| (\w+))")


def _family_before_apposition(given: str, mentions: list[Entity], text: str) -> str | None:
    """The word the article writes between a lone given name and the apposition after it (a comma
    or a title: «وقال دومينيك بيرجون مدير …»): news names a speaker in full before describing them,
    so the tagger stopped a word short. Never a function, time or title word, a person noun, a verb,
    a common word with a clitic («للصحفيين») or a second given name after و."""
    from rasid.extract.gazetteers import name_count
    from rasid.extract.quotes import _common_word, _names_a_person, _role_key, _word_set, reporting_verbs

    if name_count(normalize(given), "given") == 0:
        return None
    for e in mentions:
        after = _FAMILY_THEN.match(text, e.end)
        if after is None:
            continue
        word = after.group(1)
        key = normalize(word)
        if (
            len(key) < 3
            or key in _word_set("non_name_words")
            or _role_key(key) is not None
            or _names_a_person(key.removeprefix("ال"))
            or key in reporting_verbs()
            or (key[0] in "لبوفك" and _common_word(key))
            or (key[0] == "و" and name_count(key[1:], "given") > 0)  # (a second person: "وناصر")
        ):
            continue
        if after.group(2) or (after.group(3) and _role_key(normalize(after.group(3))) is not None):
            return f"{given} {word}"
    return None


def _short_references(article: Article) -> frozenset[str]:
    """The words the article refers to a person by alone: every one-word person mention (وقال
    الأشرفي …)."""
    return frozenset(normalize(e.text) for e in article.entities if e.label == "PER" and " " not in e.text.strip())


def without_words_after_family(name: str, references: frozenset[str], text: str) -> str:
    """A person's name ended at its word the article also writes alone for a person («طاهر الأشرفي
    إيران», where it writes «الشيخ الأشرفي» again): news names a person in full once, then by the
    family name, so words the article writes after that name only once are the sentence. The word is
    no given name, and the next one no name the gazetteer knows as a family name."""
    from rasid.extract.gazetteers import name_count

    words = name.split()
    for k in range(len(words) - 2, 0, -1):  # (after a given name: a lone word may be a given name)
        key = normalize(words[k])
        if key not in references or name_count(key, "given") > 0:
            continue
        after = normalize(words[k + 1])
        if name_count(after, "family") > 1 or text.count(f"{words[k]} {words[k + 1]}") > 1:
            return name
        return " ".join(words[: k + 1])
    return name


def _trimmed_person(name: str) -> str:
    """A person's name opened by a given name, ended before an indefinite title word after its
    second word («الصديق الصور رئيس قسم …»): the apposition that describes the person."""
    from rasid.extract.gazetteers import name_count
    from rasid.extract.quotes import _NAME_LINKS, _role_key

    words = name.split()
    keys = [normalize(w) for w in words]
    if len(words) < 3 or name_count(keys[0], "given") == 0 or _role_key(keys[0]) or _role_key(keys[1]):
        return name
    for k in range(2, len(words) - 1):  # (a title with its complement: a last one may be a family name)
        if _role_key(keys[k]) and not keys[k].startswith("ال") and keys[k - 1] not in _NAME_LINKS:
            return " ".join(words[:k])
    return name


# ل/ب + the verbal noun of a derived verb as written (إفعال with its إ, افتعال، انفعال، استفعال with
# a bare alif: لإدخال، باقتحام، لاستعادة), never a body's field after it (لأبحاث is a plural with أ;
# لحقوق، للتنمية، لمكافحة are of no such form)
_DERIVED_MASDAR = re.compile(r"^[لب](?:إ\w\wا\w|ا\wت\wا\w|ان\w\wا\w|است\w\wا\w)$")


def without_purpose_phrase(name: str) -> str:
    """A body's name ended before ل/ب + a derived verbal noun after its adjective («التحالف العربي
    لإدخال المساعدات»، «الشرطة الإسرائيلية باقتحام المسجد»): the purpose or the object of what the
    body did, which the phrase ran on into."""
    from rasid.extract.quotes import _is_nisba

    words = name.split()
    for k in range(2, len(words)):
        if _DERIVED_MASDAR.match(words[k]) and _is_nisba(normalize(words[k - 1])):
            return " ".join(words[:k])
    return name


def with_linked_extent(article: Article) -> Article:
    """The article with every person speaker linked to an entity named to its entity's extent
    (:func:`_linked_name`)."""
    if not article.quotes:
        return article
    groups: dict[str, list[Entity]] = {}
    for e in article.entities:
        if e.entity_id and e.label == "PER":
            groups.setdefault(e.entity_id, []).append(e)
    quotes = list(article.quotes)
    references: frozenset[str] | None = None
    changed = False
    for qi, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or speaker.type not in ("person", "organization"):
            continue
        name = without_verb_tail(speaker.name)
        if speaker.type == "organization":
            name = without_purpose_phrase(name)
        if speaker.type == "person" and " " in name:
            name = _trimmed_person(name)
            if references is None:
                references = _short_references(article)
            name = without_words_after_family(name, references, article.text)
        if speaker.type == "person" and speaker.entity_id in groups:
            mentions = groups[speaker.entity_id]
            name = _linked_name(name, mentions, article.text)
            if " " not in name and all(" " not in e.text for e in mentions):
                name = _family_before_apposition(name, mentions, article.text) or name
        if name != speaker.name:
            quotes[qi] = replace(quote, speaker=replace(speaker, name=name))
            changed = True
    if not changed:
        return article
    from rasid.model import attach

    return attach(article, quotes=quotes)
