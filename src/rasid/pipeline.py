"""The pipeline: named stages ``stage(article, options) -> Article`` registered in one table.

Each row of :data:`STAGE_TABLE` names a stage, the function that implements it (as an import path,
so the table stays importable and picklable without loading every model), the article fields it
reads and the fields it writes. :func:`build_pipeline` checks that every field a stage reads is
written by an earlier stage or by the reader, so later capabilities plug in by adding a row.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from rasid.errors import InputError, RasidError
from rasid.model import Article

StageFunc = Callable[[Article, "Options"], Article]

# Garbage-collector thresholds while articles are processed (Python's default is 700, 10, 10). A run
# keeps millions of long-lived objects (per-word caches, models, gazetteers; an ingest also the entity
# registry and the LSH index) that every full collection walks again. Measured over 2,000 SaudiNewsNet
# articles on one core (ingest): pipeline 23.0 -> 21.2 ms/article, writer 5.0 -> 4.1 ms/article (CPU
# time, machine shared).
GC_THRESHOLDS = (100_000, 50, 100)
# A short article run through the stages before the collector's objects are frozen (and before
# workers fork), so that the lazily loaded models and tables are alive, and frozen, by then.
WARM_UP_TEXT = "قال وزير الخارجية إن المحادثات مع الجانب الروسي في الرياض يوم الأحد كانت مثمرة."

# Fields that a reader fills before any stage runs.
READER_FIELDS = frozenset({"id", "raw", "url", "title", "media", "author", "published", "source", "metadata"})


@dataclass(frozen=True)
class Options:
    """Everything a run can be told, in one picklable object passed to every stage.

    ``reference_date`` (``--date``) overrides the article's date; ``boilerplate`` holds lines found to
    recur across many articles of one source (``{media: lines}``), learned by
    :func:`rasid.text.clean.learn_boilerplate` over a corpus; ``require_arabic`` skips non-Arabic
    articles with error E108; ``max_chars`` bounds one article's raw size; ``rank_speakers`` lets the
    learned ranker of the ``speakers`` stage replace the rules' speaker of a quotation (off: the
    rules' speakers are kept as they are).
    """

    stages: tuple[str, ...] = ()
    reference_date: str | None = None
    boilerplate: dict[str, frozenset[str]] = field(default_factory=dict, hash=False, compare=False)
    require_arabic: bool = True
    max_chars: int = 2_000_000
    rank_speakers: bool = True

    def pipeline(self) -> tuple[Stage, ...]:
        return build_pipeline(self.stages or DEFAULT_STAGES)


@dataclass(frozen=True)
class Stage:
    """One row of the stage table."""

    name: str
    path: str  # "module:function"
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    doc: str
    # fields read when an earlier stage wrote them, the stage working without them (not checked)
    uses: tuple[str, ...] = ()

    @property
    def func(self) -> StageFunc:
        return _load(self.path)


@cache
def _load(path: str) -> StageFunc:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


STAGE_TABLE: tuple[Stage, ...] = (
    Stage(
        "clean",
        "rasid.text.clean:clean_stage",
        reads=("raw", "media"),
        writes=("text", "warnings", "metadata"),
        doc="raw scraped text -> clean text: debris and boilerplate removed, NFC, white space unified",
    ),
    Stage(
        "language",
        "rasid.text.language:language_stage",
        reads=("text",),
        writes=("language",),
        doc="detect the language; non-Arabic articles fail with E108 when Options.require_arabic",
    ),
    Stage(
        "segment",
        "rasid.text.segment:segment_stage",
        reads=("text",),
        writes=("paragraphs", "sentences", "tokens"),
        doc="paragraphs and headings, sentences, tokens, all as offsets",
    ),
    Stage(
        "entities",
        "rasid.extract.entities:entities_stage",
        reads=("text", "sentences", "tokens"),
        writes=("entities",),
        doc="people, organisations, places: CRF + gazetteers + title patterns, canonical ids and roles",
    ),
    Stage(
        "dates",
        "rasid.extract.dates:dates_stage",
        reads=("text", "sentences", "published", "metadata"),
        writes=("dates", "document_date", "warnings"),
        doc="date expressions -> ISO 8601; the article's own date (--date, metadata or the text's clues)",
    ),
    Stage(
        "quotes",
        "rasid.extract.quotes:quotes_stage",
        reads=("text", "paragraphs", "sentences", "entities"),
        writes=("quotes", "warnings"),
        doc="who said what: direct/indirect/mixed quotations, their cue and speaker (linked to entities)",
        uses=("dates",),  # (a date between a subject and its verbal-noun object: «أعلنت … أمس مقتل …»)
    ),
    Stage(
        "speakers",
        "rasid.extract.speakers:speakers_stage",
        reads=("text", "sentences", "entities", "quotes"),
        writes=("quotes",),
        doc="a learned ranker's second opinion on each quotation's speaker, among nearby names",
    ),
    Stage(
        "events",
        "rasid.extract.events:events_stage",
        reads=("text", "sentences", "entities", "dates"),
        writes=("events",),
        doc="talks, meetings, calls, visits, agreements, announcements: participants, place, date",
    ),
)

STAGES: dict[str, Stage] = {stage.name: stage for stage in STAGE_TABLE}
DEFAULT_STAGES: tuple[str, ...] = tuple(stage.name for stage in STAGE_TABLE)


def build_pipeline(names: Sequence[str]) -> tuple[Stage, ...]:
    """The stages named, in order, checked: unknown names raise E001, unmet reads raise E002."""
    available = set(READER_FIELDS)
    stages = []
    for name in names:
        if name not in STAGES:
            raise RasidError("E001", f"unknown stage {name!r}; known: {', '.join(STAGES)}")
        stage = STAGES[name]
        missing = [f for f in stage.reads if f not in available]
        if missing:
            raise RasidError("E002", f"stage {name!r} reads {missing} but no earlier stage writes them")
        available.update(stage.writes)
        stages.append(stage)
    return tuple(stages)


def process(article: Article, options: Options | None = None) -> Article:
    """Run every stage of ``options`` over one article. Raises :class:`InputError` for bad input."""
    options = options or Options()
    if len(article.raw) > options.max_chars:
        raise InputError(
            "E107",
            f"article has {len(article.raw):,} characters, more than the limit of {options.max_chars:,}",
            article.source or article.id,
        )
    for stage in options.pipeline():
        article = stage.func(article, options)
    return article


@dataclass(frozen=True)
class Outcome:
    """The result of processing one input: an article, or the error that stopped it."""

    article: Article | None
    error: RasidError | None = None
    where: str = ""


def _process_safely(item: Article | InputError, options: Options) -> Outcome:
    if isinstance(item, RasidError):
        return Outcome(None, item, getattr(item, "where", ""))
    where = item.source or item.id
    try:
        return Outcome(process(item, options), None, where)
    except RasidError as exc:
        return Outcome(None, exc, where)
    except Exception as exc:  # a stage bug costs this article, never the run
        error = RasidError("E099", f"{where}: internal error {type(exc).__name__}: {exc}")
        return Outcome(None, error, where)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's thresholds to :data:`GC_THRESHOLDS` and freeze the objects alive at the
    start (loaded models, tables) out of collection, which also spares forked workers copying them;
    the caller's thresholds are restored on exit, and a caller's own ``gc.freeze()`` is left alone."""
    previous = gc.get_threshold()
    already_frozen = gc.get_freeze_count() > 0
    if not already_frozen:
        gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        if not already_frozen:
            gc.unfreeze()


def init_worker() -> None:
    """Pool initializer: a worker process collects with :data:`GC_THRESHOLDS`."""
    gc.set_threshold(*GC_THRESHOLDS)


def warm_up(options: Options) -> None:
    """Run :data:`WARM_UP_TEXT` through the stages once, so that their models and tables are loaded."""
    with contextlib.suppress(Exception):  # a failing stage is reported on the real articles
        process(Article(id="warm-up", raw=WARM_UP_TEXT), options)


def process_many(
    items: Iterable[Article | InputError], options: Options | None = None, workers: int = 1
) -> Iterator[Outcome]:
    """Process a stream of articles (and reader errors, passed through) in input order.

    With ``workers > 1`` the stages run in a process pool; articles and options are pickled. From the
    first article on, the run uses :func:`fewer_collections` (after a :func:`warm_up`).
    """
    options = options or Options()
    options.pipeline()  # fail early on a bad stage list
    pending = iter(items)
    for item in pending:  # reader errors before the first article need no stages
        if isinstance(item, Article):
            break
        yield _process_safely(item, options)
    else:
        return
    rest = itertools.chain([item], pending)
    warm_up(options)
    with fewer_collections():
        if workers <= 1:
            for item in rest:
                yield _process_safely(item, options)
            return
        import multiprocessing as mp
        from functools import partial

        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        with ctx.Pool(workers, initializer=init_worker) as pool:
            yield from pool.imap(partial(_process_safely, options=options), rest, chunksize=8)
