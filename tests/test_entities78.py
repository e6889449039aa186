"""Person rules of round 78: persons listed with و after a person, a nationality adjective that opens
a person's span, a title word the tagger ran into after a name, and the staff-rank honorifics
(العميد ركن).

Every sentence is written for these tests in the style of Saudi/Gulf/Arab news.
"""

from __future__ import annotations

from entity_helpers import labelled
from rasid.extract import entities as ent
from rasid.extract.entities import extract_entities

# --- persons listed with و -----------------------------------------------------------------------------


def test_persons_listed_after_a_person() -> None:
    found = labelled("وشارك في الحصة التدريبية اللاعبون ياسر الشهراني وسلمان الفرج وسعود ، ثم غادروا الملعب.")
    assert ("ياسر الشهراني", "PER") in found
    assert ("سلمان الفرج", "PER") in found
    assert ("سعود", "PER") in found


def test_person_span_split_at_joined_given_name() -> None:
    found = labelled("ونفذ العمل الفنانان الدكتور فهد الحربي وعبدالله القحطاني على جدار المبنى.")
    assert ("فهد الحربي", "PER") in found
    assert ("عبدالله القحطاني", "PER") in found
    assert ("فهد الحربي وعبدالله القحطاني", "PER") not in found


def test_listed_person_takes_a_connector_and_family_name() -> None:
    found = labelled("وكرمت الجمعية الفائزين خالد العنزي ، وماجد بن سعد الدوسري في الحفل.")
    assert ("ماجد بن سعد الدوسري", "PER") in found


def test_title_after_and_is_no_person() -> None:
    found = labelled("وحضر الاجتماع المهندس سعيد الغامدي وأمين عام النادي ونائبه.")
    assert not any(surface.startswith("أمين") for surface, label in found if label == "PER")


def test_common_word_after_and_is_no_person() -> None:
    found = labelled("وتحدث الشيخ صالح المالكي وسلام الله عليكم جميعا.")
    assert not any(surface.startswith("سلام") for surface, label in found if label == "PER")


def test_given_name_after_and_needs_a_name_stem() -> None:
    doc = ent.Doc("وخالد وجدة والوزير وليد وعبدالمحسن", (), ())
    person_words: frozenset[str] = frozenset()
    readings = [ent.given_after_and(doc, t, person_words) for t in range(len(doc))]
    assert readings == [True, False, False, False, True]


# --- a nationality adjective opening a person's span --------------------------------------------------


def test_nationality_adjective_stays_outside_the_person() -> None:
    entities = extract_entities("وانضم المهاجم الكاميروني جان بيير إيكامبي إلى معسكر الفريق في النمسا.")
    people = [e for e in entities if e.label == "PER"]
    assert [e.text for e in people] == ["جان بيير إيكامبي"]
    assert people[0].nationality == "الكاميرون"


def test_new_nationality_adjective_after_a_title() -> None:
    found = labelled("وقال الرئيس الغاني جون ماهاما إن بلاده ستدعم المبادرة.")
    assert ("جون ماهاما", "PER") in found
    assert not any("الغاني" in surface for surface, _label in found)


# --- a title word after the name -------------------------------------------------------------------------


def test_title_word_after_the_name_ends_it() -> None:
    found = labelled("وكان في استقباله وزير الخارجية عادل الجبير الوزير المرافق ، وعدد من المسؤولين.")
    assert ("عادل الجبير", "PER") in found
    assert not any(surface.endswith("الوزير") for surface, _label in found)


def test_family_name_that_is_a_title_stays_before_a_mark() -> None:
    found = labelled("وأوضح المهندس سعد المخرج ، أن الأعمال تسير وفق الخطة.")
    assert ("سعد المخرج", "PER") in found


def test_family_name_after_connector_stays() -> None:
    found = labelled("وقال الدكتور عبدالعزيز آل الشيخ إن البرنامج يبدأ الأسبوع المقبل.")
    assert ("عبدالعزيز آل الشيخ", "PER") in found


# --- staff-rank honorifics -------------------------------------------------------------------------------


def test_staff_rank_stays_outside_the_name() -> None:
    entities = extract_entities("وأكد العميد ركن تركي المالكي أن قوات التحالف اعترضت صاروخا.")
    people = [e for e in entities if e.label == "PER"]
    assert [e.text for e in people] == ["تركي المالكي"]
    assert people[0].role == "العميد ركن"


def test_lieutenant_general_staff_rank() -> None:
    found = labelled("واستقبل الفريق أول ركن فهد الرويلي قائد القوات المشتركة.")
    assert ("فهد الرويلي", "PER") in found


def test_family_name_that_is_a_title_stays_before_a_function_word() -> None:
    found = labelled("وأوضح رئيس البلدية خالد القاضي أن المشروعات ستكتمل قبل نهاية العام.")
    assert ("خالد القاضي", "PER") in found


def test_kinship_connector_after_and_is_no_listed_given_name() -> None:
    doc = ent.Doc("كريم وابن كريم", (), ())
    assert not ent.given_after_and(doc, 1, frozenset())
