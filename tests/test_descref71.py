"""Round 71: a definite description of an official or a title-holder ("وقال الدبلوماسي النرويجي"،
"قال السفير المصري") stands for the person the article named before — the one quoted last by name
for an official's head and nisba adjectives, the one bearer of the title otherwise — and stays as
written when a rival stands between, when the adjectives name another country, or when two persons
bear the title."""

from __future__ import annotations

from conftest import cue_speakers

LEAD = "أعلنت الحكومة الألمانية أمس خطة جديدة لدعم الطاقة المتجددة.\n\n"
NAMED = "وقال الأمين العام لمنظمة التعاون البحري هانس بيرغسون إن الخطة تمثل خطوة مهمة نحو خفض الانبعاثات.\n\n"
DESCRIBED = "وحول تمويل المشروع، قال {} إن «الدول الأعضاء ستتحمل الجزء الأكبر من التكاليف».\n"


def test_official_described_by_nationality_is_the_person_quoted_last() -> None:
    introduced = NAMED.replace("بيرغسون", "بيرغسون، القادم من النرويج،")
    found = cue_speakers(LEAD + introduced + DESCRIBED.format("الدبلوماسي النرويجي"))
    assert found[-1] == ("قال", "هانس بيرغسون")
    # a nationality the words introducing him do not give is someone else's
    found = cue_speakers(LEAD + NAMED + DESCRIBED.format("الدبلوماسي النرويجي"))
    assert found[-1] == ("قال", "الدبلوماسي النرويجي")


def test_woman_official_described_is_the_woman_quoted_last() -> None:
    named = "وقالت مفوضة الطاقة في الاتحاد الأوروبي آنا كارلسون إن الخطة خطوة مهمة نحو خفض الانبعاثات.\n\n"
    described = "وأضافت المسؤولة الأوروبية أن «الدول الأعضاء ستتحمل الجزء الأكبر من التكاليف».\n"
    assert cue_speakers(LEAD + named + described)[-1] == ("وأضافت", "آنا كارلسون")


def test_official_of_another_country_stays_as_written() -> None:
    french = NAMED.replace(
        "الأمين العام لمنظمة التعاون البحري هانس بيرغسون", "وزير الخارجية الفرنسي بيير دوران"
    )
    found = cue_speakers(LEAD + french + DESCRIBED.format("الدبلوماسي الروسي"))
    assert found[-1] == ("قال", "الدبلوماسي الروسي")


def test_unnamed_source_between_keeps_the_description() -> None:
    source = "وقال مسؤول أوروبي إن الاجتماع المقبل سيعقد في الشهر المقبل.\n\n"
    introduced = NAMED.replace("بيرغسون", "بيرغسون، القادم من النرويج،")
    found = cue_speakers(LEAD + introduced + source + DESCRIBED.format("الدبلوماسي النرويجي"))
    assert found[-1] == ("قال", "الدبلوماسي النرويجي")


AMBASSADOR = "وقال السفير المصري في بروكسل أحمد فهمي، إن المشروعات العملاقة لا تتوقف عند هذا الحد.\n\n"
ANALYST = "وقال المحلل الاقتصادي البلجيكي مارك دوبوا إن المستثمرين ينتظرون ضمانات أوضح قبل الشراء.\n\n"
AGAIN = "وعشية الاحتفال، قال السفير المصري إن «الصورة باتت أوضح كثيرا لدى شركائنا في أوروبا».\n"
OPENING = "افتتحت مصر أمس مشروعا جديدا للطاقة الشمسية.\n\n"


def test_title_is_its_one_bearer_though_another_spoke_since() -> None:
    found = cue_speakers(OPENING + AMBASSADOR + ANALYST + AGAIN)
    assert found[-1] == ("قال", "أحمد فهمي")


def test_title_two_persons_bear_is_nobody_of_them() -> None:
    second = "وقال السفير المصري في باريس خالد منصور إن الاستثمارات الأوروبية ستزداد.\n\n"
    found = cue_speakers(OPENING + AMBASSADOR + second + ANALYST + AGAIN)
    assert found[-1][1] not in ("أحمد فهمي", "خالد منصور")
