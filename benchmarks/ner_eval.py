"""Named-entity evaluation: exact-span precision, recall and F1 per label, and tokens per second.

Reads a CoNLL-style file (``token TAG`` per line, blank line between sentences, ``B-``/``I-`` tags of
``PERS|PER``, ``ORG``, ``LOC``, ``MISC``: the ANERcorp convention), rebuilds running text (tokens
joined by spaces, one sentence per line), runs rasid over it, maps the entity spans back onto the
tokens and scores them against the file's tags. Micro-average is over PER, ORG and LOC.

Usage::

    python3 benchmarks/ner_eval.py FILE.conll [--mode auto|entities|crf] [--errors 20]
    python3 benchmarks/ner_eval.py --saudinewsnet        # our own annotations (benchmarks/gold/)
    python3 benchmarks/ner_eval.py --gold benchmarks/gold/ner_saudinewsnet_3.tsv   # one batch only
    python3 benchmarks/ner_eval.py --dev                 # the NewsFANE dev split (train_ner.py)
    python3 benchmarks/ner_eval.py --throughput 500      # tokens/s over 500 SaudiNewsNet articles
    ... --write-results | --append-results               # replace / add to our RESULTS.md section

``--mode entities`` runs the pipeline's ``segment`` + ``entities`` stages; ``crf`` runs the trained
tagger alone; ``auto`` (default) uses the entities stage when it is registered.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from rasid.extract.crf_tagger import iob_spans
from rasid.model import Article, Token

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "benchmarks/gold/ner_saudinewsnet.tsv"
# first batch (6 articles) and second batch (10 articles of 8 other outlets, annotated blind); the
# third batch (ner_saudinewsnet_3.tsv) is a blind held-out test left out on purpose: score it alone
# with --gold, never while tuning
GOLD_FILES = (GOLD, REPO / "benchmarks/gold/ner_saudinewsnet_2.tsv")
RESULTS = REPO / "benchmarks/RESULTS.md"
SECTION = "## Named entities: tagger and evaluation"
LABELS = ("PER", "ORG", "LOC", "MISC")
MICRO = ("PER", "ORG", "LOC")

Sentence = list[tuple[str, str]]


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of ``(token, tag)`` with tags mapped to PER/ORG/LOC/MISC; bad lines are reported
    (file and line number) and skipped."""
    sentences: list[Sentence] = [[]]
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            parts = line.split()
            if not parts:
                if sentences[-1]:
                    sentences.append([])
                continue
            if len(parts) < 2:
                print(f"{path}:{number}: no tag, line skipped", file=sys.stderr)
                continue
            token, tag = parts[0], parts[-1]
            sentences[-1].append((token, _coarse_tag(tag)))
    return [s for s in sentences if s]


def _coarse_tag(tag: str) -> str:
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    label = tag[2:].upper()
    label = {"PERS": "PER", "PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC", "GPE": "LOC"}.get(
        label, label
    )
    return f"{tag[0]}-{label if label in LABELS else 'MISC'}"


def rebuild(sentences: list[Sentence]) -> tuple[str, list[list[Token]]]:
    """Running text (tokens joined by spaces, one sentence per line) and each token's offsets."""
    parts: list[str] = []
    tokens: list[list[Token]] = []
    position = 0
    for sentence in sentences:
        row = []
        for token, _tag in sentence:
            row.append(Token(position, position + len(token)))
            parts.append(token)
            position += len(token) + 1
        tokens.append(row)
        parts[-1] += "\n"
    text = " ".join(parts).replace("\n ", "\n")
    # joining put one space between tokens; the newline replaced the space after a sentence
    return text, tokens


def entity_spans(text: str, tokens: list[Token], mode: str) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of every entity rasid finds in ``text``."""
    if mode == "crf":
        from rasid.extract.crf_tagger import tag

        return [(s.start, s.end, s.label) for s in tag(text, tokens)]
    from rasid.pipeline import STAGES, Options

    article = Article(id="ner-eval", raw=text, text=text)
    options = Options()
    for name in ("segment", "entities"):
        article = STAGES[name].func(article, options)
    return [(e.start, e.end, e.label) for e in article.entities]


def to_tags(spans: Iterable[tuple[int, int, str]], tokens: list[Token]) -> list[str]:
    """BIO tags of ``tokens`` from character spans: a token belongs to the span it overlaps."""
    tags = ["O"] * len(tokens)
    starts = [t.start for t in tokens]
    import bisect

    for start, end, label in sorted(spans):
        first = bisect.bisect_right(starts, start) - 1
        first = max(first, 0)
        if tokens[first].end <= start:
            first += 1
        last = first
        while last < len(tokens) and tokens[last].start < end:
            last += 1
        if first >= last or any(t != "O" for t in tags[first:last]):
            continue
        tags[first] = f"B-{label}"
        for i in range(first + 1, last):
            tags[i] = f"I-{label}"
    return tags


def spans_of(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans ``(first, end, label)`` of an IOB tag sequence."""
    return set(iob_spans(tags))


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Exact-span ``(precision, recall, F1, gold count)`` per label and ``micro`` over PER/ORG/LOC."""
    tp, n_gold, n_pred = Counter(), Counter(), Counter()
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        g, p = spans_of(g_tags), spans_of(p_tags)
        n_gold.update(label for *_, label in g)
        n_pred.update(label for *_, label in p)
        tp.update(label for *_, label in g & p)
    result = {}
    for label in (*LABELS, "micro"):
        keys = MICRO if label == "micro" else (label,)
        t, ng, np_ = (sum(c[k] for k in keys) for c in (tp, n_gold, n_pred))
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        result[label] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, ng)
    return result


def evaluate(documents: list[list[Sentence]], mode: str, errors: int = 0) -> tuple[dict, float, int]:
    """Scores, tokens per second and token count of rasid on ``documents`` (lists of sentences),
    each run as an article of its own so that document-level rules never cross articles."""
    rebuilt = [rebuild(sentences) for sentences in documents if sentences]
    text, tokens = rebuilt[0]
    flat = [t for row in tokens for t in row]
    entity_spans(text[:2000], [t for t in flat if t.end <= 2000], mode)  # load models first
    predicted: list[list[str]] = []
    gold: list[list[str]] = []
    elapsed = 0.0
    count = 0
    for sentences, (text, tokens) in zip([d for d in documents if d], rebuilt, strict=True):
        flat = [t for row in tokens for t in row]
        # CPU time of this process: the machine is shared, so wall time would measure the neighbours
        started = time.process_time()
        spans = entity_spans(text, flat, mode)
        elapsed += time.process_time() - started
        count += len(flat)
        predicted_flat = to_tags(spans, flat)
        k = 0
        for sentence, row in zip(sentences, tokens, strict=True):
            predicted.append(predicted_flat[k : k + len(row)])
            gold.append([tag for _, tag in sentence])
            k += len(row)
    if errors:
        every = [sentence for sentences in documents for sentence in sentences]
        _print_errors(every, gold, predicted, errors)
    return score(gold, predicted), count / max(elapsed, 1e-9), count


def _print_errors(sentences, gold, predicted, limit: int) -> None:
    shown = 0
    for sentence, g_tags, p_tags in zip(sentences, gold, predicted, strict=True):
        g, p = spans_of(g_tags), spans_of(p_tags)
        words = [w for w, _ in sentence]
        for kind, items in (("missed", g - p), ("spurious", p - g)):
            for i, j, label in sorted(items):
                if shown >= limit:
                    return
                print(
                    f"  {kind:8} {label:4} {' '.join(words[i:j])}  | {' '.join(words[max(0, i - 3) : j + 2])}"
                )
                shown += 1


# --- our SaudiNewsNet annotations: (url, start, end, label, expression) over the record's content ---


def saudinewsnet_records(corpus: Path) -> dict[str, str]:
    """``{url: content}`` of every SaudiNewsNet record."""
    records = {}
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for record in json.loads(archive.read(name)):
                    if isinstance(record, dict) and record.get("url") and record.get("content"):
                        records.setdefault(record["url"], record["content"])
    return records


def gold_from_annotations(gold: Path, corpus: Path) -> list[list[Sentence]]:
    """CoNLL sentences rebuilt at run time from the annotation file and the corpus text, one list
    per article."""
    from rasid.text.segment import split_sentences, tokenize

    by_url: dict[str, list[tuple[int, int, str, str]]] = {}
    with gold.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 5 or not fields[1].isdigit() or not fields[2].isdigit():
                raise SystemExit(f"{gold}:{number}: expected url, start, end, label, expression")
            url, start, end, label, expression = fields
            by_url.setdefault(url, []).append((int(start), int(end), label, expression))
    records = saudinewsnet_records(corpus)
    documents: list[list[Sentence]] = []
    for url, spans in by_url.items():
        sentences: list[Sentence] = []
        documents.append(sentences)
        text = records.get(url)
        if text is None:
            raise SystemExit(f"{gold}: article {url} is not in {corpus}")
        for start, end, _label, expression in spans:
            if text[start:end] != expression:
                raise SystemExit(f"{gold}: {url} [{start},{end}) is {text[start:end]!r}, not {expression!r}")
        for s_start, s_end in split_sentences(text):
            tokens = tokenize(text, s_start, s_end)
            tags = to_tags([(s, e, lab) for s, e, lab, _x in spans], tokens)
            sentences.append([(text[t.start : t.end], tag) for t, tag in zip(tokens, tags, strict=True)])
    return documents


def dev_sentences() -> list[Sentence]:
    """The NewsFANE dev split exactly as scripts/train_ner.py carves it, with coarse tags."""
    sys.path.insert(0, str(REPO / "scripts"))
    from rasid.extract.crf_tagger import FINE_TO_LABEL
    from train_ner import NEWSFANE, read_newsfane, rejoin_clitics, split_dev

    _train, dev = split_dev(rejoin_clitics(read_newsfane(NEWSFANE)), 0.1)
    return [[(w, t if t == "O" else f"{t[:2]}{FINE_TO_LABEL.get(t[2:], 'MISC')}") for w, t in s] for s in dev]


def throughput(count: int, mode: str) -> str:
    """Tokens per second (CPU time) over the first ``count`` SaudiNewsNet articles, no scoring."""
    from rasid.text.segment import tokenize

    texts = list(saudinewsnet_records(SHARED / "corpora/saudinewsnet").values())[:count]
    token_lists = [tokenize(text) for text in texts]
    entity_spans(texts[0], token_lists[0], mode)  # load models first
    started = time.process_time()
    for text, tokens in zip(texts, token_lists, strict=True):
        entity_spans(text, tokens, mode)
    elapsed = time.process_time() - started
    total = sum(len(t) for t in token_lists)
    return (
        f"Throughput, {len(texts):,} SaudiNewsNet articles ({total:,} tokens, mode {mode}): "
        f"{total / max(elapsed, 1e-9):,.0f} tokens/s (one core, CPU time)"
    )


def report(name: str, scores: dict, speed: float, count: int, mode: str) -> str:
    lines = [
        f"{name} ({count:,} tokens, mode {mode}): {speed:,.0f} tokens/s (one core, CPU time)",
        "",
        "| label | P | R | F1 | gold |",
    ]
    lines.append("|---|---|---|---|---|")
    for label, (p, r, f, n) in scores.items():
        lines.append(f"| {label} | {100 * p:.1f} | {100 * r:.1f} | {100 * f:.1f} | {n} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, help="CoNLL file (token TAG per line)")
    parser.add_argument(
        "--mode", default="auto", help="auto, entities or crf, or several separated by commas (entities,crf)"
    )
    parser.add_argument("--saudinewsnet", action="store_true", help="score our SaudiNewsNet annotations")
    parser.add_argument(
        "--gold",
        type=Path,
        action="append",
        help="score only this SaudiNewsNet annotation file (repeatable; default: the batches in GOLD_FILES)",
    )
    parser.add_argument("--dev", action="store_true", help="score the NewsFANE dev split")
    parser.add_argument("--throughput", type=int, default=0, help="time N SaudiNewsNet articles")
    parser.add_argument("--errors", type=int, default=0, help="print this many missed/spurious spans")
    parser.add_argument("--write-results", action="store_true", help="replace our section of RESULTS.md")
    parser.add_argument("--append-results", action="store_true", help="add to our section of RESULTS.md")
    args = parser.parse_args(argv)
    from rasid.pipeline import STAGES

    modes = [
        ("entities" if "entities" in STAGES else "crf") if m == "auto" else m for m in args.mode.split(",")
    ]
    if any(m not in ("entities", "crf") for m in modes):
        parser.error(f"unknown mode in {args.mode!r}")
    sets: list[tuple[str, list[list[Sentence]]]] = []  # (name, documents)
    if args.file:
        if not args.file.exists():
            raise SystemExit(f"E101 input file not found: {args.file}")
        sentences = read_conll(args.file)
        if not sentences:
            raise SystemExit(f"E102 empty input: {args.file} has no token lines")
        sets.append((args.file.name, [sentences]))
    if args.saudinewsnet or args.gold:
        corpus = SHARED / "corpora/saudinewsnet"
        for path in args.gold or ():
            if not path.exists():
                raise SystemExit(f"E101 input file not found: {path}")
        batches = [(path, gold_from_annotations(path, corpus)) for path in args.gold or GOLD_FILES]
        for path, documents in batches:
            sets.append((f"SaudiNewsNet, our annotations ({path.name})", documents))
        if len(batches) > 1:
            sets.append(("SaudiNewsNet, all our annotations", [d for _p, batch in batches for d in batch]))
    if args.dev:
        name = "NewsFANE dev split (CRF trained on the train split only, RASID_NER_MODEL)"
        if not os.environ.get("RASID_NER_MODEL"):
            name = "NewsFANE dev split"
            name += " (shipped model, which also trained on it: not a held-out score)"
            print(
                "note: the shipped model was trained on the dev split too; for a held-out score run\n"
                "  scripts/train_ner.py --dev-only --keep-dev-model --output /tmp/ner.model and set\n"
                "  RASID_NER_MODEL=/tmp/ner.dev",
                file=sys.stderr,
            )
        sets.append((name, [dev_sentences()]))
    if not sets and not args.throughput:
        parser.error("give a CoNLL FILE, --saudinewsnet, --gold FILE, --dev or --throughput N")
    blocks = []
    for mode in modes if args.throughput else ():
        block = throughput(args.throughput, mode)
        print(block + "\n")
        blocks.append(block)
    for name, documents in sets:
        for mode in modes:
            scores, speed, count = evaluate(documents, mode, args.errors)
            block = report(name, scores, speed, count, mode)
            print(block + "\n")
            blocks.append(block)
    if args.write_results or args.append_results:
        _write_results(blocks, append=args.append_results)
    return 0


def _write_results(blocks: list[str], append: bool = False) -> None:
    """Replace (or add to) our section of benchmarks/RESULTS.md, leaving the others untouched."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    found = pattern.search(text)
    stamp = f"`{' '.join(['benchmarks/ner_eval.py', *sys.argv[1:]])}` on {time.strftime('%Y-%m-%d')}"
    if append and found:
        body = found.group().rstrip("\n") + f"\n\n{stamp}:\n\n" + "\n\n".join(blocks) + "\n"
    else:
        body = f"{SECTION}\n\n{stamp}:\n\n" + "\n\n".join(blocks) + "\n"
    text = pattern.sub(lambda _m: body + "\n", text) if found else text.rstrip("\n") + "\n\n" + body
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
