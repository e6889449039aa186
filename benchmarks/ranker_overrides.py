"""Where the learned speaker ranker helps and where it hurts: its overrides by how the rules found
the speaker.

For each gold set it runs the pipeline without the ranker (the rules' speakers), then asks the shipped
ranker (``rasid.extract.speakers``) for its best rival to the rules' speaker of every matched quotation
and sorts the quotations by the rules' provenance:

- ``unresolved``: the rules found no speaker (the ranker fills one);
- ``implied``: a speaker with no mention in the text (وأضاف, a pronoun, the memory of the last speaker);
- ``same-mention``: a named speaker, and the rival is part of, or runs past, the rules' own mention
  (only the name's extent is in question);
- ``elsewhere``: a named speaker, and the rival is named elsewhere or is an earlier quotation's speaker;

the last two split at the rules' confidence 0.9 (the rules give 0.9-0.95 to a named subject). For
every class and margin it prints the rival's fixes (the rules wrong, the rival right) and breaks (the
rules right, the rival wrong) among the quotations where the rival beats the rules' speaker by more
than that margin (a rival the stage vetoes, ``_unfit_pick``, is left out: since round 31 that is every
rival named elsewhere than a speaker the rules named at 0.9 or more). A gate or a class margin is worth
having only where breaks outnumber fixes on sets it was not chosen on: in round 31, at the shipped
margin 1, the named classes lost 19 / 25 on the read half (fixes / breaks) but gained 18 / 11 on the
check half, so no gate on them beyond that veto held up.

    PYTHONPATH=src:benchmarks python3 benchmarks/ranker_overrides.py \\
        benchmarks/gold/quotes_test42.jsonl benchmarks/gold/quotes_test44.jsonl \\
        --inputs /work/shared/corpora/saudinewsnet
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from quotes_eval import Item, gold_items, match, predicted_items, process_articles, read_gold, same_speaker
from rasid.extract.speakers import _unfit_pick, default_ranker, quote_choices
from rasid.model import Article, Quote

CLASSES = (
    "unresolved",
    "implied",
    "same-mention <0.9",
    "same-mention >=0.9",
    "elsewhere <0.9",
    "elsewhere >=0.9",
)
# The margins reported (the shipped model's is 1).
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0)
# The rules' confidence from which a named speaker counts as confidently named.
NAMED_CONFIDENCE = 0.9


def provenance(quote: Quote, rival_mention: tuple[int, int] | None) -> str:
    """The class of ``quote``'s rules speaker against a rival whose mention is ``rival_mention``."""
    speaker = quote.speaker
    if speaker is None:
        return "unresolved"
    if speaker.mention is None:
        return "implied"
    m = speaker.mention
    same = rival_mention is not None and rival_mention[0] < m.end and m.start < rival_mention[1]
    band = ">=0.9" if quote.confidence >= NAMED_CONFIDENCE else "<0.9"
    return f"{'same-mention' if same else 'elsewhere'} {band}"


def rivals(articles: dict[str, Article], gold: list[Item]) -> list[tuple[str, float, int]]:
    """For every matched quotation whose best candidate is not the rules' speaker (nor one the stage
    vetoes): its class, the rival's score above the rules' speaker, and +1 (a fix), -1 (a break) or 0."""
    ranker = default_ranker()
    pred = predicted_items(articles)
    gold_of = {id(p): g for g, p in match(gold, pred)}
    at: dict[tuple[str, int], Item] = {}
    items = iter(pred)
    for doc, article in articles.items():
        for qi in range(len(article.quotes)):
            at[(doc, qi)] = next(items)
    out = []
    for doc, article in articles.items():
        for choice in quote_choices(article):
            g = gold_of.get(id(at[(doc, choice.quote)]))
            if g is None or not choice.candidates:
                continue
            scores = ranker.scores([c.features for c in choice.candidates])
            best = max(range(len(scores)), key=scores.__getitem__)
            quote = article.quotes[choice.quote]
            rival = choice.candidates[best]
            if best == choice.rules or _unfit_pick(rival, quote, article.text):
                continue
            margin = scores[best] - scores[choice.rules] if choice.rules is not None else float("inf")
            before = quote.speaker is not None and same_speaker(
                g, Item(doc, "", quote.speaker.name, 0, 0, "")
            )
            after = same_speaker(g, Item(doc, "", rival.name, 0, 0, ""))
            out.append((provenance(quote, rival.mention), margin, int(after) - int(before)))
    return out


def table(rows: list[tuple[str, float, int]]) -> str:
    """Per class and margin: fixes/breaks of the overrides beyond that margin."""
    head = "| rules' speaker | " + " | ".join(f"margin > {m:g}" for m in MARGINS) + " |"
    lines = [head, "|" + "---|" * (len(MARGINS) + 1)]
    for kind in CLASSES:
        cells = []
        for m in MARGINS:
            counts = Counter(d for k, margin, d in rows if k == kind and margin > m)
            cells.append(f"+{counts[1]} / -{counts[-1]}")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="+", help="gold quotation files (JSON Lines)")
    parser.add_argument("--inputs", nargs="+", required=True, help="the articles: files, folders or zips")
    args = parser.parse_args(argv)
    rows: list[tuple[str, float, int]] = []
    for path in args.gold:
        records = read_gold(path)
        docs = {r["doc"] for r in records}
        urls = {r["url"] for r in records if r.get("url")}
        articles, _ = process_articles(args.inputs, docs, urls, rank_speakers=False)
        gold, problems = gold_items(records, articles)
        for problem in problems:
            print(f"warning: {path.name}: {problem}", file=sys.stderr)
        rows += rivals(articles, gold)
    print(f"fixes / breaks of the ranker's best rival, {len(args.gold)} gold file(s)\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
