"""A quotation's speaker confidence as the probability that its speaker is right.

The rules give a speaker one of a few fixed levels (0.95 for a named subject after the verb, 0.9, 0.85,
0.8 for a resolved one, ...) and the ranker its softmax probability; on unseen news these levels are
not what they say (blind first runs: 0.9 is right for about 0.8 of quotations, 0.75 for 0.9). This
module describes each finished quotation by how its speaker was found (the rules' level, whether the
ranker replaced it, its type, where its mention is, how often the article gives it the floor) and
maps that to the probability that the speaker is right, by a logistic regression fitted on the
blind-run outputs of earlier gold sets (``benchmarks/train_speaker_confidence.py``, weights in
``resources/speaker_confidence.json``). It runs last in the ``speakers`` stage, so a user can filter
quotations by a confidence that means what it says (``rasid quotes --min-confidence 0.9``).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rasid.model import Article, Quote, attach
from rasid.resources import resource_path

MODEL_FILE = "speaker_confidence.json"

# The rules' confidence levels (README "Quotations"): one indicator each; anything else the rules
# gave (0.5 or below: unresolved or a model-only fill) falls in ``rules_low``.
RULE_LEVELS = (0.95, 0.9, 0.85, 0.8, 0.75, 0.6)
SPEAKER_TYPES = ("person", "organization", "unnamed", "group")

FEATURES: tuple[str, ...] = (
    "bias",
    *(f"rules_{level:g}" for level in RULE_LEVELS),
    "rules_low",
    "ranker_changed",
    "ranker_probability",
    *(f"type_{kind}" for kind in SPEAKER_TYPES),
    "has_mention",
    "mention_after_cue",
    "mention_other_sentence",
    "log_chars_mention_to_cue",
    "linked_entity",
    "kind_direct",
    "kind_mixed",
    "one_word_name",
    "long_name",
    "same_as_previous",
    "log_quotes_by_speaker",
    "log_speakers_in_article",
    "via",
    "shared_content",
    "log_quote_chars",
)
_INDEX = {name: i for i, name in enumerate(FEATURES)}
_SENTENCE_ENDS = ("\n", ".", "؟", "?", "!")
_RULES_LOW = _INDEX["rules_low"]
_RANKER_CHANGED = _INDEX["ranker_changed"]
_RANKER_PROBABILITY = _INDEX["ranker_probability"]
_HAS_MENTION = _INDEX["has_mention"]
_MENTION_AFTER_CUE = _INDEX["mention_after_cue"]
_MENTION_OTHER_SENTENCE = _INDEX["mention_other_sentence"]
_LOG_CHARS_MENTION_TO_CUE = _INDEX["log_chars_mention_to_cue"]
_LINKED_ENTITY = _INDEX["linked_entity"]
_ONE_WORD_NAME = _INDEX["one_word_name"]
_LONG_NAME = _INDEX["long_name"]
_SAME_AS_PREVIOUS = _INDEX["same_as_previous"]
_LOG_QUOTES_BY_SPEAKER = _INDEX["log_quotes_by_speaker"]
_LOG_SPEAKERS_IN_ARTICLE = _INDEX["log_speakers_in_article"]
_VIA = _INDEX["via"]
_SHARED_CONTENT = _INDEX["shared_content"]
_LOG_QUOTE_CHARS = _INDEX["log_quote_chars"]


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic-regression weights over :data:`FEATURES`."""

    weights: tuple[float, ...]

    def probability(self, features: Sequence[float]) -> float:
        """The probability for a full feature row."""
        return _logistic(sum(w * x for w, x in zip(self.weights, features, strict=True)))

    def sparse_probability(self, pairs: Sequence[tuple[int, float]]) -> float:
        """The probability for the ``(index, value)`` pairs of a row's non-zero features."""
        w = self.weights
        return _logistic(sum(w[at] * value for at, value in pairs))


def _logistic(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    e = math.exp(score)
    return e / (1.0 + e)


@cache
def default_model() -> ConfidenceModel:
    """The shipped weights (``resources/speaker_confidence.json``)."""
    data = json.loads(resource_path(MODEL_FILE).read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE} was trained on other features; retrain it")
    return ConfidenceModel(tuple(float(w) for w in data["weights"]))


def confidence_features(rules: Sequence[Quote], final: Sequence[Quote], text: str) -> list[list[float]]:
    """One feature row per quotation of ``final`` (the ``speakers`` stage's output); ``rules`` are the
    quotations as the rules left them, found by their content and cue (the ranker may merge two
    records that came to name the same body)."""
    rows = []
    for pairs in _sparse_features(rules, final, text):
        row = [0.0] * len(FEATURES)
        for at, value in pairs:
            row[at] = value
        rows.append(row)
    return rows


_LEVEL_AT = {level: _INDEX[f"rules_{level:g}"] for level in RULE_LEVELS}
_TYPE_AT = {kind: _INDEX[f"type_{kind}"] for kind in SPEAKER_TYPES}
_KIND_AT = {"direct": _INDEX["kind_direct"], "mixed": _INDEX["kind_mixed"]}


def _sparse_features(
    rules: Sequence[Quote], final: Sequence[Quote], text: str
) -> list[list[tuple[int, float]]]:
    """:func:`confidence_features` as ``(index, value)`` pairs of the non-zero features."""
    from rasid.extract.speakers import family_key

    keys = [family_key(q.speaker.name) if q.speaker else "" for q in final]
    by_speaker = Counter(k for k in keys if k)
    in_article = math.log1p(len(by_speaker))
    spans = Counter((q.start, q.end, q.cue.start) for q in final)
    as_ruled: dict[tuple[int, int, int], Quote] = {}
    for q in rules:
        as_ruled.setdefault((q.start, q.end, q.cue.start), q)
    rows: list[list[tuple[int, float]]] = []
    previous = ""
    for at, quote in enumerate(final):
        span = (quote.start, quote.end, quote.cue.start)
        before = as_ruled.get(span, quote)
        f = [(0, 1.0), (_LEVEL_AT.get(round(before.confidence, 4), _RULES_LOW), 1.0)]
        speaker, was = quote.speaker, before.speaker
        changed = (speaker is None) != (was is None) or (
            speaker is not None and was is not None and (speaker.name, speaker.type) != (was.name, was.type)
        )
        if changed and quote.confidence != before.confidence:
            f += [(_RANKER_CHANGED, 1.0), (_RANKER_PROBABILITY, quote.confidence)]
        if speaker is not None:
            if speaker.type in _TYPE_AT:
                f.append((_TYPE_AT[speaker.type], 1.0))
            mention = speaker.mention
            if mention is not None:
                f.append((_HAS_MENTION, 1.0))
                if mention.start >= quote.cue.end:
                    f.append((_MENTION_AFTER_CUE, 1.0))
                    gap = mention.start - quote.cue.end
                else:
                    gap = max(quote.cue.start - mention.end, 0)
                between = text[min(mention.end, quote.cue.start) : max(mention.start, quote.cue.end)]
                if any(mark in between for mark in _SENTENCE_ENDS):
                    f.append((_MENTION_OTHER_SENTENCE, 1.0))
                f.append((_LOG_CHARS_MENTION_TO_CUE, math.log1p(gap)))
            if speaker.entity_id:
                f.append((_LINKED_ENTITY, 1.0))
            words = len(speaker.name.split())
            if words <= 1:
                f.append((_ONE_WORD_NAME, 1.0))
            elif words >= 4:
                f.append((_LONG_NAME, 1.0))
            if keys[at] and keys[at] == previous:
                f.append((_SAME_AS_PREVIOUS, 1.0))
            f.append((_LOG_QUOTES_BY_SPEAKER, math.log1p(by_speaker.get(keys[at], 0))))
        f.append((_LOG_SPEAKERS_IN_ARTICLE, in_article))
        if quote.kind in _KIND_AT:
            f.append((_KIND_AT[quote.kind], 1.0))
        if quote.via is not None:
            f.append((_VIA, 1.0))
        if spans[span] > 1:
            f.append((_SHARED_CONTENT, 1.0))
        f.append((_LOG_QUOTE_CHARS, math.log1p(quote.end - quote.start)))
        if keys[at]:
            previous = keys[at]
        rows.append(f)
    return rows


# An unresolved speaker keeps the rules' low confidence: there is no speaker to be right about.
UNRESOLVED_CONFIDENCE = 0.3


def calibrate_confidence(rules: Article, ranked: Article, model: ConfidenceModel | None = None) -> Article:
    """``ranked`` with every resolved speaker's confidence replaced by the model's probability that
    it is right; ``rules`` is the article as the rules left it (before the ranker)."""
    if not ranked.quotes:
        return ranked
    model = model or default_model()
    rows = _sparse_features(rules.quotes, ranked.quotes, ranked.text)
    quotes = [
        with_confidence(q, round(model.sparse_probability(f), 4))
        if q.speaker is not None
        else with_confidence(q, min(q.confidence, UNRESOLVED_CONFIDENCE))
        for q, f in zip(ranked.quotes, rows, strict=True)
    ]
    return attach(ranked, quotes=quotes)


def with_confidence(quote: Quote, confidence: float) -> Quote:
    """``dataclasses.replace(quote, confidence=confidence)``, built directly (several times faster;
    a test keeps the two equal)."""
    q = quote
    return Quote(q.start, q.end, q.text, q.kind, q.cue, q.speaker, confidence, q.via, q.sentence)
