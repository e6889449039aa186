"""Organisation speakers that ran on into the verb's object: the body's own name, as written elsewhere.

After a cue the subject body is often followed at once by the verb's object, with no comma between
them («وأكدت هيئة شؤون الإعلام المزاعم …»، «وأعلنت شركة سوفتبنك الروبوت …»), and a speaker phrase
(or the entity under it) can take those words for more of the name. Round 88: when the article names
the body elsewhere by exactly the shorter words (an organisation or place entity of its own, ending in
a definite word) and the first word cut is a definite noun no name would continue with here (no
nisba, agreeing adjective, preposition or indefinite name: those may be the body's own), the
speaker is that shorter name. The round's census of organisation speakers over the open sets found
about 40 such run-ons into an object among 128 run-on names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasid.extract.quotes import is_nisba, normalized_word
from rasid.model import Article, Quote
from rasid.resources import load_lexicon

_WORD = re.compile(r"\w+")


def _words(text: str) -> tuple[str, ...]:
    """The normalised words of a name (names are compared whole, clitics and all)."""
    return tuple(normalized_word(w) for w in _WORD.findall(text))


def _keeps_name(key: str) -> bool:
    """Whether a word may go on a body's name where the shorter name stops: anything but a definite
    noun that is no adjective — a nisba («الفلسطينية»، «الإسرائيليين»), a feminine or dual form that
    may agree with the head («العامة»، «الشريفين»), an elative («الأعلى»), a word opening a
    complement (``body_tail_openers.txt``), an indefinite word (often the body's own name after its
    description: «وكالة التصنيف ستاندرد …») or a figure."""
    if not key.isalpha() or not key.startswith("ال") or len(key) < 5:
        return True
    if is_nisba(key) or key.endswith(("ه", "ين", "ون", "يات", "ى", "ان")):
        return True
    if _ELATIVE.match(key):
        return True
    return key in _tail_openers()


# A definite word, its article after a clitic or not (الوطنية، للمياه، بالحيوان، والرعاية).
_DEFINITE = ("ال", "لل", "بال", "وال", "كال", "فال")

# An elative adjective with its article (الأكبر، الأعلى as normalised: الاكبر، الاعلي).
_ELATIVE = re.compile(r"^الا\w{3}$")


_TAIL_OPENERS: frozenset[str] | None = None


def _tail_openers() -> frozenset[str]:
    global _TAIL_OPENERS
    if _TAIL_OPENERS is None:
        _TAIL_OPENERS = frozenset(normalized_word(w) for w in load_lexicon("body_tail_openers"))
    return _TAIL_OPENERS


def _names_written(article: Article) -> set[tuple[str, ...]]:
    """Every organisation or place the article tags on its own (an entity, with its head noun when
    the span leaves it out), as normalised word tuples."""
    names: set[tuple[str, ...]] = set()
    for e in article.entities:
        if e.label not in ("ORG", "LOC"):
            continue
        names.add(_words(e.text))
        if e.head:
            names.add(_words(f"{e.head} {e.text}"))
    return names


def _shorter_body(name: str, written: set[tuple[str, ...]]) -> str | None:
    """The longest leading part of ``name`` the article writes as a name of its own, when the word
    after it can not go on a body's name (:func:`_keeps_name`); None when there is none."""
    raw = name.split()
    keys = [normalized_word(w) for w in raw]
    if len(keys) < 2 or len(keys) != len(_words(name)):
        return None  # (marks or punctuation inside the name: leave it as the rules wrote it)
    for k in range(len(keys) - 1, 1, -1):  # (two words at least: a lone head is no name)
        # (after an indefinite word a definite one is its genitive: «وكالة أنباء الأناضول»)
        if tuple(keys[:k]) in written and keys[k - 1].startswith(_DEFINITE) and not _keeps_name(keys[k]):
            return " ".join(raw[:k])
    return None


def without_object_tails(article: Article) -> Article:
    """The article with each organisation speaker that ran on into its verb's object cut back to the
    body's name as the article writes it elsewhere (Round 88; see the module docstring)."""
    candidates = [q for q in article.quotes if q.speaker is not None and q.speaker.type == "organization"]
    if not candidates:
        return article
    written = _names_written(article)
    changed = False
    quotes: list[Quote] = []
    for q in article.quotes:
        s = q.speaker
        if s is not None and s.type == "organization":
            shorter = _shorter_body(s.name, written)
            if shorter is not None:
                q = replace(q, speaker=replace(s, name=shorter))
                changed = True
        quotes.append(q)
    return replace(article, quotes=tuple(quotes)) if changed else article
