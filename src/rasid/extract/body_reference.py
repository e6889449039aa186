"""Back-references to a body the article named before, resolved to that body (round 53).

Arabic news names a body in full once ("كشفت إمارة منطقة مكة المكرمة"، "شركة الصحراء
للبتروكيماويات") and then by its definite head alone ("وأوضحت الإمارة"، "وقال المكتب في برلين"), by an
organ of it ("وأشارت إدارة الشركة"، "وقالت أمانة المنظمة") or by a document it issued ("وكشف تقرير
«ساما»"، "وقالت الدراسة" after "المركز …، الذي أعد الدراسة"). The rules keep such a speaker as
written; the gold names the body (docs/quotes-annotation.md §8). These passes run last over the few
speakers the rules chose, so they cost no scan of the article unless such a speaker is left.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from rasid.extract.company_head import PROCLITICS
from rasid.resources import load_lexicon, load_table
from rasid.text.normalize import normalize

if TYPE_CHECKING:
    from rasid.extract.quotes import Found, SpeakerGuess, _Doc


@cache
def _unit_words() -> frozenset[str]:
    """The organ nouns (normalised) written before a body's definite head to mean the body ("إدارة
    الشركة"; ``back_reference_unit_words.txt``)."""
    return frozenset(normalize(w) for w in load_lexicon("back_reference_unit_words"))


@cache
def _synonyms() -> dict[str, tuple[str, ...]]:
    """A head -> the other heads of its line in ``body_head_synonyms.txt`` (normalised)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in load_lexicon("body_head_synonyms"):
        heads = [normalize(w) for w in line.split()]
        for h in heads:
            table[h] = tuple(o for o in heads if o != h)
    return table


@cache
def _named_body_heads() -> frozenset[str]:
    """Heads that open a body's name in the entities lexicon (إمارة، هيئة، شركة …), normalised,
    one-word heads labelled ORG only (not an event, "مهرجان"، "دورة", nor a place): a head the
    speaker rules do not list may still open a named body."""
    return frozenset(
        normalize(row[0])
        for row in load_table("organization_heads.txt")
        if row and len(row[0].split()) == 1 and (len(row) < 4 or row[3].strip() in ("", "ORG"))
    )


# Prepositions that open the place or unit phrase after a bare definite head ("المكتب في برلين"):
# the phrase locates the body, it does not name another one.
_PLACE_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "فى", "ب"))


def _run_on_after_head(words: list[str]) -> bool:
    """Whether a speaker name (normalised words) is a definite head then words none of which is an
    adjective that may stand in a body's name ("الحكومة الجميع"، "المرصد بعدها"، "الوزارة بما"): the
    phrase ran on past the head into the verb's object or an adverb, while a head and its adjective
    (المكتب الاتحادي، الهيئة العامة) name a body themselves; an adjective also counts coordinated or
    bare (والاجتماعي، اتحادي). Two words after the head at most (the run-ons seen: one or two; not
    tuned). Round 56: +1 read, +1 check, +4 analysis, +4 fresh right speakers."""
    from rasid.extract.quotes import _body_adjective

    if not 2 <= len(words) <= 3 or not words[0].startswith("ال"):
        return False
    return not any(_body_adjective(w) or _body_adjective("ال" + w.removeprefix("و")) for w in words[1:])


def _back_reference_head(name: str, kind: str, doc: _Doc | None = None, before: int = 0) -> str | None:
    """The head (normalised, without ال) of a speaker written as a back-reference to a body: its
    definite head alone, maybe with a place after في ("المكتب في برلين"), or an organ of it and its
    definite head ("إدارة الشركة"); None for any other name. With ``doc``, a head no list holds
    counts when the article tagged a body named by it before ``before`` (:func:`_tagged_head`)."""
    from rasid.extract.quotes import org_head_word, strip_article

    words = normalize(name).split()
    for k, w in enumerate(words):
        if k and w in _PLACE_PREPOSITIONS:
            words = words[:k]
            break
    if len(words) == 2 and words[0] in _unit_words() and kind == "organization":
        words = words[1:]
    if kind == "organization" and _run_on_after_head(words):
        words = words[:1]  # "وحثت الحكومة الجميع"، "وأشار المرصد بعدها": the head alone is the speaker
    if len(words) != 1 or not words[0].startswith("ال"):
        return None
    head = strip_article(words[0])
    if head == words[0]:
        return None
    known = org_head_word(head)
    if known == "org" or (known is None and head in _named_body_heads()):
        return head
    if (
        known is None
        and doc is not None
        and (_tagged_head(doc, head, before) or _marked_kind(doc, head, before))
    ):
        return head
    return None


def _marked_kind(doc: _Doc, head: str, before: int) -> bool:
    """Whether the article wrote before ``before`` a name in marks after ``head`` or a head of its
    line in ``body_head_synonyms.txt`` ("مجلة «…»" before "وقالت الدورية"; :func:`marked_names`)."""
    return any(marked_names(doc, h, before) for h in (head, *_synonyms().get(head, ())))


def _tagged_head(doc: _Doc, head: str, before: int) -> bool:
    """Whether the article tagged before ``before`` a body whose name opens with ``head`` indefinite
    ("حلف شمال الأطلسي" before "وأضاف الحلف"): the head of a name the tagger read as a body's is a
    body's head, though no list holds it (round 69: "الحلف")."""
    return any(
        e.label == "ORG"
        and e.start < before
        and len(words := normalize(e.text).split()) > 1
        and words[0] == head
        for e in doc.entities
    )


def _full_names(doc: _Doc, head: str, before: int) -> list[tuple[int, str, str | None]]:
    """(start, name, entity id) of the organisations tagged before ``before`` whose name opens with
    ``head`` and says more than the head and its adjectives ("شركة الصحراء للبتروكيماويات"، "المكتب
    الاتحادي للإحصاء", not "الشركة السعودية" nor "النيابة العامة": a definite head and its adjectives
    describe, they do not name)."""
    from rasid.extract.quotes import _body_adjective, strip_article

    found = []
    for e in doc.entities:
        if e.label != "ORG" or e.start >= before:
            continue
        for name in (e.canonical, e.text):
            words = normalize(name).split()
            if len(words) < 2 or strip_article(words[0]) != head:
                continue
            if words[0].startswith("ال") and all(_body_adjective(w) for w in words[1:]):
                continue
            found.append((e.start, name, e.entity_id))
            break
    return found


# Marks that may stand between a body's head and its tagged name ("شركة «يريغو»"، "جماعة (بوكو حرام)").
_OPENING_MARKS = "«\"“'(["
# Marks that close a name written in marks after its head ("دورية «…»"، "موقع “…”").
_CLOSING_MARKS = "»\"”'‘″)]"
# Most words a name in marks after a head may hold ("دورية «كولومبيا جورناليزم ريفيو»": 3); set by
# hand from such names, not tuned: a longer stretch in marks is a quotation or a title, not a name.
_MARKED_NAME_WORDS = 4


def marked_names(doc: _Doc, head: str, before: int) -> list[tuple[int, str, str | None]]:
    """(start, name, None) of the bodies written before ``before`` as ``head`` (indefinite, maybe
    with a conjunction or a clitic preposition) then a name of one to four words in marks the tagger
    left untagged ("دورية «كولومبيا جورناليزم ريفيو»"، "لصحيفة “…”"): the head says what kind of body
    the marked name is, so a later bare "الدورية" refers to it (round 82). The name is the head as
    written and the words inside the marks."""
    from rasid.extract.quotes import _strip_clitic_preposition, _strip_conjunction

    found: list[tuple[int, str, str | None]] = []
    last = doc.token_index_at(before)
    for k in range(last):
        key = doc.tokens[k].key
        if head not in key or _strip_clitic_preposition(_strip_conjunction(key)) != head:
            continue
        if k + 1 >= last or doc.gap(k + 1).strip()[-1:] not in _OPENING_MARKS or not doc.gap(k + 1).strip():
            continue
        end = next(
            (
                m
                for m in range(k + 1, min(k + 1 + _MARKED_NAME_WORDS, last))
                if doc.gap(m + 1).strip()[:1] in _CLOSING_MARKS and doc.gap(m + 1).strip()
            ),
            None,
        )
        if end is None or any(doc.gap(m).strip() for m in range(k + 2, end + 1)):
            continue
        if any(e.label == "ORG" and e.start == doc.tokens[k + 1].start for e in doc.entities):
            continue  # (a tagged body: the rules for tagged bodies have it, "تنظيم «داعش»")
        start = doc.tokens[k].start + len(key) - len(head)
        name = doc.text[doc.tokens[k + 1].start : doc.tokens[end].end]
        found.append((start, f"{doc.text[start : doc.tokens[k].end]} {name}", None))
    return found


def headed_mentions(doc: _Doc, head: str, before: int) -> list[tuple[int, str, str | None]]:
    """(start, text, entity id) of the organisations tagged before ``before`` without their head
    but written right after ``head`` (indefinite, maybe with a clitic and a mark between: "جماعة
    «بوكو حرام»"، "لشركة يريغو"): the tagger read the name, the text says what kind of body it is,
    so a later "الجماعة" or "الشركة الآسيوية" may refer to it (round 81)."""
    found = []
    for e in doc.entities:
        if e.label != "ORG" or e.start >= before or normalize(e.text).split()[:1] == [head]:
            continue
        words = doc.text[max(0, e.start - 30) : e.start].rstrip().rstrip(_OPENING_MARKS).split()
        if not words:
            continue
        word = normalize(words[-1])
        if word == head or (word.endswith(head) and word[: -len(head)] in PROCLITICS):
            found.append((e.start, e.text, e.entity_id))
    return found


def one_headed_body(named: list[tuple[int, str, str | None]]) -> tuple[str, str | None] | None:
    """The one body of :func:`headed_mentions` (one entity id, or one text when untracked), its
    longest written form; None when none or two bodies are."""
    bodies = {entity_id or text for _, text, entity_id in named}
    if len(bodies) != 1:
        return None
    _, text, entity_id = max(named, key=lambda item: len(item[1]))
    return text, entity_id


def _one_body(named: list[tuple[int, str, str | None]]) -> tuple[str, str | None] | None:
    """The one body the names stand for: each a shorter form of the longest ("شركة الصحراء" of "شركة
    الصحراء للبتروكيماويات"); None when two bodies are named."""
    if not named:
        return None
    from rasid.extract.quotes import strip_article

    def bare_words(name: str) -> list[str]:  # (normalised, the head without ال)
        words = normalize(name).split()
        return [strip_article(words[0]), *words[1:]]

    longest = max(named, key=lambda item: len(bare_words(item[1])))
    full = bare_words(longest[1])
    if all(full[: len(bare_words(name))] == bare_words(name) for _, name, _ in named):
        return longest[1], longest[2]
    return None


def _nearest_body(named: list[tuple[int, str, str | None]]) -> tuple[str, str | None] | None:
    """Of two bodies named with one head, the one named last ("وزارة الصحة … وزارة التعليم العالي ….
    وأوضحت الوزارة" -> وزارة التعليم العالي): a definite head refers back to the nearest body it
    names, no rival of its head standing between (round 69); its fullest name as the article writes
    it (:func:`_one_body` of that body's names)."""
    start, _, entity_id = max(named, key=lambda item: item[0])
    same = [item for item in named if entity_id is not None and item[2] == entity_id]
    return _one_body(same or [item for item in named if item[0] == start])


# Prepositions and particles that end a body's name the text writes without a tag ("كشفت إمارة
# منطقة مكة المكرمة عن …"): the name does not run on over them.
_NAME_STOPS = frozenset(
    normalize(w)
    for w in ("عن", "في", "فى", "من", "على", "إلى", "الى", "مع", "منذ", "حول", "خلال", "أن", "إن")
)
# Most words after an untagged body's head that its name may hold ("إمارة منطقة مكة المكرمة": 3);
# set by hand from such names, not tuned.
_UNTAGGED_NAME_WORDS = 3


def _untagged_body(doc: _Doc, head: str, before: int) -> str | None:
    """The latest body the text names before ``before`` by ``head`` (indefinite) in construct with
    a definite name the tagger left untagged ("كشفت إمارة منطقة مكة المكرمة، عن"): the head and the
    words up to a mark, a preposition, a verb or a clause word, ending on a definite word; None when
    none is, or when the text names two such bodies."""
    from rasid.extract.quotes import _strip_clitic_preposition, _strip_conjunction

    names: list[str] = []
    for k in range(doc.token_index_at(before) - 1, -1, -1):
        key = doc.tokens[k].key
        if head not in key or _strip_clitic_preposition(_strip_conjunction(key)) != head:
            continue
        words: list[str] = []
        for m in range(k + 1, min(k + 1 + _UNTAGGED_NAME_WORDS, len(doc.tokens))):
            word = doc.tokens[m].key
            if doc.gap(m).strip() or word in _NAME_STOPS or word in doc.verbs or word in doc.comps:
                break
            words.append(doc.text[doc.tokens[m].start : doc.tokens[m].end])
        while words and not normalize(words[-1]).startswith("ال"):
            words.pop()
        if words:
            start = doc.tokens[k].start + len(key) - len(head)
            names.append(" ".join([doc.text[start : doc.tokens[k].end], *words]))
    distinct = {normalize(n) for n in names}
    return names[0] if len(distinct) == 1 else None


def _resolved_body(
    doc: _Doc, head: str, before: int, bare: bool = False, head_written: str | None = None
) -> tuple[str, str | None] | None:
    """The one body named before ``before`` with ``head``: a tagged one, else (none tagged with
    ``head``) one the text names untagged, else the one named with a synonym head
    (``body_head_synonyms.txt``). Tagged names of two bodies leave the speaker as written, unless it
    is the ``bare`` head alone: then the nearest (:func:`_nearest_body`). With ``head_written`` (the
    head as the speaker writes it, without ال), a body tagged without its head but written after it
    (:func:`headed_mentions`) comes before an untagged one, named with that head."""
    named = _full_names(doc, head, before)
    if named:
        return _one_body(named) or (_nearest_body(named) if bare else None)
    headed = one_headed_body(headed_mentions(doc, head, before))
    if headed is not None and head_written is not None:
        return f"{head_written} {headed[0]}", headed[1]
    marked = marked_names(doc, head, before)
    if marked and (len({normalize(name) for _, name, _ in marked}) == 1 or bare):
        return marked[-1][1], None
    untagged = _untagged_body(doc, head, before)
    if untagged:
        return untagged, None
    for other in _synonyms().get(head, ()):
        body = _one_body(_full_names(doc, other, before))
        if body is not None:
            return body
        marked = {normalize(name): name for _, name, _ in marked_names(doc, other, before)}
        if len(marked) == 1:  # "مجلة «…»" … "وقالت الدورية"
            return next(iter(marked.values())), None
    return None


def body_back_references(doc: _Doc, found: list[Found]) -> None:
    """A body speaker written as a back-reference (its definite head alone, with a place after في,
    or an organ of it: "وأوضحت الإمارة"، "وقال المكتب في برلين"، "وأشارت إدارة الشركة") is the one body
    the article named before with that head, tagged or not: a later short form takes the full name."""
    for f in found:
        for n, s in enumerate(f.speakers):
            if s.entity_id or s.type not in ("organization", "person"):
                continue
            head = _back_reference_head(s.name, s.type, doc, f.cue[0])
            if head is None:
                continue
            bare = len(normalize(s.name).split()) == 1
            body = _resolved_body(doc, head, f.cue[0], bare, _head_as_written(s.name))
            if body is not None:
                f.speakers[n] = _as_body(s, *body)


def _head_as_written(name: str) -> str | None:
    """The definite head of a back-reference as written, without ال ("الشركة" -> "شركة"); None when
    the name does not open with ال (an organ before the head: "إدارة الشركة")."""
    first = name.split()[0] if name.split() else ""
    return first[2:] if first.startswith("ال") and len(first) > 3 else None


def _as_body(s: SpeakerGuess, name: str, entity_id: str | None) -> SpeakerGuess:
    """``s`` renamed to the body it refers to, typed organisation; its own entity id kept when the
    body has none."""
    return replace(s, name=name, type="organization", entity_id=entity_id or s.entity_id)


def _document_head(name: str) -> str | None:
    """The document noun (normalised, without ال) a speaker's name opens with ("تقرير «ساما»"،
    "الدراسة"), None when it opens with no document noun."""
    from rasid.extract.quotes import org_head_word, strip_article

    words = normalize(name).split()
    if not words or org_head_word(words[0]) != "doc":
        return None
    return strip_article(words[0])


def _issuer_in_genitive(doc: _Doc, name: str, before: int) -> tuple[str, str | None] | None:
    """The body tagged (before ``before``, the end of the speaker's phrase) right after a document
    noun in the speaker's name ("تقرير «ساما»" -> مؤسسة النقد العربي السعودي): a document in
    construct with a body is that body's; its canonical name and entity id."""
    rest = normalize(name).split()[1:]
    if not rest:
        return None
    for e in doc.entities:
        if e.label == "ORG" and e.start < before and normalize(e.text).split() == rest:
            return e.canonical, e.entity_id
    return None


def _any_document_head(name: str) -> str | None:
    """:func:`_document_head`, or the plural document noun the name opens with ("تقارير رقابية",
    ``issued_documents.txt``)."""
    from rasid.extract.quotes import word_set

    head = _document_head(name)
    if head is not None:
        return head
    words = normalize(name).split()
    return words[0] if words and words[0] in word_set("issued_documents") else None


# How many sentences back a definite document's issuer may be quoted ("وقال المركز …، الذي أعد
# الدراسة" … "وقالت الدراسة"); set by hand, not tuned.
_ISSUER_SENTENCES = 6


def _holds_document(key: str, head: str) -> bool:
    """Whether a token names the document ``head`` with its clitics ("الدراسة"، "تقريرها")."""
    from rasid.extract.quotes import _strip_clitic_preposition, _strip_conjunction, strip_article

    bare = strip_article(_strip_clitic_preposition(_strip_conjunction(key)))
    stem = head[:-1] + "ت" if head.endswith("ه") else head
    return bare == head or (bare.startswith(stem) and len(bare) - len(stem) <= 2)


def _issuer_quoted_with(doc: _Doc, found: list[Found], head: str, before: int) -> SpeakerGuess | None:
    """The body quoted in the latest earlier sentence that names the document ``head`` ("وقال المركز
    الوطني …، الذي أعد الدراسة، إن" … "وقالت الدراسة"): the document speaks for it."""
    bodies = [
        (f.cue[0], s)
        for f in found
        if f.cue[0] < before
        for s in f.speakers
        if s.type == "organization" and _document_head(s.name) is None
    ]
    if not bodies:
        return None
    end = doc.sentence_start(before)
    for _ in range(_ISSUER_SENTENCES):
        if end <= 0:
            break
        start = doc.sentence_start(end - 1)
        first, last = doc.token_index_at(start), doc.token_index_at(end)
        if any(_holds_document(doc.tokens[k].key, head) for k in range(first, last)):
            quoted = [s for at, s in bodies if start <= at < end]
            if quoted:
                return quoted[-1]
        end = start
    return None


def documents_for_issuers(doc: _Doc, found: list[Found]) -> None:
    """A document left as a speaker speaks for its issuer: the body in construct with it ("تقرير
    «ساما»"), or, for a definite document ("وقالت الدراسة"), the body quoted in the latest earlier
    sentence that names it ("وقال المركز …، الذي أعد الدراسة")."""
    for f in found:
        for n, s in enumerate(f.speakers):
            if s.entity_id or s.type not in ("organization", "person"):
                continue
            head = _document_head(s.name)
            if head is None:
                continue
            named_by = s.mention[1] if s.mention else f.cue[1] + len(s.name) + 2  # (VSO: after the cue)
            body = _issuer_in_genitive(doc, s.name, named_by)
            if body is not None:
                f.speakers[n] = _as_body(s, *body)
                continue
            if normalize(s.name).startswith("ال"):
                issuer = _issuer_quoted_with(doc, found, head, f.cue[0])
                if issuer is not None:
                    f.speakers[n] = replace(issuer, mention=s.mention)


def documents_as_resolved_elsewhere(doc: _Doc, found: list[Found]) -> None:
    """A document still left as a speaker ("كشفت دراسة بريطانية"، "أكدت الدراسة") speaks for the one
    body the rules resolved another mention of a document with the same noun to ("وأفادت الدراسة
    التي أجرتها جامعة …"، "ووفقا لتقرير الأمانة العامة …"): the article's study is that body's, before
    or after (round 56). Two bodies so resolved leave it as written."""
    resolved: dict[str, set[str]] = {}
    bodies: dict[tuple[str, str], SpeakerGuess] = {}
    for f in found:
        for s in f.speakers:
            if s.type != "organization" or s.mention is None or _any_document_head(s.name) is not None:
                continue
            head = _any_document_head(doc.text[s.mention[0] : s.mention[1]])
            if head is not None:
                resolved.setdefault(head, set()).add(normalize(s.name))
                bodies[(head, normalize(s.name))] = s
    if not resolved:
        return
    for f in found:
        for n, s in enumerate(f.speakers):
            if s.entity_id or s.type not in ("organization", "unnamed"):
                continue
            head = _any_document_head(s.name)
            names = resolved.get(head or "", set())
            if len(names) == 1:
                f.speakers[n] = replace(bodies[(head or "", next(iter(names)))], mention=s.mention)
