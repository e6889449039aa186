"""A definite role or source noun («المصدر»، «المسؤول الأمني»، «الخبير») names back the unnamed source
the article described before with the same head, indefinite («مصدر مسؤول في وزارة الداخلية»،
«مسؤول أمني رفيع»), even when that description was no quotation's speaker («في تحرك وصفه مسؤول
أميركي بأنه …. وأضاف المسؤول الرفيع المستوى»). The gold writes the description as first given
(docs/quotes-annotation.md §8 and §10.7), so the definite noun takes it, not its own words.

This module holds the guards only (the scan of the text is the speaker resolution's, in
``quotes.py``): a description whose own nisba or affiliation differs from the definite noun's is
someone else («المصدر الأمني» never takes «مصدر اقتصادي»). «المصدر نفسه/ذاته» is left to the older
rule in ``quotes.py`` (``_same_source_before``), which takes the source quoted last.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rasid.resources import load_lexicon
from rasid.text.normalize import word_key

# Shortest word (its article left out) read as a nisba adjective («طبي» has 3 letters; «في» and the
# «ذي» of «الذي» have 2). Set by hand from common adjectives, not tuned.
_MIN_NISBA_LETTERS = 3


@cache
def _not_nisba() -> frozenset[str]:
    """Definite words in ي/ية that are no nisba of place or field (``role_non_nisba_words.txt``)."""
    return frozenset(word_key(w) for w in load_lexicon("role_non_nisba_words"))


def _strip_waw(word: str) -> str:
    """A word without a leading conjunction و/ف before its article (والأمني -> الأمني)."""
    return word[1:] if word[:1] in ("و", "ف") and word[1:3] == "ال" else word


def is_nisba_word(surface: str) -> bool:
    """Whether a written word is a nisba adjective («الأمني»، «أمنية»، «الأميركي»): it ends in ي or ية
    as written, so that «المستوى» (its alif maqsura normalised to ي) is no nisba, and it is not a
    listed look-alike («الذي»، «الرئيسي» stays one)."""
    word = _strip_waw(surface.strip('«»"“”(),،.:'))
    if word.endswith("ى"):
        return False  # («الرفيع المستوى»: ى is no nisba's ي, whatever the key makes of it)
    key = word_key(word)
    bare = key[2:] if key.startswith("ال") else key
    if key in _not_nisba() or bare in _not_nisba():
        return False
    return len(bare) >= _MIN_NISBA_LETTERS and (key.endswith(("ي", "يه", "يا")))


def _stem(surface: str) -> str:
    """A word's key without its article, its conjunction, a feminine or accusative ending and its
    plural ending, to compare adjectives across agreement («الأمنية»، «أمنيا»، «الأمنيين» -> امني)."""
    key = word_key(_strip_waw(surface.strip('«»"“”(),،.:')))
    key = key[2:] if key.startswith("ال") else key
    for ending in ("يون", "يين", "يه", "يا", "ين", "ون"):
        if key.endswith(ending) and len(key) - len(ending) >= 2:
            return key[: -len(ending)] + ("ي" if ending.startswith("ي") else "")
    return key


def qualifiers_agree(definite: Sequence[str], described: Sequence[str]) -> bool:
    """Whether a definite role phrase's words (head first) may name back an indefinite description's
    (head first): every nisba of the definite phrase is among the description's words, or the
    description has no nisba of its own to differ from it («المسؤول الأمني» takes «مسؤول أمني رفيع»
    and «مسؤول في الوزارة», never «مسؤول اقتصادي»)."""
    own = [w for w in definite[1:] if is_nisba_word(w)]
    if not own:
        return True
    words = {_stem(w) for w in described[1:]}
    if all(_stem(w) in words for w in own):
        return True
    return not any(is_nisba_word(w) for w in described[1:])


@cache
def _excluded_heads() -> frozenset[str]:
    """Heads of writings, media and quantities (``role_back_excluded_heads.txt``): no person to name back."""
    return frozenset(word_key(w) for w in load_lexicon("role_back_excluded_heads"))


def person_head(head: str) -> bool:
    """Whether a definite source noun's head («مسؤول»، «خبير»، «مصادر») may name back a description
    written before: any unnamed-source head but those of writings, media and quantities."""
    return word_key(head) not in _excluded_heads()


def _definite(word: str) -> bool:
    """A word with the article, after a conjunction or a clitic preposition too (الأنباء، بالحزب، للأنباء)."""
    key = word_key(word)
    return key.startswith(("ال", "وال", "بال", "لل", "فال"))


def description_before_object(described: Sequence[str]) -> int:
    """How many words of a description the text ran on to belong to it: it ends before an indefinite
    noun in construct with a definite one right after the head or its adjectives («أفاد مسؤول محلي
    وكالة الأنباء» -> مسؤول محلي: the verb's object, not a qualifier); every word otherwise."""
    # (from the third word: right after the head it is the head's own construct, «علماء وكالة الفضاء»)
    for n in range(2, len(described) - 1):
        word, after = described[n], described[n + 1]
        if _definite(word) or is_nisba_word(word) or word_key(word)[:1] in ("ب", "ل"):
            continue
        if word_key(word) in _PREPOSITIONS:
            return len(described)
        if _definite(after) and all(is_nisba_word(w) for w in described[1:n]):
            return n
    return len(described)


# Prepositions after which a description's words are the preposition's own («مسؤول في مدينة الحسكة»).
_PREPOSITIONS = frozenset(word_key(w) for w in ("في", "من", "على", "عن", "لدى", "بين", "داخل", "مع"))
