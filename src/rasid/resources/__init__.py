"""Data files shipped with rasid: lexicons, gazetteers and trained models.

A lexicon is a UTF-8 text file under ``lexicons/``: ``#`` starts a comment (each file's header says
where its list came from), blank lines are skipped, and a line may hold tab-separated columns.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from pathlib import Path

RESOURCES = Path(str(files("rasid.resources")))


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource file."""
    return RESOURCES.joinpath(*parts)


def _content_lines(filename: str) -> list[str]:
    """Lines of ``lexicons/<filename>`` without comment lines, blank lines and trailing comments."""
    lines = []
    with resource_path("lexicons", filename).open(encoding="utf-8") as handle:
        for line in handle:
            if line.lstrip().startswith("#"):
                continue
            line = re.split(r"[ \t]#", line.rstrip("\r\n"), maxsplit=1)[0]
            if line.strip():
                lines.append(line)
    return lines


@cache
def load_lexicon(name: str) -> tuple[str, ...]:
    """The entries (one per non-comment line, stripped) of ``lexicons/<name>`` (``.txt`` is added
    when the name has no extension); a ``#`` after white space starts a trailing comment."""
    return tuple(line.strip() for line in _content_lines(name if "." in name else f"{name}.txt"))


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated lexicon ``lexicons/<name>`` (``.tsv`` when no extension), every
    column stripped and empty columns kept."""
    lines = _content_lines(name if "." in name else f"{name}.tsv")
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in lines)
