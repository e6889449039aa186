"""Round 84 (chairs): a speaker named after a long chain of titles that holds a chair, prize or fund
named after another person ("المشرف على كرسي المهندس فلان لأبحاث … رئيس اللجنة … الدكتور فلان أن").
Every sentence here is invented for these tests."""

from __future__ import annotations

from rasid.extract.quotes import _names_facility
from rasid.model import Article, Entity
from rasid.pipeline import Options, process

CLAIM = "أن الدراسة ستنطلق الشهر المقبل بمشاركة عدد من الباحثين."


def said(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_long_title_chain_reaches_the_speaker_past_the_chair_name() -> None:
    text = (
        "وأكد المشرف على كرسي المهندس سالم العتيبي لدراسات المياه بجامعة القصيم رئيس اللجنة "
        f"المنظمة الدكتور ماجد القحطاني {CLAIM}"
    )
    assert said(text) == [("وأكد", "ماجد القحطاني")]


def test_very_long_title_chain_and_the_next_subjectless_cue() -> None:
    text = (
        "من جهته أكد المشرف على كرسي المهندس سالم العتيبي لدراسات المياه بجامعة الملك فيصل رئيس "
        "اللجنة المنظمة لمعرض التمور الدولي الخامس بالقصيم رئيس جمعية المزارعين التعاونية الدكتور "
        f"ماجد بن فهد القحطاني {CLAIM}\n\nوبين أن المرحلة الأولى تشمل جمع العينات من الآبار."
    )
    assert said(text) == [("أكد", "ماجد بن فهد القحطاني"), ("وبين", "ماجد بن فهد القحطاني")]


def test_short_phrases_are_unchanged() -> None:
    # (negative: a person with a title alone still speaks; a short chain was already read)
    assert said(f"وأوضح المهندس سالم العتيبي {CLAIM}") == [("وأوضح", "سالم العتيبي")]
    text = f"وأوضح الأمين العام لجائزة المهندس سالم العتيبي للتميز الدكتور ماجد القحطاني {CLAIM}"
    assert said(text) == [("وأوضح", "ماجد القحطاني")]


def test_a_long_phrase_that_does_not_end_on_a_name_is_not_run_on() -> None:
    # (negative: cut inside a list of bodies with no person before أن, the phrase is not stretched
    # to swallow the statement's subject)
    text = (
        "وأكد رئيس اللجنة المنظمة لمعرض التمور الدولي الخامس بالقصيم رئيس جمعية المزارعين التعاونية "
        "بالمنطقة الشرقية في كلمة خلال الحفل الكبير الذي أقيم مساء أمس أن المعرض حقق نجاحا كبيرا."
    )
    assert all(name != "القصيم" for _cue, name in said(text))


def _person(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start=start, end=start + len(name), text=name, label="PER", entity_id="e1")


def test_chair_prize_and_fund_names_with_professional_titles() -> None:
    for text in (
        "المشرف على كرسي المهندس سالم العتيبي لأبحاث التمور",
        "أمين جائزة الدكتور سالم العتيبي للتميز",
        "مدير صندوق م. سالم العتيبي الخيري",
        "جائزة الأمير الدكتور سالم العتيبي",
        "أستاذ الكيمياء المساعد بجامعة الإمام سالم العتيبي",
        "الأمين العام لجائزة المهندس سالم العتيبي",
    ):
        assert _names_facility(text, _person(text, "سالم العتيبي")), text
    for text in (
        "وقال المهندس سالم العتيبي",
        "رئيس الجمعية الدكتور سالم العتيبي",
        "في اتصال هاتفي بالدكتور سالم العتيبي",
    ):
        assert not _names_facility(text, _person(text, "سالم العتيبي")), text


def test_long_chain_through_a_university_named_after_a_person() -> None:
    text = (
        "وفي السياق ذاته أكد أستاذ الكيمياء المساعد والمشرف على المختبرات المركزية بجامعة الإمام "
        f"فيصل بن تركي الإسلامية د. ماجد القحطاني {CLAIM}"
    )
    assert {name for _cue, name in said(text)} == {"ماجد القحطاني"}
