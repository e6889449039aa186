"""Round 56, a body's definite head whose speaker phrase ran on past it into the verb's object or an
adverb ("وحثت الهيئة الجميع"، "وأشار المرصد بعدها"): the head alone is the back-reference, so it takes
the body the article named before with that head; a head with an adjective of a body's name (المكتب
الإعلامي) is left as it was. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.body_reference import _run_on_after_head


def test_head_then_an_adverb_is_the_body_named_with_the_head() -> None:
    text = (
        "أعلن مرصد الزلازل الوطني تسجيل هزة أرضية خفيفة قرب الساحل الشمالي صباح أمس. وأشار المرصد "
        "بعدها إلى أن الهزة لم تسفر عن أي أضرار في المباني أو إصابات بين السكان."
    )
    assert speakers(text)[-1] == "مرصد الزلازل الوطني"


def test_head_then_the_object_is_the_body_named_with_the_head() -> None:
    text = (
        "أطلقت وزارة الموارد المائية حملة لترشيد استهلاك المياه في المدن الكبرى. وحذرت الوزارة السكان "
        "من أن الهدر سيعرضهم لغرامات مالية كبيرة."
    )
    assert speakers(text) == ["وزارة الموارد المائية"]


def test_head_then_an_adverb_stays_when_no_body_has_the_head() -> None:
    text = (
        "سجلت أجهزة الرصد هزة أرضية خفيفة قرب الساحل الشمالي صباح أمس. وأشار المرصد بعدها إلى أن "
        "الهزة لم تسفر عن أي أضرار في المباني أو إصابات بين السكان."
    )
    assert speakers(text) == ["المرصد بعدها"]


def test_run_on_after_head_reads_words_not_adjectives() -> None:
    assert _run_on_after_head(["الحكومه", "الجميع"])
    assert _run_on_after_head(["المرصد", "بعدها"])
    assert not _run_on_after_head(["المكتب", "الاعلامي"])  # (a nisba names the body)
    assert not _run_on_after_head(["الهيئه", "العامه"])  # (an institution adjective)
    assert not _run_on_after_head(["وزاره", "الصحه"])  # (an indefinite head: a name, not a reference)
    assert not _run_on_after_head(["الحكومه"])
