"""Shared fixtures: where ``../shared`` lives and the reference article read from it at run time."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# In CI (CI=true) property tests replay a fixed sequence of examples, so a run is reproducible and a
# landing never depends on luck; on a developer's machine they explore new examples every run.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASID_SHARED", REPO.parent / "shared"))
SAMPLE_ID = "000_6b6843914a22ef7f"


def person_canonicals(text: str) -> dict[str, str]:
    """The entities stage's persons in ``text``: each mention's text -> its canonical name (every
    span checked to slice the text to its own text)."""
    from rasid.extract import entities

    found = {}
    for e in entities.extract_entities(text):
        assert text[e.start : e.end] == e.text
        if e.label == "PER":
            found[e.text] = e.canonical
    return found


def ranked_speakers(text: str) -> list[str | None]:
    """The speakers' names of ``text``'s quotations after the whole default pipeline, the ranker
    included, in the order the quotations come."""
    from rasid.model import Article
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options(rank_speakers=True))
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def cue_speakers(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation of ``text`` after the whole default pipeline."""
    from rasid.model import Article
    from rasid.pipeline import process

    article = process(Article(id="t", raw=text))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def quote_rows(text: str) -> list[tuple[str, str, str | None, str]]:
    """(kind, cue, speaker name, content) of every quotation of ``text`` after the whole default
    pipeline: what a test of a detection rule checks at once."""
    from rasid.model import Article
    from rasid.pipeline import process

    article = process(Article(id="t", raw=text))
    return [(q.kind, q.cue.text, q.speaker.name if q.speaker else None, q.text) for q in article.quotes]


def cue_speaker_contents(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker name, content) of every quotation of ``text`` after the whole default pipeline:
    what a test of a false-quotation rule checks at once."""
    from rasid.model import Article
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def content_speaker(text: str, start: str, ranked: bool = True) -> str | None:
    """The speaker's name of the first quotation of ``text`` whose content starts with ``start``,
    after the whole default pipeline (``ranked=False``: the ranker off, the rules' pick)."""
    from rasid.model import Article
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options(rank_speakers=ranked))
    found = (q for q in article.quotes if article.text[q.start : q.end].startswith(start))
    return next(q.speaker.name if q.speaker else None for q in found)


def speaker_at_cue(text: str, cue: str, which: int = 0) -> str | None:
    """The speaker's name of the quotation opened by the cue word ``cue`` (the first; ``which=-1``: the
    last), after the whole default pipeline."""
    return [name for found, name in cue_speakers(text) if found == cue][which]


def rule_speakers(text: str) -> list[str | None]:
    """The speakers' names the quotes stage alone gives ``text``'s quotations (no entities, no
    ranker): the rules' own reading."""
    from rasid.extract.quotes import quotes_stage
    from rasid.model import Article

    return [q.speaker.name if q.speaker else None for q in quotes_stage(Article(id="t", text=text)).quotes]


def shared_path(*parts: str) -> Path:
    """A path under ../shared; the test is skipped when it is absent (CI always has it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


def sample_gold() -> list[dict]:
    """The shared sample's gold quotations, one record per line (skipped when ../shared is absent)."""
    text = shared_path("gold", f"{SAMPLE_ID}.quotes.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_path()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return shared_path("samples", f"{SAMPLE_ID}.txt")


@pytest.fixture(scope="session")
def sample_raw(sample_path: Path) -> str:
    return sample_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def saudinewsnet_dir() -> Path:
    return shared_path("corpora", "saudinewsnet")
