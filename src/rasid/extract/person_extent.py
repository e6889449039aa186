"""Where a person speaker's name ends, read from how news writes a name (round 53, persons53).

A name is followed by its description: a definite noun naming a person («… المنسقة في»، «… المختص
النفطي») is no word of the name, so the name ends before it.
A mention the tagger cut short is completed by the one word the article writes after it before a
boundary (a comma, a colon, إن/أن): an apposition or a clause starts there. A title a speaker's name
holds gives way to the name written just before it, and an article's opening unnamed official to
the person named as the next speaker (docs/quotes-annotation.md §8).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rasid.caching import word_memo
from rasid.extract.gazetteers import lookup, name_count
from rasid.extract.quotes import (
    NAME_LINKS,
    ONE_OF_WORDS,
    cluster_known_word,
    common_cluster_word,
    indefinite_nisba,
    is_nisba,
    names_a_person,
    nationality_of,
    normalized_word,  # (``normalize`` memoised: the quotes stage's memo holds most words asked)
    reporting_verbs,
    role_key,
    word_set,
)
from rasid.model import Entity, Quote, Span, Speaker
from rasid.resources import load_table

# a family name the name list attests this often may also be a title or a person noun (الأمين 29،
# الشيخ، القاضي): kept; set low, the lowest count of such a family name seen in the read errors
FAMILY_COUNT = 10


def _title_or_person_noun(key: str) -> bool:
    """Whether a normalised word, with or without ال, is a title (speaker_roles) or a noun naming a
    person (المنسقة، المختص): a word that describes a person, never one of the person's names."""
    return role_key(key) is not None or names_a_person(key.removeprefix("ال"))


@word_memo  # (a function of the key alone: asked of every word after a person speaker's first)
def _describes_person(key: str) -> bool:
    """Whether a normalised word after a name opens its description, not its next name word: a
    definite person noun or title (المنسقة، المختص), never a family name the name list attests
    (الشيخ، الأمير) nor a nationality adjective (… الهولندي)."""
    if not key.startswith("ال") or len(key) <= 3 or nationality_of(key[2:]) is not None:
        return False
    if name_count(key, "family") > 0 or name_count(key[2:], "family") > 0:
        return False
    return _title_or_person_noun(key)


@word_memo  # (a function of the name alone: the same speakers' names recur in article after article)
def without_description(name: str) -> str:
    """A person's name ended before the first word that opens a description of the person (see
    :func:`_describes_person`), after its first word."""
    words = name.split()
    keys = [normalized_word(w) for w in words]
    first = keys[0]
    joined_abd = first.startswith("عبد") and len(first) > 4  # (عبدالعزيز: the name list splits it)
    if (
        (
            name_count(first, "given") == 0
            and name_count(first, "family") == 0
            and cluster_known_word(first)
            and not joined_abd
        )
        or first in word_set("non_name_words")
        or first in ONE_OF_WORDS
        or _title_or_person_noun(first)
    ):
        return name  # (not opened by a name: «زوج المعلمة»، «أحد السكان»، «نائب الرئيس»)
    for k in range(1, len(words)):
        if keys[k - 1] in NAME_LINKS or keys[k - 1] in ("عبد", "ولد"):
            continue
        if _describes_person(keys[k]):
            return " ".join(words[:k])
    return name


# one word after a mention, then a comma, a colon or إن/أن (the apposition or the clause after it)
_WORD_THEN_BOUNDARY = re.compile(r" (\w+)(?:[ \t]*([،,:])| +(?:إن|أن|ان|بأن) )")


def completed_before_boundary(name: str, mentions: list[Entity], text: str) -> str:
    """A person's name whose mentions (each written as the name) all stop one word before a
    boundary, completed with that word («وأشار تشيوي هونج بين، كبير …»): a name's apposition or
    clause starts at the boundary. Never a function or time word, a title, a person noun, a verb or a
    common word with a clitic."""
    key_name = normalized_word(name)
    words: set[str] = set()
    for e in mentions:
        if normalized_word(e.text.strip()) != key_name:
            continue
        after = _WORD_THEN_BOUNDARY.match(text, e.end)
        if after is None or (" " not in name and not after.group(2)):
            return name  # (a lone given name before إن: round 52 leaves it, name_extent.py)
        words.add(after.group(1))
    if len(words) != 1:
        return name
    word = words.pop()
    key = normalized_word(word)
    family = name_count(key, "family") >= FAMILY_COUNT
    if (
        len(key) < 2
        or key == "الله"
        or key in word_set("non_name_words")
        or key in reporting_verbs()
        or (not family and (key[0] in "لبوفك" or common_cluster_word(key) or _title_or_person_noun(key)))
    ):
        return name
    return f"{name} {word}"


def _is_title_phrase(name: str) -> bool:
    """Whether a speaker's name is a title or a person noun with its complement («مسؤولة الإعلام
    بمستشفى …»، «مدير عام إدارة …»), not a name."""
    words = name.split()
    if len(words) < 2:
        return False
    return _title_or_person_noun(normalized_word(words[0]))


def _name_word(key: str) -> bool:
    """Whether a normalised word may be a word of a person's name written before a title (a title
    word the name list attests as a family name often is one: طالب، أمين)."""
    if name_count(key, "family") >= FAMILY_COUNT:
        return True
    return not (
        len(key) < 2
        or key in word_set("non_name_words")
        or key in reporting_verbs()
        or _title_or_person_noun(key)
        or (key[0] in "لبوفك" and common_cluster_word(key))
    )


def name_before_title(name: str, mention: Span | None, text: str) -> str:
    """The person's name written right before a title a speaker's name holds («وقالت فاديا البرغثي
    مسؤولة الإعلام …»، «أوضح … صالح بن طالب، مدير عام …»): news writes a name, then the title that
    describes the same person in apposition, so the speaker is the name. Two to four words, the
    first a given name the name list knows, the last no link word (بن، أبو)."""
    if mention is None or not _is_title_phrase(name):
        return name
    written = text[mention.start : mention.end]
    if written.endswith(name) and len(written) > len(name):
        before = written[: len(written) - len(name)]
    elif written.startswith(name):
        # (60 characters hold the four words looked at; a window, not a tuned threshold)
        before = text[max(0, mention.start - 60) : mention.start]
    else:
        return name
    before = before.rstrip().removesuffix("،").removesuffix(",").rstrip()
    if not before or before[-1] in '.:!؟"»\n':
        return name
    taken: list[str] = []
    for word in reversed(before.split()[-4:]):
        if not _name_word(normalized_word(word)):
            break
        taken.insert(0, word)
    while taken and name_count(normalized_word(taken[0]), "given") == 0:
        taken.pop(0)
    if not 2 <= len(taken) <= 4 or normalized_word(taken[-1]) in NAME_LINKS:
        return name
    return " ".join(taken)


def _lead_official(name: str) -> bool:
    """Whether an unnamed speaker's name is one indefinite official («مسؤول عراقي»، «متحدث باسم
    …»، «مسؤول في وزارة …»): lead_official_heads.txt, singular and without the article."""
    words = name.split()
    if not words:
        return False
    if normalized_word(words[0]) not in word_set("lead_official_heads"):
        return False
    # (an affiliation, «مسؤول في وزارة …»، «متحدث باسم …», is matched by the quotes stage's own rule)
    ranks = word_set("official_rank_words")
    return all(
        is_nisba(key := normalized_word(w)) or nationality_of(key) is not None or key in ranks
        for w in words[1:]
    )


def _presented_as_official(speaker: Speaker, text: str) -> bool:
    """Whether the article presents a named person as an official: a title word of
    official_titles.txt among the three words before the mention or the two after it."""
    if speaker.mention is None:
        return False
    start, end = speaker.mention.start, speaker.mention.end
    # (60 and 40 characters hold the three and two words looked at; windows, not tuned thresholds)
    before = text[max(0, start - 60) : start].split()[-3:]
    after = text[end : end + 40].split()[:2]
    titles = word_set("official_titles")
    return any(
        normalized_word(w).removeprefix("ال") in titles for w in (*before, *text[start:end].split(), *after)
    )


def _cue_gender(quote: Quote) -> str | None:
    """The gender a quotation's reporting verb agrees in ("m", "f"), or None when it shows none."""
    cue = normalized_word(quote.cue.text) if quote.cue is not None else ""
    verbs = reporting_verbs()
    form = verbs.get(cue) or (verbs.get(cue[1:]) if cue[:1] in "وف" else None)
    if form is None or form.agreement[-1:] != "s" or form.agreement[-2:-1] not in ("m", "f"):
        return None
    return form.agreement[-2]


def role_named_later(quotes: list[Quote], text: str) -> list[Quote]:
    """The quotations of an article's opening unnamed official given to the person the article
    names as the next speaker (docs/quotes-annotation.md §8, "Role first, name later": news opens
    with «أعلن مسؤول عراقي …» and then writes «وقال فلان المتحدث باسم …»). Only the official of the
    article's first quotations, and only when a named person speaks right after them."""
    if not quotes or (first := quotes[0].speaker) is None or first.type != "unnamed":
        return quotes
    if not _lead_official(first.name):
        return quotes
    run = 0
    while run < len(quotes) and (s := quotes[run].speaker) is not None and s.name == first.name:
        run += 1
    if run >= len(quotes) or (named := quotes[run].speaker) is None or named.type != "person":
        return quotes
    gender = "f" if normalized_word(first.name.split()[0]).endswith("ه") else "m"
    if any(_cue_gender(q) not in (None, gender) for q in (*quotes[:run], quotes[run])):
        return quotes  # (the official and the person named next disagree in gender: two people)
    words = [normalized_word(w) for w in named.name.split()]
    if len(words) < 2 or name_count(words[0], "given") == 0 or not _presented_as_official(named, text):
        return quotes  # (a person written by a full name the name list opens)
    out = list(quotes)
    for k in range(run):
        speaker = replace(named, mention=out[k].speaker.mention if out[k].speaker else None)
        out[k] = replace(out[k], speaker=speaker)
    return out


# after the speaker's mention: a comma, a colon, an opening mark or إن/أن (the reported clause)
_BOUNDARY_AFTER = re.compile(r"[ \t]*(?:[،,:«\"“]| +(?:إن|أن|ان|بأن)(?!\w))")


def completed_to_mention_word(name: str, mention: Span | None, text: str) -> str | None:
    """A lone given name completed with the one word its speaker's mention writes after it right
    before the reported clause («وأكد طلعت سابق أن …»، «أوضح منير التاريخ: …»): after a lone given name
    and before إن/أن nothing but the family name stands, whatever else the word may read as (a
    title, «مفتي»; a common noun, «التاريخ»). Never a reporting verb, a word opened by a clitic, an
    accusative adverb in ا («أيضا»، «مجددا») or a listed adverb. None when it does not apply."""
    if (
        mention is None
        or " " in name
        or normalized_word(name) == "الله"
        or name_count(normalized_word(name), "given") == 0
    ):
        return None
    written = mention.text.split()
    if len(written) < 2 or normalized_word(written[-2]) != normalized_word(name):
        return None
    if not _BOUNDARY_AFTER.match(text, mention.end):
        return None
    word = written[-1].strip('«»"“”()')
    key = normalized_word(word)
    if (
        len(key) < 3
        or key == "الله"
        or key in reporting_verbs()
        or key[0] in "لبوفك"
        or key.endswith("ا")
        or key in word_set("manner_adverbs")
        or key in word_set("reporting_adverbs")
        or (key in word_set("non_name_words") and name_count(key, "family") < FAMILY_COUNT)
        or any(label != "PER" for label, _kind in lookup(key))  # (a place or a body: «هلال القصيم»)
    ):
        return None
    return f"{name} {word}"


def family_spoken_alone(quotes: list[Quote], text: str) -> dict[str, str]:
    """``{lone given name: given name + family name}`` for the person speakers the article names by
    a lone given name at one quotation and by one other word alone at another («ريان» and «وأكد
    مفتي»), when it writes the two words together («المحامي ريان مفتي»): news names a person in full
    once, then by the family name alone, whatever that word may read as."""
    alone: dict[str, set[str]] = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.type != "person" or " " in speaker.name or speaker.mention is None:
            continue
        written = speaker.mention.text.strip()
        if " " in written or normalized_word(written) == normalized_word(speaker.name):
            continue
        alone.setdefault(speaker.name, set()).add(written)
    out: dict[str, str] = {}
    for given, words in alone.items():
        key = normalized_word(given)
        if key == "الله" or name_count(key, "given") == 0:
            continue
        written_after = [w for w in words if f"{given} {w}" in text]
        if len(written_after) == 1 and normalized_word(written_after[0]) != "تعالي":
            out[given] = f"{given} {written_after[0]}"
    return out


def without_chief_title(name: str) -> str:
    """A person's name opened by a given name, ended before «كبير/كبيرة» with a word after it, from
    its third word («تشارلز هوبر كبير مسؤولي الدفاع»): "chief of …", the apposition the phrase ran on
    into; a family name «كبير» closes the name and has no word after it («إبراهيم كبير»)."""
    words = name.split()
    keys = [normalized_word(w) for w in words]
    if len(words) < 4 or name_count(keys[0], "given") == 0 or _title_or_person_noun(keys[0]):
        return name
    for k in range(2, len(words) - 1):
        if keys[k] in ("كبير", "كبيره") and keys[k - 1] not in NAME_LINKS:
            return " ".join(words[:k])
    return name


def _plain_name_word(key: str) -> bool:
    """Whether a normalised word may be a word of a name at all: no ال, no function word, title,
    person noun or reporting verb, two letters at least."""
    return not (
        len(key) < 2
        or key.startswith("ال")
        or key in word_set("non_name_words")
        or key in reporting_verbs()
        or _title_or_person_noun(key)
    )


@word_memo  # (a function of the key alone: asked of every word of every person speaker's name)
def _word_of_foreign_name(key: str) -> bool:
    """Whether a normalised word may be a word of a foreign name: a plain name word the name list
    (without its curated foreign names) knows as an Arabic given or family name fewer than
    ``FAMILY_COUNT`` times, and no indefinite nisba («مثمن عقاري»)."""
    return (
        _plain_name_word(key)
        and not indefinite_nisba(key)
        and name_count(key, "given", curated=False) < FAMILY_COUNT
        and name_count(key, "family", curated=False) < FAMILY_COUNT
    )


# the part of a compound name after its hyphen, and a word after that part (:func:`completed_across_hyphen`)
_HYPHEN_PART = re.compile(r"[ \t]*-[ \t]*([^\W\d_]+)(?: ([^\W\d_]+))?")
_WORD_CHARACTER = re.compile(r"\w")


def _first_after_whole_word(name: str, text: str, after: re.Pattern[str]) -> re.Match[str] | None:
    r"""The match of ``after`` right after the first mention of ``name`` in ``text`` that no word
    character precedes and that ``after`` follows: what ``re.search(rf"(?<!\w){re.escape(name)}…")``
    finds, without compiling a pattern per name (compiling ``after``'s classes costs about 1 ms) or
    trying a pattern that opens with a look-behind at every offset of the text."""
    at = text.find(name)
    while at >= 0:
        if not (at and _WORD_CHARACTER.match(text, at - 1)):
            found = after.match(text, at + len(name))
            if found is not None:
                return found
        at = text.find(name, at + 1)
    return None


def completed_across_hyphen(name: str, text: str) -> str:
    """A foreign person's name completed with the part the article writes after a hyphen right
    after it («تشونغ مونغ - جون»، «برايوت تشان - أوتشا»، «فرانك - فالتر شتاينماير»): the tagger
    stopped at the hyphen of a compound name. Only when no word of the name is an Arabic name or an
    indefinite nisba, and the part is no function, title or person word («… - رحمه الله»، «… - محام»
    follow Arabic names, whose dash opens an aside); a lone first name also takes the word after the
    part when it is of the same kind (the family name)."""
    words = name.split()
    keys = [normalized_word(w) for w in words]
    if not words or not all(map(_word_of_foreign_name, keys)):
        return name
    found = _first_after_whole_word(name, text, _HYPHEN_PART)
    if found is None or not _plain_name_word(normalized_word(found.group(1))):
        return name
    out = f"{name} - {found.group(1)}"
    if found.group(2) and len(words) == 1 and _word_of_foreign_name(normalized_word(found.group(2))):
        out = f"{out} {found.group(2)}"
    return out


def _lone_given_name(words: list[str]) -> bool:
    """Whether a name's words are one given name alone: one word the name list knows as a given
    name, or a compound in عبد («عبد الكريم»، «عبد رب الرسول»، «عبدرب الرسول»)."""
    if len(words) == 1:
        return name_count(normalized_word(words[0]), "given", curated=False) > 0
    if len(words) == 2:
        return words[0] in ("عبد", "عبدرب")
    return len(words) == 3 and words[:2] == ["عبد", "رب"]


@cache
def _weekdays() -> frozenset[str]:
    """The weekdays written with the article (weekdays.tsv), normalised."""
    return frozenset(normalized_word(row[0]) for row in load_table("weekdays") if row[0].startswith("ال"))


def completed_with_weekday_family(name: str, text: str) -> str:
    """A lone given name completed with a weekday the article writes right after it («رغد الخميس»،
    «زكي الخميس»): a family name (الخميس، الجمعة) the tagger took for the verb's date. A date after a
    speaker follows a full name or a title («وقال جون كيري الخميس»), never a lone given name, which
    only the full name's first words are."""
    words = name.split()
    if not _lone_given_name(words):
        return name
    days = _weekdays()
    for after in re.finditer(rf"(?<!\w){re.escape(name)} (\w+)", text):
        if normalized_word(after.group(1)) in days:
            return f"{name} {after.group(1)}"
    return name
