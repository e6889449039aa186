"""Sentence-boundary precision/recall/F1 of rasid against pysbd and spaCy's sentencizer.

Two test sets, the three splitters in the same run:

* UD Arabic-PUD (``../shared/data/ud-arabic-pud``): the ``# text`` lines joined, ``--per-doc``
  sentences at a time (10 by default), into one paragraph each; the joins are the gold boundaries.
* ``benchmarks/gold/saudinewsnet_sentences.jsonl``: sentence boundaries annotated by hand in
  SaudiNewsNet articles with quotations. Each record keeps the article's zip, url, a hash of its
  clean text (so that a change of the cleaner is noticed, not silently mis-scored) and the
  boundary offsets into the clean text; never the text. Each paragraph is given to every splitter
  on its own, and only boundaries inside paragraphs are scored.

Run ``python3 benchmarks/sentence_split.py`` (needs ``pip install -e '.[bench]'``); it prints the
figures and replaces its section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
import zipfile
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from rasid.text.clean import clean_text
from rasid.text.segment import paragraph_spans, split_sentences, tokenize
from results import write_section as write_results_section

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = Path(os.environ.get("RASID_SHARED", REPO.parent / "shared"))
PUD = SHARED / "data" / "ud-arabic-pud" / "ar_pud-ud-test.conllu"
SAUDINEWSNET = SHARED / "corpora" / "saudinewsnet"
GOLD = HERE / "gold" / "saudinewsnet_sentences.jsonl"
RESULTS = HERE / "RESULTS.md"
SECTION = "## Sentence splitting (benchmarks/sentence_split.py)"

Splitter = Callable[[str], list[tuple[int, int]]]


def clean_hash(text: str) -> str:
    """The short hash of a clean text stored with each gold record."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def spans_from_strings(text: str, pieces: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of consecutive ``pieces`` found in order in ``text`` (for splitters that return strings)."""
    spans, position = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece, position)
        if start < 0:  # the splitter changed the text; skip the piece
            continue
        spans.append((start, start + len(piece)))
        position = start + len(piece)
    return spans


def make_splitters() -> dict[str, Splitter]:
    """rasid, pysbd and spaCy's rule-based sentencizer, each ``text -> [(start, end)]``."""
    import pysbd
    import spacy

    segmenter = pysbd.Segmenter(language="ar", clean=False)
    nlp = spacy.blank("ar")
    nlp.add_pipe("sentencizer")

    def spacy_split(text: str) -> list[tuple[int, int]]:
        return [(s.start_char, s.end_char) for s in nlp(text).sents]

    return {
        "rasid": split_sentences,
        "pysbd": lambda text: spans_from_strings(text, segmenter.segment(text)),
        "spacy sentencizer": spacy_split,
    }


def internal_boundaries(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Sentence ends (trailing white space excluded) other than the end of the text."""
    ends = set()
    for _, end in spans:
        while end > 0 and text[end - 1].isspace():
            end -= 1
        ends.add(end)
    ends.discard(len(text.rstrip()))
    ends.discard(0)
    return ends


class Score:
    """Micro-averaged boundary counts."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.seconds = 0.0
        self.chars = 0

    def add(self, gold: set[int], predicted: set[int]) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pud_documents(per_doc: int) -> list[tuple[str, set[int]]]:
    """PUD ``# text`` sentences joined ``per_doc`` at a time: ``(text, gold boundaries)``."""
    sentences = [
        line[len("# text = ") :].strip()
        for line in PUD.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]
    documents = []
    for i in range(0, len(sentences), per_doc):
        group = sentences[i : i + per_doc]
        text, gold = "", set()
        for sentence in group:
            if text:
                gold.add(len(text))
                text += " "
            text += sentence
        documents.append((text, gold))
    return documents


def pud_surface_tokens() -> list[tuple[str, set[tuple[int, int]]]]:
    """PUD sentences with their gold tokens at our level: UD tokens glued without a space and both
    made of letters or digits are merged back (ل + أوباما -> لأوباما), punctuation stays apart."""
    sentences, text, forms = [], None, []
    for line in [*PUD.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                forms.append((cols[1], "SpaceAfter=No" in cols[9]))
        elif not line and text is not None:
            spans, position, previous = [], 0, None
            for form, glued in forms:
                start = text.find(form, position)
                if start < 0:
                    continue
                end = start + len(form)
                word = form[0].isalnum() or form[0] == "_"
                if previous and previous[2] and word and previous[1] == start:
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((start, end))
                previous, position = (spans[-1][0], end, word and glued), end
            sentences.append((text, set(spans)))
            text, forms = None, []
    return sentences


def tokenization_score() -> Score:
    """Token-span precision/recall of :func:`rasid.text.segment.tokenize` on PUD surface tokens."""
    score = Score()
    began = time.perf_counter()
    for text, gold in pud_surface_tokens():
        predicted = {(t.start, t.end) for t in tokenize(text)}
        score.tp += len(gold & predicted)
        score.fp += len(predicted - gold)
        score.fn += len(gold - predicted)
        score.chars += len(text)
    score.seconds = time.perf_counter() - began
    return score


def read_saudinewsnet(zip_name: str) -> list[dict]:
    with zipfile.ZipFile(SAUDINEWSNET / zip_name) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".json"))
        return json.loads(archive.read(name))


def saudinewsnet_documents() -> tuple[list[tuple[str, set[int]]], list[str]]:
    """Paragraphs of the gold articles with their gold boundaries, and any drift warnings."""
    documents, problems = [], []
    cache: dict[str, list[dict]] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        articles = cache.setdefault(record["zip"], read_saudinewsnet(record["zip"]))
        match = next((a for a in articles if a.get("url") == record["url"]), None)
        if match is None:
            problems.append(f"{record['url']}: not found in {record['zip']}")
            continue
        text, _ = clean_text(match["content"])
        if clean_hash(text) != record["clean_sha1"]:
            problems.append(f"{record['url']}: clean text changed since annotation; skipped")
            continue
        boundaries = set(record["boundaries"])
        for start, end in paragraph_spans(text):
            gold = {b - start for b in boundaries if start < b < end}
            documents.append((text[start:end], gold))
    return documents, problems


def evaluate(documents: list[tuple[str, set[int]]], splitters: dict[str, Splitter]) -> dict[str, Score]:
    scores = {name: Score() for name in splitters}
    for name, split in splitters.items():
        score = scores[name]
        began = time.perf_counter()
        for text, gold in documents:
            score.add(gold, internal_boundaries(text, split(text)))
            score.chars += len(text)
        score.seconds = time.perf_counter() - began
    return scores


def table(title: str, scores: dict[str, Score], note: str) -> list[str]:
    lines = [
        f"**{title}** — {note}",
        "",
        "| splitter | precision | recall | F1 | chars/s |",
        "|---|---|---|---|---|",
    ]
    for name, s in scores.items():
        speed = s.chars / s.seconds if s.seconds else 0.0
        lines.append(f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {speed:,.0f} |")
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-doc", type=int, default=10, help="PUD sentences per document")
    parser.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md")
    args = parser.parse_args(argv)
    if not PUD.exists():
        print(f"shared data not found: {PUD}", file=sys.stderr)
        return 1
    splitters = make_splitters()
    body = [
        f"Run {date.today().isoformat()}; boundaries inside a document, micro-averaged. The gold follows",
        "rasid's convention that a quotation of several sentences is one sentence. chars/s is",
        "indicative only (a shared machine).",
        "",
    ]
    pud = pud_documents(args.per_doc)
    pud_scores = evaluate(pud, splitters)
    gold_count = sum(len(g) for _, g in pud)
    body += table(
        "UD Arabic-PUD",
        pud_scores,
        f"{len(pud)} documents of {args.per_doc} sentences, {gold_count} boundaries",
    )
    snn, problems = saudinewsnet_documents()
    snn_scores = evaluate(snn, splitters)
    articles = sum(1 for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip())
    body += table(
        "SaudiNewsNet, hand-annotated",
        snn_scores,
        f"{articles} articles with quotations, {len(snn)} paragraphs, "
        f"{sum(len(g) for _, g in snn)} boundaries inside paragraphs",
    )
    body += [f"- {p}" for p in problems]
    tokens = tokenization_score()
    body += [
        *([""] if problems else []),
        "**Tokenisation** (`rasid.text.segment.tokenize`) against the UD Arabic-PUD tokens, with",
        "clitics glued back to their word (rasid does not split clitics): "
        f"precision {tokens.precision:.3f}, recall {tokens.recall:.3f},",
        f"F1 {tokens.f1:.3f} over {tokens.tp + tokens.fn:,} tokens.",
    ]
    print("\n".join(body))
    if not args.no_write:
        write_results_section(SECTION, "\n".join([SECTION, "", *body]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
