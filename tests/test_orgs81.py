"""Round 81 (organisation speakers): a body the entity stage tags without its head noun, while the
text writes the head right before the name («جماعة «زفران الحمر»»، «لشركة نوفاريتا»), is still a body
of that head. A later description made of the definite head and its adjectives («الجماعة المسلحة»)
or the bare head («الشركة») refers back to it, and the speaker is the head with the name. The media
heads موقع and مجلة refer back the same way («الموقع المتخصص»).

Every sentence is written for these tests in the style of Gulf news; names and events are invented.
"""

from __future__ import annotations

from types import SimpleNamespace

from conftest import quote_rows
from rasid.extract.body_reference import headed_mentions, one_headed_body
from rasid.model import Entity
from rasid.text.normalize import normalize


def _doc(text: str, names: list[tuple[str, str]]) -> SimpleNamespace:
    """A stand-in for the quotation stage's document: the text and ORG entities at each name's first
    occurrence after the previous one (name, entity id)."""
    entities, at = [], 0
    for name, entity_id in names:
        start = text.index(name, at)
        entities.append(Entity(start, start + len(name), name, "ORG", entity_id, name))
        at = start + len(name)
    return SimpleNamespace(text=text, entities=entities)


def test_group_described_after_its_name_in_marks() -> None:
    rows = quote_rows(
        "أعلنت جماعة «زفران الحمر» مسؤوليتها عن الهجوم على القافلة. "
        "وقالت الجماعة المسلحة في بيان إن مقاتليها انسحبوا من المنطقة بعد ساعات."
    )
    assert [row[1:3] for row in rows] == [("أعلنت", "جماعة زفران الحمر"), ("وقالت", "جماعة زفران الحمر")]


def test_site_described_as_specialised() -> None:
    rows = quote_rows(
        "نشر موقع «ديجي لاين» قائمة بأغلى اللاعبين في الدوري. "
        "وأشار الموقع المتخصص إلى أن قيمة المهاجم تضاعفت خلال عام."
    )
    assert [row[1:3] for row in rows] == [("وأشار", "موقع ديجي لاين")]


def test_headed_mention_with_a_clitic_and_marks() -> None:
    text = "وقال الرئيس التنفيذي لشركة «نوفاريتا» إن المصنع جاهز. وأوضحت الشركة أن الإنتاج يبدأ غدا."
    doc = _doc(text, [("نوفاريتا", "e1")])
    named = headed_mentions(doc, normalize("شركة"), text.index("وأوضحت"))
    assert [(name, entity_id) for _, name, entity_id in named] == [("نوفاريتا", "e1")]
    assert one_headed_body(named) == ("نوفاريتا", "e1")


def test_name_after_another_head_is_not_headed() -> None:
    """«مجموعة «نوفاريتا»» names a group of companies: «الشركة» does not refer to it by this rule."""
    text = "استحوذت مجموعة «نوفاريتا» على حصة في المصنع. وأوضحت الشركة أن الإنتاج يبدأ غدا."
    doc = _doc(text, [("نوفاريتا", "e1")])
    assert headed_mentions(doc, normalize("شركة"), text.index("وأوضحت")) == []


def test_name_after_a_verb_is_not_headed() -> None:
    text = "وقعت «نوفاريتا» عقدا مع الميناء. وأوضحت الشركة أن الإنتاج يبدأ غدا."
    doc = _doc(text, [("نوفاريتا", "e1")])
    assert headed_mentions(doc, normalize("شركة"), text.index("وأوضحت")) == []


def test_two_bodies_with_one_head_leave_it_open() -> None:
    text = "وقعت شركة «نوفاريتا» وشركة «بلوماكس» اتفاقا للتعاون. وأوضحت الشركة أن التسليم قريب."
    doc = _doc(text, [("نوفاريتا", "e1"), ("بلوماكس", "e2")])
    named = headed_mentions(doc, normalize("شركة"), text.index("وأوضحت"))
    assert len(named) == 2
    assert one_headed_body(named) is None


def test_body_named_after_the_cue_is_not_taken() -> None:
    """Only a body named before the cue: a description that comes first is not resolved forward."""
    text = "وأوضحت الشركة أن الإنتاج يبدأ غدا. وكانت شركة «نوفاريتا» قد افتتحت المصنع."
    doc = _doc(text, [("نوفاريتا", "e1")])
    assert headed_mentions(doc, normalize("شركة"), text.index("أن الإنتاج")) == []


def test_paper_described_in_the_lead_named_later() -> None:
    """A lead's «صحيفة كندية» is the paper the article names next with that head."""
    rows = quote_rows(
        "ذكرت صحيفة كندية أمس أن الحكومة تدرس خفض الضرائب على الوقود. "
        "وكتبت صحيفة «نورث فالي تايمز» أن القرار قد يصدر الشهر المقبل."
    )
    assert [row[1:3] for row in rows] == [
        ("ذكرت", "صحيفة نورث فالي تايمز"),
        ("وكتبت", "صحيفة نورث فالي تايمز"),
    ]


def test_described_company_keeps_its_description_when_no_company_is_named() -> None:
    rows = quote_rows(
        "قالت شركة هولندية إنها ستفتتح مصنعا جديدا في الدمام. وأوضحت وزارة الصناعة أن المصنع سيوظف مئتي عامل."
    )
    assert [row[1:3] for row in rows] == [("قالت", "شركة هولندية"), ("وأوضحت", "وزارة الصناعة")]


def test_only_an_indefinite_head_and_a_nationality_is_a_described_body() -> None:
    from rasid.extract.quotes import _described_lead_body

    assert _described_lead_body("صحيفة كندية") == normalize("صحيفة")
    assert _described_lead_body("شركة هولندية رائدة") == normalize("شركة")
    assert _described_lead_body("الصحيفة الكندية") is None  # (definite: a back-reference)
    assert _described_lead_body("صحيفة الوادي") is None  # (a name)
    assert _described_lead_body("وزارة كندية") is None  # (a state body: not a head that refers on)
