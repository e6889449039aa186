"""benchmarks/quotes_repeats.py: the census of repeated calls in the quotation stages (round 85's
speed pass). Its keys, its per-article counting, and that wrapping the stages changes no quotation.
Sentences written for these tests."""

from __future__ import annotations

import importlib.util
import types
from collections import Counter
from pathlib import Path

from rasid.model import Article

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "quotes_repeats.py"

ARTICLE = (
    "وقال وزير الزراعة سالم الفارسي إن موسم الحصاد سيبدأ مبكرا في الوادي الشرقي.\n\n"
    "وأضاف الفارسي أن الوزارة ستوزع البذور على صغار المزارعين قبل نهاية الشهر.\n\n"
    "من جهتها، أكدت جمعية مزارعي النخيل أن الأسعار ستنخفض بعد وصول الشحنات."
)


def load() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("quotes_repeats", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_phrase_of_tokens_is_keyed_by_value_and_an_article_of_them_by_identity():
    census = load()
    phrase = [("وزير", 0), ("الزراعة", 5)]
    assert census.argument_key(phrase) == census.argument_key(list(phrase))  # the same question
    long_list = [("كلمة", k) for k in range(census.LONG_SEQUENCE + 1)]
    copy = list(long_list)
    assert census.argument_key(long_list) != census.argument_key(copy)  # (another object)
    assert census.argument_key(long_list) == census.argument_key(long_list)


def test_an_unhashable_argument_is_keyed_by_identity_and_a_set_is_frozen():
    census = load()
    table = {"الفارسي": 1}
    assert census.argument_key(table) == ("id", id(table))
    assert census.argument_key({"سالم", "الفارسي"}) == frozenset({"سالم", "الفارسي"})


def test_a_repeat_counts_only_within_one_article():
    census = load()
    toy = types.ModuleType("toy_helpers")

    def word_count(name: str) -> int:
        return len(name.split())

    word_count.__module__ = toy.__name__
    toy.word_count = word_count
    counter = census.RepeatCounter()
    counter.install([toy])
    toy.word_count("سالم الفارسي")
    toy.word_count("سالم الفارسي")  # a repeat
    toy.word_count("الفارسي")  # not one
    counter.new_article()
    toy.word_count("سالم الفارسي")  # a new article: no repeat
    counter.uninstall()
    assert counter.calls["toy_helpers.word_count"] == 4
    assert counter.repeats["toy_helpers.word_count"] == 1
    assert toy.word_count is word_count  # put back


def test_wrapping_the_stages_changes_no_quotation_and_counts_the_memory_phrases():
    import rasid.extract.quotes as quotes
    from rasid.extract.quotes import quotes_stage
    from rasid.extract.speakers import speakers_stage

    census = load()

    def run() -> list[tuple[str, str | None]]:
        article = speakers_stage(quotes_stage(Article(id="t", text=ARTICLE)))
        return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]

    plain = run()
    modules = [__import__(name, fromlist=["_"]) for name in census.MODULES]
    counter = census.RepeatCounter()
    counter.install(modules)
    phrases: Counter[str] = Counter()
    undo = census.count_recalled_phrases(quotes, phrases)
    try:
        counted = run()
    finally:
        undo()
        counter.uninstall()
    assert counted == plain
    assert len(plain) == 3
    assert sum(counter.calls.values()) > 0
    assert phrases["verb subject"] >= 1  # (at least the minister after وقال)
    assert quotes._recalled_phrase.__name__ == "_recalled_phrase"  # put back
