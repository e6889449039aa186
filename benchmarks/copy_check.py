"""Check that the Arabic a change adds to the repository is our own: list every run of six words
(after normalisation) that the change's added lines share with an article of the shared corpus.

Test sentences, docstring examples and lexicon comments are written by the rasid developers; a rule
written from an analysed error can carry the article's wording into them without anyone meaning to
(round 68 found five such phrases). This script reads the added lines of ``git diff BASE`` (or of the
given files), keeps the Arabic runs of at least six words and looks each six-word window up in every
SaudiNewsNet record. A hit is not always a copy (a body's full name or a stock phrase may match), but
each deserves a look. Exit status 1 when any window is found.

Usage::

    python3 benchmarks/copy_check.py --base 05f87c2          # the change since a commit
    python3 benchmarks/copy_check.py tests/test_place68.py    # whole files
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared/corpora/saudinewsnet"
# Six words: shorter windows match stock phrases of news style («وقال في تصريح صحفي»), longer ones
# miss a sentence copied with one word changed; set by hand in round 68, not tuned.
WINDOW = 6
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff][\u0600-\u06ff\s\u00a0.،]*[\u0600-\u06ff]")


def added_text(base: str | None, files: list[str]) -> str:
    """The lines the change since ``base`` adds under src/, tests/, benchmarks/*.py and docs/, or the
    whole text of ``files``."""
    if files:
        return "\n".join(Path(f).read_text(encoding="utf-8") for f in files)
    diff = subprocess.run(
        ["git", "-C", str(REPO), "diff", base or "HEAD", "--", "src", "tests", "benchmarks/*.py", "docs"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    added = (line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++"))
    return "\n".join(added)


def windows(text: str) -> dict[str, str]:
    """Every six-word window (normalised) of the Arabic runs in ``text``, with the run it came from."""
    from rasid.text.normalize import normalize

    found: dict[str, str] = {}
    for run in _ARABIC_RUN.findall(text):
        words = normalize(run).replace("،", " ").split()
        for i in range(len(words) - WINDOW + 1):
            found.setdefault(" ".join(words[i : i + WINDOW]), " ".join(run.split()))
    return found


def corpus_hits(wanted: dict[str, str]) -> dict[str, str]:
    """The windows of ``wanted`` that some corpus record's text holds, each with its record id."""
    from rasid.corpus.readers import read_inputs
    from rasid.text.normalize import normalize

    zips = sorted(CORPUS.glob("*.zip"))
    if not zips:
        raise SystemExit(f"E101 corpus not found: {CORPUS}")
    hits: dict[str, str] = {}
    for article in read_inputs(zips):
        if isinstance(article, Exception):
            continue
        words = normalize(article.raw).split()
        for i in range(len(words) - WINDOW + 1):
            window = " ".join(words[i : i + WINDOW])
            if window in wanted and window not in hits:
                hits[window] = article.id
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="files to check whole (default: the change since --base)")
    parser.add_argument("--base", help="the commit the change starts from (default HEAD: uncommitted work)")
    args = parser.parse_args(argv)
    wanted = windows(added_text(args.base, args.files))
    hits = corpus_hits(wanted) if wanted else {}
    for window, record in sorted(hits.items()):
        print(f"{record}\t{window}\t{wanted[window]}")
    print(f"{len(wanted)} six-word windows checked, {len(hits)} found in the corpus", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    raise SystemExit(main())
