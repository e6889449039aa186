"""Round 77 (detection recall): a continuing verb of saying with no subject, no إن/أن, colon or
marks, right after a quotation («…. وأضاف بلغت تكلفة …») takes the full sentence after it as the
same speaker's words; with no quotation just before it, the verb is narration.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows

DIRECTOR = "قال مدير المستشفى سعد القحطاني إن المبنى الجديد أصبح جاهزا لاستقبال المرضى. "


def test_bare_sentence_after_subjectless_wa_adafa_is_the_last_speakers() -> None:
    rows = quote_rows(DIRECTOR + "وأضاف بلغت تكلفة المبنى أربعين مليون ريال وسيفتتح رسميا في الشهر المقبل.")
    assert len(rows) == 2
    kind, cue, speaker, content = rows[1]
    assert (kind, cue, speaker) == ("direct", "وأضاف", "سعد القحطاني")
    assert content.startswith("بلغت تكلفة المبنى") and content.endswith("في الشهر المقبل")


def test_bare_first_person_sentence_after_subjectless_wa_qala() -> None:
    rows = quote_rows(DIRECTOR + "وقال هدفنا هو تقديم أفضل رعاية صحية لسكان المحافظة كافة.")
    assert rows[1][:3] == ("direct", "وقال", "سعد القحطاني")
    assert rows[1][3].startswith("هدفنا هو تقديم")


def test_subjectless_sentence_stops_before_the_next_cue() -> None:
    rows = quote_rows(
        DIRECTOR + "وأضاف سيعمل في المبنى ثلاثمئة موظف من الكوادر الوطنية. "
        "وأوضح أن التوظيف سيبدأ بعد أسبوعين."
    )
    cues = [row[1] for row in rows]
    assert cues == ["قال", "وأضاف", "وأوضح"]
    assert rows[1][3].startswith("سيعمل في المبنى") and "التوظيف" not in rows[1][3]


def test_subjectless_continuing_verb_without_a_quotation_before_is_narration() -> None:
    rows = quote_rows(
        "وصل الوفد الطبي إلى المدينة صباح أمس. وتابع الوفد جولته في المعرض ليطلع على أحدث الأجهزة."
    )
    assert rows == []


def test_named_subject_after_the_verb_is_not_read_as_words() -> None:
    rows = quote_rows(DIRECTOR + "وقال خالد العمري مدير التشغيل إن العمل يسير وفق الخطة.")
    assert rows[1][1:3] == ("وقال", "خالد العمري")
    assert rows[1][3].startswith("العمل يسير")


def test_wasf_with_an_attached_object_pronoun_reports_the_clause_after_bi_anna() -> None:
    rows = quote_rows(
        "انتقد النائب فهد الدوسري قرار رفع الرسوم، ووصفه بأنه خطوة متسرعة لا تراعي أوضاع الأسر."
    )
    assert [row[1:3] for row in rows] == [("ووصفه", "فهد الدوسري")]
    assert rows[0][3].startswith("خطوة متسرعة")


def test_wasf_with_a_pronoun_and_no_bi_anna_is_no_quotation() -> None:
    assert quote_rows("شاهد الجمهور اللاعب في المباراة الأخيرة ووصفه بالمميز بعد أدائه الرائع.") == []


def test_qaddara_with_its_source_and_anna_is_a_cue() -> None:
    rows = quote_rows("وقدر المسؤولون في الهيئة أن عدد الزوار سيتجاوز مليوني زائر خلال موسم الصيف.")
    assert [row[1:3] for row in rows] == [("وقدر", "المسؤولون في الهيئة")]
    assert rows[0][3].startswith("عدد الزوار سيتجاوز")


def test_qaddara_with_a_noun_object_is_no_quotation() -> None:
    assert quote_rows("وقدر الحضور جهود اللجنة المنظمة للمهرجان في ختام الحفل.") == []
