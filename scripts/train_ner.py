"""Train the shipped NER model (``src/rasid/resources/models/ner_crf.model``) from NewsFANE.

NewsFANE is alef-normalised and clitic-split (``ب وصف ه``); running text is not. We re-attach the
clitics (``و`` ``ف`` ``ب`` ``ل`` ``ك`` ``س`` ``لل`` before a word, pronoun suffixes after it) so the
CRF learns from words as they appear in raw news, which is what it meets at run time (measured on
the dev split: see README, "Named entities: tagger and evaluation"). Sentences are cut at
sentence-final punctuation; the last ``--dev-share`` of the sentences before the file's held-out
cut, a contiguous stretch of whole stories, is the dev split.

Usage::

    nice python3 scripts/train_ner.py            # dev scores, then the shipped model on all data
    nice python3 scripts/train_ner.py --dev-only # dev scores only (for tuning)
    ... --augment 1 --dropout 0.3 --seed 13      # experiments: entity replacement, identity dropout
    ... --extra FILE.tsv --extra-copies 2        # add sentences already in raw words (clitics attached)

``--extra`` sentences (same two columns, a blank line between sentences, e.g. the in-domain speaker
sentences of ``scripts/build_speaker_ner_data.py``) are added to the training split as they are: no
clitic re-joining, no sentence cutting, never to the dev split.

Everything is deterministic: the same data, options and seed give a byte-identical model.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pycrfsuite

from rasid.extract.crf_tagger import (
    FINE_TO_LABEL,
    KINDS_FILE,
    MODEL_FILE,
    gazetteer_tags,
    resources,
    sequence_features,
)
from rasid.extract.gazetteers import gazetteer
from rasid.resources import load_table
from rasid.text.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
NEWSFANE = REPO.parent / "shared/data/ner/newsfane-train.tsv"
OUTPUT = REPO / "src/rasid/resources/models" / MODEL_FILE

PREFIX_TOKENS = {"و", "ف", "ب", "ل", "ك", "س", "لل"}
SUFFIX_TOKENS = {"ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم", "كما", "كن", "ني"}
SENTENCE_END = {".", "؟", "?", "!"}

# L1/L2 weights tuned on the dev split: c1 0.1 -> 65.6 micro-F1, 0.03 -> 66.3, 0.01 -> 65.7 (c2 0.01);
# L1 also keeps the model small by zeroing unhelpful features. 200 L-BFGS iterations. Third round,
# same features plus the second round's gazetteer features (CRF alone, dev): c2 0.01 -> 67.2,
# 0.1 -> 65.8, 0.5 -> 65.3 (c1 0.03): stronger L2 only lowers recall.
C1 = 0.03
C2 = 0.01
MAX_ITERATIONS = 200

# Entity-replacement augmentation (see ``augment``): copies of each training sentence that has a
# PER/ORG/LOC entity, share of replacements drawn from the train split's own entities (the rest from
# the package gazetteers), and how often a name in the name list must occur to be drawn. Off in the
# shipped model: measured (dev micro-F1 CRF / stage; our SaudiNewsNet batches 1-2 CRF / stage) against
# 67.2 / 67.3; 68.1 / 85.1 without it: one copy 66.5 / 63.9; 70.6 / 85.1, own entities only 63.3 (CRF
# dev), persons only 66.0 / 67.0; 65.5 / 85.0, persons and organisations 65.1 (CRF dev), one copy with
# c1 0.1 65.1 (CRF dev). It helps the CRF alone on other outlets but not the stage, whose lists and
# patterns already find those names, and it costs the dev split.
AUGMENT_COPIES = 0
TRAIN_POOL_SHARE = 0.5
MIN_POOL_NAME_COUNT = 5
AUGMENT_LABELS = ("PER", "ORG", "LOC")
# Word-identity dropout: share of entity tokens whose word/stem/bigram features are hidden in training.
# Off: 0.3 gave 65.5 / 65.1 on dev and 65.9 / 84.3 on batches 1-2 (against 67.2 / 67.3; 68.1 / 85.1).
IDENTITY_DROPOUT = 0.0
SEED = 13
CLITIC_PREFIXES = ("وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل")
IDENTITY_PREFIXES = ("w=", "s=", "bi=")

Sentence = list[tuple[str, str]]
Pools = dict[str, list[tuple[str, ...]]]


def read_extra(path: Path) -> list[Sentence]:
    """Sentences of ``(token, tag)`` separated by blank lines, tags B-/I-/O of the coarse labels."""
    sentences: list[Sentence] = [[]]
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                sentences.append([])
                continue
            token, _, tag = line.partition("\t")
            sentences[-1].append((token, tag))
    return [s for s in sentences if s]


def read_newsfane(path: Path) -> list[Sentence]:
    """Sentences of ``(token, tag)``, cut after sentence-final punctuation and at blank lines."""
    sentences: list[Sentence] = [[]]
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip():
                sentences.append([])
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not parts[1] or (parts[1] != "O" and parts[1][:2] not in ("B-", "I-")):
                print(f"{path}:{number}: skipped malformed line {line!r}", file=sys.stderr)
                continue
            sentences[-1].append((parts[0], parts[1]))
            if parts[0] in SENTENCE_END:
                sentences.append([])
    return [s for s in sentences if s]


def _known(word: str) -> bool:
    return normalize(word) in resources().rank


def rejoin_clitics(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with clitic tokens attached to their host word, tags kept consistent."""
    return [_rejoin(sentence) for sentence in sentences]


def _is_word(token: str) -> bool:
    return token[:1].isalpha() and not token.isascii()


def _rejoin(sentence: Sentence) -> Sentence:
    # Suffixes first: a pronoun token joins the word before it when that word is not a clitic
    # and the joined form is a real word (مساعدي ه -> مساعديه; but "الذين هم" stays apart).
    merged: Sentence = []
    for token, tag in sentence:
        if (
            token in SUFFIX_TOKENS
            and merged
            and _is_word(merged[-1][0])
            and merged[-1][0] not in PREFIX_TOKENS
            and (token in ("ه", "ها") or _known(merged[-1][0] + token))
        ):
            merged[-1] = (merged[-1][0] + token, merged[-1][1])
            continue
        merged.append((token, tag))
    out: Sentence = []
    pending: list[tuple[str, str]] = []
    for token, tag in merged:
        if token in PREFIX_TOKENS:
            pending.append((token, tag))
            continue
        if pending and _is_word(token):
            prefix = "".join(t for t, _ in pending)
            first_tag = pending[0][1]
            if first_tag.startswith("B-") and tag == "I-" + first_tag[2:]:
                tag = first_tag
            out.append((prefix + token, tag))
        else:
            out.extend(pending)
            out.append((token, tag))
        pending = []
    out.extend(pending)
    return out


def coarse(sentence: Sentence) -> Sentence:
    """The sentence with fine tags mapped to PER/ORG/LOC/MISC."""
    return [(w, t if t == "O" else t[:2] + FINE_TO_LABEL.get(t[2:], "MISC")) for w, t in sentence]


def kind_table(sentences: list[Sentence]) -> list[tuple[str, str]]:
    """``(key, fine kind)`` rows the tagger uses to give a coarse span its fine class: the most
    frequent kind of each entity text (``t:``), of each last word per label (``w:``), of each word
    cluster of the last word per label (``c:``) and of each label (``l:``)."""
    from collections import defaultdict

    from rasid.extract.crf_tagger import iob_spans, strip_clitics

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    clusters = resources().clusters
    for sentence in sentences:
        tags = [t for _, t in sentence]
        words = [normalize(w) for w, _ in sentence]
        for i, j, kind in iob_spans(tags):
            label = FINE_TO_LABEL.get(kind, "MISC")
            phrase = " ".join([strip_clitics(words[i])[1], *words[i + 1 : j]])
            last = strip_clitics(words[j - 1])[1] if j - 1 == i else words[j - 1]
            counts[f"t:{label}:{phrase}"][kind] += 1
            counts[f"w:{label}:{last}"][kind] += 1
            if last in clusters:
                counts[f"c:{label}:{clusters[last][1]}"][kind] += 1
            counts[f"l:{label}"][kind] += 1
    return sorted((key, c.most_common(1)[0][0]) for key, c in counts.items())


def write_kinds(path: Path, sentences: list[Sentence]) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write("# Fine NewsFANE class of entity texts, last words, clusters and labels, by\n")
        out.write("# scripts/train_ner.py from NewsFANE (CC BY-SA 3.0)\n")
        for key, kind in kind_table(sentences):
            out.write(f"{key}\t{kind}\n")


def _prefix_and_stem(token: str) -> tuple[str, str]:
    """The proclitics glued to an entity's first token and the rest (وبموسكو -> وب, موسكو), when
    the rest is a gazetteer entry or starts with ال (برند, a German first name, stays whole)."""
    clitic, stem = strip_clitics_of(normalize(token))
    if clitic and token[:clitic] in (*CLITIC_PREFIXES, "لل", "ولل", "فلل") and _known_stem(stem):
        return token[:clitic], token[clitic:] if not token[:clitic].endswith("لل") else "ال" + token[clitic:]
    return "", token


def _known_stem(stem: str) -> bool:
    from rasid.extract.gazetteers import lookup

    return bool(lookup(stem)) or (stem.startswith("ال") and len(stem) > 3)


def strip_clitics_of(word: str) -> tuple[int, str]:
    from rasid.extract.crf_tagger import strip_clitics

    return strip_clitics(word)


def _glue(prefix: str, word: str) -> str:
    """``prefix`` + ``word`` as Arabic writes it: ل + الرياض -> للرياض."""
    if prefix.endswith("لل"):
        prefix = prefix[:-1]
    if prefix.endswith("ل") and word.startswith("ال"):
        return prefix + word[1:]
    return prefix + word


def train_pools(sentences: list[Sentence]) -> Pools:
    """PER/ORG/LOC entities of coarse-tagged sentences as word tuples, proclitics removed."""
    from rasid.extract.crf_tagger import iob_spans

    pools: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for sentence in sentences:
        words = [w for w, _ in sentence]
        for i, j, label in iob_spans([t for _, t in sentence]):
            if label in ("PER", "ORG", "LOC"):
                pools[label].add((_prefix_and_stem(words[i])[1], *words[i + 1 : j]))
    return {label: sorted(entries) for label, entries in pools.items()}


def gazetteer_pools() -> Pools:
    """Replacement names from the package: given and family names (name list), countries and
    cities (CLDR, GeoNames), curated organisations, and organisation heads + a place or a name
    (جامعة الرياض, مؤسسة الملك خالد) so that a place or a person inside an ORG is seen as such."""
    gaz = gazetteer()
    names: dict[str, list[str]] = defaultdict(list)
    for (word, role), count in sorted(gaz.name_counts.items()):
        if count >= MIN_POOL_NAME_COUNT and len(word) > 2:
            names[role].append(word)
    places, orgs = [], []
    for phrase, readings in sorted(gaz.entries.items()):
        labels = {label for label, _kind in readings}
        if labels == {"LOC"}:
            # countries and curated places five times: otherwise small towns of GeoNames dominate
            is_city = all(gaz.sources.get((phrase, "LOC", kind)) == "geonames" for _l, kind in readings)
            places.extend([tuple(phrase.split())] * (1 if is_city else 5))
        elif labels == {"ORG"} and phrase.isascii() is False:
            orgs.append(tuple(phrase.split()))
    heads = [row[0] for row in load_table("organization_heads.txt") if row[2] in ("np", "strict")]
    rng = random.Random(SEED)
    for _ in range(len(orgs)):
        head = rng.choice(heads)
        if rng.random() < 0.5:
            orgs.append((head, *rng.choice(places)))
        else:
            orgs.append((head, "الملك", rng.choice(names["given"])))
    people = [(g,) for g in names["given"]] + [(f,) for f in names["family"]]
    return {
        "PER": people,
        "LOC": places,
        "ORG": orgs,
        "_given": [(g,) for g in names["given"]],
        "_family": [(f,) for f in names["family"]],
    }


def _replacement(
    label: str, length: int, rng: random.Random, own: Pools, package: Pools, own_share: float
) -> tuple[str, ...]:
    if rng.random() < own_share and own.get(label):
        return rng.choice(own[label])
    if label == "PER":
        if length == 1:
            return rng.choice(package["_given"] if rng.random() < 0.5 else package["_family"])
        return (
            *rng.choice(package["_given"]),
            *(rng.choice(package["_family"])[0] for _ in range(length - 1)),
        )
    return rng.choice(package[label])


def augment(
    sentences: list[Sentence],
    copies: int,
    rng: random.Random,
    own: Pools,
    package: Pools,
    own_share: float = TRAIN_POOL_SHARE,
    labels: tuple[str, ...] = AUGMENT_LABELS,
) -> list[Sentence]:
    """``copies`` variants of every sentence with a PER/ORG/LOC entity, each such entity replaced by
    another name of its class (proclitics kept: وبموسكو -> وبالرياض), so that the tagger learns the
    context of a name rather than the name."""
    from rasid.extract.crf_tagger import iob_spans

    out: list[Sentence] = []
    for sentence in sentences:
        spans = [s for s in iob_spans([t for _, t in sentence]) if s[2] in labels]
        if not spans:
            continue
        for _ in range(copies):
            new: Sentence = []
            k = 0
            for i, j, label in spans:
                new.extend(sentence[k:i])
                prefix, _stem = _prefix_and_stem(sentence[i][0])
                words = _replacement(label, j - i, rng, own, package, own_share)
                new.append((_glue(prefix, words[0]), f"B-{label}"))
                new.extend((w, f"I-{label}") for w in words[1:])
                k = j
            new.extend(sentence[k:])
            out.append(new)
    return out


def identity_dropout(data: list[tuple[list[list[str]], list[str]]], share: float, rng: random.Random) -> None:
    """Hide the word, stem and bigram features of ``share`` of the entity tokens (in place)."""
    if share <= 0:
        return
    for features, labels in data:
        for position, label in enumerate(labels):
            if label != "O" and rng.random() < share:
                features[position] = [f for f in features[position] if not f.startswith(IDENTITY_PREFIXES)]


def split_dev(sentences: list[Sentence], dev_share: float) -> tuple[list[Sentence], list[Sentence]]:
    """Train and dev: dev is the contiguous last ``dev_share`` of the sentences."""
    cut = int(len(sentences) * (1 - dev_share))
    return sentences[:cut], sentences[cut:]


def featurise(sentence: Sentence) -> tuple[list[list[str]], list[str]]:
    """CRF features and labels of one re-joined sentence (text rebuilt with single spaces)."""
    tokens, offsets, position = [], [], 0
    for token, _tag in sentence:
        tokens.append(token)
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    text = " ".join(tokens)
    words = [normalize(t) or "_" for t in tokens]
    return sequence_features(words, gazetteer_tags(text, offsets)), [tag for _, tag in sentence]


def spans_of(labels: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans ``(first, last+1, coarse label)`` of a BIO tag sequence."""
    from rasid.extract.crf_tagger import iob_spans

    return {(i, j, FINE_TO_LABEL.get(kind, "MISC")) for i, j, kind in iob_spans(labels)}


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Exact-span precision, recall, F1 and support per coarse label and micro over PER/ORG/LOC."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g_labels, p_labels in zip(gold, predicted, strict=True):
        g, p = spans_of(g_labels), spans_of(p_labels)
        for *_, label in g:
            n_gold[label] += 1
        for *_, label in p:
            n_pred[label] += 1
        for *_, label in g & p:
            tp[label] += 1
    result = {}
    for label in ("PER", "ORG", "LOC", "MISC", "micro"):
        keys = ("PER", "ORG", "LOC") if label == "micro" else (label,)
        t, ng, np_ = (sum(c[k] for k in keys) for c in (tp, n_gold, n_pred))
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        result[label] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, ng)
    return result


def train(
    data: list[tuple[list[list[str]], list[str]]], path: Path, iterations: int, c1: float = C1, c2: float = C2
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in data:
        trainer.append(features, labels)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=NEWSFANE)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--dev-share", type=float, default=0.1)
    parser.add_argument("--dev-only", action="store_true", help="train on the train split, score dev")
    parser.add_argument("--iterations", type=int, default=MAX_ITERATIONS)
    parser.add_argument("--c1", type=float, default=C1, help="L1 weight")
    parser.add_argument("--c2", type=float, default=C2, help="L2 weight")
    parser.add_argument("--skip-dev", action="store_true", help="only train the shipped model")
    parser.add_argument("--keep-dev-model", action="store_true", help="keep the train-split model")
    parser.add_argument("--labels", choices=("coarse", "fine"), default="coarse")
    parser.add_argument("--augment", type=int, default=AUGMENT_COPIES, help="entity-replacement copies")
    parser.add_argument("--train-pool-share", type=float, default=TRAIN_POOL_SHARE)
    parser.add_argument("--dropout", type=float, default=IDENTITY_DROPOUT, help="word-identity dropout")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--augment-labels", default=",".join(AUGMENT_LABELS), help="labels to replace")
    parser.add_argument("--extra", type=Path, help="more training sentences (raw words), train split only")
    parser.add_argument(
        "--extra-copies", type=int, default=1, help="how many times the --extra sentences count"
    )
    args = parser.parse_args(argv)
    started = time.time()
    sentences = fine_sentences = rejoin_clitics(read_newsfane(args.data))
    if args.labels == "coarse":
        sentences = [coarse(s) for s in sentences]
    train_part, dev_part = split_dev(sentences, args.dev_share)
    print(f"{len(sentences):,} sentences: {len(train_part):,} train, {len(dev_part):,} dev", file=sys.stderr)
    package = gazetteer_pools() if args.augment else {}
    extra_sentences = read_extra(args.extra) * args.extra_copies if args.extra else []
    if extra_sentences:
        tokens = sum(len(s) for s in extra_sentences)
        print(
            f"{len(extra_sentences):,} extra sentences ({tokens:,} tokens) from {args.extra}", file=sys.stderr
        )

    def training_data(part: list[Sentence]) -> list[tuple[list[list[str]], list[str]]]:
        rng = random.Random(args.seed)
        extra = (
            augment(
                part,
                args.augment,
                rng,
                train_pools(part),
                package,
                args.train_pool_share,
                tuple(args.augment_labels.split(",")),
            )
            if args.augment
            else []
        )
        data = [featurise(s) for s in part + extra + extra_sentences]
        identity_dropout(data, args.dropout, rng)
        return data

    dev_data = [featurise(s) for s in dev_part]
    if args.skip_dev:
        train(training_data(train_part + dev_part), args.output, args.iterations, args.c1, args.c2)
        write_kinds(args.output.parent / KINDS_FILE, fine_sentences)
        print(f"model {args.output}: {args.output.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
        return 0
    dev_model = args.output.with_suffix(".dev")
    train(training_data(train_part), dev_model, args.iterations, args.c1, args.c2)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(dev_model))
    predicted = [tagger.tag(features) for features, _ in dev_data]
    tagger.close()
    if args.keep_dev_model:
        print(f"dev model kept: {dev_model}", file=sys.stderr)
    else:
        dev_model.unlink()
    print(f"dev ({sum(len(s) for s in dev_part):,} tokens), exact-span P / R / F1 (support):")
    for label, (p, r, f, n) in score([labels for _, labels in dev_data], predicted).items():
        print(f"  {label:5} {100 * p:5.1f} {100 * r:5.1f} {100 * f:5.1f}  ({n})")
    if not args.dev_only:
        train(training_data(train_part + dev_part), args.output, args.iterations, args.c1, args.c2)
        write_kinds(args.output.parent / KINDS_FILE, fine_sentences)
        print(f"model {args.output}: {args.output.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    print(f"done in {time.time() - started:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
