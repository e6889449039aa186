"""Round 94 (chain2): a respelt family name re-mentions an earlier person also when a title stands
before it («المهندس الجهيني») and when that person is named in full but has not spoken yet; two people
of one family stay apart. Sentences invented for these tests (people and events are fictitious)."""

from __future__ import annotations

from rasid.extract.surname_variant import _ends_mention, _one_person, _written_as
from rasid.model import Article, Speaker
from rasid.pipeline import Options, process


def speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


_OPENING = "قال مدير مشروع السدود سامي بن عيد الجهني إن بناء السد الثالث سيبدأ بعد موسم الأمطار. "


def test_a_titled_respelt_surname_is_the_earlier_speaker() -> None:
    text = _OPENING + "وأوضح المهندس الجهيني أن كلفة السد تقارب مئتي مليون ريال، مضيفا أن العمل سيستمر عامين."
    found = speakers(text)
    assert found[1] == ("وأوضح", "سامي بن عيد الجهني")
    assert found[2] == ("مضيفا", "سامي بن عيد الجهني")


def test_a_titled_surname_of_another_family_keeps_its_name() -> None:
    text = _OPENING + "وأوضح المهندس الجهمي أن كلفة السد تقارب مئتي مليون ريال."
    assert speakers(text)[1] != ("وأوضح", "سامي بن عيد الجهني")  # (a letter replaced: another family)


def test_a_respelt_surname_of_a_person_named_before_he_speaks() -> None:
    text = (
        "افتتح رئيس النادي الأدبي عبدالرحمن بن صالح المطيري معرضا للكتاب في قاعة المدينة مساء أمس. "
        "وقال المطييري إن المعرض يضم أكثر من مئة دار نشر عربية."
    )
    found = dict(speakers(text))
    assert found.get("وقال") == "عبدالرحمن بن صالح المطيري"


def test_two_people_of_one_family_stay_apart() -> None:
    text = (
        "قال المهندس سامي الجهني إن الطريق الجديد سيفتح الشهر المقبل. "
        "وقال شقيقه فهد الجهني إن المزارعين ينتظرون الطريق منذ سنوات. "
        "وأكد الجهيني أن القرية تحتاج أيضا إلى مدرسة ثانوية."
    )
    assert speakers(text)[2][1] not in {"سامي الجهني", "فهد الجهني"}


def test_ends_mention_takes_the_name_after_a_title() -> None:
    assert _ends_mention("الجهيني", "المهندس الجهيني")
    assert _ends_mention("الجهيني", "الجهيني")
    assert not _ends_mention("الجهيني", "الجهيني المدير")


def test_one_person_joins_extents_and_parts_two_given_names() -> None:
    full = Speaker(name="سامي بن عيد الجهني", type="person", entity_id="e1")
    assert _one_person(full, Speaker(name="سامي الجهني", type="person"))
    assert _one_person(full, Speaker(name="س ج", type="person", entity_id="e1"))
    assert not _one_person(
        Speaker(name="سامي الجهني", type="person"), Speaker(name="فهد الجهني", type="person")
    )


def test_written_as_keeps_a_two_word_name_written_the_same() -> None:
    assert _written_as("عوض الحربي", "ماجد الكثيري عوض الحربي")  # (a run-on entity: left as it is)
    assert not _written_as("الجار الله", "أحمد الجارالله")
    assert _written_as("الجهني", "سامي بن عيد الجهني")


def test_written_as_needs_a_fuller_name() -> None:
    assert not _written_as("عوض الحربي", "عوض الحربي")
