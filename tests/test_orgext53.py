"""An organisation speaker's name extent (round 53): adjectives of standing or allegiance that close
a body's name of three words or more are left out (الرسمية، الموالي، الكردية), and in a medium's
name a nisba after a coordinated definite noun stays, the noun's adjective; a name the tokens split
inside brackets is all the brackets enclose; a body there is one of per place takes its place."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.name_extent import whole_enclosed_name, without_standing_adjective
from rasid.extract.quotes import _medium_name
from rasid.model import Span


def test_standing_adjective_closing_a_body_name_is_dropped():
    assert without_standing_adjective("وكالة النجم للأخبار الرسمية") == "وكالة النجم للأخبار"
    assert without_standing_adjective("مجلس الشورى الأعلى الموالي") == "مجلس الشورى الأعلى"
    assert without_standing_adjective("قوات الحماية الوطنية الكردية") == "قوات الحماية الوطنية"


def test_standing_adjective_after_a_lone_head_is_kept():
    # (negative: with two words the adjective is the identifier: "the loyal council")
    assert without_standing_adjective("الوكالة الرسمية") == "الوكالة الرسمية"
    assert without_standing_adjective("القوات الكردية") == "القوات الكردية"


def test_other_closing_adjective_is_kept():
    # (negative: a country's adjective after a generic body is the identifier)
    assert without_standing_adjective("وزارة الزراعة المصرية") == "وزارة الزراعة المصرية"


def test_pipeline_drops_the_standing_adjective_of_a_body():
    text = "وقالت وكالة الأنباء الوطنية الرسمية في بيان مساء الثلاثاء إن «الحكومة أقرت خطة جديدة للطرق»."
    assert speakers(text)[-1].split()[-1] != "الرسمية"


def test_medium_nisba_after_coordinated_noun_is_the_nouns():
    assert _medium_name("وكالة المياه والغابات الوطنية الكندية") == "وكالة المياه والغابات الوطنية"


def test_medium_nisba_after_a_plain_noun_still_goes():
    # (negative: no coordinated noun before the adjective: it describes the agency)
    assert _medium_name("وكالة سبوتنيك الحكومية الروسية") == "وكالة سبوتنيك"


def test_enclosed_name_split_at_its_dots_is_taken_whole():
    text = "وأعلنت شبكة (إيه.بي.سي نيوز) صباح اليوم أن المفاوضات توقفت."
    at = text.index("بي.")
    mention = Span(at, at + 3, "بي.")
    assert whole_enclosed_name("بي.", mention, text) == "شبكة إيه.بي.سي نيوز"


def test_name_enclosed_whole_is_kept():
    # (negative: the mention already holds all the brackets enclose)
    text = "وأعلنت شبكة (إيه بي سي) صباح اليوم أن المفاوضات توقفت."
    at = text.index("إيه")
    mention = Span(at, at + 10, "إيه بي سي")
    assert whole_enclosed_name("شبكة إيه بي سي", mention, text) == "شبكة إيه بي سي"


def test_long_guillemet_quotation_is_no_enclosed_name():
    # (negative: guillemets around a sentence quote speech, they enclose no name)
    text = "وقال الوزير: «إن هيئة الموانئ الوطنية ستبدأ العمل في المرفأ الجديد خلال شهرين»."
    at = text.index("هيئة")
    mention = Span(at, at + len("هيئة الموانئ الوطنية"), "هيئة الموانئ الوطنية")
    assert whole_enclosed_name("هيئة الموانئ الوطنية", mention, text) == "هيئة الموانئ الوطنية"


def test_local_body_takes_the_place_written_after_it():
    text = (
        "وأوضحت الشؤون الصحية في منطقة الباحة، أن عدد المراجعين ارتفع خلال الشهر الماضي إلى مستويات قياسية."
    )
    assert speakers(text) == ["الشؤون الصحية في منطقة الباحة"]


def test_local_body_takes_no_phrase_that_is_no_place():
    # (negative: في + a noun that names no place)
    text = "وأوضحت الشؤون الصحية في اجتماعها الأخير، أن عدد المراجعين ارتفع خلال الشهر الماضي إلى حد قياسي."
    assert speakers(text) == ["الشؤون الصحية"]


def test_standing_adjective_of_a_medium_of_common_words_is_kept():
    # (negative: "هيئة الإذاعة" is no name of its own, the adjective identifies it)
    assert without_standing_adjective("هيئة التلفزيون الرسمية") == "هيئة التلفزيون الرسمية"
