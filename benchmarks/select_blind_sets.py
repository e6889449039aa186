"""Draw fresh blind sets of SaudiNewsNet articles for quotation gold, excluding every gold story.

A blind set is only blind if none of its stories was read while tuning. Until round 45 the draw
excluded gold articles by doc id, URL, hash of the white-space-collapsed raw text and its first or
last 150 word characters; syndicated copies under other ids still got in (17-23 of every 100
articles of test90-test105 had an estimated 3-word-shingle Jaccard >= 0.3 with an earlier gold
article, docs/quotes-history.md, round 45). This script adds that test: a candidate whose clean text
has a near-duplicate (``rasid.corpus.dedup`` MinHash, threshold ``--near``) among the gold articles is
left out.

Candidates: non-empty articles (byte-identical copies kept once, the lowest id) with at least
``--min-cues`` whole-word reporting verbs (قال/قالت/أكد/أكدت/أوضح/أوضحت/أشار/أشارت/أضاف/أضافت, و/ف
optional) in the raw text: three until test208, two for test209-325 (with three, seed 20909 found 640
candidates and its four quarters 6, 25, 8 and 10 articles under 12,000 characters; with two, 4,092), one
from test326 (with two, seed 92092 found 629 candidates and, under 16,000 characters, quarters of 16,
11, 6 and 9 articles from 5, 4, 1 and 2 papers; with one, 5,422 and four full quarters under 12,000
characters from 9-11 papers each). They are sorted by id, shuffled with ``random.Random(seed)``, and
split into four sets by the first hex digit of the collapsed raw text's sha1 (0-3, 4-7, 8-b, c-f), so
the sets never overlap; each keeps the first ``--articles`` whose clean text has 600 to ``--max-chars``
characters (3,500 until test169, 5,000 for test170-189: the draws of test158-169 found only 12-25
articles per quarter in 2-6 papers under 3,500; 8,000 for test190-201: under 5,000 seed 19090's first
quarter held 6 articles, all from one paper, and its third 14; 12,000 for test202-323 and again from
test326 (with one cue, above): under 8,000 seed 20202's first quarter held 9 articles from 3 papers,
under 12,000 20 from 6; 16,000 for test324-325: under 12,000 seed 90090's first two quarters held 6
articles each, all from one paper, and under 16,000 seed 91091's four held 16, 11, 22 and 22), at most
``--per-paper`` (3 until test157, 6 since) per URL host. Writes ``OUT/q0.jsonl`` … ``q3.jsonl`` (doc,
url, title, clean_sha1, text) for the annotators, and prints the counts a gold header's Selection line
states. A quarter can run dry: seed 20606's first held 6 articles from one paper, so test206-208 are its
other three quarters (4-7, 8-b, c-f) and no set was made of the first.

Usage::

    python3 benchmarks/select_blind_sets.py --seed 10606 --out /tmp/blind106
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

if TYPE_CHECKING:
    from rasid.model import Article

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared/corpora/saudinewsnet"
GOLD_DIRS = (REPO / "benchmarks/gold", REPO.parent / "shared/gold")
QUARTERS = ("0123", "4567", "89ab", "cdef")
# A reporting verb as a whole word, with its conjunction: the articles worth annotating have quotes.
CUE = re.compile(r"(?<!\w)[وف]?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|أضاف|أضافت)(?!\w)")
HEAD_TAIL_CHARS = 150


def collapsed_sha1(raw: str) -> str:
    """sha1 of the raw text with every run of white space made one space (the set's hash)."""
    return hashlib.sha1(" ".join(raw.split()).encode()).hexdigest()


def head_and_tail(raw: str) -> tuple[str, str]:
    """The first and last ``HEAD_TAIL_CHARS`` word characters of the raw text."""
    letters = "".join(re.findall(r"\w", raw))
    return letters[:HEAD_TAIL_CHARS], letters[-HEAD_TAIL_CHARS:]


def gold_keys() -> tuple[set[str], set[str]]:
    """Doc ids (16 hex digits) and URLs named anywhere in the gold files."""
    text = "".join(p.read_text(errors="ignore") for d in GOLD_DIRS if d.is_dir() for p in d.glob("*"))
    return set(re.findall(r"\b[0-9a-f]{16}\b", text)), set(re.findall(r"https?://[^\s\"']+", text))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=25, help="articles per set (default 25)")
    parser.add_argument(
        "--min-cues",
        type=int,
        default=3,
        help="fewest reporting verbs (CUE) a candidate's raw text holds "
        "(3 until test208; 2 for test209-325; 1 from test326)",
    )
    parser.add_argument("--per-paper", type=int, default=6, help="at most this many per URL host")
    parser.add_argument(
        "--max-chars",
        type=int,
        default=12000,
        help="longest clean text drawn (3,500 until test169; 5,000 for test170-189; 8,000 for test190-201; "
        "12,000 for test202-323; 16,000 for test324-325; 12,000 from test326)",
    )
    parser.add_argument(
        "--near", type=float, default=0.3, help="estimated Jaccard at which a candidate copies a gold story"
    )
    args = parser.parse_args(argv)

    import numpy as np

    from rasid.corpus.dedup import signature
    from rasid.corpus.readers import read_inputs
    from rasid.pipeline import Options
    from rasid.text.clean import clean_stage

    options = Options()
    zips = sorted(CORPUS.glob("*.zip"))
    if not zips:
        raise SystemExit(f"E101 corpus not found: {CORPUS}")
    articles = [a for a in read_inputs([str(p) for p in zips]) if not isinstance(a, Exception)]
    ids, urls = gold_keys()

    def clean(article: Article) -> str | None:
        try:
            return clean_stage(article, options).text
        except Exception:  # (an article the cleaner rejects is no candidate and no gold text)
            return None

    gold_hashes: set[str] = set()
    gold_heads: set[str] = set()
    gold_signatures = []
    matched = 0
    for article in articles:
        if article.id in ids or (article.url and article.url in urls):
            matched += 1
            gold_hashes.add(collapsed_sha1(article.raw))
            gold_heads.update(head_and_tail(article.raw))
            text = clean(article)
            if text:
                gold_signatures.append(signature(text))
    # every candidate against every gold signature (no LSH banding, which misses a few pairs near
    # the threshold): the share of equal MinHash slots estimates the Jaccard similarity
    gold_matrix = np.stack(gold_signatures)

    first_of_bytes: dict[str, Article] = {}
    for article in sorted(articles, key=lambda a: a.id):
        first_of_bytes.setdefault(article.raw, article)
    candidates, near_copies = [], 0
    for article in sorted(first_of_bytes.values(), key=lambda a: a.id):
        if article.id in ids or (article.url and article.url in urls) or not article.raw.strip():
            continue
        if collapsed_sha1(article.raw) in gold_hashes or gold_heads & set(head_and_tail(article.raw)):
            continue
        if len(CUE.findall(article.raw)) < args.min_cues:
            continue
        text = clean(article)
        if text is None:
            continue
        if (gold_matrix == signature(text)).mean(axis=1).max() >= args.near:
            near_copies += 1
            continue
        candidates.append((article, text))
    print(
        f"gold articles matched {matched}; near-copies of gold stories left out {near_copies}; "
        f"candidates {len(candidates)}"
    )

    random.Random(args.seed).shuffle(candidates)
    args.out.mkdir(parents=True, exist_ok=True)
    for number, quarter in enumerate(QUARTERS):
        chosen, per_paper = [], {}
        for article, text in candidates:
            if collapsed_sha1(article.raw)[0] not in quarter:
                continue
            host = urlparse(article.url or "").netloc
            if per_paper.get(host, 0) >= args.per_paper or not 600 <= len(text) <= args.max_chars:
                continue
            per_paper[host] = per_paper.get(host, 0) + 1
            sha = hashlib.sha1(text.encode()).hexdigest()[:12]
            chosen.append(
                {
                    "doc": article.id,
                    "url": article.url,
                    "title": article.title,
                    "clean_sha1": sha,
                    "text": text,
                }
            )
            if len(chosen) == args.articles:
                break
        with open(args.out / f"q{number}.jsonl", "w", encoding="utf-8") as handle:
            for record in chosen:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"q{number} ({quarter[0]}-{quarter[-1]}): {len(chosen)} articles from {len(per_paper)} papers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
