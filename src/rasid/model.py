"""The document model: one frozen ``Article`` that flows through every pipeline stage.

Every span is a ``[start, end)`` character offset into ``Article.text`` (the clean text), so
``article.text[span.start:span.end] == span.text`` always holds; :func:`check_spans` enforces it.
Everything here is a plain frozen dataclass of builtins, so articles pickle for multiprocessing and
round-trip through JSON with :meth:`Article.to_dict` / :meth:`Article.from_dict`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

from rasid.errors import RasidError

SCHEMA_VERSION = 1

EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "group", "unnamed"]
ParagraphKind = Literal["heading", "paragraph"]
Granularity = Literal["day", "week", "month", "year", "interval"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the clean text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``[start, end)`` of ``text``, its text sliced from it."""
        return cls(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph or heading of the clean text (no text copy: slice ``Article.text``)."""

    start: int
    end: int
    kind: ParagraphKind = "paragraph"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Paragraph:
        return cls(int(data["start"]), int(data["end"]), data.get("kind", "paragraph"))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the clean text, inside one paragraph."""

    start: int
    end: int
    paragraph: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "paragraph": self.paragraph}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Sentence:
        return cls(int(data["start"]), int(data["end"]), int(data.get("paragraph", 0)))


@dataclass(frozen=True, slots=True)
class Token:
    """A whitespace/punctuation token (before clitic splitting)."""

    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Token:
        return cls(int(data["start"]), int(data["end"]))


@dataclass(frozen=True, slots=True)
class Entity:
    """One mention of a person, organisation, place or other name.

    ``entity_id`` and ``canonical`` are shared by all mentions of one entity in the article;
    ``kind`` is the fine class (``Politician``, ``Nation`` …), ``role``/``nationality`` are the
    title phrase and nationality adjective the text gives a person, ``source`` says which recogniser
    found it (``crf``, ``gazetteer``, ``pattern``, ``document``). ``head`` is a head noun right before
    the span that the annotation convention leaves out but that still names the body (شركة in
    «شركة سامسونج»: span سامسونج); the quotation stages read the span with it.
    """

    start: int
    end: int
    text: str
    label: EntityLabel
    entity_id: str = ""
    canonical: str = ""
    kind: str | None = None
    role: str | None = None
    nationality: str | None = None
    aliases: tuple[str, ...] = ()
    source: str = ""
    confidence: float = 1.0
    head: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "entity_id": self.entity_id,
            "canonical": self.canonical,
            "kind": self.kind,
            "role": self.role,
            "nationality": self.nationality,
            "aliases": list(self.aliases),
            "source": self.source,
            "confidence": round(self.confidence, 4),
        }
        if self.head is not None:  # only firms cut by the convention carry it
            data["head"] = self.head
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            label=data["label"],
            entity_id=data.get("entity_id", ""),
            canonical=data.get("canonical", ""),
            kind=data.get("kind"),
            role=data.get("role"),
            nationality=data.get("nationality"),
            aliases=tuple(data.get("aliases", ())),
            source=data.get("source", ""),
            confidence=float(data.get("confidence", 1.0)),
            head=data.get("head"),
        )


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quotation is attributed to; ``mention`` is ``None`` when only implied (وأضاف)."""

    name: str
    type: SpeakerType
    entity_id: str | None = None
    mention: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "entity_id": self.entity_id,
            "type": self.type,
            "mention": self.mention.to_dict() if self.mention else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        mention = data.get("mention")
        return cls(
            name=str(data["name"]),
            type=data["type"],
            entity_id=data.get("entity_id"),
            mention=Span.from_dict(mention) if mention else None,
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement attributed to a speaker: its content span, cue, kind and speaker.

    ``via`` names the medium that relayed it (نقلت وكالة رويترز عن مسؤول → via رويترز).
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    cue: Span
    speaker: Speaker | None
    confidence: float = 1.0
    via: Speaker | None = None
    sentence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "cue": self.cue.to_dict(),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "confidence": round(self.confidence, 4),
            "via": self.via.to_dict() if self.via else None,
            "sentence": self.sentence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        speaker = data.get("speaker")
        via = data.get("via")
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            kind=data["kind"],
            cue=Span.from_dict(data["cue"]),
            speaker=Speaker.from_dict(speaker) if speaker else None,
            confidence=float(data.get("confidence", 1.0)),
            via=Speaker.from_dict(via) if via else None,
            sentence=data.get("sentence"),
        )


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression normalised to ISO 8601 (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www``
    or an interval ``start/end``); ``anchor`` says what a relative expression was resolved against
    (``absolute``, ``document``, ``previous-date``), ``hijri`` keeps a Hijri value as written."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: Granularity
    anchor: str = "absolute"
    hijri: str | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "granularity": self.granularity,
            "anchor": self.anchor,
            "hijri": self.hijri,
            "confidence": round(self.confidence, 4),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DateMention:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            value=data.get("value"),
            granularity=data["granularity"],
            anchor=data.get("anchor", "absolute"),
            hijri=data.get("hijri"),
            confidence=float(data.get("confidence", 1.0)),
        )


@dataclass(frozen=True, slots=True)
class DocumentDate:
    """When the article was written: from metadata, ``--date``, or inferred from the text.

    ``earliest``/``latest`` bound the inference; ``value`` is the best candidate.
    """

    value: str | None
    source: str  # "option" | "metadata" | "text" | "none"
    confidence: float = 1.0
    earliest: str | None = None
    latest: str | None = None
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "source": self.source,
            "confidence": round(self.confidence, 4),
            "earliest": self.earliest,
            "latest": self.latest,
            "evidence": list(self.evidence),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocumentDate:
        return cls(
            value=data.get("value"),
            source=data.get("source", "none"),
            confidence=float(data.get("confidence", 1.0)),
            earliest=data.get("earliest"),
            latest=data.get("latest"),
            evidence=tuple(data.get("evidence", ())),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """A talk, meeting, call, visit, agreement or announcement reported in one sentence.

    ``participants`` and ``place`` are entity ids of ``Article.entities``; ``date`` is resolved ISO.
    """

    type: str
    trigger: Span
    participants: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None
    sentence: int | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "trigger": self.trigger.to_dict(),
            "participants": list(self.participants),
            "place": self.place,
            "date": self.date,
            "sentence": self.sentence,
            "confidence": round(self.confidence, 4),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        return cls(
            type=data["type"],
            trigger=Span.from_dict(data["trigger"]),
            participants=tuple(data.get("participants", ())),
            place=data.get("place"),
            date=data.get("date"),
            sentence=data.get("sentence"),
            confidence=float(data.get("confidence", 1.0)),
        )


@dataclass(frozen=True)
class Article:
    """One news article and everything rasid found in it.

    ``raw`` is the input as read; ``text`` is the clean text all spans point into. Stages never
    mutate an article: they return a new one (``dataclasses.replace`` via :func:`attach`).
    """

    id: str
    text: str = ""
    raw: str = ""
    url: str | None = None
    title: str | None = None
    media: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    source: str | None = None  # file path / record locator the article was read from
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    events: tuple[Event, ...] = ()
    document_date: DocumentDate | None = None
    warnings: tuple[str, ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` of the clean text."""
        return Span.of(self.text, start, end)

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing ``offset`` (binary search), or ``None``."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            sent = self.sentences[mid]
            if offset < sent.start:
                hi = mid
            elif offset >= sent.end:
                lo = mid + 1
            else:
                return mid
        return None

    def to_dict(self, *, include_raw: bool = False, include_tokens: bool = False) -> dict[str, Any]:
        """The public JSON contract of ``rasid extract`` (see README, "Output format")."""
        data: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "media": self.media,
            "author": self.author,
            "published": self.published,
            "document_date": self.document_date.to_dict() if self.document_date else None,
            "language": self.language,
            "source": self.source,
            "text": self.text,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "sentences": [s.to_dict() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "dates": [d.to_dict() for d in self.dates],
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
            "metadata": dict(self.metadata),
        }
        if include_tokens:
            data["tokens"] = [t.to_dict() for t in self.tokens]
        if include_raw:
            data["raw"] = self.raw
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        version = data.get("schema_version", SCHEMA_VERSION)
        if version > SCHEMA_VERSION:
            raise RasidError("E010", f"article schema_version {version} is newer than {SCHEMA_VERSION}")
        doc_date = data.get("document_date")
        return cls(
            id=str(data["id"]),
            text=data.get("text", ""),
            raw=data.get("raw", ""),
            url=data.get("url"),
            title=data.get("title"),
            media=data.get("media"),
            author=data.get("author"),
            published=data.get("published"),
            language=data.get("language"),
            source=data.get("source"),
            paragraphs=tuple(Paragraph.from_dict(p) for p in data.get("paragraphs", ())),
            sentences=tuple(Sentence.from_dict(s) for s in data.get("sentences", ())),
            tokens=tuple(Token.from_dict(t) for t in data.get("tokens", ())),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            dates=tuple(DateMention.from_dict(d) for d in data.get("dates", ())),
            events=tuple(Event.from_dict(e) for e in data.get("events", ())),
            document_date=DocumentDate.from_dict(doc_date) if doc_date else None,
            warnings=tuple(data.get("warnings", ())),
            metadata=dict(data.get("metadata") or {}),
        )


def iter_spans(
    article: Article, fields: Collection[str] | None = None
) -> Iterator[tuple[str, int, int, str | None]]:
    """Every ``(where, start, end, claimed_text)`` in the article (or in its ``fields`` only);
    ``claimed_text`` is ``None`` for offset-only spans (paragraphs, sentences, tokens)."""
    wanted = SPAN_FIELDS if fields is None else SPAN_FIELDS.intersection(fields)
    if "paragraphs" in wanted:
        for i, p in enumerate(article.paragraphs):
            yield f"paragraphs[{i}]", p.start, p.end, None
    if "sentences" in wanted:
        for i, s in enumerate(article.sentences):
            yield f"sentences[{i}]", s.start, s.end, None
    if "tokens" in wanted:
        for i, t in enumerate(article.tokens):
            yield f"tokens[{i}]", t.start, t.end, None
    if "entities" in wanted:
        for i, e in enumerate(article.entities):
            yield f"entities[{i}]", e.start, e.end, e.text
    if "quotes" in wanted:
        for i, q in enumerate(article.quotes):
            yield f"quotes[{i}]", q.start, q.end, q.text
            yield f"quotes[{i}].cue", q.cue.start, q.cue.end, q.cue.text
            for who, speaker in (("speaker", q.speaker), ("via", q.via)):
                if speaker and speaker.mention:
                    m = speaker.mention
                    yield f"quotes[{i}].{who}.mention", m.start, m.end, m.text
    if "dates" in wanted:
        for i, d in enumerate(article.dates):
            yield f"dates[{i}]", d.start, d.end, d.text
    if "events" in wanted:
        for i, ev in enumerate(article.events):
            yield f"events[{i}].trigger", ev.trigger.start, ev.trigger.end, ev.trigger.text


# The Article fields that hold spans into ``text``.
SPAN_FIELDS = frozenset({"paragraphs", "sentences", "tokens", "entities", "quotes", "dates", "events"})


def span_bounds(
    article: Article, fields: Collection[str] | None = None
) -> Iterator[tuple[int, int, str | None]]:
    """:func:`iter_spans` without the span's name: ``(start, end, claimed_text)``, in the same order
    (no name is formatted for a span that passes; a test keeps the two in step)."""
    wanted = SPAN_FIELDS if fields is None else SPAN_FIELDS.intersection(fields)
    if "paragraphs" in wanted:
        for p in article.paragraphs:
            yield p.start, p.end, None
    if "sentences" in wanted:
        for s in article.sentences:
            yield s.start, s.end, None
    if "tokens" in wanted:
        for t in article.tokens:
            yield t.start, t.end, None
    if "entities" in wanted:
        for e in article.entities:
            yield e.start, e.end, e.text
    if "quotes" in wanted:
        for q in article.quotes:
            yield q.start, q.end, q.text
            yield q.cue.start, q.cue.end, q.cue.text
            for speaker in (q.speaker, q.via):
                if speaker and speaker.mention:
                    m = speaker.mention
                    yield m.start, m.end, m.text
    if "dates" in wanted:
        for d in article.dates:
            yield d.start, d.end, d.text
    if "events" in wanted:
        for ev in article.events:
            yield ev.trigger.start, ev.trigger.end, ev.trigger.text


def _spans_fit(article: Article, fields: Collection[str] | None) -> bool:
    """Whether every span :func:`check_spans` checks lies in the text and slices to its own text
    (its test, without naming each span: the names are built only to report a failure)."""
    text = article.text
    n = len(text)
    wanted = SPAN_FIELDS if fields is None else SPAN_FIELDS.intersection(fields)
    if "quotes" in wanted:  # (the quotation stages attach quotes to every article: their test inline)
        for q in article.quotes:
            cue = q.cue
            if not (0 <= q.start <= q.end <= n and 0 <= cue.start <= cue.end <= n):
                return False
            if text[q.start : q.end] != q.text or text[cue.start : cue.end] != cue.text:
                return False
            for speaker in (q.speaker, q.via):
                if (
                    speaker
                    and (m := speaker.mention)
                    and not (0 <= m.start <= m.end <= n and text[m.start : m.end] == m.text)
                ):
                    return False
    for start, end, claimed in span_bounds(article, wanted - {"quotes"}):
        if not 0 <= start <= end <= n or (claimed is not None and text[start:end] != claimed):
            return False
    return True


def check_spans(article: Article, fields: Collection[str] | None = None) -> None:
    """Raise ``RasidError(E020)`` unless every span (of ``fields``, default all) lies in the text
    and slices to its own text."""
    n = len(article.text)
    if _spans_fit(article, fields):
        return
    for where, start, end, claimed in iter_spans(article, fields):
        if not 0 <= start <= end <= n:
            raise RasidError("E020", f"{article.id}: {where} [{start}, {end}) lies outside text of {n}")
        if claimed is not None and article.text[start:end] != claimed:
            raise RasidError("E020", f"{article.id}: {where} text {claimed!r} != text[{start}:{end}]")


ATTACHABLE = frozenset(f.name for f in fields(Article)) - {"id"}
# (the fields in order, for :func:`attach`'s positional copy; every field is an init field. Not a
# copy of ``__dict__``: an instance whose ``__dict__`` was asked for reads its attributes ~3x slower)
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def attach(article: Article, **changes: Any) -> Article:
    """The one step that attaches what an extractor computed: a new article with ``changes``,
    spans checked against the text (lists become tuples, warnings are appended not replaced)."""
    unknown = set(changes) - ATTACHABLE
    if unknown:
        raise RasidError("E011", f"cannot attach unknown field(s) {sorted(unknown)}")
    for key, value in list(changes.items()):
        if isinstance(value, list):
            changes[key] = tuple(value)
    if "warnings" in changes:
        changes["warnings"] = article.warnings + tuple(changes["warnings"])
    if type(article) is Article:  # (dataclasses.replace without its generic walk over the fields)
        updated = Article(
            *[changes[name] if name in changes else getattr(article, name) for name in _ARTICLE_FIELDS]
        )
    else:
        updated = replace(article, **changes)
    check_spans(updated, None if "text" in changes else changes)
    return updated
