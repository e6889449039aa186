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
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
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
from rasid.text.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
NEWSFANE = REPO.parent / "shared/data/ner/newsfane-train.tsv"
OUTPUT = REPO / "src/rasid/resources/models" / MODEL_FILE

PREFIX_TOKENS = {"و", "ف", "ب", "ل", "ك", "س", "لل"}
SUFFIX_TOKENS = {"ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم", "كما", "كن", "ني"}
SENTENCE_END = {".", "؟", "?", "!"}

# L1/L2 weights tuned on the dev split: c1 0.1 -> 65.6 micro-F1, 0.03 -> 66.3, 0.01 -> 65.7 (c2 0.01);
# L1 also keeps the model small by zeroing unhelpful features. 200 L-BFGS iterations.
C1 = 0.03
C2 = 0.01
MAX_ITERATIONS = 200

Sentence = list[tuple[str, str]]


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
    args = parser.parse_args(argv)
    started = time.time()
    sentences = fine_sentences = rejoin_clitics(read_newsfane(args.data))
    if args.labels == "coarse":
        sentences = [coarse(s) for s in sentences]
    train_part, dev_part = split_dev(sentences, args.dev_share)
    print(f"{len(sentences):,} sentences: {len(train_part):,} train, {len(dev_part):,} dev", file=sys.stderr)
    train_data = [featurise(s) for s in train_part]
    dev_data = [featurise(s) for s in dev_part]
    if args.skip_dev:
        train(train_data + dev_data, args.output, args.iterations, args.c1, args.c2)
        write_kinds(args.output.parent / KINDS_FILE, fine_sentences)
        print(f"model {args.output}: {args.output.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
        return 0
    dev_model = args.output.with_suffix(".dev")
    train(train_data, dev_model, args.iterations, args.c1, args.c2)
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
        train(train_data + dev_data, args.output, args.iterations, args.c1, args.c2)
        write_kinds(args.output.parent / KINDS_FILE, fine_sentences)
        print(f"model {args.output}: {args.output.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    print(f"done in {time.time() - started:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
