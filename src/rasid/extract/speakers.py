"""A learned second opinion on who spoke each quotation: candidates, features and a linear ranker.

The quotes stage's rules name one speaker per quotation; on articles they were not tuned on they are
right 62-79% of the time. This module reads only the finished Article (text, sentences, entities,
quotes), lists for each quotation the plausible speakers — the rules' choice, the people and
organisations named in the cue's sentence and the few sentences before it (never inside the
quotation), the speakers of the previous quotations — describes each by a few features, and scores
them with a conditional-logit model trained on historical blind rule outputs
(``benchmarks/train_speaker_ranker.py``, weights in ``resources/speaker_ranker.json``). The rules'
choice is replaced only when another candidate beats it by the model's tuned margin.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from rasid.model import Article, Entity, Quote, Span, Speaker, attach
from rasid.resources import load_lexicon, load_table, resource_path
from rasid.text.normalize import normalize

# Sentences before the cue's own that may hold the speaker ("وأضاف" three sentences after the name).
SENTENCES_BEFORE = 3
# Sentences after the cue's own that may hold it (an inverted "... ، قال المتحدث في بيان لاحق").
SENTENCES_AFTER = 1
# Previous quotations whose speakers are candidates (a chain of وأضاف / وتابع continues one of them).
PREVIOUS_QUOTES = 3
# Words after the cue within which the first name counts as the verb's subject.
SUBJECT_WINDOW_WORDS = 4
# A word before a mention that makes it an object rather than a subject (عن، لـ، مع، إلى، في …).
PREPOSITIONS = frozenset(
    normalize(w) for w in ("عن", "ل", "لـ", "مع", "إلى", "في", "من", "على", "لدى", "حول", "بين")
)
SPEAKER_TYPES = {"PER": "person", "ORG": "organization"}

FEATURES: tuple[str, ...] = (
    "rules",  # the rules' choice
    "rules_confidence",
    "rules_implied",  # the rules' speaker has no mention (وأضاف)
    "rules_unnamed",
    "rules_group",
    "rules_no_entity",
    "rules_direct",
    "rules_mixed",
    "rules_long_name",  # more than four words: often a phrase that names nobody
    "rules_role_only",  # a person the rules named by a title alone (وزيرة الثقافة)
    "rules_subject",  # the rules' mention is the word after the cue: the verb's subject
    "rules_agrees",  # the cue's gender and number fit the rules' speaker type
    "alt_rules_none",  # another candidate, when the rules found nobody
    "alt_rules_implied",
    "alt_rules_unnamed",
    "alt_rules_confidence",
    "person",
    "organization",
    "group",
    "from_entity",
    "from_previous_quote",
    "after_cue",
    "log_words_after",
    "log_words_before",
    "same_sentence",
    "sentences_back",
    "next_sentence",
    "first_after_cue",
    "preposition_before",
    "preposition_near",
    "in_other_quote",
    "inside_rules_mention",
    "next_to_rules_mention",
    "follows_rules_mention",  # a few words after the rules' mention: a name after its title
    "right_after_cue",
    "log_names_between",  # other names between the cue and the candidate
    "previous_speaker",
    "log_earlier_quotes",
    "log_mentions_so_far",
    "has_role",
    "feminine_cue_person",
    "feminine_cue_organization",
    "masculine_cue_person",
    "masculine_cue_organization",
    "plural_cue_group",
    "plural_cue_single",
    "cue_has_subject_alt",  # another candidate when a name follows the cue: the rules skipped it
)
INDEX = {name: i for i, name in enumerate(FEATURES)}


@dataclass(slots=True)
class Candidate:
    """One possible speaker of a quotation and its features (``key`` is its family name)."""

    key: str
    name: str
    type: str
    entity_id: str | None
    mention: tuple[int, int] | None
    features: list[float] = field(default_factory=lambda: [0.0] * len(FEATURES))
    distance: int = 1 << 30

    def speaker(self, text: str) -> Speaker:
        mention = Span.of(text, *self.mention) if self.mention else None
        return Speaker(self.name, self.type, self.entity_id, mention)  # type: ignore[arg-type]


@dataclass(slots=True)
class Choice:
    """The candidates of one quotation; ``rules`` indexes the rules' choice (``None``: unresolved)."""

    quote: int
    candidates: list[Candidate]
    rules: int | None


def family_key(name: str | None) -> str:
    """The last word of a normalised name without its article ال: one key per person or body."""
    if not name:
        return ""
    words = re.findall(r"\w+", normalize(name))
    if not words:
        return ""
    last = words[-1]
    return last[2:] if last.startswith("ال") and len(last) > 4 else last


@cache
def cue_agreement() -> dict[str, str]:
    """Normalised reporting-verb form -> its agreement (3ms, 3fs, ptc.mp …), from the verb lexicon."""
    table: dict[str, str] = {}
    for row in load_table("reporting_verbs.tsv"):
        if len(row) >= 4 and row[3]:
            table.setdefault(normalize(row[0]), row[3])
    return table


@cache
def person_nouns() -> frozenset[str]:
    """Titles and person nouns that may stand for a speaker (وزير، متحدث، الطالبة), without ال."""
    words = load_lexicon("speaker_roles") + load_lexicon("speaker_person_nouns")
    return frozenset(normalize(w) for w in words)


def _role_only(name: str) -> bool:
    """A name that is a title or person noun alone, at most three words (وزيرة الثقافة)."""
    words = normalize(name).split()
    if not words or len(words) > 3:
        return False
    first = words[0][2:] if words[0].startswith("ال") else words[0]
    return first in person_nouns() or (first.endswith("ه") and first[:-1] in person_nouns())


def _candidate_name(entity: Entity) -> str:
    return entity.canonical or entity.text if entity.label == "PER" else entity.text


def _preposition_before(text: str, start: int) -> tuple[bool, bool]:
    """``(immediate, near)``: the mention is the object of a preposition — a word of PREPOSITIONS
    just before it or a ل/ب joined to it (للوزير) — or sits in one's phrase, a preposition two words
    back or a ل/ب noun just before (على قناة …, لموقع …)."""
    if start > 0 and not text[start - 1].isspace():
        prefix = text[text.rfind(" ", 0, start) + 1 : start]
        if any(c in prefix for c in "لب"):
            return True, True
    words: list[str] = []
    end = start
    while len(words) < 2 and end > 0:
        while end > 0 and not text[end - 1].isalnum():
            end -= 1
        word_start = end
        while word_start > 0 and text[word_start - 1].isalnum():
            word_start -= 1
        if word_start == end:
            break
        words.append(normalize(text[word_start:end]))
        end = word_start
    keys = [w[1:] if w.startswith("و") and w[1:] in PREPOSITIONS else w for w in words]
    immediate = bool(keys) and keys[0] in PREPOSITIONS
    near = len(keys) > 1 and (keys[1] in PREPOSITIONS or (keys[0][:1] in ("ل", "ب") and len(keys[0]) > 3))
    return immediate, near


def _cut_short(entity: Entity, rules_mention: tuple[int, int], rules_name: str) -> bool:
    """The entity is the start of the rules' own longer name for the same speaker (جون in «جون بيري
    نائب المتحدث»): the entities stage cut it short, so it is no rival of the rules' choice."""
    inside = rules_mention[0] <= entity.start and entity.end <= rules_mention[1]
    return inside and rules_name.startswith(normalize(entity.text)) and len(rules_name) > len(entity.text)


def _inside_any(spans: Sequence[tuple[int, int]], start: int, end: int, skip: int) -> bool:
    return any(s <= start and end <= e for i, (s, e) in enumerate(spans) if i != skip)


def quote_choices(article: Article) -> list[Choice]:
    """The candidates of every quotation with a single speaker record (coordinated subjects, which
    the rules split into several records of one span, are left alone)."""
    text = article.text
    quotes = article.quotes
    if not quotes:
        return []
    spans = [(q.start, q.end) for q in quotes]
    siblings: dict[tuple[int, int, int], int] = {}
    for q in quotes:
        k = (q.start, q.end, q.cue.start)
        siblings[k] = siblings.get(k, 0) + 1
    entities = [e for e in article.entities if e.label in SPEAKER_TYPES]
    entity_sentences = [article.sentence_at(e.start) for e in entities]
    agreements = cue_agreement()
    spoken: dict[str, int] = {}
    previous_keys: list[tuple[str, Quote]] = []
    choices: list[Choice] = []
    for qi, quote in enumerate(quotes):
        rules_key = family_key(quote.speaker.name) if quote.speaker else ""
        if siblings[(quote.start, quote.end, quote.cue.start)] > 1:
            if rules_key:
                spoken[rules_key] = spoken.get(rules_key, 0) + 1
            continue
        choice = _choose_among(
            article, text, qi, quote, spans, entities, entity_sentences, agreements, spoken, previous_keys
        )
        if choice is not None:
            choices.append(choice)
        if rules_key:
            spoken[rules_key] = spoken.get(rules_key, 0) + 1
            if not previous_keys or previous_keys[-1][0] != rules_key:
                previous_keys.append((rules_key, quote))
    return choices


def _choose_among(
    article: Article,
    text: str,
    qi: int,
    quote: Quote,
    spans: list[tuple[int, int]],
    entities: list[Entity],
    entity_sentences: list[int | None],
    agreements: dict[str, str],
    spoken: dict[str, int],
    previous_keys: list[tuple[str, Quote]],
) -> Choice | None:
    cue_start, cue_end = quote.cue.start, quote.cue.end
    cue_sentence = article.sentence_at(cue_start)
    if cue_sentence is None:
        return None
    by_key: dict[str, Candidate] = {}
    rules = quote.speaker
    rules_mention = (rules.mention.start, rules.mention.end) if rules and rules.mention else None
    rules_name = normalize(rules.name) if rules else ""
    agreement = agreements.get(normalize(quote.cue.text), "")
    number = agreement.rsplit(".", 1)[-1]  # 3ms, ptc.fs -> ms, fs
    feminine, plural = "f" in number, "p" in number or "d" in number
    mentions_so_far: dict[str, int] = {}
    first_after: int | None = None
    for ei, entity in enumerate(entities):
        if entity.start < cue_start:
            mentions_so_far[entity.entity_id] = mentions_so_far.get(entity.entity_id, 0) + 1
        sentence = entity_sentences[ei]
        if sentence is None or not -SENTENCES_AFTER <= cue_sentence - sentence <= SENTENCES_BEFORE:
            continue
        if entity.end > quote.start and entity.start < quote.end:
            continue  # never a name inside the quotation's own content
        if entity.end > cue_start and entity.start < cue_end:
            continue
        after = entity.start >= cue_end
        words = text.count(" ", cue_end, entity.start) if after else text.count(" ", entity.end, cue_start)
        if after and sentence == cue_sentence and first_after is None and words <= SUBJECT_WINDOW_WORDS:
            first_after = ei
        name = _candidate_name(entity)
        key = family_key(name)
        if not key or (rules_mention is not None and _cut_short(entity, rules_mention, rules_name)):
            continue
        distance = words if after or sentence == cue_sentence else words + 50
        candidate = by_key.get(key)
        if candidate is None:
            candidate = by_key[key] = Candidate(
                key, name, SPEAKER_TYPES[entity.label], entity.entity_id, None
            )
        elif distance >= candidate.distance:
            continue
        candidate.distance = distance
        candidate.mention = (entity.start, entity.end)
        candidate.name, candidate.type, candidate.entity_id = (
            name,
            SPEAKER_TYPES[entity.label],
            entity.entity_id,
        )
        f = candidate.features
        _place(f, text, quote, qi, spans, entities, entity.start, entity.end, cue_sentence - sentence)
        f[INDEX["from_entity"]] = 1.0
        f[INDEX["has_role"]] = float(bool(entity.role))
        if rules_mention is not None:
            inside = rules_mention[0] <= entity.start and entity.end <= rules_mention[1]
            gap = min(abs(entity.start - rules_mention[1]), abs(rules_mention[0] - entity.end))
            f[INDEX["inside_rules_mention"]] = float(inside)
            near = text.count(" ", *sorted((entity.start, rules_mention[1]))) <= 2 and gap < 30
            f[INDEX["next_to_rules_mention"]] = float(not inside and near)
            follows = (
                entity.start >= rules_mention[1] and text.count(" ", rules_mention[1], entity.start) <= 4
            )
            apposed = follows and sentence == cue_sentence and not f[INDEX["preposition_near"]]
            f[INDEX["follows_rules_mention"]] = float(apposed and not f[INDEX["preposition_before"]])
    if first_after is not None:
        key = family_key(_candidate_name(entities[first_after]))
        if key in by_key:
            by_key[key].features[INDEX["first_after_cue"]] = 1.0
    for rank, (key, earlier) in enumerate(reversed(previous_keys[-PREVIOUS_QUOTES:])):
        speaker = earlier.speaker
        assert speaker is not None
        candidate = by_key.get(key)
        if candidate is None:
            candidate = by_key[key] = Candidate(key, speaker.name, speaker.type, speaker.entity_id, None)
        candidate.features[INDEX["from_previous_quote"]] = 1.0
        if rank == 0:
            candidate.features[INDEX["previous_speaker"]] = 1.0
    rules_index: int | None = None
    if rules is not None:
        key = family_key(rules.name)
        rules_candidate = by_key.get(key)
        if rules_candidate is None:
            rules_candidate = by_key[key] = Candidate(
                key, rules.name, rules.type, rules.entity_id, rules_mention
            )
        # the rules' record itself is what the quotation keeps when the model agrees
        rules_candidate.name, rules_candidate.type, rules_candidate.entity_id = (
            rules.name,
            rules.type,
            rules.entity_id,
        )
        rules_candidate.mention = rules_mention
        f = rules_candidate.features
        if rules_mention is not None:
            mention_sentence = article.sentence_at(rules_mention[0])
            back = cue_sentence - mention_sentence if mention_sentence is not None else 0
            _place(f, text, quote, qi, spans, entities, *rules_mention, back)
            words_after = text.count(" ", cue_end, rules_mention[0])
            subject = back == 0 and rules_mention[0] >= cue_end and words_after <= SUBJECT_WINDOW_WORDS
            f[INDEX["first_after_cue"]] = float(subject and not f[INDEX["log_names_between"]])
        f[INDEX["rules"]] = 1.0
        f[INDEX["rules_confidence"]] = quote.confidence
        f[INDEX["rules_implied"]] = float(rules_mention is None)
        f[INDEX["rules_unnamed"]] = float(rules.type == "unnamed")
        f[INDEX["rules_group"]] = float(rules.type == "group")
        f[INDEX["rules_no_entity"]] = float(not rules.entity_id)
        f[INDEX["rules_direct"]] = float(quote.kind == "direct")
        f[INDEX["rules_mixed"]] = float(quote.kind == "mixed")
        f[INDEX["rules_long_name"]] = float(len(rules.name.split()) > 4)
        f[INDEX["rules_role_only"]] = float(
            rules.type == "person" and not rules.entity_id and _role_only(rules.name)
        )
    if rules is not None:
        f = by_key[family_key(rules.name)].features
        f[INDEX["rules_subject"]] = f[INDEX["right_after_cue"]] * f[INDEX["same_sentence"]]
        f[INDEX["rules_agrees"]] = float(
            bool(agreement)
            and (
                (plural and rules.type in ("group", "unnamed"))
                or (not plural and feminine and rules.type == "organization")
                or (not plural and not feminine and rules.type in ("person", "unnamed"))
            )
        )
    candidates = list(by_key.values())
    for i, candidate in enumerate(candidates):
        f = candidate.features
        if f[INDEX["rules"]]:
            rules_index = i
        else:
            f[INDEX["alt_rules_none"]] = float(rules is None)
            f[INDEX["alt_rules_implied"]] = float(rules is not None and rules_mention is None)
            f[INDEX["alt_rules_unnamed"]] = float(rules is not None and rules.type == "unnamed")
            f[INDEX["alt_rules_confidence"]] = quote.confidence if rules is not None else 0.0
            f[INDEX["cue_has_subject_alt"]] = float(first_after is not None)
        kind = candidate.type
        f[INDEX["person"]] = float(kind == "person")
        f[INDEX["organization"]] = float(kind == "organization")
        f[INDEX["group"]] = float(kind == "group")
        f[INDEX["log_earlier_quotes"]] = math.log1p(spoken.get(candidate.key, 0))
        f[INDEX["log_mentions_so_far"]] = math.log1p(mentions_so_far.get(candidate.entity_id or "", 0))
        if agreement:
            single = kind in ("person", "organization")
            f[INDEX["feminine_cue_person"]] = float(feminine and not plural and kind == "person")
            f[INDEX["feminine_cue_organization"]] = float(feminine and not plural and kind == "organization")
            f[INDEX["masculine_cue_person"]] = float(not feminine and not plural and kind == "person")
            f[INDEX["masculine_cue_organization"]] = float(
                not feminine and not plural and kind == "organization"
            )
            f[INDEX["plural_cue_group"]] = float(plural and kind == "group")
            f[INDEX["plural_cue_single"]] = float(plural and single)
    return Choice(qi, candidates, rules_index)


def _place(
    f: list[float],
    text: str,
    quote: Quote,
    qi: int,
    spans: list[tuple[int, int]],
    entities: list[Entity],
    start: int,
    end: int,
    sentences_back: int,
) -> None:
    """Set the features of where a mention ``[start, end)`` stands relative to the quotation's cue."""
    cue_start, cue_end = quote.cue.start, quote.cue.end
    after = start >= cue_end
    words = text.count(" ", cue_end, start) if after else text.count(" ", end, cue_start)
    f[INDEX["after_cue"]] = float(after)
    f[INDEX["log_words_after"]] = math.log1p(words) if after else 0.0
    f[INDEX["log_words_before"]] = 0.0 if after else math.log1p(words)
    f[INDEX["same_sentence"]] = float(sentences_back == 0)
    f[INDEX["sentences_back"]] = float(max(sentences_back, 0))
    f[INDEX["next_sentence"]] = float(sentences_back < 0)
    immediate, near = _preposition_before(text, start)
    f[INDEX["preposition_before"]] = float(immediate)
    f[INDEX["preposition_near"]] = float(near and not immediate)
    f[INDEX["in_other_quote"]] = float(_inside_any(spans, start, end, qi))
    f[INDEX["right_after_cue"]] = float(after and words <= 1)  # one space: the next word
    lo, hi = (cue_end, start) if after else (end, cue_start)
    between = sum(1 for other in entities if lo <= other.start and other.end <= hi)
    f[INDEX["log_names_between"]] = math.log1p(between)


# --------------------------------------------------------------------------------------------------
# The model


@dataclass(frozen=True)
class Ranker:
    """A linear score per candidate; the rules' choice is kept unless beaten by ``margin``."""

    weights: tuple[float, ...]
    margin: float

    def scores(self, candidate_features: Sequence[Sequence[float]]) -> list[float]:
        w = self.weights
        return [sum(wi * fi for wi, fi in zip(w, f, strict=True) if fi) for f in candidate_features]

    def pick(self, choice: Choice) -> int | None:
        """The index of the candidate to keep (``choice.rules`` when the model does not override)."""
        if not choice.candidates:
            return choice.rules
        scores = self.scores([c.features for c in choice.candidates])
        best = max(range(len(scores)), key=scores.__getitem__)
        if choice.rules is None:
            return best
        if best != choice.rules and scores[best] - scores[choice.rules] > self.margin:
            return best
        return choice.rules


@cache
def default_ranker() -> Ranker:
    """The shipped model (``resources/speaker_ranker.json``)."""
    data = json.loads(resource_path("speaker_ranker.json").read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("speaker_ranker.json was trained on other features; retrain it")
    return Ranker(tuple(float(w) for w in data["weights"]), float(data["margin"]))


def rank_speakers(article: Article, ranker: Ranker | None = None) -> Article:
    """The article with each quotation's speaker re-chosen among its candidates by ``ranker``."""
    ranker = ranker or default_ranker()
    quotes = list(article.quotes)
    changed = False
    for choice in quote_choices(article):
        picked = ranker.pick(choice)
        if picked is None or picked == choice.rules:
            continue
        quote = quotes[choice.quote]
        quotes[choice.quote] = replace(quote, speaker=choice.candidates[picked].speaker(article.text))
        changed = True
    return attach(article, quotes=quotes) if changed else article


def speakers_stage(article: Article, options: object = None) -> Article:
    """The "speakers" stage: the learned ranker's second opinion on every quotation's speaker."""
    if getattr(options, "rank_speakers", True) is False:
        return article
    return rank_speakers(article)
