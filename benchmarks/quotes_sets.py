"""Score many quotation gold sets at once, by set and by group of sets: the working figure of a round.

``quotes_eval.py`` scores one gold file and writes its RESULTS.md section; a round's rule work is
judged on groups of sets (read, check, analysis, fresh; see docs/quotes-history.md), which means
running the pipeline over some 4,000 articles. This script reads the corpus once, runs the pipeline
over every article a chosen set names (``--procs`` worker processes), scores each set with
``quotes_eval``'s matching and prints per set and per group: gold quotations, matched, right
speakers, detection F1 and exact F1. ``--cache`` keeps the articles as they stand before the
``quotes`` stage, so that ``--from-cache`` reruns only the quotation stages (a rule change to them
takes a minute instead of ten); ``--errors`` lists the misses, false quotations and wrong
speakers of the sets named by ``--errors-sets`` (never a blind or fresh set's); ``--dump`` writes
every predicted quotation per article, to check that a speed change leaves the output as it
was (``--compare``).

Sets: ``sample`` (the shared article), ``dev``, ``test`` and ``testN`` or ranges ``testA-B``. Blind
sets must not be named here before their first run (docs/quotes-annotation.md, section 11).

Usage::

    python3 benchmarks/quotes_sets.py --sets sample,dev,test,test2-181 --cache /tmp/pre.pkl
    python3 benchmarks/quotes_sets.py --sets sample,dev,test,test2-181 --from-cache /tmp/pre.pkl \
        --group read=sample,dev,even:2-144 --group check=test,odd:3-145 --group analysis=146-181
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Iterable, Sequence
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes_eval import (
    Item,
    gold_items,
    list_errors,
    match,
    predicted_items,
    prf,
    read_gold,
    same_speaker,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpora/saudinewsnet"
GOLD = REPO / "benchmarks/gold"
QUOTE_STAGES = ("quotes", "speakers")


def gold_path(name: str) -> tuple[Path, str]:
    """The gold file and the inputs of one set name."""
    if name == "sample":
        return next((SHARED / "gold").glob("*.quotes.jsonl")), str(SHARED / "samples")
    if name == "dev":
        return GOLD / "quotes_dev.jsonl", str(CORPUS)
    if name == "test":
        return GOLD / "quotes_test.jsonl", str(CORPUS)
    return GOLD / f"quotes_{name}.jsonl", str(CORPUS)


def expand(spec: str) -> list[str]:
    """``sample,dev,test2-5,odd:3-9`` -> set names (``even:``/``odd:`` keep numbers of that parity)."""
    names: list[str] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        parity = None
        if part.startswith(("even:", "odd:")):
            parity, part = part.split(":", 1)
        bare = part.removeprefix("test")
        if bare and bare[0].isdigit():
            low, _, high = bare.partition("-")
            numbers = range(int(low), int(high or low) + 1)
            names += [f"test{n}" for n in numbers if parity is None or (n % 2 == 0) == (parity == "even")]
        else:
            names.append(part)
    return names


def read_articles(names: Sequence[str]) -> dict[str, tuple[list[dict], dict]]:
    """``{set: (gold records, {doc or url: raw Article})}``, the corpus read once."""
    from rasid.corpus.readers import read_inputs

    wanted: dict[str, list[dict]] = {name: read_gold(gold_path(name)[0]) for name in names}
    by_input: dict[str, set[str]] = {}
    for name, records in wanted.items():
        keys = by_input.setdefault(gold_path(name)[1], set())
        keys |= {r["doc"] for r in records} | {r["url"] for r in records if r.get("url")}
    found: dict[str, object] = {}
    for source, keys in by_input.items():
        for item in read_inputs([source]):
            if isinstance(item, Exception):
                continue
            for key in (item.id, item.url):
                if key in keys and key not in found:
                    found[key] = item
    out = {}
    for name, records in wanted.items():
        chosen: dict[str, object] = {}
        for record in records:  # one key per article, as quotes_eval.gold_items looks it up
            key = record["doc"] if record["doc"] in found else record.get("url")
            if key in found:
                chosen[key] = found[key]
        out[name] = (records, chosen)
    return out


def _run(job: tuple[str, object, bool]) -> tuple[str, object, object]:
    """One article through the pipeline: ``(key, article before quotes, final article)``."""
    from rasid.pipeline import Options

    key, article, from_cache = job
    options = Options()
    before = article
    for stage in options.pipeline():
        if from_cache and stage.name not in QUOTE_STAGES and stage.name != "events":
            continue
        if stage.name == "quotes":
            before = article
        article = stage.func(article, options)
    return key, (None if from_cache else before), article


def run_all(articles: dict[int, object], procs: int, from_cache: bool) -> tuple[dict, dict]:
    """Every article through the pipeline in ``procs`` processes: ``(before quotes, final)``."""
    jobs = [(key, article, from_cache) for key, article in articles.items()]
    before, final = {}, {}
    if procs > 1:
        with Pool(procs) as pool:
            results: Iterable = pool.imap_unordered(_run, jobs, chunksize=8)
            for key, pre, post in results:
                before[key], final[key] = pre, post
    else:
        for job in jobs:
            key, pre, post = _run(job)
            before[key], final[key] = pre, post
    return before, final


def figures(gold: list[Item], pred: list[Item]) -> dict:
    """Counts of one set (or group): gold, predicted, matched, right speakers, exact pairs."""
    pairs = match(gold, pred)
    exact = sum(1 for g, p in pairs if g.content.strip(" .،,") == p.content.strip(" .،,"))
    return {
        "gold": len(gold),
        "predicted": len(pred),
        "matched": len(pairs),
        "right": sum(1 for g, p in pairs if same_speaker(g, p)),
        "exact": exact,
    }


def line(name: str, f: dict) -> str:
    """One row of the printed table."""
    det = prf(f["matched"], f["predicted"], f["gold"])[2]
    exact = prf(f["exact"], f["predicted"], f["gold"])[2]
    acc = f["right"] / f["matched"] if f["matched"] else 0.0
    return (
        f"{name:<12} gold {f['gold']:>6} matched {f['matched']:>6} right {f['right']:>6} "
        f"({acc:.3f})  det F1 {det:.3f}  exact F1 {exact:.3f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", required=True, help="e.g. sample,dev,test,test2-181")
    parser.add_argument("--group", action="append", default=[], help="NAME=SPEC, printed as a total")
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--cache", type=Path, help="write the articles before the quotes stage here")
    parser.add_argument("--from-cache", type=Path, help="rerun only the quotation stages on a cache")
    parser.add_argument("--dump", type=Path, help="write every predicted quotation per article (JSONL)")
    parser.add_argument("--compare", type=Path, help="an earlier --dump: count the articles that differ")
    parser.add_argument("--errors", type=Path, help="write the misses, false quotations and wrong speakers")
    parser.add_argument("--errors-sets", default="", help="the sets whose errors --errors lists (SPEC)")
    parser.add_argument("--quiet", action="store_true", help="print group totals only")
    args = parser.parse_args(argv)

    names = expand(args.sets)
    if args.from_cache:
        with args.from_cache.open("rb") as handle:
            cached = pickle.load(handle)
        missing = [n for n in names if n not in cached]
        if missing:
            print(f"E101 sets not in the cache: {', '.join(missing)}", file=sys.stderr)
            return 1
        sets = {n: cached[n] for n in names}
    else:
        sets = read_articles(names)
    unique: dict[int, object] = {}
    for _records, articles in sets.values():
        for article in articles.values():
            unique.setdefault(id(article), article)
    before, final = run_all(unique, args.procs, from_cache=bool(args.from_cache))
    if args.cache:
        cache = {
            n: (records, {k: before[id(a)] for k, a in articles.items()})
            for n, (records, articles) in sets.items()
        }
        with args.cache.open("wb") as handle:
            pickle.dump(cache, handle)
    per_set: dict[str, dict] = {}
    dump: dict[str, str] = {}
    error_sets = set(expand(args.errors_sets))
    error_lines: list[str] = []
    for name, (records, articles) in sets.items():
        done = {k: final[id(a)] for k, a in articles.items()}
        gold, _problems = gold_items(records, done)
        pred = predicted_items(done)
        per_set[name] = figures(gold, pred)
        if name in error_sets:
            error_lines += [f"{name}\t{row}" for row in list_errors(gold, pred)]
        for key, article in done.items():
            dump[f"{name}/{key}"] = json.dumps(
                [q.to_dict() for q in article.quotes], ensure_ascii=False, sort_keys=True
            )
        if not args.quiet:
            print(line(name, per_set[name]))
    groups = [g.split("=", 1) for g in args.group] or [["all", args.sets]]
    for group, spec in groups:
        members = [n for n in expand(spec) if n in per_set]
        keys = ("gold", "predicted", "matched", "right", "exact")
        total = {k: sum(per_set[n][k] for n in members) for k in keys}
        print(line(group, total))
    if args.dump:
        args.dump.write_text("".join(f"{json.dumps([k, v], ensure_ascii=False)}\n" for k, v in dump.items()))
    if args.errors:
        args.errors.write_text("".join(f"{row}\n" for row in error_lines), encoding="utf-8")
    if args.compare:
        old = dict(json.loads(row) for row in args.compare.read_text().splitlines() if row)
        differ = sorted(k for k in dump if k in old and old[k] != dump[k])
        print(f"{len(differ)} of {len(dump)} articles differ from {args.compare}")
        for key in [k for k in differ if k.split("/")[0] in error_sets][:20]:
            print(f"  {key}")  # (only the sets whose errors may be read: --errors-sets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
