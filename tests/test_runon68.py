"""Round 68 (speaker names that run on): a name carried past its end into the verb's object, a
religious formula or the apposition describing the person. name_extent.py ends an unnamed source's
or a group's name before a definite object or an indefinite verbal noun after its complete
description, a person's before a blessing formula or an indefinite person noun in construct. Names
and sentences written for these tests."""

from __future__ import annotations

from rasid.extract.name_extent import (
    without_closing_formula,
    without_closing_person_noun,
    without_indefinite_apposition,
    without_object_after_source,
    without_verbal_noun_after_source,
)
from rasid.model import Article


def speakers(text: str) -> list[str | None]:
    """The speaker name of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_a_definite_object_after_a_groups_place_is_cut():
    assert without_object_after_source("وجهاء وأهالي بلدة العوامية التخريب المتعمد") == (
        "وجهاء وأهالي بلدة العوامية"
    )
    assert without_object_after_source("الموظفون السابقون التسريبات") == "الموظفون السابقون"


def test_a_definite_adjective_a_people_or_a_participles_object_stays():
    # فاعل and فعيل are adjectives, a people has its nationality after it, a participle its object
    for name in (
        "مصدر من أسرة التاجر الهارب",
        "المركز الوطني للطب البديل",
        "ثلاثة من كبار التجار الهنود الآسيويين",
        "مصدر في لجنة التدقيق المكلفة المراجعة",
    ):
        assert without_object_after_source(name) == name


def test_a_last_object_is_left_to_a_bodys_name_when_asked():
    assert without_object_after_source("نقابة المهندسين الزراعيين التعديلات", last=False) == (
        "نقابة المهندسين الزراعيين التعديلات"
    )
    assert without_object_after_source("نقابة المهندسين الزراعيين التعديلات الجديدة", last=False) == (
        "نقابة المهندسين الزراعيين"
    )


def test_an_indefinite_verbal_noun_after_a_complete_description_is_cut():
    assert without_verbal_noun_after_source("مصادر قبلية سقوط ضحايا") == "مصادر قبلية"
    assert without_verbal_noun_after_source("شهود عيان محليون هروب السجناء") == "شهود عيان محليون"
    assert without_verbal_noun_after_source("خبراء الطاقة صدور تقرير") == "خبراء الطاقة"


def test_an_adjective_or_a_body_after_the_description_stays():
    assert without_verbal_noun_after_source("مصادر عسكرية معارضة") == "مصادر عسكرية معارضة"
    assert without_verbal_noun_after_source("تقارير صحفية تركية") == "تقارير صحفية تركية"
    assert without_verbal_noun_after_source("مصادر محلية مطلعة") == "مصادر محلية مطلعة"
    assert without_verbal_noun_after_source("نشطاء سوريون شنوا") == "نشطاء سوريون شنوا"


def test_a_blessing_formula_after_a_name_is_cut():
    assert without_closing_formula("سلمان الفارسي رضي الله") == "سلمان الفارسي"
    assert without_closing_formula("ابن تيمية رحمه الله تعالى") == "ابن تيمية"
    assert without_closing_formula("النبي صلى") == "النبي"


def test_a_name_without_a_formula_stays():
    assert without_closing_formula("عبد الله الراشد") == "عبد الله الراشد"
    assert without_closing_formula("حسن نصر الله") == "حسن نصر الله"
    assert without_closing_formula("رضي") == "رضي"


def test_an_indefinite_person_noun_in_construct_after_a_full_name_is_cut():
    assert without_indefinite_apposition("ماهر سليمان مشجع نادي الوحدة") == "ماهر سليمان"
    assert without_indefinite_apposition("رنا حداد مندوبة الأردن") == "رنا حداد"


def test_a_kunya_a_lineage_or_a_description_first_stays():
    assert without_indefinite_apposition("هند خالد أم فيصل") == "هند خالد أم فيصل"
    assert without_indefinite_apposition("محمد بن سعيد بن ناصر") == "محمد بن سعيد بن ناصر"
    assert without_indefinite_apposition("مدير الإدارة بالمؤسسة العامة سالم الحربي") == (
        "مدير الإدارة بالمؤسسة العامة سالم الحربي"
    )
    assert without_indefinite_apposition("ماهر سليمان مشجع") == "ماهر سليمان مشجع"  # (no complement)


def test_a_closing_person_noun_no_family_name_is_cut():
    assert without_closing_person_noun("سلمى عواد صاحبة") == "سلمى عواد"
    assert without_closing_person_noun("كريم دي سوزا لاعب") == "كريم دي سوزا"


def test_a_family_name_a_kunya_or_a_description_at_the_end_stays():
    for name in ("سلمى عواد نجم", "هند خالد أم", "محمد بن سالم", "عبير الناصر", "مدير الإدارة سالم مشجع"):
        assert without_closing_person_noun(name) == name


def test_the_whole_pipeline_ends_the_names():
    assert speakers("وقال سلمان الفارسي رضي الله عنه إن الصبر مفتاح الفرج.") == ["سلمان الفارسي"]
    assert speakers("وأكدت مصادر قبلية سقوط ضحايا في الاشتباكات، وقالت إن الوضع ما زال متوترا.")[0] == (
        "مصادر قبلية"
    )
