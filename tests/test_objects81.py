"""Round 81 (objects): more noun-phrase statements of the counted cues (annotation guide §2).

A verbal noun in construct with a word of quantity or a broken plural of casualties states something
(«مؤكدا سقوط جرحى …»، «محذرا من تساقط مزيد من …»، «أعلنت الشرطة ضبط أكثر من …»); a denial or a
warning of «أي/أية» + an indefinite noun does too («نفى أي تأخير …»، «حذر من أي إهمال …»), but only
after نفى and حذر (lexicon ``any_object_lemmas``), and never when the report is negated.
After حذر من a definite act is the thing warned against (lexicon ``definite_object_lemmas``), not
people; a verbal noun in construct with a state or body the entities stage names states something
(«تضامن فرنسا مع …»), but a group of people of a place does not («من أهالي …»).

Every sentence is written for these tests in the style of Saudi and Gulf news; names are invented.
"""

from __future__ import annotations

from conftest import quote_rows


def _cues(text: str) -> list[tuple[str, str | None, str]]:
    return [(row[1], row[2], row[3]) for row in quote_rows(text)]


def test_casualties_after_a_participle() -> None:
    rows = _cues(
        "وقال قائد الدفاع المدني اللواء ماجد الشمري إن السيول اجتاحت الوادي فجر أمس، "
        "مؤكدا سقوط جرحى بين سكان القرية."
    )
    assert ("مؤكدا", "ماجد الشمري", "سقوط جرحى بين سكان القرية") in rows


def test_more_of_after_a_warning() -> None:
    rows = _cues(
        "وأوضح رئيس مركز الأرصاد خالد الغامدي أن الرياح ستشتد غدا، "
        "محذرا من تساقط مزيد من الثلوج على المرتفعات الجبلية."
    )
    assert ("محذرا", "خالد الغامدي", "تساقط مزيد من الثلوج على المرتفعات الجبلية") in rows


def test_more_than_after_an_announcement() -> None:
    rows = _cues("وأعلنت شرطة المنطقة الشرقية ضبط أكثر من مئة مخالف لأنظمة الإقامة خلال الأسبوع.")
    assert len(rows) == 1
    assert rows[0][0] == "وأعلنت"
    assert rows[0][2].startswith("ضبط أكثر من مئة مخالف")


def test_denial_of_any() -> None:
    rows = _cues("ونفى المتحدث باسم الشركة ناصر البلوي أي تأخير في صرف رواتب الموظفين هذا الشهر.")
    assert rows == [("ونفى", "ناصر البلوي", "أي تأخير في صرف رواتب الموظفين هذا الشهر")]


def test_warning_of_any() -> None:
    rows = _cues("وحذر استشاري الأطفال الدكتور هاني السبيعي من أي إهمال في تطعيم المواليد.")
    assert rows == [("وحذر", "هاني السبيعي", "أي إهمال في تطعيم المواليد")]


def test_negated_denial_of_any_is_no_quotation() -> None:
    assert quote_rows("ولم تنف الشركة أي علاقة لها بالحادث.") == []


def test_any_after_a_cue_outside_the_list_is_no_statement() -> None:
    """«أي» opens no noun-phrase statement after أكد (only after نفى and حذر)."""
    assert quote_rows("وأكد المدرب أي لاعب يتأخر عن التدريب.") == []


def test_a_list_announced_stays_no_quotation() -> None:
    """A line-up or a list is a topic, not a statement, with or without a count after it."""
    assert quote_rows("وأعلن المدرب عادل المطيري تشكيلة الهلال للمباراة المقبلة.") == []


def test_warning_against_a_definite_act() -> None:
    """After حذر من a definite verbal noun is the act warned against (lexicon definite_object_lemmas)."""
    rows = _cues("وحذر إمام المسجد الشيخ سالم الدوسري من الانسياق وراء الشائعات التي تستهدف وحدة المجتمع.")
    assert rows == [("وحذر", "سالم الدوسري", "الانسياق وراء الشائعات التي تستهدف وحدة المجتمع")]


def test_warning_against_people_is_no_statement() -> None:
    """A definite plural of people after حذر من is whom to beware of, no act: no quotation."""
    assert quote_rows("وحذر المدرب من اللاعبين الشباب في الفريق المنافس.") == []


def test_definite_topic_after_other_cues_stays_out() -> None:
    """أشار إلى + a definite noun names a topic (guide §2): the new rule is for warnings only."""
    assert quote_rows("وأشار الوزير سالم الحربي إلى الوضع الاقتصادي في المنطقة.") == []


def test_verbal_noun_in_construct_with_a_named_state() -> None:
    rows = _cues(
        "وزار الوفد السعودي العاصمة الفرنسية باريس، وأكد الوزير نبيل القرشي تضامن فرنسا مع المملكة "
        "في حربها على الإرهاب."
    )
    assert ("وأكد", "نبيل القرشي", "تضامن فرنسا مع المملكة في حربها على الإرهاب") in rows


def test_named_state_after_a_verb_outside_the_cues_is_no_statement() -> None:
    """Only the counted cues take a noun-phrase statement: زار + a named capital stays narration."""
    assert quote_rows("وزار الوزير نبيل القرشي العاصمة الفرنسية باريس الأسبوع الماضي.") == []


def test_passive_after_a_fronted_adjunct_stays_nobodys() -> None:
    text = "وقال المحافظ إن الطرق فتحت. وفي اليوم نفسه، أعلن عن تقدم كبير في أعمال الصيانة."
    assert [row[1] for row in quote_rows(text)] == ["وقال"]


def test_people_of_a_place_are_no_verbal_noun() -> None:
    """«من أهالي ينبع» after a cue's subject is his affiliation, not a statement of a named party."""
    text = "وأكد الصياد ماجد سعيد البلوي، من أهالي ينبع، أن موسم الصيد تراجع هذا العام."
    assert [(row[1], row[3]) for row in quote_rows(text)] == [("وأكد", "موسم الصيد تراجع هذا العام")]
