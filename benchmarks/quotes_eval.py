"""Quotation evaluation: detection P/R/F1, speaker accuracy, exact-boundary F1, per-kind figures.

A predicted quotation matches a gold one when their contents overlap by at least half of the
shorter (characters, white space normalised); matching is one-to-one, preferring pairs whose
speakers agree. Speaker accuracy is over matched pairs: the same person when the last word of the
speaker names agrees after ``rasid.text.normalize``, the article ال aside (الزبيدي = زبيدي; an unresolved
speaker is wrong). Exact-boundary
F1 counts pairs whose contents are equal once white space is normalised.

The gold file is JSON Lines in the format of ``../shared/README.md`` (``content`` as text), or our
own offset form (``benchmarks/gold/quotes_dev.jsonl``), which keeps no article text: ``content``
and ``cue`` are ``[start, end)`` offsets into rasid's clean text, checked by ``clean_sha1``, with
``raw_content`` offsets into the record's raw text as a fallback when the cleaning has changed.
The text is materialised at run time from the inputs (PATH: the article files or the SaudiNewsNet
zips; only the articles named in the gold file are processed).

Usage::

    python3 benchmarks/quotes_eval.py ../shared/gold/000_6b6843914a22ef7f.quotes.jsonl \
        ../shared/samples/000_6b6843914a22ef7f.txt
    python3 benchmarks/quotes_eval.py benchmarks/gold/quotes_dev.jsonl ../shared/corpora/saudinewsnet
    ... --errors            # list every miss, false quote and wrong speaker
    ... --write-results     # replace this gold file's section of benchmarks/RESULTS.md
    ... --against OTHER.jsonl  # score a second annotation of the same articles instead of rasid
                               # (inter-annotator agreement: the ceiling for rasid's figures)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from results import write_section as write_results_section

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks/RESULTS.md"
KINDS = ("direct", "indirect", "mixed")


@dataclass
class Item:
    """One quotation, gold or predicted, with its content span in white-space-normalised text."""

    doc: str
    kind: str
    speaker: str | None
    start: int
    end: int
    content: str
    cue: str = ""
    confidence: float = 1.0
    speaker_type: str = ""  # the gold's person / organization / unnamed / group ("" when predicted)


def clean_sha1(text: str) -> str:
    """The short hash that ties offset-only gold to one version of rasid's clean text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def squeeze(text: str) -> tuple[str, list[int]]:
    """``(text with white space runs made one space, new offset of every original offset)``."""
    out: list[str] = []
    where: list[int] = []
    in_space = False
    for char in text:
        where.append(len(out))
        if char.isspace():
            if not in_space:
                out.append(" ")
            in_space = True
        else:
            out.append(char)
            in_space = False
    where.append(len(out))
    return "".join(out), where


def family(name: str | None) -> str | None:
    """The last word of a normalised name (the family name, or the head of a group/organisation),
    without the article ال: papers write the same family name with and without it, and a compound
    name in عبد/أبو with and without the space."""
    from rasid.text.normalize import normalize

    if not name:
        return None
    words = re.findall(r"\w+", normalize(name))
    if not words:
        return None
    last = words[-1]
    if len(words) > 1 and words[-2] in _NAME_PREFIXES:
        last = words[-2] + last  # عبد العاطي = عبدالعاطي, أبو زيد = أبوزيد
    return last[2:] if last.startswith("ال") and len(last) > 4 else last


# Name words that papers write joined to the next word or apart (normalised forms).
_NAME_PREFIXES = frozenset({"عبد", "ابو", "ابي", "ابا"})


# --------------------------------------------------------------------------------------------------
# Reading gold and running rasid


# A header line naming an article of the set that holds no quotation (since quotes_test217): the
# article is still run, so that a quotation rasid finds there counts as false.
_QUOTE_FREE = re.compile(r"^#\s*No quotations:\s*(\S+)(?:\s+(\S+))?\s*$")


def read_gold(path: Path) -> list[dict]:
    """The gold records; a bad line is reported (file and line) and skipped.

    An article the header lists as holding no quotation comes back as a record with
    ``"no_quotations": True`` and no content: it is read and scored, and yields no gold item.
    """
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        quote_free = _QUOTE_FREE.match(line.strip())
        if quote_free:
            doc, url = quote_free.groups()
            records.append({"doc": doc, "url": url or "", "no_quotations": True})
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"{path}:{number}: E105 malformed JSON ({exc.msg}); line skipped", file=sys.stderr)
            continue
        if not isinstance(record, dict) or "doc" not in record or "content" not in record:
            print(f"{path}:{number}: E110 record needs 'doc' and 'content'; line skipped", file=sys.stderr)
            continue
        records.append(record)
    return records


def process_articles(
    paths: Sequence[str], docs: set[str], urls: set[str], rank_speakers: bool = True
) -> tuple[dict, dict]:
    """Run the pipeline over the inputs named in the gold file: ``({doc: article}, {stage: s})``."""
    from rasid.corpus.readers import read_inputs
    from rasid.pipeline import Options

    options = Options(rank_speakers=rank_speakers)
    stages = options.pipeline()
    articles = {}
    seconds: Counter[str] = Counter()
    for item in read_inputs(paths):
        if isinstance(item, Exception):
            continue
        key = item.id if item.id in docs else item.url if item.url in urls else None
        if key is None:
            continue
        article = item
        for stage in stages:
            started = time.perf_counter()
            article = stage.func(article, options)
            seconds[stage.name] += time.perf_counter() - started
        for warning in article.warnings:
            if warning.startswith("W_QUOTES_FAILED"):  # a fault cost the article all its quotations
                print(f"warning: {warning}", file=sys.stderr)
        articles[key] = article
    return articles, seconds


def gold_items(records: list[dict], articles: dict) -> tuple[list[Item], list[str]]:
    """Gold items located in rasid's clean text; problems (missing article, changed text) listed."""
    items: list[Item] = []
    problems: list[str] = []
    for record in records:
        doc = record["doc"] if record["doc"] in articles else record.get("url")
        article = articles.get(doc)
        if article is None:
            problems.append(f"{record['doc']}: article not found in the inputs")
            continue
        if record.get("no_quotations"):
            continue
        text = article.text
        squeezed, _where = squeeze(text)
        content = record["content"]
        near = 0  # where to look for the content: at its offsets when they still hold
        if isinstance(content, list):
            if record.get("clean_sha1") == clean_sha1(text):
                start, content = content[0], text[content[0] : content[1]]
                near = _where[start + len(content) - len(content.lstrip())]
            elif "raw_content" in record:
                content = article.raw[record["raw_content"][0] : record["raw_content"][1]]
            else:
                problems.append(f"{record['doc']}: clean text changed and no raw offsets")
                continue
        target, _ = squeeze(content.strip())
        # (a short or repeated content, «لا», occurs earlier too: the annotated place comes first)
        at = (
            squeezed.find(target, near)
            if near and squeezed.startswith(target, near)
            else squeezed.find(target)
        )
        if at < 0:
            problems.append(f"{record['doc']}: gold content not found in clean text: {target[:40]!r}…")
            continue
        cue = record.get("cue_text") or (record["cue"] if isinstance(record.get("cue"), str) else "")
        items.append(
            Item(
                doc,
                record["kind"],
                record.get("speaker"),
                at,
                at + len(target),
                target,
                cue,
                speaker_type=record.get("speaker_type") or "",
            )
        )
    return items, problems


def predicted_items(articles: dict) -> list[Item]:
    """Every predicted quotation (one per speaker), in white-space-normalised coordinates."""
    items = []
    for doc, article in articles.items():
        squeezed, where = squeeze(article.text)
        for quote in article.quotes:
            start, end = where[quote.start], where[quote.end]
            speaker = quote.speaker.name if quote.speaker else None
            content = squeezed[start:end].strip()
            items.append(
                Item(doc, quote.kind, speaker, start, end, content, quote.cue.text, quote.confidence)
            )
    return items


# --------------------------------------------------------------------------------------------------
# Scoring


def overlaps(a: Item, b: Item) -> bool:
    """Contents overlap by at least half of the shorter one."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0 and shared * 2 >= min(a.end - a.start, b.end - b.start)


def same_speaker(gold: Item, pred: Item) -> bool:
    return pred.speaker is not None and family(gold.speaker) == family(pred.speaker)


def name_words(name: str | None) -> list[str]:
    """A speaker name as normalised words without the article ال (for comparing name extents)."""
    from rasid.text.normalize import normalize

    words = re.findall(r"\w+", normalize(name or ""))
    return [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words]


def same_name_other_extent(gold: Item, pred: Item) -> bool:
    """A wrong speaker that is the gold name cut short or run on: one name's words begin the other's
    (بعثة الأمم المتحدة / بعثة الأمم المتحدة في العراق). A diagnostic only: never counted as right."""
    g, p = name_words(gold.speaker), name_words(pred.speaker)
    if not g or not p or same_speaker(gold, pred):
        return False
    shorter, longer = (g, p) if len(g) <= len(p) else (p, g)
    return longer[: len(shorter)] == shorter


def match(gold: list[Item], pred: list[Item]) -> list[tuple[Item, Item]]:
    """One-to-one matching, per document, preferring overlapping pairs that agree on the speaker."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.doc == p.doc and overlaps(g, p):
                shared = min(g.end, p.end) - max(g.start, p.start)
                pairs.append((0 if same_speaker(g, p) else 1, -shared, gi * 100000 + pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, code in pairs:
        gi, pi = divmod(code, 100000)
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gold[gi], pred[pi]))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[Item], pred: list[Item]) -> dict:
    """All the figures, as a dict (see module docstring)."""
    pairs = match(gold, pred)
    tp = len(pairs)
    exact = sum(1 for g, p in pairs if g.content.strip(" .،,") == p.content.strip(" .،,"))
    speakers_ok = sum(1 for g, p in pairs if same_speaker(g, p))
    figures = {
        "gold": len(gold),
        "predicted": len(pred),
        "matched": tp,
        "detection": prf(tp, len(pred), len(gold)),
        "exact": prf(exact, len(pred), len(gold)),
        "speaker_accuracy": speakers_ok / tp if tp else 0.0,
        "speaker_wrong": tp - speakers_ok,
        "speaker_extent_only": sum(1 for g, p in pairs if same_name_other_extent(g, p)),
        "kind_accuracy": sum(1 for g, p in pairs if g.kind == p.kind) / tp if tp else 0.0,
        "per_kind": {},
        "by_confidence": confidence_bands(pairs),
        "by_speaker_type": {
            kind: (len(inside), sum(1 for g, p in inside if same_speaker(g, p)))
            for kind in sorted({g.speaker_type for g, _ in pairs if g.speaker_type})
            for inside in [[(g, p) for g, p in pairs if g.speaker_type == kind]]
        },
    }
    for kind in KINDS:
        g_k = sum(1 for g in gold if g.kind == kind)
        p_k = sum(1 for p in pred if p.kind == kind)
        tp_k = sum(1 for g, p in pairs if g.kind == kind)
        tp_pk = sum(1 for g, p in pairs if p.kind == kind)
        figures["per_kind"][kind] = {
            "gold": g_k,
            "predicted": p_k,
            "recall": tp_k / g_k if g_k else None,
            "precision": tp_pk / p_k if p_k else None,
            "exact": sum(
                1 for g, p in pairs if g.kind == kind and g.content.strip(" .،,") == p.content.strip(" .،,")
            ),
        }
    return figures


# Lower edges of the speaker-confidence bands reported (since round 47 the confidence is the speakers
# stage's estimate of the probability that the speaker is right; unresolved speakers stay at 0.3).
CONFIDENCE_BANDS = (0.9, 0.7, 0.5, 0.0)


def confidence_bands(pairs: list[tuple[Item, Item]]) -> list[tuple[float, int, int]]:
    """``(lower edge, matched, right speakers)`` per confidence band of the predicted quotations:
    how far a user can trust a speaker rasid is sure of."""
    bands = []
    upper = float("inf")
    for lower in CONFIDENCE_BANDS:
        inside = [(g, p) for g, p in pairs if lower <= p.confidence < upper]
        bands.append((lower, len(inside), sum(1 for g, p in inside if same_speaker(g, p))))
        upper = lower
    return bands


def report(name: str, figures: dict, seconds: dict, n_docs: int) -> str:
    """The figures as Markdown (printed, and written to RESULTS.md on request)."""
    p, r, f = figures["detection"]
    ep, er, ef = figures["exact"]
    lines = [
        f"Gold `{name}`: {n_docs} articles, {figures['gold']} gold quotations, "
        f"{figures['predicted']} predicted, {figures['matched']} matched.",
        "",
        "| measure | P | R | F1 |",
        "|---|---|---|---|",
        f"| detection (overlap ≥ ½ shorter) | {p:.3f} | {r:.3f} | {f:.3f} |",
        f"| exact boundaries | {ep:.3f} | {er:.3f} | {ef:.3f} |",
        "",
        f"Speaker accuracy over matched quotations: **{figures['speaker_accuracy']:.3f}**; "
        f"kind agreement: {figures['kind_accuracy']:.3f}.",
        f"Of the {figures['speaker_wrong']} wrong speakers, {figures['speaker_extent_only']} are the "
        "gold name cut short or run on (one name's words begin the other's; still counted wrong).",
        "",
        "| kind | gold | predicted | recall | precision | exact |",
        "|---|---|---|---|---|---|",
    ]
    for kind, k in figures["per_kind"].items():
        rec = "–" if k["recall"] is None else f"{k['recall']:.2f}"
        prec = "–" if k["precision"] is None else f"{k['precision']:.2f}"
        lines.append(f"| {kind} | {k['gold']} | {k['predicted']} | {rec} | {prec} | {k['exact']} |")
    lines += ["", "| speaker confidence | matched | right speaker |", "|---|---|---|"]
    upper = None
    for lower, n, right in figures["by_confidence"]:
        share = f"{right / n:.3f}" if n else "–"
        band = f"≥ {lower:g}" if upper is None else f"{lower:g}–{upper:g}"
        lines.append(f"| {band} | {n} | {right} ({share}) |")
        upper = lower
    if figures["by_speaker_type"]:
        lines += ["", "| gold speaker type | matched | right speaker |", "|---|---|---|"]
        for kind, (n, right) in figures["by_speaker_type"].items():
            lines.append(f"| {kind} | {n} | {right} ({right / n:.3f}) |")
    total = sum(seconds.values())
    if total and "quotes" in seconds:
        lines += [
            "",
            f"Pipeline time {1000 * total / max(n_docs, 1):.1f} ms/article; the quotes stage takes "
            f"{100 * seconds['quotes'] / total:.1f}% of it.",
        ]
    return "\n".join(lines)


def list_errors(gold: list[Item], pred: list[Item]) -> Iterable[str]:
    pairs = match(gold, pred)
    matched_g = {id(g) for g, _ in pairs}
    matched_p = {id(p) for _, p in pairs}
    for g in gold:
        if id(g) not in matched_g:
            yield f"MISS   {g.doc[:16]} [{g.kind}] {g.cue} {g.speaker}: {g.content[:90]}"
    for p in pred:
        if id(p) not in matched_p:
            yield f"FALSE  {p.doc[:16]} [{p.kind}] {p.cue} {p.speaker}: {p.content[:90]}"
    for g, p in pairs:
        if not same_speaker(g, p):
            who = f"gold {g.speaker!r}, predicted {p.speaker!r}"
            yield f"WHO    {g.doc[:16]} {g.cue}: {who}: {g.content[:60]}"
        elif g.content.strip(" .،,") != p.content.strip(" .،,"):
            yield f"BOUND  {g.doc[:16]} {g.cue}:"
            yield f"         gold {g.content[:110]}"
            yield f"         pred {p.content[:110]}"


def write_results(name: str, body: str) -> None:
    section = f"## Quotations: `{name}`"
    written = f"Written by `benchmarks/quotes_eval.py --write-results` on {time.strftime('%Y-%m-%d')}."
    write_results_section(section, f"{section}\n\n{written}\n\n{body}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="gold quotations (JSON Lines)")
    parser.add_argument("paths", nargs="+", help="the articles: files, folders or zips")
    parser.add_argument("--errors", action="store_true", help="list misses, false quotations, wrong speakers")
    parser.add_argument("--write-results", action="store_true", help="replace our section of RESULTS.md")
    parser.add_argument(
        "--rules-only", action="store_true", help="leave the learned speaker ranker out (the rules' speakers)"
    )
    parser.add_argument("--note", default="", help="a sentence to add under the figures in RESULTS.md")
    parser.add_argument(
        "--against",
        type=Path,
        default=None,
        help="a second, independent annotation of the same articles, scored in place of rasid's output",
    )
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"E101 gold file not found: {args.gold}", file=sys.stderr)
        return 1
    if args.against is not None and not args.against.exists():
        print(f"E101 second annotation not found: {args.against}", file=sys.stderr)
        return 1
    records = read_gold(args.gold)
    others = read_gold(args.against) if args.against is not None else []
    docs = {r["doc"] for r in records + others}
    urls = {r["url"] for r in records + others if r.get("url")}
    articles, seconds = process_articles(args.paths, docs, urls, rank_speakers=not args.rules_only)
    gold, problems = gold_items(records, articles)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if args.against is not None:
        pred, problems = gold_items(others, articles)
        for problem in problems:
            print(f"warning: {args.against.name}: {problem}", file=sys.stderr)
    else:
        pred = predicted_items(articles)
    figures = score(gold, pred)
    body = report(args.gold.name, figures, seconds, len(articles))
    print(body)
    if args.errors:
        print()
        for line in list_errors(gold, pred):
            print(line)
    if args.write_results:
        write_results(args.gold.name, body + (f"\n\n{args.note}" if args.note else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
