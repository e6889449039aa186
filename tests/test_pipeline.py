"""The stage table: names, declared reads/writes, and the checks build_pipeline makes."""

from __future__ import annotations

import gc
import pickle
from collections.abc import Iterator

import pytest

from rasid.errors import RasidError
from rasid.model import Article, Entity, attach
from rasid.pipeline import DEFAULT_STAGES, STAGE_TABLE, Options, build_pipeline


def test_every_stage_in_the_table_loads_and_reads_what_earlier_stages_write() -> None:
    stages = build_pipeline(DEFAULT_STAGES)
    assert [s.name for s in stages] == [s.name for s in STAGE_TABLE]
    for stage in stages:
        assert callable(stage.func), stage.name
        assert stage.writes, stage.name


def test_unknown_stage_is_a_coded_error() -> None:
    with pytest.raises(RasidError) as info:
        build_pipeline(["clean", "no-such-stage"])
    assert info.value.code == "E001"


def test_a_stage_before_its_inputs_is_refused() -> None:
    with pytest.raises(RasidError) as info:
        build_pipeline(["segment"])  # segment reads text, which clean writes
    assert info.value.code == "E002"


def test_options_and_articles_pickle() -> None:
    options = Options(reference_date="2025-02-27", boilerplate={"x": frozenset({"شاركها"})})
    article = Article(id="a1", raw="قال الوزير")
    assert pickle.loads(pickle.dumps(options)) == options
    assert pickle.loads(pickle.dumps(article)) == article


def test_attach_checks_spans_against_the_text() -> None:
    article = Article(id="a1", text="قال الوزير")
    good = Entity(start=4, end=10, text="الوزير", label="PER")
    assert attach(article, entities=[good]).entities == (good,)
    with pytest.raises(RasidError) as info:
        attach(article, entities=[Entity(start=4, end=10, text="وزير", label="PER")])
    assert info.value.code == "E020"
    with pytest.raises(RasidError) as info:
        attach(article, entities=[Entity(start=4, end=99, text="الوزير", label="PER")])
    assert info.value.code == "E020"


def test_attach_copies_as_dataclass_replace_and_span_bounds_follow_iter_spans() -> None:
    from dataclasses import replace

    from rasid.model import Quote, Span, Speaker, iter_spans, span_bounds

    text = "قال الوزير محمد إن الاجتماع مثمر"
    minister = Speaker(name="محمد", type="person", mention=Span.of(text, 4, 15))
    quote = Quote(16, len(text), text[16:], "indirect", Span.of(text, 0, 3), minister, 0.9)
    entity = Entity(start=11, end=15, text="محمد", label="PER")
    article = Article(id="a1", text=text, metadata={"k": 1})
    attached = attach(article, entities=[entity], quotes=[quote], warnings=["w"])
    expected = replace(article, entities=(entity,), quotes=(quote,), warnings=("w",))
    assert attached == expected and vars(attached) == vars(expected)
    assert attached.metadata is article.metadata
    assert list(span_bounds(attached)) == [span[1:] for span in iter_spans(attached)]
    with pytest.raises(RasidError) as info:  # (a quote's cue that does not slice to its text)
        attach(article, quotes=[replace(quote, cue=Span(0, 3, "قل"))])
    assert info.value.code == "E020" and "quotes[0].cue" in info.value.message


def test_attach_appends_warnings_and_refuses_unknown_fields() -> None:
    article = attach(Article(id="a1", text="نص"), warnings=["first"])
    assert attach(article, warnings=["second"]).warnings == ("first", "second")
    with pytest.raises(RasidError) as info:
        attach(article, colour="blue")
    assert info.value.code == "E011"


def test_a_stage_bug_costs_one_article_not_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import rasid.pipeline as pipeline

    real_process = pipeline.process

    def process_with_a_bug(article: Article, options: Options | None = None) -> Article:
        if article.id == "bad":
            raise IndexError("list index out of range")
        return real_process(article, options)

    monkeypatch.setattr(pipeline, "process", process_with_a_bug)
    items = [
        Article(id="bad", raw="قال الوزير إن الاجتماع مثمر."),
        Article(id="good", raw="قال الوزير إن الاجتماع مثمر."),
    ]
    first, second = pipeline.process_many(items, Options(stages=("clean", "segment")))
    assert first.article is None and first.error is not None and first.error.code == "E099"
    assert "IndexError" in first.error.message and "bad" in first.error.message
    assert second.article is not None and second.article.text.startswith("قال الوزير")


@pytest.fixture
def collector_state() -> Iterator[tuple[int, int, int]]:
    """Distinctive thresholds, nothing frozen; the caller's state is put back afterwards."""
    previous = gc.get_threshold()
    gc.unfreeze()
    gc.set_threshold(654, 9, 8)
    try:
        yield gc.get_threshold()
    finally:
        gc.set_threshold(*previous)


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", raw="قال الوزير إن الاجتماع مثمر.") for i in range(n)]


@pytest.mark.parametrize("workers", [1, 2])
def test_process_many_runs_with_fewer_collections_and_restores_the_collector(
    collector_state: tuple[int, int, int], workers: int
) -> None:
    from rasid.errors import InputError
    from rasid.pipeline import GC_THRESHOLDS, process_many

    items = [InputError("E100", "unreadable", "x.txt"), *_articles(3)]
    seen = []
    for outcome in process_many(items, Options(stages=("clean", "segment")), workers=workers):
        seen.append((gc.get_threshold(), gc.get_freeze_count() > 0))
        assert (outcome.article is None) == (outcome.error is not None)
    assert seen[0] == (collector_state, False)  # a reader error before any article: no warm-up
    assert all(state == (GC_THRESHOLDS, True) for state in seen[1:]) and len(seen) == 4
    assert gc.get_threshold() == collector_state and gc.get_freeze_count() == 0


def test_process_many_restores_the_collector_when_closed_early_or_the_input_fails(
    collector_state: tuple[int, int, int],
) -> None:
    from rasid.pipeline import GC_THRESHOLDS, process_many

    outcomes = process_many(_articles(5), Options(stages=("clean", "segment")))
    assert next(outcomes).article is not None
    assert gc.get_threshold() == GC_THRESHOLDS and gc.get_freeze_count() > 0
    outcomes.close()
    assert gc.get_threshold() == collector_state and gc.get_freeze_count() == 0

    def failing() -> Iterator[Article]:
        yield from _articles(2)
        raise OSError("the input went away")

    with pytest.raises(OSError):
        list(process_many(failing(), Options(stages=("clean", "segment"))))
    assert gc.get_threshold() == collector_state and gc.get_freeze_count() == 0
    assert list(process_many([], Options())) == []
    assert gc.get_threshold() == collector_state and gc.get_freeze_count() == 0
