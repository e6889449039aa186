"""Round 78 (detection recall): a verbal noun of saying in construct with its speaker (قول، إعلان،
تأكيد + the speaker + إن/أن) reports that speaker's statement, also inside a background clause
(«بعد ساعات من قول الوزير إن …»، «رغم إعلان الوزارة أن …»); with no speaker named right after it, or
no إن/أن right after the speaker, it is no cue.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def test_saying_in_construct_after_a_time_clause() -> None:
    rows = quote_rows(
        "وارتفعت أسعار النفط في التعاملات الآسيوية بعد ساعات من قول وزير الطاقة الروسي ألكسندر نوفاك "
        "إن بلاده مستعدة لخفض الإنتاج."
    )
    assert [row[:3] for row in rows] == [("indirect", "قول", "ألكسندر نوفاك")]
    assert rows[0][3].startswith("بلاده مستعدة لخفض الإنتاج")


def test_announcement_in_construct_with_a_body() -> None:
    rows = quote_rows("وتراجعت الأسهم المحلية رغم إعلان وزارة المالية أن العجز سينخفض في العام المقبل.")
    assert [row[:3] for row in rows] == [("indirect", "إعلان", "وزارة المالية")]
    assert rows[0][3].startswith("العجز سينخفض")


def test_confirmation_in_construct_with_a_pronoun_on_the_complementizer() -> None:
    rows = quote_rows("وجاءت الخطوة غداة تأكيد حركة النهضة أنها لن تشارك في الحكومة الجديدة.")
    assert [row[:3] for row in rows] == [("indirect", "تأكيد", "حركة النهضة")]
    assert rows[0][3].startswith("لن تشارك في الحكومة")


def test_announcement_of_a_thing_is_no_cue() -> None:
    rows = quote_rows("وقررت اللجنة إعلان الأسعار الجديدة للوقود على أن تجتمع مرة كل شهر.")
    assert rows == []


def test_verse_in_construct_inside_a_statement_stays_nested() -> None:
    rows = quote_rows("وأضاف الخطيب في كلمته أن قول الله تعالى (إن مع العسر يسرا) يبعث الأمل في النفوس.")
    assert [row[1] for row in rows] == ["وأضاف"]


def test_saying_in_construct_without_a_clause_is_no_cue() -> None:
    rows = quote_rows("وأثار قول اللاعب خالد السبيعي في المؤتمر الصحفي جدلا واسعا بين الجماهير.")
    assert rows == []


def test_definite_confirming_after_a_verb_of_going_back() -> None:
    rows = quote_rows(
        "قال وزير النقل الكندي مارك بيرتون إن الطريق الجديد سيخفف الزحام. "
        "وأعاد بيرتون التأكيد على أن حكومته ستمول المرحلة الثانية."
    )
    assert [row[1:3] for row in rows] == [("قال", "مارك بيرتون"), ("التأكيد", "مارك بيرتون")]
    assert rows[1][3].startswith("حكومته ستمول")


def test_definite_confirming_after_ala() -> None:
    rows = quote_rows("وحرصت الشركة الوطنية للنقل على التأكيد أن الرحلات ستستأنف الأسبوع المقبل.")
    assert [row[1:3] for row in rows] == [("التأكيد", "الشركة الوطنية للنقل")]


def test_definite_confirming_after_maa_is_no_cue() -> None:
    rows = quote_rows("وتنص الخطة على تحديث الأسعار كل شهر مع التأكيد على أن الدعم سيستمر للأسر المحتاجة.")
    assert rows == []


def test_present_cue_after_a_fronted_title_takes_its_bearer() -> None:
    rows = quote_rows(
        "وقال وزير الصحة الأردني سامر الخطيب إن خطة التطعيم نجحت. "
        "وبعد مراجعة أرقام الشهر الماضي، فإن الوزير الأردني يرى أن النتائج مشجعة جدا."
    )
    assert [row[1:3] for row in rows] == [("وقال", "سامر الخطيب"), ("يرى", "سامر الخطيب")]
    assert rows[1][3].startswith("النتائج مشجعة")


def test_plural_present_cue_after_a_fronted_definite_plural_is_a_group() -> None:
    rows = quote_rows("وارتفعت مبيعات المعرض هذا الموسم، غير أن المنتقدين يقولون إن التنظيم كان ضعيفا.")
    assert [row[1:3] for row in rows] == [("يقولون", "المنتقدين")]
    assert rows[0][3].startswith("التنظيم كان ضعيفا")


def test_fronted_unnamed_officials_before_a_present_cue() -> None:
    rows = quote_rows("وتراجعت الأسواق، إلا أن المسؤولين الأميركيين يقولون إن الاقتصاد ما زال قويا.")
    assert [row[1:3] for row in rows] == [("يقولون", "المسؤولين الأميركيين")]


def test_fronted_thing_before_a_singular_present_cue_is_no_speaker() -> None:
    rows = quote_rows("ويرى بعضهم أن الأمر بسيط، لكن الواقع يقول إن المشكلة أعمق مما يبدو.")
    assert [row[1] for row in rows if row[1] == "يقول"] == []


def test_fronted_capital_before_a_present_cue_speaks_for_its_state() -> None:
    rows = quote_rows("ويشتبه الغرب في البرنامج النووي لكن طهران تقول إنه سلمي تماما.")
    assert [row[1:3] for row in rows] == [("تقول", "طهران")]
    assert rows[0][3].startswith("سلمي")


def test_fronted_country_before_a_past_cue_speaks_for_its_state() -> None:
    rows = quote_rows("وانتقدت المنظمة الخطوة الأخيرة، غير أن الصين قالت إن الإجراءات مؤقتة.")
    assert [row[1:3] for row in rows] == [("قالت", "الصين")]


def test_touched_on_with_its_clause_is_a_statement() -> None:
    rows = quote_rows("وتطرق مدير الجامعة خالد السالم إلى أن القبول سيبدأ الأسبوع المقبل.")
    assert [row[:3] for row in rows] == [("indirect", "وتطرق", "خالد السالم")]
    assert rows[0][3].startswith("القبول سيبدأ")


def test_touched_on_a_topic_is_no_statement_even_with_a_later_clause() -> None:
    rows = quote_rows("وتطرق المحاضر إلى تقرير صادر عن المكتب الذي أظهر أن العجز ارتفع هذا العام.")
    assert [row[1] for row in rows if row[1] == "وتطرق"] == []
