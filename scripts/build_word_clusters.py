"""Learn word clusters without labels from SaudiNewsNet, for the NER tagger's features.

Every article's content is normalised (``rasid.text.normalize``) and split into words as they stand
in running text (clitics attached, as the tagger sees them). For the most frequent words we count
left/right neighbours among the most frequent context words, weight the counts by positive PMI,
reduce them with a truncated SVD and group the unit vectors with k-means at three granularities.
Output: ``src/rasid/resources/models/word_clusters.tsv`` (``word<TAB>c64<TAB>c256<TAB>c1024``).

Usage: ``nice python3 scripts/build_word_clusters.py [--corpus ../shared/corpora/saudinewsnet]``
(about 5 minutes on one core; fixed seeds, so the file is rebuilt identically).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

from rasid.text.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "src/rasid/resources/models/word_clusters.tsv"
WORD = re.compile(r"[\u0621-\u064a]+|[a-z]+|[0-9]+")

# Sizes chosen so the whole build stays within a few minutes on one core: words seen at least
# MIN_COUNT times get a cluster; context vectors use the CONTEXTS most frequent words.
VOCAB_SIZE = 80_000
MIN_COUNT = 5
CONTEXTS = 4_000
DIMENSIONS = 120
GRANULARITIES = (64, 256, 1024)
SEED = 13


def iter_articles(corpus: Path):
    """The content of every SaudiNewsNet article (each zip holds one JSON array)."""
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for record in json.loads(archive.read(name)):
                    if isinstance(record, dict) and record.get("content"):
                        yield record["content"]


def words_of(text: str) -> list[str]:
    """Normalised words of running text; digits become one shape token."""
    return ["0" if w[0].isdigit() else w for w in WORD.findall(normalize(text))]


def kmeans(points: np.ndarray, k: int, rng: np.random.Generator, iterations: int = 25) -> np.ndarray:
    """Spherical k-means (k-means++ seeding on a sample); returns one cluster id per point."""
    sample = points[rng.choice(len(points), size=min(len(points), 20 * k), replace=False)]
    centres = [sample[rng.integers(len(sample))]]
    closest = np.full(len(sample), np.inf)
    for _ in range(1, k):
        closest = np.minimum(closest, 1.0 - sample @ centres[-1])
        weights = np.clip(closest, 0, None) ** 2
        centres.append(sample[rng.choice(len(sample), p=weights / weights.sum())])
    centre = np.array(centres)
    assign = np.zeros(len(points), dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(points @ centre.T, axis=1)
        sums = np.zeros_like(centre)
        np.add.at(sums, assign, points)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        centre = np.where(empty[:, None], centre, sums / np.where(norms == 0, 1, norms))
    return assign


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared/corpora/saudinewsnet")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    started = time.time()

    documents = [words_of(text) for text in iter_articles(args.corpus)]
    counts = Counter(w for doc in documents for w in doc)
    total = sum(counts.values())
    print(f"{len(documents):,} articles, {total:,} words, {len(counts):,} types", file=sys.stderr)
    vocab = [w for w, c in counts.most_common(VOCAB_SIZE) if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    n_ctx = min(CONTEXTS, len(vocab))

    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for doc in documents:
        ids = np.array([index.get(w, -1) for w in doc], dtype=np.int64)
        if len(ids) < 2:
            continue
        left, right = ids[:-1], ids[1:]
        # right neighbour as context of the left word (columns 0..n_ctx), and vice versa.
        keep = (left >= 0) & (right >= 0) & (right < n_ctx)
        rows.append(left[keep])
        cols.append(right[keep])
        keep = (right >= 0) & (left >= 0) & (left < n_ctx)
        rows.append(right[keep])
        cols.append(left[keep] + n_ctx)
    row = np.concatenate(rows)
    col = np.concatenate(cols)
    matrix = sparse.coo_matrix(
        (np.ones(len(row), dtype=np.float64), (row, col)), shape=(len(vocab), 2 * n_ctx)
    ).tocsr()
    matrix.sum_duplicates()

    # Positive PMI with context-distribution smoothing (alpha 0.75, the usual choice).
    word_sum = np.asarray(matrix.sum(axis=1)).ravel()
    ctx_sum = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75
    coo = matrix.tocoo()
    pmi = np.log(coo.data * ctx_sum.sum() / (word_sum[coo.row] * ctx_sum[coo.col]))
    positive = pmi > 0
    ppmi = sparse.csr_matrix((pmi[positive], (coo.row[positive], coo.col[positive])), shape=matrix.shape)

    rng = np.random.default_rng(SEED)
    start_vector = rng.standard_normal(min(ppmi.shape))
    u, s, _ = svds(ppmi, k=DIMENSIONS, v0=start_vector, random_state=SEED)
    vectors = u * np.sqrt(s)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    print(f"vectors {vectors.shape} after {time.time() - started:.0f}s", file=sys.stderr)

    assignments = [kmeans(vectors, k, np.random.default_rng(SEED + k)) for k in GRANULARITIES]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as out:
        out.write("# Word clusters learned without labels from SaudiNewsNet (CC BY-NC-SA 4.0) by\n")
        out.write("# scripts/build_word_clusters.py: PPMI of left/right neighbours, SVD, k-means.\n")
        out.write("# columns: normalised word, cluster id at " + ", ".join(map(str, GRANULARITIES)) + "\n")
        for i, word in enumerate(vocab):
            out.write(word + "\t" + "\t".join(str(a[i]) for a in assignments) + "\n")
    print(f"{len(vocab):,} words -> {args.output} in {time.time() - started:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
