"""Round 87, wrong explicit attributions (sentences written for these tests): a person named first in
the subject phrase, his titles after him, is the speaker, not a person or body the titles' complement
names; a person closing a title's own qualifier is its holder, even when the title alone was read as
someone named earlier; a relative clause or a medium told before the name ends the title."""

from __future__ import annotations

from rasid.extract.quotes import _title_qualifier_ends
from rasid.model import Article
from rasid.pipeline import process
from rasid.text.normalize import normalize


def speakers_of(text: str, cue: str) -> list[str | None]:
    """The speakers of the quotations the default pipeline finds in ``text`` after the cue ``cue``."""
    article = process(Article(id="t", raw=text))
    return [q.speaker.name if q.speaker else None for q in article.quotes if q.cue.text == cue]


def test_name_first_then_adviser_of_a_prince():
    """The prince in the adviser's title is whose adviser he is, never the speaker."""
    text = (
        "افتتحت البلدية الحديقة الجديدة في الحي الغربي صباح أمس. "
        "وقال ماجد بن سالم العتيبي مستشار صاحب السمو الأمير راكان بن زياد بن مساعد: "
        "«الحديقة ستفتح أبوابها للعائلات طوال أيام الأسبوع»."
    )
    assert speakers_of(text, "وقال") == ["ماجد بن سالم العتيبي"]


def test_honorific_name_then_analyst_of_a_market():
    """The words of the title's complement (أسواق المال) are no name."""
    text = (
        "ارتفع مؤشر السوق في ختام تعاملات الأسبوع. "
        "وقال الدكتور نادر حمدان الشمري محلل أسواق المال إن «السيولة عادت إلى قطاع المصارف»."
    )
    assert speakers_of(text, "وقال") == ["نادر حمدان الشمري"]


def test_spokesman_of_a_president_named_after_him():
    text = (
        "انتهت جولة المفاوضات الثالثة دون اتفاق. "
        "وقال سامر يوسف الحلبي المتحدث باسم الرئيس كمال عادل النوري إن الجولة المقبلة ستعقد الشهر المقبل."
    )
    assert speakers_of(text, "وقال") == ["سامر يوسف الحلبي"]


def test_second_title_joined_by_wa_is_no_second_speaker():
    """ "… وعضو مجلس …": one more title of the person named first, not a statement of its own."""
    text = (
        "اختتمت الندوة العلمية أعمالها مساء الخميس. "
        "وقال الدكتور وليد فهد القرني وكيل جامعة الملك سعود وعضو مجلس الأمير بندر بن خالد "
        "إن الندوة ناقشت عشرين بحثا."
    )
    assert speakers_of(text, "وقال") == ["وليد فهد القرني"]


def test_relative_named_first_keeps_the_name_after_the_title():
    """A kinship phrase opening the subject is no name: the name after the honorific speaks."""
    text = (
        "شيع أهالي القرية جثمان الشاب بعد صلاة العصر. "
        "وقال ابن عم الفقيد الدكتور سامي ناصر الدوسري: «كان محبوبا بين جيرانه»."
    )
    assert speakers_of(text, "وقال") == ["سامي ناصر الدوسري"]


def test_role_first_then_name_is_unchanged():
    """Negative: the usual role + name keeps its name."""
    text = (
        "بدأت الوزارة حملة لتطعيم الأطفال في المدارس. "
        "وقال وزير الصحة فهد سعيد المالكي إن الحملة تشمل جميع المناطق."
    )
    assert speakers_of(text, "وقال") == ["فهد سعيد المالكي"]


def test_holder_closing_the_qualifier_of_a_title_read_as_an_earlier_member():
    """The member named before is not the speaker of a title whose holder closes its qualifier."""
    text = (
        "وقال عضو البرلمان عن الكتلة الوطنية حامد سعيد الربيعي إن الجلسة تأجلت. "
        "وانتقد النواب تأخر الموازنة. "
        "وأكد عضو البرلمان عن حزب التجديد كريم ناصر العبيدي في حديث لـ«الصحيفة» أن «الموازنة ستقر قريبا»."
    )
    assert speakers_of(text, "وأكد") == ["كريم ناصر العبيدي"]


def test_holder_after_an_unnamed_head_and_its_qualifier():
    text = (
        "تعرض المستشفى الرئيسي في المدينة للقصف مساء أمس. "
        "وقال المسؤول عن الإسعاف في المستشفى سليم عادل القاسمي لـ«الصحيفة»: «نعمل في ظروف صعبة جدا»."
    )
    assert speakers_of(text, "وقال") == ["سليم عادل القاسمي"]


def test_person_in_a_relative_clause_is_no_holder():
    """Negative: "الذي يقوده فلان": the commander of the army, not the adviser speaking."""
    text = (
        "وقال صالح عمر الفيتوري المستشار القانوني للجيش إن الحدود مفتوحة. "
        "وأضاف المستشار القانوني للجيش الذي يقوده اللواء منصور خليل العبيدي أن «الأمر صعب»."
    )
    assert "منصور خليل العبيدي" not in speakers_of(text, "وأضاف")


def test_words_that_end_a_title_qualifier():
    """A relative, a holder break or the medium told ends the title; its own qualifier words do not."""
    for word in ("الذي", "والذي", "باسم", "لوكالة"):
        assert _title_qualifier_ends(normalize(word)), word
    for word in ("الطوارئ", "لصندوق", "البرلمان", "بالمدينة"):
        assert not _title_qualifier_ends(normalize(word)), word
