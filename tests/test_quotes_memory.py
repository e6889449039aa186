"""The quotes stage's memory recalls the article's named persons and bodies in parts (round 41,
speed): persons without the phrases of bodies that name no person, bodies as far as a query asks;
each list as one pass over every phrase gives it. Sentences written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from rasid.extract.quotes import (
    Memory,
    SpeakerGuess,
    _body_words,
    _Doc,
    _person_near,
    _phrase_heads,
    _remember_named_persons,
    person_name,
    replace,
)
from rasid.model import Article, Span

TEXT = (
    "تعمل وزارة التعليم مع جامعة القصيم على تطوير برنامج مشترك لتدريب المعلمين في المدارس الحكومية "
    "خلال العام الدراسي المقبل وفق الخطة المعتمدة من الجهات المختصة.\n\n"
    "وقال وزير التعليم أحمد العيسى إن البرنامج يبدأ في الخريف المقبل.\n\n"
    "وتتعاون هيئة تقويم التعليم والتدريب مع الوزارة في قياس نتائج البرنامج على مدى ثلاث سنوات "
    "متتالية في جميع مناطق المملكة."
)


def doc_before_quotes(article_id: str, raw: str) -> _Doc:
    """The quotes stage's token view of ``raw`` after every stage that runs before it."""
    from rasid.pipeline import Options

    options = Options()
    article = Article(id=article_id, raw=raw)
    for stage in options.pipeline():
        if stage.name == "quotes":
            break
        article = stage.func(article, options)
    return _Doc(article)


@pytest.fixture(scope="module")
def doc() -> _Doc:
    return doc_before_quotes("t", TEXT)


def lazy(doc: _Doc) -> Memory:
    return Memory(
        text=doc.text,
        recall=lambda memory, everything, until, heads: _remember_named_persons(
            doc, memory, everything, until, heads
        ),
    )


def whole(doc: _Doc) -> Memory:
    memory = Memory(text=doc.text)
    _remember_named_persons(doc, memory)
    return memory


def names(listed: list[tuple[int, SpeakerGuess]]) -> list[tuple[int, str]]:
    return [(offset, guess.name) for offset, guess in listed]


def waiting_heads(doc: _Doc, memory: Memory) -> list[str]:
    return [doc.tokens[i].key for _, i, _ in memory._waiting_phrases or []]


def test_persons_are_recalled_without_the_bodies_that_name_nobody(doc: _Doc) -> None:
    memory = lazy(doc)
    assert names(memory.persons) == names(whole(doc)._persons)
    assert "أحمد العيسى" in [g.name for _, g in memory.persons]
    # the phrases opened by a body's head with no person near wait
    assert _body_words("وزارة")[0] in waiting_heads(doc, memory)
    assert _body_words("هيئة")[0] in waiting_heads(doc, memory)


def test_every_list_is_as_one_pass_gives_it_whatever_the_order_of_the_queries(doc: _Doc) -> None:
    full = whole(doc)
    memory = lazy(doc)
    assert names(memory.persons) == names(full._persons)
    memory.organizations_before(TEXT.index("وقال"))
    memory.organizations_before(len(TEXT), frozenset((_body_words("هيئة")[0],)))
    assert names(memory.organizations) == names(full._organizations)  # (the whole recall)
    for listed in ("_persons", "_sources", "_groups"):
        assert names(getattr(memory, listed)) == names(getattr(full, listed)), listed
    assert memory.aliases == full._aliases
    assert memory._waiting_phrases == []


def test_bodies_are_read_as_far_as_a_query_asks(doc: _Doc) -> None:
    memory = lazy(doc)
    before = TEXT.index("وقال")
    named = [g.name for offset, g in memory.organizations_before(before) if offset < before]
    assert named == ["وزارة التعليم", "جامعة القصيم"]
    # a body named after the offset is not read yet
    assert _body_words("هيئة")[0] in waiting_heads(doc, memory)
    assert "هيئة تقويم التعليم والتدريب" not in [g.name for _, g in memory._organizations]


def test_a_query_by_head_reads_only_the_phrases_that_may_name_that_head(doc: _Doc) -> None:
    memory = lazy(doc)
    head = _body_words("هيئة")[0]
    named = [g.name for _, g in memory.organizations_before(len(TEXT), frozenset((head,)))]
    assert "هيئة تقويم التعليم والتدريب" in named
    assert "جامعة القصيم" not in named  # (another head, far from this one: still waiting)
    assert _body_words("جامعة")[0] in waiting_heads(doc, memory)
    university = TEXT.index("جامعة")
    at = doc.token_index_at(university)
    assert _body_words("جامعة")[0] in _phrase_heads(doc, at)
    assert head not in _phrase_heads(doc, at)


def test_a_body_phrase_next_to_a_person_is_read_with_the_persons(doc: _Doc) -> None:
    minister = doc.token_index_at(TEXT.index("وزير التعليم"))
    assert _person_near(doc, minister + 1)  # "التعليم أحمد العيسى": the person follows
    assert not _person_near(doc, doc.token_index_at(TEXT.index("هيئة")))


def test_a_run_on_check_needs_no_recall_when_the_last_word_may_end_a_name(doc: _Doc) -> None:
    memory = lazy(doc)
    guess = SpeakerGuess("أحمد العيسى", "person")
    assert memory._without_run_on(guess, "احمد العيسي") is guess
    assert memory.recall is not None and not memory._persons_recalled  # nothing was recalled


SUBJECTS = (
    "وقال المدير التنفيذي لشركة المراعي عبدالرحمن الفضلي إن الطلب على منتجاتها يزداد.\n\n"
    "وأعلنت الشركة في بيانها الصادر أمس أن أرباحها ارتفعت في الربع الثاني من العام الجاري "
    "بفضل زيادة المبيعات في الأسواق الخليجية.\n\n"
    "وقال مصدر مطلع في الشركة إن التوسعة الجديدة تبدأ في الشهر المقبل وتستمر عامين كاملين "
    "في ثلاث مناطق من المملكة."
)


@pytest.fixture(scope="module")
def subjects() -> _Doc:
    return doc_before_quotes("s", SUBJECTS)


def test_a_guess_is_replaced_as_dataclasses_replace_does() -> None:
    guess = SpeakerGuess("وزارة الصحة", "organization", (3, 14), "e1", frozenset({"وزير"}), confidence=0.8)
    for changes in ({}, {"name": "الوزارة"}, {"type": "person", "confidence": 0.5, "feminine": True}):
        assert replace(guess, **changes) == dataclasses.replace(guess, **changes)
    renamed = replace(guess, name="الوزارة")
    assert renamed is not guess and guess.name == "وزارة الصحة"  # (a copy: the guess is left as it was)
    span = Span(0, 4, "نص")
    assert replace(span, text="كلام") == dataclasses.replace(span, text="كلام")  # (any other dataclass)


def test_a_person_entity_is_named_the_same_whenever_asked(subjects: _Doc) -> None:
    person = next(e for e in subjects.entities if e.label == "PER")
    assert person_name(person) == person_name(person) == "عبدالرحمن الفضلي"
    # the name is a function of the canonical name and the mention: a longer canonical name is kept
    fuller = dataclasses.replace(person, canonical="عبدالرحمن بن محمد الفضلي")
    assert person_name(fuller) == "عبدالرحمن بن محمد الفضلي"
