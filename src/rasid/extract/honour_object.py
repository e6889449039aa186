"""A person named as an object of honour: «لخادم الحرمين الشريفين الملك فلان»، «حكومة … الملك فلان».

News of local officials names the state's leader or a prince in thanks, patronage or praise («قدّم
الشكر لحكومة خادم الحرمين الشريفين الملك …»، «في ظل رعاية سمو الأمير …»، «نيابة عن الأمير …»):
that person is the object of a preposition or the genitive of a noun, not the subject of a clause, so
neither an implied cue nor the learned ranker should make him the speaker (round 84).
"""

from __future__ import annotations

import re
from functools import cache

from rasid.resources import load_lexicon
from rasid.text.normalize import normalize

_WORD = re.compile(r"\w+")
# How many words back from a name its honour titles may run («ولي ولي العهد النائب الثاني … صاحب
# السمو الملكي الأمير»): set by hand from Arabic news style, not tuned.
_TITLE_REACH = 8
# Words that make the noun phrase after them an object (a preposition; not مع: «لقاء مع الأمير …
# قائلا», the one met often speaks).
_OBJECT_LEADS = frozenset(
    normalize(w)
    for w in (
        "عن",
        "إلى",
        "الى",
        "على",
        "لدى",
        "أمام",
        "برفقة",
        "من",
        "في",
        "ضد",
        "عند",
        "خلال",
        "حول",
        "تجاه",
    )
)


@cache
def _honour_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_lexicon("honour_title_words"))


def _proclitic_free(word: str) -> str:
    """A word without a leading conjunction و/ف."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _title_after_preposition(key: str) -> bool | None:
    """For a title word: True when it carries ل/ب (لخادم، للملك، بسمو), False when bare (الملك);
    None when the word is no title of honour."""
    if key in _honour_words():
        return False
    bare = _proclitic_free(key)
    if bare[:1] in ("ل", "ب") and (bare[1:] in _honour_words() or "ا" + bare[1:] in _honour_words()):
        return True
    return None


def _construct_noun(raw: str) -> bool:
    """Whether a word that governs the name after it is a noun in construct, not a verb: it ends on
    ة or on the plural ات (حكومة، رعاية، توجيهات), or carries ل/ب (لحكومة، لمقام، بزيارة)."""
    bare = _proclitic_free(raw)
    if bare.endswith("ة") or (bare.endswith("ات") and len(bare) >= 5):
        return True
    return bare[:1] in ("ل", "ب") and len(bare) >= 4 and not bare.startswith(("ال",))


def named_in_honour(text: str, start: int) -> bool:
    """Whether the person named at ``start`` follows a leader's or a royal's titles (the word right
    before the name one of ``honour_title_words``) that are themselves the object of a preposition
    («نيابة عن خادم الحرمين …»), carry ل/ب («لخادم الحرمين»، «لصاحب السمو»), or
    stand in the genitive of a noun («حكومة خادم الحرمين»، «لرمز النادي الأول الأمير …»)."""
    raw = _WORD.findall(text[max(0, start - 200) : start])[-(_TITLE_REACH + 1) :]
    if not raw or _title_after_preposition(normalize(raw[-1])) is None:
        return False
    k = len(raw) - 1
    while k >= 0:
        key = normalize(raw[k])
        if key in _honour_words() or (key.startswith(("ال", "وال")) and key not in _OBJECT_LEADS):
            k -= 1
            continue
        if _title_after_preposition(key):
            return True  # «لخادم الحرمين»، «للملك»، «بسمو»: the titles carry the preposition
        break
    if k < 0:
        return False
    key = _proclitic_free(normalize(raw[k]))
    return key in _OBJECT_LEADS or _construct_noun(raw[k])
