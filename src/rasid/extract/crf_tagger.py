"""The statistical named-entity tagger: a linear-chain CRF (python-crfsuite) over raw words.

It was trained by ``scripts/train_ner.py`` on NewsFANE with clitics re-attached, so it reads words as
they stand in running text (``وبواشنطن``); features look at the normalised word, its clitic-stripped
stem, affixes, shape, gazetteer membership and word clusters learned from SaudiNewsNet, in a window
of two words either side. :func:`tag` returns spans with proclitics left outside. Labels and marginals
are computed by :mod:`rasid.extract.crf_scoring` from the model's weights (crfsuite's own answers,
several times faster); python-crfsuite trains the model and reads its label and attribute names.
The environment variable ``RASID_NER_MODEL`` points the tagger at another model file (for
experiments).
"""

from __future__ import annotations

import bisect
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasid.caching import WORD_CACHE_SIZE
from rasid.errors import RasidError
from rasid.extract.crf_scoring import SentenceScorer, decode_batch, read_weights
from rasid.extract.gazetteers import clitic_readings, find_gazetteer_matches, gazetteer, lookup
from rasid.model import Token
from rasid.resources import resource_path
from rasid.text.normalize import normalize

MODEL_FILE = "ner_crf.model"
CLUSTERS_FILE = "word_clusters.tsv"
KINDS_FILE = "ner_kinds.tsv"

# NewsFANE's 45 fine classes mapped onto the four labels (ACE-style subtypes; "Group" is a people
# collective such as العرب / المسلمين, kept as MISC so that it never becomes a person).
FINE_TO_LABEL: dict[str, str] = {
    **{label: label for label in ("PER", "ORG", "LOC", "MISC")},
    **dict.fromkeys(
        [
            "Politician",
            "Athlete",
            "Artist",
            "Other_PER",
            "Religious_PER",
            "Scientist",
            "Businessperson",
            "Lawyer",
            "Engineer",
            "Police",
        ],
        "PER",
    ),
    **dict.fromkeys(
        [
            "Government",
            "Non-Governmental",
            "Sports",
            "Media",
            "Commercial",
            "Educational",
            "Religious_ORG",
            "Medical-Science",
            "Entertainment",
        ],
        "ORG",
    ),
    **dict.fromkeys(
        [
            "Nation",
            "Population-Center",
            "State-or-Province",
            "GPE-Cluster",
            "Continent",
            "County-or-District",
            "Water-Body",
            "Land-Region-Natural",
            "Building-Grounds",
            "Airport",
            "Path",
        ],
        "LOC",
    ),
    **dict.fromkeys(
        [
            "Group",
            "Book",
            "Movie",
            "Software",
            "Hardware",
            "Food",
            "Drug",
            "Projectile",
            "Shooting",
            "Water",
            "Air",
            "Land",
            "Sharp",
            "Blunt",
            "Chemical",
            "Nuclear",
            "Exploding",
            "Biological",
            "Celestial",
            "Subarea-Vehicle",
        ],
        "MISC",
    ),
}

ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
PUNCT = re.compile(r"^[^\w]+$")


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """An entity the CRF found: ``[start, end)`` into the text, coarse ``label``, fine ``kind``,
    ``confidence`` the mean marginal probability of its tokens' tags."""

    start: int
    end: int
    label: str
    kind: str
    confidence: float


@dataclass(frozen=True)
class _Resources:
    clusters: dict[str, tuple[str, str, str]]
    rank: dict[str, int]
    kinds: dict[str, str]


_LOCK = threading.Lock()
_RESOURCES: list[_Resources] = []
_LOCAL = threading.local()


def resources() -> _Resources:
    """Word clusters and corpus frequency ranks (loaded once per process)."""
    if not _RESOURCES:
        with _LOCK:
            if not _RESOURCES:
                clusters: dict[str, tuple[str, str, str]] = {}
                rank: dict[str, int] = {}
                path = resource_path("models", CLUSTERS_FILE)
                with path.open(encoding="utf-8") as handle:
                    for line in handle:
                        if line.startswith("#"):
                            continue
                        word, *ids = line.rstrip("\n").split("\t")
                        clusters[word] = (ids[0], ids[1], ids[2])
                        rank[word] = len(rank)
                kinds: dict[str, str] = {}
                path = resource_path("models", KINDS_FILE)
                if path.exists():
                    with path.open(encoding="utf-8") as handle:
                        for line in handle:
                            if not line.startswith("#"):
                                key, _, kind = line.rstrip("\n").partition("\t")
                                kinds[key] = kind
                _RESOURCES.append(_Resources(clusters, rank, kinds))
    return _RESOURCES[0]


@lru_cache(maxsize=WORD_CACHE_SIZE)
def strip_clitics(word: str) -> tuple[int, str]:
    """``(clitic length, stem)`` of a normalised word: proclitics are split off when the stem is a
    more frequent word in SaudiNewsNet than the whole (وواشنطن -> واشنطن, but وليد stays) or a known
    gazetteer entry, and always before ال (والسعوديه -> السعوديه)."""
    readings = clitic_readings(word)
    if len(readings) == 1:
        return 0, word
    rank = resources().rank
    unknown = len(rank) + 1
    best = (0, word)
    best_rank = rank.get(word, unknown)
    for clitic, stem in readings[1:]:
        if stem.startswith("ال") and len(stem) > 3:
            return clitic, stem
        stem_rank = rank.get(stem, unknown)
        if (lookup(stem) and not lookup(word) and stem_rank <= best_rank) or stem_rank < best_rank:
            best, best_rank = (clitic, stem), stem_rank
    if best[0] == 0 and word[0] == "و" and best_rank == unknown and len(word) > 4:
        return 1, word[1:]  # neither form known: a conjunction before an unseen name is likeliest
    return best


def _shape(word: str) -> str:
    if word.isdigit():
        return "digit"
    if ARABIC_WORD.match(word):
        return "ar" if len(word) > 2 else "ar-short"
    if PUNCT.match(word):
        return "punct"
    if word.isascii():
        return "latin"
    return "mixed"


def _name_bucket(count: int) -> str:
    return "0" if count == 0 else "1" if count < 5 else "2" if count < 50 else "3"


# Small: tagging caches each word's summed scores (crf_scoring) instead, so these memos serve
# training and the crfsuite path; 50,000 entries held ~1.2 M objects (~90 MB) in every ingest worker.
FEATURE_CACHE_SIZE = 8192


@lru_cache(maxsize=FEATURE_CACHE_SIZE)
def word_features(word: str) -> tuple[str, ...]:
    """Features of one normalised word on its own (cached: words repeat)."""
    res = resources()
    clitic, stem = strip_clitics(word)
    feats = [f"w={word}", f"s={stem}", f"shape={_shape(word)}", f"cl={word[:clitic]}"]
    if stem.startswith("ال"):
        feats.append("al")
        bare = stem[2:]
    else:
        bare = stem
    feats += [f"p2={bare[:2]}", f"p3={bare[:3]}", f"x2={bare[-2:]}", f"x3={bare[-3:]}"]
    feats.append(f"len={min(len(bare), 8)}")
    for form, tag in ((word, "w"), (stem, "s")):
        clusters = res.clusters.get(form)
        if clusters:
            feats += [f"{tag}c64={clusters[0]}", f"{tag}c256={clusters[1]}", f"{tag}c1k={clusters[2]}"]
        else:
            feats.append(f"{tag}c=none")
    if stem not in res.rank:
        feats.append("rare")
    for label, kind in sorted(lookup(stem) | lookup(bare)):
        if label != "PER":
            feats.append(f"gz={label}/{kind}")
    counts = gazetteer().name_counts
    for role in ("given", "family"):
        count = max(counts.get((stem, role), 0), counts.get((bare, role), 0))
        feats.append(f"{role}={_name_bucket(count)}")
    return tuple(feats)


@lru_cache(maxsize=FEATURE_CACHE_SIZE)
def context_features(word: str, offset: str) -> tuple[str, ...]:
    """The features a neighbour at ``offset`` (``-2 .. +2``) contributes."""
    every, adjacent = _neighbour_features(word)
    if offset in ("-1", "+1"):
        return tuple([offset + feature for feature in every + adjacent])
    return tuple([offset + feature for feature in every])


def _neighbour_features(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A word's features as a neighbour, without their offset: those it gives at any offset, and
    those it gives only next to the token."""
    res = resources()
    _clitic, stem = strip_clitics(word)
    clusters = res.clusters.get(stem) or res.clusters.get(word)
    every: tuple[str, ...] = (f"w={word}", f"s={stem}")
    if clusters:
        every += (f"c256={clusters[1]}", f"c1k={clusters[2]}")
    adjacent = (f"shape={_shape(word)}", *[f"gz={label}/{kind}" for label, kind in sorted(lookup(stem))])
    return every, adjacent


def block_features(word: str) -> tuple[tuple[str, ...], ...]:
    """:func:`word_features` of a word, then its :func:`context_features` at -1, +1, -2 and +2 (what
    the scorer sums for a word it meets for the first time), the neighbour part computed once."""
    every, adjacent = _neighbour_features(word)
    near = every + adjacent
    return (
        word_features(word),
        tuple(["-1" + feature for feature in near]),
        tuple(["+1" + feature for feature in near]),
        tuple(["-2" + feature for feature in every]),
        tuple(["+2" + feature for feature in every]),
    )


@lru_cache(maxsize=64)
def _gazetteer_tag_feature(offset: str, tag: str) -> str:
    return f"{offset}gzs={tag}"


def sequence_features(words: Sequence[str], gazetteer_tags: Sequence[str]) -> list[list[str]]:
    """CRF features of a sentence of normalised words; ``gazetteer_tags`` are B-/I- tags of
    multi-word gazetteer matches (``O`` elsewhere)."""
    n = len(words)
    out = []
    for i, word in enumerate(words):
        feats = ["bias", *word_features(word), _gazetteer_tag_feature("", gazetteer_tags[i])]
        if i == 0:
            feats.append("BOS")
        else:
            feats.extend(context_features(words[i - 1], "-1"))
            feats.append(_gazetteer_tag_feature("-1", gazetteer_tags[i - 1]))
            feats.append(f"bi={words[i - 1]}|{word}")
        if i > 1:
            feats.extend(context_features(words[i - 2], "-2"))
        if i == n - 1:
            feats.append("EOS")
        else:
            feats.extend(context_features(words[i + 1], "+1"))
            feats.append(_gazetteer_tag_feature("+1", gazetteer_tags[i + 1]))
        if i < n - 2:
            feats.extend(context_features(words[i + 2], "+2"))
        out.append(feats)
    return out


def gazetteer_tags(text: str, tokens: Sequence[tuple[int, int]]) -> list[str]:
    """B-/I-``label`` of the gazetteer match each token starts or continues, else ``O``."""
    tags = ["O"] * len(tokens)
    matches = find_gazetteer_matches(text)
    if not matches:
        return tags
    j = 0
    for i, (start, end) in enumerate(tokens):
        while j < len(matches) and matches[j].end <= start:
            j += 1
        if j < len(matches) and matches[j].start < end:
            inside = matches[j].start < start
            tags[i] = ("I-" if inside else "B-") + matches[j].label
    return tags


def _model_path() -> str:
    return os.environ.get("RASID_NER_MODEL") or _shipped_model()


@lru_cache(maxsize=1)
def _shipped_model() -> str:
    return str(resource_path("models", MODEL_FILE))


def _tagger():
    tagger = getattr(_LOCAL, "tagger", None)
    if tagger is None:
        import pycrfsuite

        path = _model_path()
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(path)
        except (OSError, ValueError) as exc:
            raise RasidError("E040", f"cannot open the NER model {path}: {exc}") from exc
        _LOCAL.tagger = tagger
    return tagger


@lru_cache(maxsize=4)
def scorer_for(model: str) -> SentenceScorer:
    """The fast scorer over the weights of the model at ``model`` (see :mod:`crf_scoring`)."""
    return SentenceScorer(
        read_weights(model), word_features, context_features, _gazetteer_tag_feature, block_features
    )


def sentences_of(text: str, tokens: Sequence[Token]) -> list[list[int]]:
    """Token indices grouped into sentences at sentence-final punctuation and paragraph breaks
    (``tokens`` in text order); a longer run is cut every ``MAX_SENTENCE_TOKENS`` tokens."""
    starts = [tok.start for tok in tokens]
    breaks = {len(tokens)}  # the tokens that begin a sentence, and the end
    for match in _NEWLINE.finditer(text):
        i = bisect.bisect_right(starts, match.start())  # the first token after the line break
        if 0 < i < len(tokens) and tokens[i - 1].end <= match.start():
            breaks.add(i)
    for match in _SENTENCE_FINAL.finditer(text):
        i = bisect.bisect_right(starts, match.start()) - 1  # the token holding the mark
        if i >= 0 and tokens[i].start == match.start() and tokens[i].end == match.start() + 1:
            breaks.add(i + 1)
    groups: list[list[int]] = []
    first = 0
    for end in sorted(breaks):
        groups += [
            list(range(k, min(k + MAX_SENTENCE_TOKENS, end))) for k in range(first, end, MAX_SENTENCE_TOKENS)
        ]
        first = end
    return groups


_NEWLINE = re.compile("\n")
_SENTENCE_FINAL = re.compile("[" + re.escape(".!?؟…") + "]")  # a token of one of these ends a sentence
# Most tokens the tagger decodes as one sentence: a longer run without a full stop is cut there.
MAX_SENTENCE_TOKENS = 200


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _key(surface: str) -> str:
    return normalize(surface) or "_"


def tag(text: str, tokens: Sequence[Token], keys: Sequence[str] | None = None) -> list[TaggedSpan]:
    """Entity spans the shipped CRF finds in ``text`` tokenised by ``tokens`` (whole words);
    ``keys`` are the tokens' :func:`normalize` keys when the caller has them already."""
    words = [_key(text[t.start : t.end]) for t in tokens] if keys is None else [k or "_" for k in keys]
    gz_all = gazetteer_tags(text, [(t.start, t.end) for t in tokens])
    groups = sentences_of(text, tokens)
    sentences = [(tuple([words[i] for i in g]), tuple([gz_all[i] for i in g])) for g in groups]
    spans: list[TaggedSpan] = []
    for group, (sent_words, _tags), (labels, confidences) in zip(
        groups, sentences, tag_sentences(sentences), strict=True
    ):
        if confidences:
            spans += _decode(text, [tokens[i] for i in group], sent_words, labels, confidences)
    return spans


# Sentences already tagged in this process: wire copies and recurring lines repeat whole sentences
# across a corpus. Started afresh beyond this many, which bounds a worker's memory: a sentence costs
# ~2 KB here, and 20,000 are the new sentences of about 2,200 SaudiNewsNet articles.
_TAGGED: dict[tuple, tuple[tuple[str, ...], Sequence[float]]] = {}
TAGGED_CACHE_LIMIT = 20_000


def tag_sentences(
    sentences: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
) -> list[tuple[tuple[str, ...], Sequence[float]]]:
    """``(labels, marginals)`` of each ``(normalised words, gazetteer tags)`` sentence: the model's
    best labels and, when any label is not ``O``, each label's marginal probability (else none)."""
    model = _model_path()
    results = [_TAGGED.get((model, *sentence)) for sentence in sentences]
    todo = [i for i, result in enumerate(results) if result is None]
    if todo:
        scorer = scorer_for(model)
        scores = scorer.emissions([sentences[i] for i in todo])
        if len(_TAGGED) + len(todo) > TAGGED_CACHE_LIMIT:
            _TAGGED.clear()
        for i, result in zip(
            todo, decode_batch(scores, scorer.weights.transitions, scorer.weights.labels), strict=True
        ):
            results[i] = _TAGGED[(model, *sentences[i])] = result
    return results  # type: ignore[return-value]


def iob_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(first, end, class)`` of every entity of an IOB tag sequence; an ``I-`` tag that follows
    no ``B-`` of its class starts an entity too (as CRF output sometimes has it)."""
    spans = []
    i = 0
    while i < len(tags):
        if not tags[i].startswith(("B-", "I-")):
            i += 1
            continue
        kind = tags[i][2:]
        j = i + 1
        while j < len(tags) and tags[j] == f"I-{kind}":
            j += 1
        spans.append((i, j, kind))
        i = j
    return spans


def _decode(text, tokens, words, labels, marginals) -> list[TaggedSpan]:
    spans = []
    for i, j, kind in iob_spans(labels):
        start = tokens[i].start + _clitic_chars(text[tokens[i].start : tokens[i].end], words[i])
        end = tokens[j - 1].end
        if start < end:
            confidence = sum(marginals[i:j]) / (j - i)
            label = FINE_TO_LABEL.get(kind, "MISC")
            if kind == label:
                kind = fine_kind(label, words[i:j])
            spans.append(TaggedSpan(start, end, label, kind, confidence))
    return spans


# Fine class when nothing more specific is known (the most frequent one of each label).
DEFAULT_KIND = {"PER": "Politician", "ORG": "Government", "LOC": "Nation", "MISC": "Group"}


def fine_kind(label: str, words: Sequence[str]) -> str:
    """The fine class of a coarse span: learned for its text, its last word, a gazetteer entry or
    its last word's cluster, in that order (see ``kind_table`` in scripts/train_ner.py)."""
    kinds = resources().kinds
    stem = strip_clitics(words[0])[1]
    phrase = " ".join([stem, *words[1:]])
    last = words[-1] if len(words) > 1 else stem
    for key in (f"t:{label}:{phrase}", f"w:{label}:{last}"):
        if key in kinds:
            return kinds[key]
    for gz_label, gz_kind in sorted(lookup(phrase)):
        if gz_label == label != "PER":
            return gz_kind
    clusters = resources().clusters.get(last)
    if clusters and f"c:{label}:{clusters[1]}" in kinds:
        return kinds[f"c:{label}:{clusters[1]}"]
    return kinds.get(f"l:{label}", DEFAULT_KIND.get(label, label))


def _clitic_chars(surface: str, word: str) -> int:
    """How many characters of ``surface`` the proclitics of its normalised form take."""
    clitic, _stem = strip_clitics(word)
    if not clitic:
        return 0
    seen = 0
    for offset, char in enumerate(surface):
        if seen == clitic and normalize(char):
            return offset
        if normalize(char):
            seen += 1
    return 0
