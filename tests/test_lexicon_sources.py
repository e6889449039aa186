"""Every lexicon and gazetteer file opens with a comment saying where its list came from.

Per-round tests named a handful of files each; this one covers every file shipped under
``resources/lexicons`` and ``resources/gazetteers``, so a new list cannot land without its source.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rasid.resources as resources

RESOURCES = Path(resources.__file__).parent
DATA_FILES = sorted(
    path
    for folder in ("lexicons", "gazetteers")
    for path in (RESOURCES / folder).iterdir()
    if path.suffix in (".txt", ".tsv")
)


def test_the_resource_folders_hold_lexicons() -> None:
    assert len(DATA_FILES) > 100


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_data_file_opens_with_a_comment_on_its_source(path: Path) -> None:
    head = path.read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("# ") and len(head) > 20, f"{path.name}: no source comment on its first line"
