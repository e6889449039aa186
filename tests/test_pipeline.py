"""The stage table: names, declared reads/writes, and the checks build_pipeline makes."""

from __future__ import annotations

import pickle

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
