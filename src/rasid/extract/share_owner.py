"""A firm's bare head in a market report, read as the firm whose share was just named (Round 92, orgs).

Market reports name a listed firm only as the owner of a share and then quote it by its bare head:
«وصعد سهم بنك … 1.1 في المائة بعدما قال البنك إن …»، «لكن سهم X ارتفع … بعدما قالت الشركة إنه …». The
rules and the memory gave that «البنك»/«الشركة» to a bank or firm named further back (the article's
first «بنك …» or «شركة …»); the gold names the share's owner (docs/quotes-annotation.md §8).
:func:`share_owners` gives such a speaker the organisation tagged right after the nearest share noun
(``share_nouns.txt``) in the cue's sentence or the one before it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from rasid.resources import load_lexicon, load_table
from rasid.text.normalize import normalize

if TYPE_CHECKING:
    from rasid.extract.quotes import Found, _Doc
    from rasid.model import Entity


@cache
def _share_nouns() -> frozenset[str]:
    """The share nouns (سهم، أسهم) of ``share_nouns.txt``, normalised."""
    return frozenset(normalize(w) for w in load_lexicon("share_nouns"))


@cache
def _owner_heads() -> dict[str, str]:
    """A firm's bare definite head (normalised) -> the kind of firm it stands for ("bank", "firm";
    ``share_owner_heads.tsv``)."""
    return {normalize(row[0]): row[1] for row in load_table("share_owner_heads") if len(row) >= 2}


@cache
def _bank_words() -> frozenset[str]:
    """Words that name a body as a bank (``bank_name_words.txt``), normalised."""
    return frozenset(normalize(w) for w in load_lexicon("bank_name_words"))


# How many sentences before the cue's own the share may be named in: one (the share's fall told in
# one sentence, the firm's statement in the next); set by hand from the market reports read, not tuned.
_SENTENCES_BACK = 1


def share_owners(doc: _Doc, found: list[Found]) -> None:
    """A body speaker written as a bare firm head («الشركة»، «البنك»، with و/ف) whose cue comes after
    «سهم/أسهم» + a tagged organisation in its sentence or the one before: that organisation speaks
    (the nearest share's owner), when it is the kind of firm the head says (a bank for «البنك»)."""
    from rasid.extract.quotes import _strip_conjunction

    heads = _owner_heads()
    for f in found:
        for n, s in enumerate(f.speakers):
            if s.type != "organization" or s.mention is None:
                continue
            written = normalize(doc.text[s.mention[0] : s.mention[1]]).split()
            if len(written) != 1:
                continue
            kind = heads.get(_strip_conjunction(written[0]))
            if kind is None:
                continue
            owner = _share_owner(doc, min(s.mention[0], f.cue[0]), kind)
            if owner is not None:
                f.speakers[n] = replace(s, name=owner[0], entity_id=owner[1] or s.entity_id)


def _share_owner(doc: _Doc, before: int, kind: str) -> tuple[str, str | None] | None:
    """The organisation tagged right after the share noun nearest before ``before`` (within the
    sentence and :data:`_SENTENCES_BACK` before it): its text and entity id; None when that share
    names no tagged organisation or one of another kind."""
    from rasid.extract.quotes import _strip_clitic_preposition, _strip_conjunction

    start = doc.sentence_start(before)
    for _ in range(_SENTENCES_BACK):
        if start > 0:
            start = doc.sentence_start(start - 1)
    first, last = doc.token_index_at(start), doc.token_index_at(before)
    nouns = _share_nouns()
    for k in range(last - 1, first - 1, -1):
        if _strip_clitic_preposition(_strip_conjunction(doc.tokens[k].key)) not in nouns:
            continue
        if k + 1 >= last:
            return None
        owner = _entity_after(doc, doc.tokens[k].end, doc.tokens[k + 1].start)
        if owner is None or not _of_kind(owner.text, kind):
            return None
        return owner.text, owner.entity_id or None
    return None


def _entity_after(doc: _Doc, gap_start: int, next_start: int) -> Entity | None:
    """The organisation entity that opens between a share noun's end and the next word's start (a
    mark may stand before it: «سهم «أبل»»)."""
    return next(
        (e for e in doc.entities if e.label == "ORG" and gap_start < e.start <= next_start + 1),
        None,
    )


def _of_kind(name: str, kind: str) -> bool:
    """Whether ``name`` is the kind of firm the bare head stands for: a bank's name holds a bank
    word, a firm's none."""
    words = {w.removeprefix("و") for w in normalize(name).split()}
    is_bank = bool(words & _bank_words())
    return is_bank if kind == "bank" else not is_bank
