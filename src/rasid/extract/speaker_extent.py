"""A learned end for the name of a body, unnamed source or group speaker.

The rules cut such names short or run them on («مصادر طبية» for «مصادر طبية فلسطينية», «مصدر أمني
رفيع المستوى في جدة» for «مصدر أمني»). For a quotation whose speaker the rules found as a phrase of the
text (a mention whose text is the speaker's name) and typed organisation, unnamed or group, this
module lists the phrase's possible ends — after each word from the mention's first word up to
``MAX_WORDS`` words on, never across the quotation, its cue, a sentence end or punctuation — describes
each end by the words on either side of it (word classes, lexicon memberships, entities) and scores
them with a conditional logit fitted on historical blind rule outputs
(``benchmarks/train_speaker_extent.py``, weights in ``resources/speaker_extent.json``). The rules'
end is replaced only when another end beats it by the model's margin. The shipped model reads only
names the rules took from away from the mention (a mention that refers back, «المسؤول»، «البيان»,
for a name written earlier): at the mention itself it gained nothing held out (the trainer's
docstring has the figures). It runs at the end of the ``speakers`` stage, after the ranker.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from operator import mul

from rasid.caching import word_memo
from rasid.extract.quotes import final_speaker_name, state_agency_by_country
from rasid.model import Article, Entity, Quote, Span, Speaker, attach
from rasid.resources import load_lexicon, load_table, resource_path
from rasid.text.normalize import normalize, word_key

# Words after the mention's first word that an end may reach (gold names of bodies and sources are
# rarely longer: «مصدر أمني رفيع المستوى في وزارة الداخلية» has 7).
MAX_WORDS = 10
TYPES = ("organization", "unnamed", "group")
_WORD = re.compile(r"\w+")
# Characters an end never crosses (a comma included: the gold's names stop before it).
_STOP = re.compile(r"[:.؟?!«»\"“”()\[\]\n؛;،,\-–—/]")
_PREPOSITIONS = frozenset(
    normalize(w)
    for w in ("في", "من", "لدى", "على", "عن", "إلى", "مع", "حول", "بين", "داخل", "خارج", "منذ", "أمام")
)
_NISBA = re.compile(r"(?:ي|يه|يون|يين|يات|يا)$")


@cache
def _lexicons() -> dict[str, frozenset[str]]:
    def words(rows: Sequence[str]) -> frozenset[str]:
        return frozenset(normalize(r) for r in rows if r and " " not in r)

    def first(table: Sequence[Sequence[str]]) -> frozenset[str]:
        return words([row[0] for row in table if row])

    time_words = first(load_table("weekdays")) | first(load_table("months")) | first(load_table("date_units"))
    time_words |= words(load_lexicon("quote_time_adjuncts"))
    time_words |= frozenset(normalize(w) for w in ("اليوم", "أمس", "غدا", "الليلة", "صباح", "مساء", "حاليا"))
    return {
        "org_head": first(load_table("organization_heads.txt")),
        "unnamed_head": words(load_lexicon("unnamed_sources")),
        "title": words(load_lexicon("titles")),
        "place": first(load_table("places")),
        "non_name": words(load_lexicon("non_name_words")),
        "nationality": first(load_table("nationality_adjectives")),
        "group": words(load_lexicon("group_speakers")),
        "time": time_words,
    }


def _bare(word: str) -> str:
    """The normalised word without a leading conjunction/preposition clitic and the article."""
    for prefix in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix) :]
    return word


WORD_CLASSES = (
    "definite",
    "nisba",
    "participle",
    "preposition",
    "clitic_phrase",  # بال… / لل… / وال…
    "digit",
    "org_head",
    "unnamed_head",
    "title",
    "place",
    "non_name",
    "nationality",
    "time",
    "short",  # two letters or fewer
    "pronoun_suffix",  # ends in an attached pronoun (ومقره، بيانها، عنهم): never inside a name
    "accusative",  # an indefinite accusative in -ا (تقريرا، مؤخرا، أيضا): an object or adverb
    "waw",  # opens with the conjunction و (وإذاعة، والإعلام) or is it
)


@word_memo
def _norm(text: str) -> str:
    return word_key(text)  # (the shared cache: the entities stage keyed most of these words already)


@word_memo
def _word_classes(word: str) -> tuple[int, ...]:
    norm = word_key(word)
    bare = _bare(norm)
    lex = _lexicons()
    return (
        int(norm.startswith("ال")),
        int(bool(_NISBA.search(bare)) and len(bare) > 3),
        int(bare.startswith("م") and len(bare) >= 4),
        int(norm in _PREPOSITIONS),
        int(norm.startswith(("بال", "لل", "وال"))),
        int(any(c.isdigit() for c in word)),
        int(norm in lex["org_head"] or bare in lex["org_head"]),
        int(norm in lex["unnamed_head"]),
        int(norm in lex["title"] or bare in lex["title"]),
        int(norm in lex["place"] or ("ال" + bare) in lex["place"] or bare in lex["place"]),
        int(norm in lex["non_name"]),
        int(norm in lex["nationality"] or ("ال" + bare) in lex["nationality"] or bare in lex["nationality"]),
        int(norm in lex["time"] or bare in lex["time"]),
        int(len(norm) <= 2),
        int(len(word) >= 4 and not norm.startswith("ال") and word.endswith(("ه", "ها", "هم", "هما"))),
        int(len(word) >= 4 and not norm.startswith("ال") and word.endswith(("ا", "اً"))),
        int(word.startswith("و") and (len(word) == 1 or word[1:].startswith(("ال", "أ", "إ")))),
    )


FEATURES: tuple[str, ...] = (
    "rules_end",
    "shorter_than_rules",
    "longer_than_rules",
    "words_from_rules",  # |words between this end and the rules'|
    *(f"len_{k}" for k in (1, 2, 3, 4, 5)),
    "len_6_plus",
    *(f"w_{c}" for c in WORD_CLASSES),
    *(f"n_{c}" for c in WORD_CLASSES),
    "n_none",  # nothing after w before the limit (punctuation, the quotation, the cue, the sentence end)
    "comma_after",
    "stop_after",  # punctuation right after w
    "w_in_entity",
    "entity_ends_at_w",
    "cuts_entity",  # an entity runs on past this end
    "n_starts_entity",
    "n_starts_loc",
    "n_starts_org",
    "n_starts_per",
    "has_loc_inside",
    "has_org_inside",
    "has_per_inside",
    "has_preposition_inside",
    "w_first_word",
    "preposition_then_one_word",  # the phrase ends «… في X»
    *(f"{t}_len_{k}" for t in TYPES for k in ("1", "2", "3", "4plus")),
    *(f"{t}_rules_end" for t in TYPES),
    *(f"{t}_n_nisba" for t in TYPES),
    *(f"{t}_n_preposition" for t in TYPES),
    "resolved_rules_end",
)
INDEX = {name: i for i, name in enumerate(FEATURES)}


@dataclass(slots=True)
class Ends:
    """The possible ends of one speaker mention: ``rules`` indexes the rules' own end."""

    quote: int
    start: int
    ends: list[int]
    rules: int
    features: list[list[float]]
    resolved: bool = False  # the name was read where the text writes it, not at the mention
    boundary: list[tuple[str, str]] = field(default_factory=list)  # per end: (last word, next end's)


def _last(phrase: str) -> str:
    """The phrase's last white-space word, normalised (the lexical features' key)."""
    words = phrase.split()
    return _norm(words[-1]) if words else ""


def boundary_words(text: str, start: int, ends: Sequence[int]) -> list[tuple[str, str]]:
    """For each end, the last word of its phrase and the last word of the next end's phrase."""
    lasts = [_last(text[start:end]) for end in ends]
    return [(lasts[i], lasts[i + 1] if i + 1 < len(lasts) else "") for i in range(len(lasts))]


def _limit(article: Article, quote: Quote, start: int) -> int:
    """Where a phrase starting at ``start`` must end: the next punctuation, sentence end, or
    quotation or cue of any quotation after ``start``."""
    text = article.text
    limit = len(text)
    for other in article.quotes:
        for span_start in (other.start, other.cue.start):
            if start < span_start < limit:
                limit = span_start
    sentences = article.sentences
    if sentences:
        i = bisect_right([s.start for s in sentences], start) - 1
        if i >= 0 and sentences[i].end > start:
            limit = min(limit, sentences[i].end)
    stop = _STOP.search(text, start, limit)
    return stop.start() if stop else limit


def _anchor(article: Article, quote: Quote) -> tuple[int, int, bool] | None:
    """``(start, end, resolved)`` of the phrase the speaker's name was read from: the mention when
    its text is the name; otherwise (a mention that refers back, «الوزارة»، «البيان», or none) the
    name where the text writes it — at the mention, else its last occurrence before the quotation,
    else its first."""
    speaker = quote.speaker
    if speaker is None or speaker.type not in TYPES or not speaker.name:
        return None
    mention = speaker.mention
    if mention is not None and _norm(speaker.name) == _norm(mention.text):
        return mention.start, mention.end, False
    text, name = article.text, speaker.name
    if mention is not None and text.startswith(name, mention.start):
        return mention.start, mention.start + len(name), True
    before = text.rfind(name, 0, min(quote.start, quote.cue.start))
    at = before if before >= 0 else text.find(name)
    if at < 0 or (at > 0 and text[at - 1].isalnum()):
        return None
    return at, at + len(name), True


def mention_ends(article: Article, quote_index: int, resolved_only: bool = False) -> Ends | None:
    """The possible ends of quotation ``quote_index``'s speaker name, with their features, or
    ``None`` when the quotation is not one the model reads."""
    quote = article.quotes[quote_index]
    anchor = _anchor(article, quote)
    if anchor is None:
        return None
    start, rules_end, resolved = anchor
    if resolved_only and not resolved:
        return None
    text = article.text
    limit = max(_limit(article, quote, start), rules_end)
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, limit)][: MAX_WORDS + 1]
    if not words or words[0][0] != start:
        return None
    ends = [e for _, e in words]
    if rules_end < ends[0]:
        return None
    if rules_end not in ends:
        ends.append(rules_end)
        ends.sort()
    kind = quote.speaker.type  # type: ignore[union-attr]
    entities = [e for e in article.entities if e.end > start and e.start < limit + 40]
    rules = ends.index(rules_end)
    phrase = _Phrase(text, words, ends[rules], limit, entities, kind)
    features = [phrase.features(end, i == rules) for i, end in enumerate(ends)]
    if resolved:
        for row in features:
            row[_RESOLVED_RULES_END] = row[_RULES_END]
    return Ends(quote_index, start, ends, rules, features, resolved, boundary_words(text, start, ends))


# feature indexes, looked up once
_RULES_END = INDEX["rules_end"]
_RESOLVED_RULES_END = INDEX["resolved_rules_end"]
_LEN = {k: INDEX[f"len_{k}" if k <= 5 else "len_6_plus"] for k in range(1, MAX_WORDS + 2)}
_KIND_LEN = {
    t: {k: INDEX[f"{t}_len_{k if k <= 3 else '4plus'}"] for k in range(1, MAX_WORDS + 2)} for t in TYPES
}
_KIND_RULES_END = {t: INDEX[f"{t}_rules_end"] for t in TYPES}
_KIND_N_NISBA = {t: INDEX[f"{t}_n_nisba"] for t in TYPES}
_KIND_N_PREPOSITION = {t: INDEX[f"{t}_n_preposition"] for t in TYPES}
_W_CLASS = [INDEX[f"w_{c}"] for c in WORD_CLASSES]
_N_CLASS = [INDEX[f"n_{c}"] for c in WORD_CLASSES]
_LABELS = {"LOC": "loc", "GPE": "loc", "ORG": "org", "PER": "per"}
_N_STARTS = {label: INDEX[f"n_starts_{name}"] for label, name in _LABELS.items()}
_HAS_INSIDE = {label: INDEX[f"has_{name}_inside"] for label, name in _LABELS.items()}


class _Phrase:
    """One mention's words, read once, for the features of each of its ends (:meth:`features`)."""

    def __init__(
        self,
        text: str,
        words: list[tuple[int, int]],
        rules_end: int,
        limit: int,
        entities: list[Entity],
        kind: str,
    ) -> None:
        self.text, self.words, self.limit, self.entities, self.kind = text, words, limit, entities, kind
        self.word_starts = [a for a, _ in words]
        self.word_ends = [b for _, b in words]
        self.rules_words = bisect_right(self.word_ends, rules_end)
        self.classes = [_word_classes(text[a:b]) for a, b in words]
        self.norms = [_norm(text[a:b]) for a, b in words]

    def features(self, end: int, is_rules: bool) -> list[float]:
        """The features of the end at ``end``, ``is_rules`` when it is the rules' own end."""
        f = [0.0] * len(FEATURES)
        f[_RULES_END] = float(is_rules)
        k = bisect_right(self.word_ends, end)  # (the words inside: the first k)
        rules_words = self.rules_words
        f[INDEX["shorter_than_rules"]] = float(k < rules_words)
        f[INDEX["longer_than_rules"]] = float(k > rules_words)
        f[INDEX["words_from_rules"]] = float(min(abs(k - rules_words), 4))
        f[_LEN[k]] = 1.0
        kind = self.kind
        f[_KIND_LEN[kind][k]] = 1.0
        f[_KIND_RULES_END[kind]] = float(is_rules)
        if not k:
            return f
        words, text, limit = self.words, self.text, self.limit
        w = words[k - 1]
        j = bisect_left(self.word_starts, end)
        n = words[j] if j < len(words) and words[j][0] < limit else None
        for index, value in zip(_W_CLASS, self.classes[k - 1], strict=True):
            f[index] = float(value)
        if n is None:
            f[INDEX["n_none"]] = 1.0
        else:
            classes = self.classes[j]
            for index, value in zip(_N_CLASS, classes, strict=True):
                f[index] = float(value)
            f[_KIND_N_NISBA[kind]] = float(classes[1])
            f[_KIND_N_PREPOSITION[kind]] = float(classes[3] or classes[4])
        after = text[w[1] : w[1] + 2].lstrip(" ")
        f[INDEX["comma_after"]] = float(after[:1] in ("،", ","))
        f[INDEX["stop_after"]] = float(bool(after) and bool(_STOP.match(after[:1])))
        start = words[0][0]
        for e in self.entities:
            if e.start <= w[0] < e.end:
                f[INDEX["w_in_entity"]] = 1.0
                if e.end <= w[1] + 1:
                    f[INDEX["entity_ends_at_w"]] = 1.0
                elif e.end > end:
                    f[INDEX["cuts_entity"]] = 1.0
            if n is not None and e.start == n[0]:
                f[INDEX["n_starts_entity"]] = 1.0
                if e.label in _N_STARTS:
                    f[_N_STARTS[e.label]] = 1.0
            if e.start >= start and e.end <= end and e.label in _HAS_INSIDE:
                f[_HAS_INSIDE[e.label]] = 1.0
        norms = self.norms
        f[INDEX["has_preposition_inside"]] = float(any(norm in _PREPOSITIONS for norm in norms[1:k]))
        f[INDEX["w_first_word"]] = float(k == 1)
        f[INDEX["preposition_then_one_word"]] = float(k >= 3 and norms[k - 2] in _PREPOSITIONS)
        return f


@dataclass(frozen=True)
class ExtentModel:
    """Linear scores over an :class:`Ends`; the rules' end is replaced only by one scoring more than
    ``margin`` above it."""

    weights: tuple[float, ...]
    margin: float
    resolved_only: bool = True  # read only names the rules took from elsewhere than the mention
    lexical: dict[str, float] = field(default_factory=dict)  # "w:<word>" / "n:<word>" -> weight

    def scores(self, ends: Ends) -> list[float]:
        lexical = self.lexical
        weights = self.weights
        return [
            sum(map(mul, weights, row))  # (the zero features add zeros: the same sum as over the others)
            + lexical.get("w:" + last, 0.0)
            + (lexical.get("n:" + following, 0.0) if following else 0.0)
            for row, (last, following) in zip(ends.features, ends.boundary, strict=True)
        ]

    def pick(self, ends: Ends) -> int:
        scores = self.scores(ends)
        best = max(range(len(scores)), key=scores.__getitem__)
        return best if scores[best] > scores[ends.rules] + self.margin else ends.rules


@cache
def default_model() -> ExtentModel | None:
    """The shipped model (``resources/speaker_extent.json``), ``None`` when there is none."""
    path = resource_path("speaker_extent.json")
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("speaker_extent.json was trained on other features; retrain it")
    weights = tuple(float(w) for w in data["weights"])
    lexical = {k: float(v) for k, v in data.get("lexical", {}).items()}
    return ExtentModel(weights, float(data["margin"]), data.get("scope") == "resolved", lexical)


def _runs_on_past_a_clause(text: str, rules_end: int, end: int) -> bool:
    """Whether a longer name would take in a word no name of a body or source holds: one of
    non_name_words that is not a preposition (وفقا، لما، الذي، أن), or a word with an attached pronoun
    (أوردته، ومقره): «الوزارة وفقا لما أوردته وكالة الأنباء الرسمية» is the body and a relaying aside."""
    if end <= rules_end:
        return False
    non_name = _lexicons()["non_name"]
    for match in _WORD.finditer(text, rules_end, end):
        norm = _norm(match.group())
        bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
        if (norm in non_name or bare in non_name) and norm not in _PREPOSITIONS:
            return True
        if _word_classes(match.group())[WORD_CLASSES.index("pronoun_suffix")]:
            return True
    return False


def reextend(article: Article, model: ExtentModel | None = None) -> Article:
    """The article with each eligible speaker mention's end re-chosen by ``model``."""
    model = model or default_model()
    if model is None:
        return article
    quotes = list(article.quotes)
    changed = False
    for qi in range(len(quotes)):
        ends = mention_ends(article, qi, model.resolved_only)
        if ends is None:
            continue
        picked = model.pick(ends)
        if picked == ends.rules or _runs_on_past_a_clause(
            article.text, ends.ends[ends.rules], ends.ends[picked]
        ):
            continue
        named = quotes[qi].speaker
        if picked < ends.rules and named is not None and state_agency_by_country(named.name.split()):
            continue  # (its country is a state agency's identifier: «وكالة الطاقة النمساوية», round 71)
        quote = quotes[qi]
        phrase = Span.of(article.text, ends.start, ends.ends[picked])
        # (the phrase cleaned as the rules clean a name: «وزارة الخارجية القول» ends before القول, round 96)
        name = final_speaker_name(phrase.text, quote.speaker.type, article.text, (phrase.start, phrase.end))  # type: ignore[union-attr]
        if ends.resolved:  # (the mention refers back: only the name changes)
            speaker: Speaker = replace(quote.speaker, name=name)  # type: ignore[arg-type]
        else:
            speaker = replace(quote.speaker, name=name, mention=phrase)  # type: ignore[arg-type]
        quotes[qi] = replace(quote, speaker=speaker)
        changed = True
    return attach(article, quotes=quotes) if changed else article
