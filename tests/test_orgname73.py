"""Round 73 (bodies' names cut short): a body's name the rules took from an entity holding only the
first words of its proper name is completed from the speaker's own mention (``name_extent.
completed_within_mention``); a definite last word, a mark, a description or a verb stops it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasid.extract.name_extent import completed_within_mention
from rasid.model import Entity, Span


def _mention(text: str, entity: str, label: str = "ORG") -> tuple[Span, list[Entity]]:
    """A mention spanning ``text`` and one entity over the first occurrence of ``entity`` in it."""
    at = text.index(entity)
    return Span(0, len(text), text), [Entity(at, at + len(entity), entity, label)]


@pytest.mark.parametrize(
    ("name", "mention", "entity", "expected"),
    [
        ("نادي ميدلاند", "نادي ميدلاند رورز", "ميدلاند", "نادي ميدلاند رورز"),
        ("شركة كارنو", "شركة كارنو فيستر هولتز", "كارنو", None),
        ("إدارة مهرجان صيف تبوك", "إدارة مهرجان صيف تبوك 12", "إدارة مهرجان صيف تبوك", None),
    ],
)
def test_completed_within_mention(name: str, mention: str, entity: str, expected: str | None) -> None:
    span, entities = _mention(mention, entity)
    assert completed_within_mention(name, span, entities) == (expected or mention)


@pytest.mark.parametrize(
    ("name", "mention", "entity"),
    [
        ("شركة الطيران", "شركة الطيران منخفض التكلفة", "الطيران"),  # a definite word ends the name
        ("شركة هيلمار", "شركة «هيلمار» لتشغيل الموانئ", "هيلمار"),  # a name in marks ends at the mark
        ("نادي ميدلاند", "نادي ميدلاند بطل الدوري", "ميدلاند"),  # a description after the name
        ("شركة كارنو", "شركة كارنو بفرعها الأوروبي", "كارنو"),  # a pronoun joined
        ("نادي ميدلاند", "نادي ميدلاند يعلن", "ميدلاند"),  # a verb
        ("وكالة نوفا", "وكالة «نوفا» الإيطالية", "نوفا"),  # a mark after the name
    ],
)
def test_not_completed(name: str, mention: str, entity: str) -> None:
    span, entities = _mention(mention, entity)
    assert completed_within_mention(name, span, entities) == name


def test_needs_an_entity_cut_short() -> None:
    """No entity ends at the name's last word (a place's does not count): the words after it are
    the sentence's («وزارة خارجية جنوب أفريقيا مقتل …»)."""
    span, entities = _mention("وزارة خارجية بوليفيا مقتل", "بوليفيا", "LOC")
    assert completed_within_mention("وزارة خارجية بوليفيا", span, entities) == "وزارة خارجية بوليفيا"
    span = Span(0, len("نادي ميدلاند رورز"), "نادي ميدلاند رورز")
    assert completed_within_mention("نادي ميدلاند", span, []) == "نادي ميدلاند"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("هيئة المرافئ المكلفة التفتيش", "هيئة المرافئ"),  # a participle taking the body's task
        ("القوة المشتركة بقيادة فرنسا", "القوة المشتركة"),  # who leads it
        ("المكتب الإعلامي بالنادي الفيصلي والذي", "المكتب الإعلامي بالنادي الفيصلي"),  # a relative
        ("اللجنة المكلفة", "اللجنة المكلفة"),  # the word right after the head: the name itself
        ("قناة الرافدين التابعة للحزب", "قناة الرافدين"),  # a medium: whose it is
        ("وزارة الصحة التابعة للحكومة المؤقتة", "وزارة الصحة التابعة للحكومة المؤقتة"),  # not a medium
        ("جمعية الهلال الأحمر", "جمعية الهلال الأحمر"),
    ],
)
def test_without_run_on_after_body(name: str, expected: str) -> None:
    from rasid.extract.name_extent import without_run_on_after_body

    assert without_run_on_after_body(name) == expected


def _medium(text: str, name: str) -> tuple[object, list[Entity]]:
    """A body candidate at the last occurrence of ``name`` in ``text`` and a Media entity there."""
    from rasid.extract.speakers import Candidate

    at = text.rindex(name)
    return (
        Candidate(key=name, name=name, type="organization", entity_id="e1", mention=(at, at + len(name))),
        [Entity(at, at + len(name), name, "ORG", entity_id="e1", kind="Media")],
    )


@pytest.mark.parametrize(
    ("text", "name", "told"),
    [
        ("وفي حديث مع سلمى الراشد لـ«النهار الجديد»", "النهار الجديد", True),
        ('وقالت في تصريح إلى "المساء"', "المساء", True),
        ("وأوضح لـ “صدى البلد”", "صدى البلد", True),
        ("ووفقا لـ«النهار الجديد»", "النهار الجديد", False),  # the medium is the source
        ("وقالت صحيفة المساء", "المساء", False),
    ],
)
def test_told_medium(text: str, name: str, told: bool) -> None:
    from rasid.extract.speakers import _told_medium

    candidate, entities = _medium(text, name)
    assert _told_medium(candidate, entities, text) is told


def test_told_medium_needs_a_medium() -> None:
    """A body that is no medium after لـ is left to the other checks (a report's author)."""
    from rasid.extract.speakers import _told_medium

    text = "وقال تقرير لـ«مرصد العمال المستقل»"
    candidate, entities = _medium(text, "مرصد العمال المستقل")
    entities = [replace(entities[0], kind="NGO")]
    assert not _told_medium(candidate, entities, text)


def _article(text: str, entities: tuple[Entity, ...] = ()) -> object:
    from rasid.model import Article

    return Article(id="t", raw=text, text=text, entities=entities)


def test_epithet_named_as_its_body() -> None:
    from rasid.extract.name_extent import named_for_epithet

    text = (
        "وافق المجلس التنفيذي لصندوق النقد الدولي على القرض. وقالت الهيئة المالية الدولية إن الإصلاحات كافية."
    )
    assert named_for_epithet("الهيئة المالية الدولية", _article(text)) == "صندوق النقد الدولي"
    text = "فاز نادي ريال مدريد على ضيفه. وقال النادي الملكي في بيان إن اللاعب سيغيب أسبوعين."
    at = text.index("نادي ريال مدريد")
    entity = Entity(at, at + len("نادي ريال مدريد"), "نادي ريال مدريد", "ORG")
    assert named_for_epithet("النادي الملكي", _article(text, (entity,))) == "نادي ريال مدريد"


def test_epithet_kept() -> None:
    from rasid.extract.name_extent import named_for_epithet

    # the body is not named in the article
    text = "وقالت الهيئة المالية الدولية إن النمو سيتباطأ هذا العام."
    assert named_for_epithet("الهيئة المالية الدولية", _article(text)) == "الهيئة المالية الدولية"
    # an epithet of two bodies, both named: it stands for neither
    text = "اجتمع ممثلو صندوق النقد الدولي والبنك الدولي. وقالت المؤسسة المالية الدولية إن الديون ارتفعت."
    assert named_for_epithet("المؤسسة المالية الدولية", _article(text)) == "المؤسسة المالية الدولية"
    # no epithet
    assert named_for_epithet("الهيئة العامة للإحصاء", _article(text)) == "الهيئة العامة للإحصاء"
