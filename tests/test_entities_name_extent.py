"""Person name extent (speaker round 41): the family name after the father's name (X بن Y الهذلي),
و/ف + a verb that is no given name at the start of a clause (ورد فلان على …), and a family name of
two words taken up later by its last word after a title (بيت المال … وأضاف السفير المال).

Every sentence is written for these tests in the style of Saudi/Gulf/Arab news.
"""

from __future__ import annotations

from conftest import person_canonicals as _persons
from rasid.model import Article
from rasid.pipeline import process


def _speakers(text: str) -> list[str | None]:
    article = process(Article(id="t", raw=text))
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_gentilic_family_name_after_the_fathers_name_joins_the_name() -> None:
    text = "وأوضح عيضة بن ربيع الهذلي قائلاً: إن فرق الإسعاف ستنتشر في المشاعر قبل بدء الموسم."
    assert "عيضة بن ربيع الهذلي" in _persons(text)
    assert _speakers(text) == ["عيضة بن ربيع الهذلي"]


def test_common_word_after_the_fathers_name_stays_out() -> None:
    text = "وزار الأمير فهد بن سلطان أسر الشهداء في تبوك وقدم لهم التعازي."
    persons = _persons(text)
    assert "فهد بن سلطان" in persons
    assert not any("أسر" in name for name in persons)


def test_weekday_after_the_fathers_name_stays_out() -> None:
    text = "وأكد محمد بن سلمان الخميس أن المملكة ماضية في خطط التنمية."
    persons = _persons(text)
    assert not any("الخميس" in name for name in persons)


def test_conjunction_and_verb_before_a_name_are_no_given_name() -> None:
    text = (
        "وقال تشونغ إنه سيترك المنصب بعد ولاية واحدة. "
        "ورد تشونغ على منتقديه الذين رأوا أنه بقي طويلا في منصبه. "
        "وقال تشونغ إن الإصلاح ممكن."
    )
    persons = _persons(text)
    assert not any(name.startswith("ورد") for name in persons)
    assert _speakers(text)[-1] == "تشونغ"


def test_given_name_spelt_with_waw_stays_whole() -> None:
    text = "ووصل وليد الدوسري إلى الرياض أمس. وأكد وليد الدوسري أن الفريق جاهز للمباراة."
    assert "وليد الدوسري" in _persons(text)


TWO_WORD_FAMILY = (
    'ذكر سفير المملكة في لشبونة حسان بن يوسف بيت المال في حديث إلى "الوطن"، أمس أن '
    "الاستثمارات في البرتغال ما زالت محدودة. وأضاف السفير المال قائلا: إن عدد المستثمرين قليل. "
    "وعن حركة السياح، ذكر السفير المال، أنهم في ازدياد."
)


def test_two_word_family_name_taken_up_after_a_title_joins_the_name() -> None:
    persons = _persons(TWO_WORD_FAMILY)
    assert "حسان بن يوسف بيت المال" in persons
    assert set(_speakers(TWO_WORD_FAMILY)) == {"حسان بن يوسف بيت المال"}


def test_two_words_without_a_later_titled_use_stay_out() -> None:
    text = (
        'ذكر سفير المملكة في لشبونة حسان بن يوسف بيت المال في حديث إلى "الوطن"، أمس أن '
        "الاستثمارات في البرتغال ما زالت محدودة. وأضاف أن عدد المستثمرين قليل."
    )
    assert "حسان بن يوسف بيت المال" not in _persons(text)


def test_weekday_after_a_title_confirms_no_family_name() -> None:
    text = (
        "وأوضح رئيس الجمعية سعد الخميس أن الدورات ستبدأ قريبا. وقال الرئيس الخميس إن الجمعية ستعلن برامجها."
    )
    assert "سعد الخميس" not in _persons(text)


def test_waw_before_the_given_name_ali_is_kept() -> None:
    text = "وصل الوفد إلى جدة مساء أمس. وعلي الشهري رئيس الوفد قال إن الزيارة ناجحة."
    assert any(name.endswith("علي الشهري") for name in _persons(text))


def test_compound_family_name_after_the_fathers_name_keeps_allah() -> None:
    text = "وأكد خالد بن علي العطا الله: استمرار الجولات الرقابية على المحلات التجارية في المحافظة."
    assert _speakers(text) == ["خالد بن علي العطا الله"]


def test_feminine_noun_after_a_family_name_is_the_object() -> None:
    text = "وقدم الرئيس عبدالفتاح السيسي تحية لأبطال القوات المسلحة، وقال إن مصر ستبقى آمنة."
    assert "عبدالفتاح السيسي" in _persons(text)
    assert _speakers(text) == ["عبدالفتاح السيسي"]


def test_known_given_name_after_a_family_name_stays() -> None:
    text = "وقال الدكتور محمد السيد حمزة إن الجامعة ستفتح باب التسجيل الأسبوع المقبل."
    assert any(name.endswith("حمزة") for name in _persons(text))


def test_unspaced_hyphen_stays_inside_a_name() -> None:
    text = (
        "أعلن الملياردير الكوري الجنوبي كيم سونغ-جون ترشحه لرئاسة الاتحاد الآسيوي. "
        "وقالت الرئيسة بارك جيون-هاي إن الحوار مع الجار الشمالي ممكن."
    )
    persons = _persons(text)
    assert "كيم سونغ-جون" in persons
    assert "بارك جيون-هاي" in persons


def test_spaced_dash_ends_a_name_before_the_place() -> None:
    text = "وقال خالد الفرج ـ عنيزة إن الأمطار الغزيرة أغلقت عددا من الطرق."
    persons = _persons(text)
    assert "خالد الفرج" in persons
    assert not any("عنيزة" in name for name in persons)
