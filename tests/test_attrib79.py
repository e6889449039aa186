"""Round 79 (nominal attributions): a plural of people joined by و after the first source of
«بحسب/وفق» speaks as a second source, a group («وفق الشرطة والمنظمين»), but not a second construct
head sharing one genitive («جمعية ناشري ومحرري …», one body); broken plurals of people listed in
attribution_people_plurals.txt («بحسب النقاد») speak as a group; the press («الصحافة المحلية») is an unnamed
source.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def test_police_and_organisers_are_two_sources() -> None:
    rows = quote_rows("وتجمع نحو ألفي شخص في الساحة الرئيسية مساء أمس، وفق الشرطة والمنظمين.")
    assert [row[1:3] for row in rows] == [("وفق", "الشرطة"), ("وفق", "المنظمين")]
    assert rows[0][3] == rows[1][3]
    assert rows[0][3].startswith("تجمع نحو ألفي شخص")


def test_company_and_investors_in_the_market() -> None:
    rows = quote_rows("وارتفعت أسعار الوحدات السكنية بنسبة كبيرة، وفقا للشركة والمستثمرين في السوق.")
    assert [row[2] for row in rows] == ["شركة", "المستثمرين في السوق"]


def test_one_body_with_two_construct_heads_is_one_source() -> None:
    rows = quote_rows("وتراجع توزيع الصحف الورقية بنسبة كبيرة، وفقا لجمعية ناشري ومحرري الصحف المحلية.")
    assert len(rows) == 1
    assert rows[0][1] == "وفقا"


def test_a_ministry_name_with_و_is_not_split() -> None:
    rows = quote_rows("وارتفعت الصادرات غير النفطية خلال الربع الأول، وفقا لوزارة التجارة والصناعة.")
    assert [row[2] for row in rows] == ["وزارة التجارة والصناعة"]


def test_critics_speak_as_a_group() -> None:
    rows = quote_rows("ولم يحقق الفيلم الجديد النجاح الذي توقعه منتجوه، بحسب النقاد.")
    assert [row[1:3] for row in rows] == [("بحسب", "النقاد")]
    assert rows[0][3].startswith("لم يحقق الفيلم الجديد")


def test_members_of_parliament_fronted_before_فإن() -> None:
    rows = quote_rows("وبحسب النواب، فإن المجلس سيصوت على مشروع القانون الأسبوع المقبل.")
    assert [row[1:3] for row in rows] == [("وبحسب", "النواب")]
    assert rows[0][3].startswith("المجلس سيصوت")


def test_an_unlisted_plural_of_things_is_no_source() -> None:
    assert quote_rows("وتراجعت أسعار الحديد في الأسواق المحلية، بحسب الأرقام.") == []


def test_the_local_press_fronted_before_فإن_is_an_unnamed_source() -> None:
    rows = quote_rows("وبحسب الصحافة المحلية، فإن المهاجم سينتقل إلى ناد أوروبي في الصيف المقبل.")
    assert [row[1:3] for row in rows] == [("وبحسب", "الصحافة المحلية")]
    assert rows[0][3].startswith("المهاجم سينتقل")


def test_freedom_of_the_press_is_no_source() -> None:
    rows = quote_rows("وتحدث الوزير عن حرية الصحافة، وقال إن النظام الجديد يحمي الصحفيين.")
    assert [row[1:3] for row in rows] == [("وقال", "الوزير")]
