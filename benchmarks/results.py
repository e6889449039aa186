"""Writing figures into benchmarks/RESULTS.md: each script owns the sections its headings name."""

from __future__ import annotations

import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def write_section(heading: str, block: str, results: Path = RESULTS) -> None:
    """Replace the section that starts with the line ``heading`` (``## …``) and runs to the next
    ``## `` heading, or append ``block`` when there is none; ``block`` starts with ``heading``."""
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    block = block.rstrip("\n") + "\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: block + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + block
    results.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
