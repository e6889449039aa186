"""Arabic normalisation for matching keys: the one place where spellings are folded.

The same function builds gazetteer keys, index terms and query terms, so that what is indexed and
what is asked meet. It is never applied to ``Article.text``: stored offsets stay true. When a match
found on the normalised key must be mapped back to the clean text, use :func:`normalize_with_offsets`.

The folding table (each row is tested in ``tests/test_normalize.py``):

=============================  ======================================  ==============
what                           characters                              becomes
=============================  ======================================  ==============
tashkeel and Quranic marks     U+064B–U+065F, U+0670, U+06D6–U+06ED    (removed)
tatweel                        ـ U+0640                                 (removed)
alef with hamza/madda/wasla    أ إ آ ٱ ٲ ٳ                                 ا
hamza on waw / yeh             ؤ ئ                                      ء
alef maksura                   ى                                        ي
teh marbuta                    ة                                        ه
Persian/Urdu letter forms      ی ې ۍ → ي;  ک ګ → ك;  ە ہ ۀ ھ → ه;  ۃ → ه
Arabic-Indic digits            ٠–٩                                      0–9
Persian (extended) digits      ۰–۹                                      0–9
Arabic punctuation             ، ؛ ؟ ٪ ٫ ٬                              , ; ? % . ,
quotation marks                “ ” „ ‟ « » ‹ › ″ 〝 〞 ＂ ‘ ’ ‚ ‛ ′        "
no-break and other spaces      U+00A0, U+2000–U+200A, U+202F, U+205F,  space
                               U+3000, U+1680
zero-width and bidi controls   U+200B–U+200F, U+202A–U+202E, U+2060,   (removed)
                               U+2066–U+2069, U+061C, U+FEFF, U+00AD
presentation forms, ligatures  U+FB50–U+FDFF, U+FE70–U+FEFF (NFKC)     base letters
Latin letters                  A–Z …                                   casefolded
=============================  ======================================  ==============
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from rasid.caching import WORD_CACHE_SIZE

_REMOVE = (
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + ["\u2060", "\u061c", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

_SPACES = ["\u00a0", "\u202f", "\u205f", "\u3000", "\u1680"] + [chr(c) for c in range(0x2000, 0x200B)]

QUOTE_CHARS = "\"“”„‟«»‹›″〝〞＂'‘’‚‛′"

_FOLD: dict[str, str] = {
    **{c: "" for c in _REMOVE},
    **{c: " " for c in _SPACES},
    **{c: '"' for c in QUOTE_CHARS},
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ؤ": "ء",
    "ئ": "ء",
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",
    "ې": "ي",
    "ۍ": "ي",
    "ک": "ك",
    "ګ": "ك",
    "ە": "ه",
    "ہ": "ه",
    "ۀ": "ه",
    "ھ": "ه",
    "ۃ": "ه",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "٫": ".",
    "٬": ",",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
}


@lru_cache(maxsize=65536)
def fold_char(char: str) -> str:
    """The normalised form of one character (possibly empty, possibly several characters)."""
    if char in _FOLD:
        return _FOLD[char]
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFKC", char)
    if decomposed != char:
        return "".join(_FOLD.get(c, c.casefold()) for c in decomposed)
    return char.casefold()


class _FoldTable(dict):
    """A ``str.translate`` table that fills itself from :func:`fold_char` on first use of a char."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = fold_char(char)
        if len(folded) != 1:
            _LENGTH_CHANGING.add(char)
        self[code] = folded
        return folded


# Characters whose folded form is not exactly one character (removed marks, expanded ligatures);
# a text without any of them has key offsets equal to its own. Filled as the table fills.
_LENGTH_CHANGING: set[str] = {char for char, folded in _FOLD.items() if len(folded) != 1}
_TABLE = _FoldTable()
_SPACE_RUN = re.compile(r"\s+")


def normalize(text: str, *, collapse_space: bool = True) -> str:
    """The matching key of ``text``: the table above applied, runs of white space made one space
    and the ends stripped (unless ``collapse_space`` is false, which keeps lengths comparable)."""
    folded = text.translate(_TABLE)
    if collapse_space and not folded.isalnum():  # (a word of letters and digits has no white space)
        return _SPACE_RUN.sub(" ", folded).strip()
    return folded


# normalize of one word, cached and shared: the entities stage keys every word of an article and the
# quotes stage keys the same words again (its own split agrees on 99% of them), so the second asks
# a cache, not the fold.
word_key = lru_cache(maxsize=WORD_CACHE_SIZE)(normalize)


class KeyedWords(NamedTuple):
    """The words of one text as a stage keyed them: their starts, surfaces and keys (:func:`word_key`)."""

    text: str
    starts: Sequence[int]
    surfaces: Sequence[str]
    keys: Sequence[str]


# The words of the last text the entities stage keyed, for the quotes stage, which splits the same
# text into words again (its own split agrees on 99% of them): a word with the surface of one keyed
# here takes its key from here (a key is a function of the surface), and the quotes stage asks the
# shared cache only for the others. In pipeline conditions that is cheaper than asking the cache for
# every word (the cache is large, and the entities stage has filled the processor's caches with
# other data since).
_last_keyed: KeyedWords | None = None


def remember_keyed_words(words: KeyedWords) -> None:
    """Keep ``words`` (one text's, the latest only) for :func:`keyed_words`."""
    global _last_keyed
    _last_keyed = words


def keyed_words(text: str) -> KeyedWords | None:
    """The words :func:`remember_keyed_words` kept, if they are of this very text object."""
    words = _last_keyed
    return words if words is not None and words.text is text else None


@lru_cache(maxsize=8)
def normalize_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """``(key, origin)``: the normalised text (spaces not collapsed) and, for every key character
    and one past the end, its offset in ``text``, so that a match ``key[i:j]`` is
    ``text[origin[i]:origin[j]]``. Removed characters (tashkeel after a letter) fall inside the
    span of the letter before them. Read-only results, cached: several stages ask for the same text."""
    key = text.translate(_TABLE)  # also fills the table (and _LENGTH_CHANGING) for every char
    if _LENGTH_CHANGING.isdisjoint(text):
        return key, range(len(text) + 1)
    origin: list[int] = []
    done = 0
    for match in _length_changing_pattern(len(_LENGTH_CHANGING)).finditer(text):
        at = match.start()
        origin.extend(range(done, at))  # characters that fold to exactly one character
        origin.extend([at] * len(_TABLE[ord(text[at])]))
        done = at + 1
    origin.extend(range(done, len(text) + 1))
    return key, tuple(origin)


@lru_cache(maxsize=4)
def _length_changing_pattern(_size: int) -> re.Pattern[str]:
    """One character class of every length-changing character known so far (``_size`` keys the
    cache: the set only grows)."""
    return re.compile("[" + "".join(re.escape(char) for char in sorted(_LENGTH_CHANGING)) + "]")


def strip_tashkeel(text: str) -> str:
    """Only the diacritics and tatweel removed (for display keys that keep letter forms)."""
    return text.translate(_REMOVE_TABLE)


_REMOVE_TABLE = dict.fromkeys(map(ord, _REMOVE))
