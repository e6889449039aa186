"""Round 65: two span conventions of the NER gold for organisations that the entities stage missed.

* A medium's descriptor (صحيفة، جريدة، مجلة، قناة، موقع، وكالة [أنباء]) stays outside the outlet's
  own name (وكالة الأناضول → الأناضول، لوكالة فرانس برس → فرانس برس، لقناة الجزيرة → الجزيرة), as the
  gold has it (read batches 1–60: صحيفة 81 after the head and none with it, قناة 13 / 0, موقع 12 / 0),
  while an agency named by common words or a country keeps it (وكالة الأنباء السعودية، وكالة أنباء
  البحرين). The descriptor is recorded as the entity's ``head``, so the quotation stages, which read
  the entities through :func:`rasid.extract.company_head.with_company_heads`, see the span they saw.
* A unit head in construct before a body named on its own stays inside the unit's name (مديرية
  الدفاع المدني، لقيادة حرس الحدود; read batches: «مديرية» 17 with the head and none after it,
  ``construct_unit_heads.txt``), where the curated alias alone was tagged.
* A nationality adjective after a party, a club or a medium named by its own name stays outside it
  (حزب الله اللبناني → حزب الله، العين الإماراتي → العين، صحيفة الوطن الكويتية → الوطن; read batches:
  known parties and groups 13 with the adjective after them and none with it inside, listed clubs 28
  and none), while a descriptive body keeps its adjective (وزارة الداخلية السعودية، وكالة الأنباء
  الألمانية، الاتحاد السعودي).
* Round 92: a foreign nationality adjective after a body whose own name ends on a proper word (ديلي
  ميل البريطانية، جامعة ماديسون الأمريكية، بلتون كابيتال المصرية) stays outside, as the gold has it
  for any kind (read batches 2-100 and 113-116: 144 such names with the adjective after them, 8 with
  it inside, all of those a common head alone before it: جيش الجزائري، بورصة المصرية).
* Round 92: a club named by a place and its kind (نادي جدة الأدبي) keeps its head «نادي», which
  the stage left outside as it does for a sports club (``club_kind_adjectives.txt``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from rasid.extract.gazetteers import lookup
from rasid.model import Entity
from rasid.resources import load_lexicon, load_table
from rasid.text.normalize import normalize

# descriptors of a medium; «وكالة» only before a name the curated list knows (below)
_MEDIA_HEADS = frozenset(normalize(w) for w in ("صحيفة", "جريدة", "مجلة", "قناة", "موقع"))
_AGENCY = normalize("وكالة")
_NEWS = normalize("أنباء")
# proclitics the span may still carry (the recognisers usually leave them out)
_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")
# kinds whose names are proper names: the nationality adjective after them describes, not names
_PROPER_KINDS = frozenset({"Group", "Sports", "Media"})
_FEDERATION = normalize("الاتحاد")


@lru_cache(maxsize=1)
def _media_generic() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_lexicon("media_generic_nouns"))


@lru_cache(maxsize=1)
def _org_names() -> dict[str, str]:
    """Normalised names and aliases of the curated organisations and clubs -> their kind."""
    names: dict[str, str] = {}
    for row in load_table("organizations"):
        kind = row[2] if len(row) > 2 else ""
        for name in [row[0], *(row[3].split("|") if len(row) > 3 and row[3] else ())]:
            names.setdefault(normalize(name), kind)
    for row in load_table("sports_clubs"):
        for name in [row[0], *(row[2].split("|") if len(row) > 2 and row[2] else ())]:
            names.setdefault(normalize(name), "Sports")
    return names


@lru_cache(maxsize=1)
def _nisba() -> frozenset[str]:
    """Definite nationality adjectives, masculine and feminine (normalised): the entities stage's own
    table, read as written."""
    from rasid.extract.entities import lexicons  # (entities imports this module)

    return frozenset(key for key, (_country, definite) in lexicons().nisba.items() if definite)


@lru_cache(maxsize=1)
def generic_org_heads() -> frozenset[str]:
    """Organisation heads standing alone (النادي، المنتخب), which a nationality adjective names."""
    from rasid.extract.entities import lexicons  # (entities imports this module)

    return lexicons().generic_heads | {normalize(w) for w in ("المنتخب", "الفريق", "النادي")}


def _bare(word: str) -> str:
    """``word`` normalised, without a proclitic before a known head (لوكالة → وكالة)."""
    key = normalize(word)
    for clitic in _PROCLITICS:
        rest = key[len(clitic) :]
        if key.startswith(clitic) and (rest in _MEDIA_HEADS or rest == _AGENCY):
            return rest
    return key


def _is_place(words: Sequence[str]) -> bool:
    return any(label == "LOC" for label, _kind in lookup(" ".join(words)))


def outlet_name_start(words: Sequence[str]) -> int:
    """How many words of an organisation's ``words`` are a medium's descriptor the convention leaves
    outside (0 when none): صحيفة/قناة/موقع … before any name but a generic media noun (الإذاعة),
    وكالة [أنباء] before a name the curated list knows, unless that name is a place (وكالة أنباء
    البحرين) or opens with a generic media noun (وكالة الأنباء السعودية)."""
    if len(words) < 2:
        return 0
    head = _bare(words[0])
    n = 0
    if head in _MEDIA_HEADS:
        n = 1
    elif head == _AGENCY:
        n = 2 if normalize(words[1]) == _NEWS and len(words) > 2 else 1
    if not n or normalize(words[n]) in _media_generic():
        return 0
    if head == _AGENCY:
        rest = words[n:]
        whole = normalize(" ".join([head, *words[1:]]))
        known = normalize(" ".join(rest)) in _org_names() or _org_names().get(whole) == "Media"
        if not known or _is_place(rest):
            return 0
    return n


def narrow_outlet_heads(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with every outlet opening with its descriptor cut to its own name (``head`` set
    to the descriptor, canonical and aliases unchanged)."""
    out: list[Entity] = []
    for entity in entities:
        if entity.label == "ORG" and entity.head is None:
            words = text[entity.start : entity.end].split(" ")
            n = outlet_name_start(words)
            if n and all(words[:n]):  # the head as written (with a clitic the span kept), so
                cut = entity.start + sum(len(w) + 1 for w in words[:n])  # restoring it is exact
                entity = replace(entity, start=cut, text=text[cut : entity.end], head=" ".join(words[:n]))
        out.append(entity)
    return out


def proper_body_adjective_cut(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with a closing nationality adjective left out of a party's, club's or medium's
    own name (حزب الله اللبناني → حزب الله): the body must be of a proper kind and, unless it is a
    medium, known to the curated lists or the gazetteer by the name without the adjective."""
    nisba = _nisba()
    out: list[Entity] = []
    for entity in entities:
        words = text[entity.start : entity.end].split(" ")
        if (
            entity.label == "ORG"
            and entity.kind in _PROPER_KINDS
            and len(words) >= 2
            and normalize(words[-1]) in nisba
            and normalize(words[-2]) not in nisba
            and normalize(words[-2]) not in _media_generic()
        ):
            base = " ".join(words[:-1])
            key = normalize(base)
            names = _org_names()
            stripped = next(
                (key[len(c) :] for c in _PROCLITICS if key.startswith(c) and key[len(c) :] in names), key
            )
            known = (
                entity.kind == "Media"
                or stripped in _org_names()
                or any(label == "ORG" for label, _kind in lookup(base))
            )
            if entity.kind == "Sports" and len(words) == 2:  # a club the sports rules found (العين
                known = stripped not in generic_org_heads()  # الإماراتي), not النادي/الاتحاد السعودي
            if known and stripped != _FEDERATION and stripped not in generic_org_heads():
                end = entity.start + len(base)
                entity = replace(entity, end=end, text=text[entity.start : end])
        out.append(entity)
    return out


@lru_cache(maxsize=1)
def _unit_heads() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_lexicon("construct_unit_heads"))


# proclitics a unit head may carry; «بقيادة» is "led by", so ب and its compounds are left out
_UNIT_PROCLITICS = ("", "و", "ف", "ل", "ول", "فل")


def _head_word_start_before(text: str, start: int, is_head: Callable[[str], bool]) -> int | None:
    """Where the word right before ``start`` (one space between) begins without its proclitic, when
    that word is a head ``is_head`` accepts (normalised, proclitic stripped); else None."""
    before = text[max(0, start - 40) : start]
    if not before.endswith(" ") or before.endswith("  ") or not before[:-1].strip():
        return None
    word = before[:-1].rsplit(maxsplit=1)[-1]
    key = normalize(word)
    clitic = next((c for c in _UNIT_PROCLITICS if key.startswith(c) and is_head(key[len(c) :])), None)
    return None if clitic is None else start - 1 - len(word) + len(clitic)


def unit_head_extended(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with an organisation opening on a definite word or found in the curated lists
    taking the indefinite unit head right before it (مديرية الدفاع المدني، لقيادة حرس الحدود →
    قيادة حرس الحدود), its proclitic outside."""
    heads = _unit_heads()
    out: list[Entity] = []
    for entity in entities:
        definite = text.startswith("ال", entity.start) or entity.source == "gazetteer"  # حرس الحدود
        # لقيادة الشباب، إدارة الهلال: a club's leadership, no unit
        club = entity.kind == "Sports" or _org_names().get(normalize(entity.text)) == "Sports"
        if entity.label == "ORG" and entity.head is None and definite and not club:
            start = _head_word_start_before(text, entity.start, heads.__contains__)
            if start is not None:
                entity = replace(entity, start=start, text=text[start : entity.end])
        out.append(entity)
    return out


@lru_cache(maxsize=1)
def _club_kind_adjectives() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_lexicon("club_kind_adjectives"))


_CLUB_HEAD = normalize("نادي")


def club_kind_head_extended(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with an organisation closing on a club's kind (جدة الأدبي) taking the indefinite
    «نادي» right before it, its proclitic outside (لنادي أبها الأدبي → نادي أبها الأدبي). Round 92:
    the NER gold writes these clubs with their head (13 of 13 in batches 2-100 and 113-116), unlike
    a sports club (نادي [الهلال])."""
    adjectives = _club_kind_adjectives()
    out: list[Entity] = []
    for entity in entities:
        words = text[entity.start : entity.end].split(" ")
        if (
            entity.label == "ORG"
            and entity.head is None
            and len(words) >= 2
            and normalize(words[-1]) in adjectives
        ):
            start = _head_word_start_before(text, entity.start, _CLUB_HEAD.__eq__)
            if start is not None:
                entity = replace(entity, start=start, text=text[start : entity.end])
        out.append(entity)
    return out


# a two-word name (X + adjective) keeps its adjective unless X is rarer than this frequency rank: the
# heads the gold writes with the adjective (جيش 4127، بورصة 5673، بحرية 5426) stay under it, the
# proper names of the census (لإعمار 31098، سرنوشت unknown) over it; read off those ranks (round 92)
MIN_PROPER_WORD_RANK = 10000


@lru_cache(maxsize=1)
def _name_nationality_adjectives() -> frozenset[str]:
    """Adjectives a company's own name carries (زين السعودية), ``name_nationality_adjectives.txt``."""
    return frozenset(normalize(w) for w in load_lexicon("name_nationality_adjectives"))


def _proper_word(word: str) -> bool:
    """A word of a proper name: letters, no article (after a proclitic) (ميل، كابيتال، ماديسون)."""
    key = normalize(word)
    return any(ch.isalpha() for ch in key) and not any(
        key.startswith(c + "ال") or key.startswith(c + "لل") for c in ("", *_PROCLITICS)
    )


def proper_name_adjective_cut(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with a closing foreign nationality adjective left out of an organisation whose own
    name ends on a proper word (ديلي ميل البريطانية → ديلي ميل), whatever its kind: of three words
    or more, or of two when the first is a rare word (لإعمار الإماراتية). Round 92."""
    from rasid.extract.entities import frequency_rank  # (entities imports this module)

    nisba = _nisba()
    out: list[Entity] = []
    for entity in entities:
        words = text[entity.start : entity.end].split(" ")
        if (
            entity.label == "ORG"
            and len(words) >= 2
            and normalize(words[-1]) in nisba
            and normalize(words[-1]) not in _name_nationality_adjectives()
            and normalize(words[-2]) not in nisba
            and _proper_word(words[-2])
            and (len(words) >= 3 or frequency_rank(normalize(words[0])) >= MIN_PROPER_WORD_RANK)
        ):
            end = entity.start + len(" ".join(words[:-1]))
            entity = replace(entity, end=end, text=text[entity.start : end])
        out.append(entity)
    return out
