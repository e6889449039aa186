"""Round 73: person speakers' family names that read as titles or common words, and «كبير …» run on
into a name (sentences and names written for these tests)."""

from __future__ import annotations

from rasid.extract.name_extent import without_member_noun_before_body, without_run_on_non_name
from rasid.extract.person_extent import (
    completed_across_hyphen,
    completed_to_mention_word,
    completed_with_weekday_family,
    family_spoken_alone,
    without_chief_title,
    without_description,
)
from rasid.model import Quote, Span, Speaker


def _span(text: str, written: str, at: int = 0) -> Span:
    start = text.index(written, at)
    return Span(start, start + len(written), written)


def _quote(text: str, cue: str, name: str, written: str | None) -> Quote:
    speaker = Speaker(name, "person", "e1", _span(text, written) if written else None)
    return Quote(0, 1, text[:1], "indirect", _span(text, cue), speaker)


def test_a_lone_given_name_takes_the_word_its_mention_writes_before_the_clause():
    text = "وأكد وليد سابق أن اللجنة ستنهي عملها قبل نهاية الشهر."
    assert completed_to_mention_word("وليد", _span(text, "وليد سابق"), text) == "وليد سابق"
    text = "وأوضح سامر التاريخ: الأسعار ارتفعت هذا الأسبوع."
    assert completed_to_mention_word("سامر", _span(text, "سامر التاريخ"), text) == "سامر التاريخ"


def test_no_word_is_taken_before_a_phrase_or_from_an_adverb_place_or_formula():
    text = "وأكد وليد سابق في حديثه أن اللجنة ستنهي عملها."
    assert completed_to_mention_word("وليد", _span(text, "وليد سابق"), text) is None
    text = "وقال ماجد أيضا إن الفريق جاهز."
    assert completed_to_mention_word("ماجد", _span(text, "ماجد أيضا"), text) is None
    text = "وأضاف متحدث هلال القصيم أن الفرق باشرت الحالات."
    assert completed_to_mention_word("هلال", _span(text, "هلال القصيم"), text) is None
    text = "قال الله تعالى: «وتعاونوا على البر»."
    assert completed_to_mention_word("الله", _span(text, "الله تعالى"), text) is None
    text = "وأكد خالد الزهراني أن الفريق جاهز."
    assert completed_to_mention_word("خالد الزهراني", _span(text, "خالد الزهراني"), text) is None


def test_a_given_name_takes_the_family_name_the_article_writes_alone_for_the_speaker():
    text = "أكد المحامي زياد مفتي صحة الإجراءات، وقال إن الحكم نهائي. وأكد مفتي أن للزوجة حق الاعتراض."
    quotes = [_quote(text, "أكد", "زياد", "المحامي زياد مفتي"), _quote(text, "وأكد", "زياد", "مفتي")]
    assert family_spoken_alone(quotes, text) == {"زياد": "زياد مفتي"}


def test_no_family_name_when_the_words_are_never_written_together():
    text = "قال زياد إن الحكم نهائي. وأكد مفتي المنطقة أن للزوجة حق الاعتراض."
    quotes = [_quote(text, "قال", "زياد", "زياد"), _quote(text, "وأكد", "زياد", "مفتي")]
    assert family_spoken_alone(quotes, text) == {}


def test_a_name_ends_before_chief_of_with_its_complement():
    assert without_chief_title("جيمس كارتر كبير مسؤولي الدفاع") == "جيمس كارتر"
    assert without_chief_title("سارة ليندن كبيرة الباحثين في المعهد") == "سارة ليندن"


def test_a_family_name_kabir_or_an_unnamed_official_is_kept():
    assert without_chief_title("يوسف كبير") == "يوسف كبير"
    assert without_chief_title("يوسف علي كبير") == "يوسف علي كبير"
    assert without_chief_title("مسؤول كبير في الوزارة") == "مسؤول كبير في الوزارة"


def test_a_foreign_name_is_completed_across_its_hyphen():
    text = "وأكد رئيس الوزراء الكوري تشوانغ هيون - سو أن الحكومة ستدعم المصدرين."
    assert completed_across_hyphen("تشوانغ هيون", text) == "تشوانغ هيون - سو"
    text = "وانتقد الوزير الألماني يورغن - كلاوس ميترهوفر القرار في تصريحات للصحفيين."
    assert completed_across_hyphen("يورغن", text) == "يورغن - كلاوس ميترهوفر"


def test_a_dash_after_an_arabic_name_opens_an_aside():
    text = "وقال الشيخ عبدالرحمن السديس - حفظه الله - إن الأمة بخير."
    assert completed_across_hyphen("عبدالرحمن السديس", text) == "عبدالرحمن السديس"
    text = "وقال نايف الحربي - محام - إن القضية تعود إلى عام مضى."
    assert completed_across_hyphen("نايف الحربي", text) == "نايف الحربي"
    text = "وقال تشوانغ هيون - الذي يرأس الحكومة - إن الخطة جاهزة."
    assert completed_across_hyphen("تشوانغ هيون", text) == "تشوانغ هيون"


def test_a_lone_given_name_takes_a_weekday_family_name():
    text = "وقالت الأخصائية هيفاء الجمعة إن الحملة ستستمر أسبوعا. وأضافت هيفاء أن التسجيل مفتوح."
    assert completed_with_weekday_family("هيفاء", text) == "هيفاء الجمعة"
    text = "وقال رئيس اللجنة عبد رب الحسين الخميس: إن الفعالية نجحت."
    assert completed_with_weekday_family("عبد رب الحسين", text) == "عبد رب الحسين الخميس"


def test_a_full_name_before_a_weekday_keeps_its_date_out():
    text = "وقال وزير الخارجية سامح العطار الخميس إن المحادثات مستمرة."
    assert completed_with_weekday_family("سامح العطار", text) == "سامح العطار"
    text = "وقال هيفاء في حديثها إن الخميس موعد الافتتاح."
    assert completed_with_weekday_family("هيفاء", text) == "هيفاء"


def test_a_name_ends_before_the_verbal_noun_that_opens_the_object():
    assert without_run_on_non_name("ماجد الحمدان نجاح تنظيم") == "ماجد الحمدان"
    assert without_run_on_non_name("وليد الشهري جدارة") == "وليد الشهري"
    assert without_run_on_non_name("سعد القرني لصالح جمعية") == "سعد القرني"


def test_a_given_name_najah_opening_a_name_is_kept():
    assert without_run_on_non_name("نجاح العبدالله") == "نجاح العبدالله"


def test_a_name_of_a_given_name_in_abd_written_joined_ends_before_its_description():
    assert without_description("عبدالكريم الزهراني المتحدث باسم اللجنة") == "عبدالكريم الزهراني"
    assert without_description("عبدالكريم الأمير") == "عبدالكريم الأمير"


def test_a_name_ends_before_a_participle_of_age_or_birth():
    assert without_run_on_non_name("سامي البالغ العشرين من العمر") == "سامي"
    assert without_run_on_non_name("وليد القحطاني المولود في جدة") == "وليد القحطاني"


def test_a_member_noun_is_cut_where_the_text_writes_the_name_before_a_team():
    text = "وسجل فابيو نجم فريق الشباب هدفين. وأوضح فابيو أن الفوز مستحق."
    mention = _span(text, "فابيو", text.index("وأوضح"))
    assert without_member_noun_before_body("فابيو نجم", mention, text) == "فابيو"
    text = "وقال الكاتب أحمد نجم إن الرواية ستصدر قريبا. وأضاف نجم أن النشر تأخر."
    mention = _span(text, "نجم", text.index("وأضاف"))
    assert without_member_noun_before_body("أحمد نجم", mention, text) == "أحمد نجم"
