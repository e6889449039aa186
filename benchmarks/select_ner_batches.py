"""Draw candidate articles for fresh blind NER batches of SaudiNewsNet, excluding every gold story.

The NER batches (``benchmarks/gold/ner_saudinewsnet_*.tsv``) index a record's raw ``content`` by
URL (first record of a URL in sorted zip order, as ``ner_eval.py`` reads them). A batch is blind
only if none of its stories was read while tuning, and since round 47 the tagger may be trained on
sentences of the quotation gold's articles, so a candidate must copy no gold story either: records
whose id or URL a gold file names, whose collapsed text equals a gold text, or whose clean text has an
estimated 3-word-shingle Jaccard >= ``--near`` (``rasid.corpus.dedup`` MinHash) with a gold article
are left out, and so are the articles of any ``--exclude`` file (a blind set not committed yet).

Candidates: records of 150-450 whitespace words, byte-identical copies kept once (the first URL in
sorted order), sorted by URL, shuffled with ``random.Random(seed)``, split between ``--batches``
batches by the first hex digit of the collapsed text's sha1 (two batches: 0-7 and 8-f), so batches
never overlap. Writes the first ``--keep`` candidates of each batch in shuffled order to
``OUT/ner_batchK.jsonl`` (position, url, title, words, content); the annotator walks that order and
fills topic quotas as the batch header describes.

Usage::

    python3 benchmarks/select_ner_batches.py --seed 7777 --first 7 --out /tmp/nerbatch
"""

from __future__ import annotations

import argparse
import json
import random
import zipfile
from pathlib import Path

from select_blind_sets import CORPUS, collapsed_sha1, gold_keys


def excluded_keys(paths: list[Path]) -> tuple[set[str], set[str]]:
    """The doc ids and urls named by ``--exclude`` JSONL files (blind sets or earlier candidates).

    A record without a doc (an NER candidate file has only urls) adds no empty id, which every
    corpus record without an id would match.
    """
    ids: set[str] = set()
    urls: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                record = json.loads(line)
                ids.update(filter(None, [record.get("doc")]))
                urls.update(filter(None, [record.get("url")]))
    return ids, urls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--first", type=int, required=True, help="number of the first batch drawn")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--batches", type=int, default=2, choices=(1, 2))
    parser.add_argument("--keep", type=int, default=120, help="candidates written per batch")
    parser.add_argument(
        "--near", type=float, default=0.3, help="estimated Jaccard at which a text copies a gold story"
    )
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="JSONL with doc/url to leave out"
    )
    args = parser.parse_args(argv)

    import numpy as np

    from rasid.corpus.dedup import signature
    from rasid.model import Article
    from rasid.pipeline import Options
    from rasid.text.clean import clean_stage

    ids, urls = gold_keys()
    excluded_ids, excluded_urls = excluded_keys(args.exclude)
    ids |= excluded_ids
    urls |= excluded_urls
    options = Options()

    def clean_text(doc: str, content: str) -> str | None:
        try:
            return clean_stage(Article(id=doc, raw=content), options).text
        except Exception:  # (a record the cleaner rejects is neither candidate nor gold text)
            return None

    records: dict[str, dict] = {}
    gold_signatures, gold_hashes = [], set()
    for path in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                data = json.loads(archive.read(name))
                for record in data if isinstance(data, list) else [data]:
                    if not isinstance(record, dict) or not record.get("content") or not record.get("url"):
                        continue
                    doc = str(record.get("id", ""))
                    if record["url"] in urls or doc in ids:
                        gold_hashes.add(collapsed_sha1(record["content"]))
                        text = clean_text(doc, record["content"])
                        if text:
                            gold_signatures.append(signature(text))
                    records.setdefault(record["url"], record)
    gold_matrix = np.stack(gold_signatures)

    seen_bytes: set[str] = set()
    candidates, near_copies = [], 0
    for url in sorted(records):
        record = records[url]
        content = record["content"]
        if url in urls or str(record.get("id", "")) in ids or content in seen_bytes:
            continue
        seen_bytes.add(content)
        if not 150 <= len(content.split()) <= 450 or collapsed_sha1(content) in gold_hashes:
            continue
        text = clean_text(str(record.get("id", "")), content)
        if text is None:
            continue
        if (gold_matrix == signature(text)).mean(axis=1).max() >= args.near:
            near_copies += 1
            continue
        candidates.append(record)
    print(
        f"gold texts {len(gold_signatures)}; near-copies left out {near_copies}; candidates {len(candidates)}"
    )
    random.Random(args.seed).shuffle(candidates)
    halves = ("0123456789abcdef",) if args.batches == 1 else ("01234567", "89abcdef")
    args.out.mkdir(parents=True, exist_ok=True)
    for offset, digits in enumerate(halves):
        batch = [r for r in candidates if collapsed_sha1(r["content"])[0] in digits][: args.keep]
        target = args.out / f"ner_batch{args.first + offset}.jsonl"
        with open(target, "w", encoding="utf-8") as handle:
            for position, record in enumerate(batch):
                row = {
                    "position": position,
                    "url": record["url"],
                    "title": record.get("title", ""),
                    "words": len(record["content"].split()),
                    "content": record["content"],
                }
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{target.name} (sha1 {digits[0]}-{digits[-1]}): {len(batch)} candidates written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
