"""Speakers named by a document: the body that issued it, as the article names the body.

A speaker phrase that opens with a document noun («تقرير المزايا»، «بيان الهيئة»، «دراسة علمية
أجرتها وزارة التعليم») is almost never what the gold names: it gives the document's issuer. Round 90's
census of such speaker names over the open groups found 72 wrong of 93. Two shapes are read here,
after every other speaker rule:

- the document in construct with a short form of a body the article tags elsewhere («تقرير المزايا»
  after «شركة المزايا القابضة»): the words after the noun, an article and a ل aside, are a run of the
  tagged body's own name, and only one body's — the speaker is that body's full name;
- the document's phrase names its issuer after a link word of ``issuer_links.tsv`` («دراسة أجرتها
  وزارة التعليم»، «مذكرة صادرة عن بنك …») that the speaker name stopped before: the body tagged right
  after the link speaks.

A body's name run on past its end into an adjective of the document («تقرير شركة المزايا القابضة
الأسبوعي»: a masculine adjective after a feminine head agrees with تقرير, not with شركة) is cut back to
the tagged name. Quotations carried on with the same document name follow the first resolution.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasid.extract.quotes import is_nisba, normalized_word
from rasid.model import Article, Entity, Quote
from rasid.resources import load_lexicon, load_table

_WORD = re.compile(r"\w+")

_DOC_NOUNS: frozenset[str] | None = None
_LINKS: dict[str, str] | None = None


def _doc_nouns() -> frozenset[str]:
    """Document nouns without their article: the ``doc`` heads of speaker_organizations.tsv and the
    report nouns (report_nouns.txt)."""
    global _DOC_NOUNS
    if _DOC_NOUNS is None:
        words = {row[0] for row in load_table("speaker_organizations") if len(row) >= 2 and row[1] == "doc"}
        words |= set(load_lexicon("report_nouns"))
        _DOC_NOUNS = frozenset(_bare(normalized_word(w)) for w in words)
    return _DOC_NOUNS


def _links() -> dict[str, str]:
    global _LINKS
    if _LINKS is None:
        _LINKS = {normalized_word(row[0]): row[1] for row in load_table("issuer_links") if len(row) >= 2}
    return _LINKS


def _bare(key: str) -> str:
    """A word without و/ف, its article and a ل before the article (للأمم → امم)."""
    if len(key) > 3 and key[0] in "وف":
        key = key[1:]
    if key.startswith("لل") and len(key) > 4:
        return key[2:]
    if key.startswith("ال") and len(key) > 3:
        return key[2:]
    if key.startswith("ل") and len(key) > 4:
        return key[1:]
    return key


def _keys(text: str) -> list[str]:
    return [_bare(normalized_word(w)) for w in _WORD.findall(text)]


def _is_document(name: str) -> bool:
    words = _keys(name)
    return bool(words) and words[0] in _doc_nouns()


def _adjective(key: str) -> bool:
    """A nisba or document adjective (أميركية، حديثة), which names no body on its own."""
    if is_nisba("ال" + key):
        return True
    return key in _doc_adjectives()


_DOC_ADJ: frozenset[str] | None = None


def _doc_adjectives() -> frozenset[str]:
    global _DOC_ADJ
    if _DOC_ADJ is None:
        _DOC_ADJ = frozenset(_bare(normalized_word(w)) for w in load_lexicon("document_adjectives"))
    return _DOC_ADJ


def _full_names(article: Article) -> list[tuple[list[str], str, Entity]]:
    """Each organisation the article tags, as written (its head noun, when the span leaves it out,
    and the span): (bare words, name, entity)."""
    out = []
    for e in article.entities:
        if e.label != "ORG":
            continue
        written = f"{e.head} {e.text}" if e.head else e.text
        words = _keys(written)
        if e.canonical and _contains(_keys(e.canonical), words):
            written, words = e.canonical, _keys(e.canonical)  # (the full name the span shortens)
        out.append((words, written, e))
    return out


def _contains(words: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))


def _construct_issuer(name: str, bodies: list[tuple[list[str], str, Entity]]) -> tuple[str, Entity] | None:
    """The tagged body whose written name holds the words after the document noun as a run: the
    longest such name, when every other one is a run of it (one body, written short and in full)."""
    rest = _keys(name)[1:]
    if not rest or len(rest) > 4 or all(_adjective(w) for w in rest):
        return None
    found = sorted(
        ((words, full, e) for words, full, e in bodies if _contains(words, rest)), key=lambda b: -len(b[0])
    )
    if not found or any(not _contains(found[0][0], words) for words, _full, _e in found[1:]):
        return None
    return found[0][1], found[0][2]


def _linked_issuer(quote: Quote, article: Article) -> tuple[str, Entity] | None:
    """The body tagged right after an issuing link inside the speaker's document phrase («دراسة علمية
    أجرتها وزارة التعليم»: the name stopped before the link, the mention did not)."""
    mention = quote.speaker.mention if quote.speaker else None
    if mention is None:
        return None
    text = article.text
    tail = text[mention.start : mention.end + 40]
    words = list(_WORD.finditer(tail))
    for k, w in enumerate(words[1:6], 1):
        kind = _links().get(normalized_word(w.group()))
        if w.end() > mention.end - mention.start:
            return None  # (the link is the speaker phrase's own, not a word of what follows it)
        if kind not in ("participle", "verb"):
            continue
        at = mention.start + w.end()
        if kind == "participle":
            nxt = words[k + 1] if k + 1 < len(words) else None
            if nxt is None or normalized_word(nxt.group()) != normalized_word("عن"):
                return None
            at = mention.start + nxt.end()
        gap = text[at : at + 3]
        start = at + len(gap) - len(gap.lstrip())
        body = next((e for e in article.entities if e.label == "ORG" and e.start == start), None)
        if body is None:
            return None
        written = f"{body.head} {body.text}" if body.head else body.text
        if body.canonical and _contains(_keys(body.canonical), _keys(written)):
            written = body.canonical
        return written, body
    return None


def _adjective_run_on(
    name: str, quote: Quote, bodies: list[tuple[list[str], str, Entity]]
) -> tuple[str, Entity] | None:
    """A body's tagged name run on into a masculine adjective of a masculine document before it
    («تقرير شركة المزايا القابضة الأسبوعي» named «شركة المزايا القابضة الأسبوعي»)."""
    mention = quote.speaker.mention if quote.speaker else None
    if mention is None or not _is_document(mention.text) or _is_document(name):
        return None
    doc_noun = _keys(mention.text)[0]
    if doc_noun.endswith(("ه", "ة")):
        return None
    keys = _keys(name)
    for words, full, e in bodies:
        n = len(words)
        if n >= 2 and keys[:n] == words and len(keys) == n + 1:
            tail = keys[n]
            head = words[0]
            if _adjective(tail) and not tail.endswith(("ه", "ة")) and head.endswith(("ه", "ة")):
                return full, e
    return None


def with_document_issuers(article: Article) -> Article:
    """The article with each speaker named by a document (or run on into the document's adjective)
    named by the body that issued it (Round 90; see the module docstring)."""
    if not any(q.speaker is not None for q in article.quotes):
        return article
    bodies: list[tuple[list[str], str, Entity]] | None = None
    resolved: dict[str, tuple[str, Entity]] = {}
    changed = False
    quotes: list[Quote] = []
    for q in article.quotes:
        s = q.speaker
        if s is not None and s.type in ("organization", "unnamed", "person", "group"):
            if bodies is None:
                bodies = _full_names(article)
            body = resolved.get(s.name)
            if body is None and _is_document(s.name):
                body = _construct_issuer(s.name, bodies) or _linked_issuer(q, article)
            elif body is None and s.type == "organization":
                body = _adjective_run_on(s.name, q, bodies)
            if body is not None:
                resolved[s.name] = body
                name, entity = body
                q = replace(q, speaker=replace(s, name=name, type="organization", entity_id=entity.entity_id))
                changed = True
        quotes.append(q)
    return replace(article, quotes=tuple(quotes)) if changed else article
