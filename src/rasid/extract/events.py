"""Events: talks, meetings, phone calls, visits, agreements and announcements.

A trigger word from ``lexicons/event_triggers.tsv`` opens an event mention in its sentence; the
mention's *clause* runs from the trigger to the next trigger or the end of the sentence. Its
participants are the entities named after "بين" / "مع" in that clause (or, failing that, the
people and organisations of the clause), its place the nearest place entity after it, its date the
first resolved date of the clause (before a relative clause starts). Mentions of one event spread
over several sentences ("محادثات إسطنبول … بدء محادثات … والاجتماع المغلق …") are merged when they
share a place or a date, or when a bare definite mention ("بعد المحادثات") follows one of its kind.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from rasid.extract.dates import alternation
from rasid.model import Article, DateMention, Entity, Event, Span, attach
from rasid.pipeline import Options
from rasid.resources import load_table
from rasid.text.normalize import normalize, normalize_with_offsets

# Talks and meetings are one family: "المحادثات" and "الاجتماع" often name the same session.
FAMILY = {"talks": "meeting", "meeting": "meeting"}
# Words that end the part of a clause whose dates belong to the trigger (a relative clause, or a
# new time frame) — "اجتماع بين وزيري خارجية البلدين، أنهى القطيعة التي … منذ عامين".
CLAUSE_BREAKS = ("التي", "الذي", "الذين", "اللذين", "اللتين", "حيث", "عندما", "بينما")
# Confidence of an event mention by evidence: one point each for participants, place and date,
# mapped through this table (set by hand: a bare trigger is a weak event, a full one is strong).
CONFIDENCE_BY_EVIDENCE = (0.4, 0.6, 0.8, 0.9)
# Whole words that contain a trigger but are something else: وزارة "ministry" is not و + زار + ه.
NOT_TRIGGERS = frozenset({"وزاره", "وزارات", "الوزاره", "بوزاره", "لوزاره", "وزارتي", "وزارته"})
# A place entity counts for a trigger only this many key characters after it (set by hand on the
# reference article: "بدء مفاوضات بين مسؤولين أتراك وإيرانيين، مساء اليوم الاثنين في جنيف" is 54).
PLACE_WINDOW_CHARS = 60
# Mentions this many sentences apart are not merged by the bare-definite rule.
MERGE_SENTENCE_WINDOW = 4


@dataclass(frozen=True)
class Trigger:
    words: str  # normalised key
    type: str
    kind: str


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    """The trigger lexicon, longest first."""
    rows = [Trigger(normalize(words), type_, kind) for words, type_, kind in load_table("event_triggers")]
    return tuple(sorted(rows, key=lambda t: -len(t.words)))


@lru_cache(maxsize=1)
def _triggers_by_words() -> dict[str, Trigger]:
    return {t.words: t for t in triggers()}


@lru_cache(maxsize=1)
def trigger_pattern() -> re.Pattern[str]:
    # later words of a multi-word trigger may take the article: المحادثة الهاتفية
    words = alternation((t.words for t in triggers()), space=r"\s+(?:ال)?")
    return re.compile(
        rf"(?<![\w])(?P<cl>[وف]?[بلك]?)(?P<def>ال)?(?P<trigger>{words})"
        rf"(?:ات|ا|ه|ها|هما|هم|ين|ان|ت|تا|وا)?(?![\w])"
    )


@dataclass
class Mention:
    """One event mention before merging."""

    type: str
    trigger: Span
    sentence: int | None
    definite: bool
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    sentences: set[int] = field(default_factory=set)  # every sentence that mentions it

    @property
    def evidence(self) -> int:
        return int(bool(self.participants)) + int(bool(self.place)) + int(bool(self.date))

    def to_event(self) -> Event:
        return Event(
            type=self.type,
            trigger=self.trigger,
            participants=tuple(self.participants),
            place=self.place,
            date=self.date,
            sentence=self.sentence,
            confidence=CONFIDENCE_BY_EVIDENCE[self.evidence],
        )


def find_triggers(text: str) -> list[tuple[int, int, Trigger, bool]]:
    """``(start, end, trigger, definite)`` of every trigger word in ``text`` (clitics outside)."""
    key, origin = normalize_with_offsets(text)
    by_words = _triggers_by_words()
    found = []
    for m in trigger_pattern().finditer(key):
        words = re.sub(r"\s+(?:ال)?", " ", m["trigger"])
        if normalize(m.group(0)) in NOT_TRIGGERS:
            continue
        trig = by_words[words]
        if trig.kind == "verb" and m["def"]:
            continue  # التقى with the article is not a verb
        start = origin[m.end("cl")]
        end = origin[m.end()]
        found.append((start, end, trig, bool(m["def"])))
    return found


@dataclass(frozen=True)
class KeyView:
    """The normalisation key of a text with a map from text offsets to key offsets."""

    key: str
    origin: list[int]

    @classmethod
    def of(cls, text: str) -> KeyView:
        key, origin = normalize_with_offsets(text)
        return cls(key, origin)

    def at(self, offset: int) -> int:
        """The key offset of text offset ``offset`` (the next kept character for removed ones)."""
        return bisect_left(self.origin, offset, 0, len(self.origin) - 1)

    def slice(self, start: int, end: int) -> str:
        return self.key[self.at(start) : self.at(end)]


@lru_cache(maxsize=1)
def nationality_groups() -> dict[str, str]:
    """Plural nationality words (روس، أميركيين، السعوديون) -> the normalised country they name,
    derived from the entities' ``nationality_adjectives`` lexicon (الروسي → روس، روسيين، روسيون)."""
    groups: dict[str, str] = {}
    for adjective, country in load_table("nationality_adjectives"):
        stem = normalize(adjective).removeprefix("ال").removesuffix("ي")
        for form in (stem, stem + "يين", stem + "يون"):
            if len(form) >= 3:
                groups.setdefault(form, normalize(country))
                groups.setdefault("ال" + form, normalize(country))
    return groups


def _nationality_parties(article: Article, clause: str) -> list[Entity]:
    """Country entities of the article named by plural nationality words of ``clause``
    (بين مسؤولين روس وأميركيين → روسيا، الولايات المتحدة)."""
    groups = nationality_groups()
    countries = []
    for word in re.findall(r"\w+", clause):
        country = groups.get(word) or (groups.get(word[1:]) if word[:1] in "وف" else None)
        if country and country not in countries:
            countries.append(country)
    found = []
    for country in countries:
        for entity in article.entities:
            if entity.label == "LOC" and normalize(entity.canonical or entity.text) == country:
                found.append(entity)
                break
    return found


def _entity_key(entity: Entity) -> str:
    return entity.entity_id or f"{entity.label}:{normalize(entity.canonical or entity.text)}"


def _usable_date(mention: DateMention) -> bool:
    return bool(mention.value) and not mention.value.startswith("P") and mention.granularity != "interval"


def _clause_end_for_dates(view: KeyView, start: int, end: int) -> int:
    """Where the dates of a clause stop counting for its trigger: at the first relative word."""
    words = "|".join(CLAUSE_BREAKS)
    k0 = view.at(start)
    hit = re.search(rf"(?<![\w])(?:{words})(?![\w])", view.key[k0 : view.at(end)])
    return view.origin[k0 + hit.start()] if hit else end


def _participants(
    article: Article, view: KeyView, start: int, trigger_end: int, end: int, place: str | None
) -> list[str]:
    """Entity keys of the parties: those after بين / مع just after the trigger, else the people and
    organisations of ``[start, end)``."""
    inside = [e for e in article.entities if start <= e.start and e.end <= end]
    # names inside a quotation that does not hold the trigger belong to what was said, not the event
    foreign = [(q.start, q.end) for q in article.quotes if not q.start <= trigger_end <= q.end]
    inside = [e for e in inside if not any(qs <= e.start < qe for qs, qe in foreign)]
    k_trigger, k_end = view.at(trigger_end), view.at(end)
    key = view.key
    opener = re.search(r"(?<![\w])(?:بين|مع)(?![\w])", key[k_trigger : min(k_end, k_trigger + 40)])
    chosen: list[Entity] = []
    if opener:
        k_open = k_trigger + opener.end()
        stop = re.search(r"[,.;]|(?<![\w])في(?![\w])", key[k_open:k_end])
        k_limit = k_open + stop.start() if stop else k_end
        # parenthesised names (بين الوزيرين (الفرنسي جان مارك والألماني هانس مولر)) count too
        if "(" in key[k_open : k_limit + 1]:
            close = key.find(")", k_open, k_end)
            k_limit = max(k_limit, close) if close != -1 else k_limit
        chosen = [e for e in inside if view.at(e.start) >= k_open and view.at(e.end) <= k_limit]
        countries = _nationality_parties(article, key[k_open:k_limit])
        if countries:  # بين مسؤولين روس وأميركيين: the countries, not the nationality groups
            chosen = [e for e in chosen if e.label != "MISC"] + countries
        if opener.group(0) == "مع":  # أجرى ولي العهد اتصالا مع …: the subject takes part too
            subject = [e for e in inside if e.end <= trigger_end and e.label in ("PER", "ORG")]
            chosen = subject + chosen
    else:
        chosen = [e for e in inside if e.label in ("PER", "ORG")]
    keys: list[str] = []
    for entity in chosen:
        k = _entity_key(entity)
        if k != place and k not in keys:
            keys.append(k)
    return keys


def _place(article: Article, view: KeyView, trigger_end: int, end: int) -> str | None:
    """The nearest place entity after the trigger in its clause that is introduced as a place
    (في / ب / بمدينة …, or right after a noun trigger: اجتماع الرياض)."""
    limit = view.origin[min(view.at(trigger_end) + PLACE_WINDOW_CHARS, len(view.key))]
    after = [e for e in article.entities if e.label == "LOC" and trigger_end <= e.start < min(end, limit)]
    for entity in after:
        k = view.at(entity.start)
        lead = view.key[max(0, k - 24) : k]
        direct = not view.slice(trigger_end, entity.start).strip()
        if direct or re.search(r"(?<![\w])(?:في|ب|الي)\s*(?:مدينه\s+|العاصمه\s+)?$", lead):
            return _entity_key(entity)
    return None


def find_event_mentions(article: Article) -> list[Mention]:
    """Every event mention of the article, sentence by sentence, not merged."""
    view = KeyView.of(article.text)
    mentions: list[Mention] = []
    found = find_triggers(article.text)
    sentences = article.sentences or ()
    for index, (start, end, trig, definite) in enumerate(found):
        sent_index = article.sentence_at(start)
        if sent_index is not None:
            sent_start, sent_end = sentences[sent_index].start, sentences[sent_index].end
        else:
            sent_start, sent_end = 0, len(article.text)
        clause_end = sent_end
        if index + 1 < len(found) and found[index + 1][0] < sent_end:
            clause_end = found[index + 1][0]
        place = _place(article, view, end, clause_end)
        clause_start = start
        if index == 0 or found[index - 1][1] < sent_start:
            clause_start = sent_start  # the first trigger of a sentence owns its opening words
        participants = _participants(article, view, clause_start, end, clause_end, place)
        date_limit = _clause_end_for_dates(view, end, clause_end)
        dates = [d for d in article.dates if end <= d.start < date_limit and _usable_date(d)]
        mentions.append(
            Mention(
                type=trig.type,
                trigger=article.span(start, end),
                sentence=sent_index,
                definite=definite,
                participants=participants,
                place=place,
                date=dates[0].value if dates else None,
            )
        )
    return mentions


def _same_event(event: Mention, mention: Mention) -> bool:
    if FAMILY.get(event.type, event.type) != FAMILY.get(mention.type, mention.type):
        return False
    if event.date and mention.date and event.date != mention.date:
        return False
    if event.place and mention.place:
        return event.place == mention.place
    if event.date and mention.date:
        return True
    shared = set(event.participants) & set(mention.participants)
    if len(shared) >= 2 and not (event.place or mention.place):
        return True  # the call between Trump and Putin, named twice
    bare = not mention.place and not mention.date and not mention.participants
    definite_bare = not mention.place and not mention.date
    if bare and mention.sentence in event.sentences:
        return True  # "… هو ثاني لقاء بين ممثلين عن الدولتين"
    close = (
        bool(event.sentences)
        and mention.sentence is not None
        and mention.sentence - max(event.sentences) <= MERGE_SENTENCE_WINDOW
    )
    return definite_bare and mention.definite and close


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    """Fold mentions of one event into the first; the most informative mention keeps the trigger."""
    events: list[Mention] = []
    for mention in mentions:
        if mention.sentence is not None:
            mention.sentences.add(mention.sentence)
        target = next((e for e in reversed(events) if _same_event(e, mention)), None)
        if target is None:
            events.append(mention)
            continue
        target.sentences |= mention.sentences
        richer = mention.evidence > target.evidence
        if richer:
            target.trigger, target.sentence, target.type = mention.trigger, mention.sentence, mention.type
        target.participants += [p for p in mention.participants if p not in target.participants]
        target.place = target.place or mention.place
        target.date = target.date or mention.date
        target.definite = target.definite or mention.definite
    return events


def extract_events(article: Article) -> list[Event]:
    """The events of an article, mentions merged, in order of first mention."""
    return [m.to_event() for m in merge_mentions(find_event_mentions(article))]


def events_stage(article: Article, options: Options) -> Article:
    """Find talks, meetings, calls, visits, agreements and announcements with their participants,
    place and date."""
    return attach(article, events=extract_events(article))
