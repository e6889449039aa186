"""Data files shipped with rasid: lexicons, gazetteers and trained models.

A lexicon is a UTF-8 text file under ``lexicons/``: ``#`` starts a comment (each file's header says
where its list came from), blank lines are skipped, and a line may hold tab-separated columns.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

RESOURCES = Path(str(files("rasid.resources")))


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource file."""
    return RESOURCES.joinpath(*parts)


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> tuple[str, ...]:
    """The entries (one per non-comment line, stripped) of ``lexicons/<name>.txt``."""
    entries = []
    with resource_path("lexicons", f"{name}.txt").open(encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
            if line:
                entries.append(line)
    return tuple(entries)


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated lexicon ``lexicons/<name>.txt`` (comments skipped)."""
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in load_lexicon(name))
