"""Round 88 (orgs): an organisation speaker that ran on into its verb's object is cut back to the
body's name as the article tags it elsewhere (``extract/body_object_tail.py``). Sentences written
for these tests."""

from __future__ import annotations

from rasid.extract.body_object_tail import without_object_tails
from rasid.model import Article, Entity, Quote, Span, Speaker


def _article(text: str, speaker: str, entity: str, label: str = "ORG", kind: str = "organization") -> Article:
    """``text`` with one quotation after «أن», spoken by ``speaker`` (as the rules wrote it), and one
    entity: the first place ``entity`` stands in the text."""
    at = text.index(entity)
    tagged = Entity(at, at + len(entity), entity, label, "e1", entity)
    cue_at = text.index("أن ") - 6
    start = text.index("أن ") + 3
    end = len(text)
    who = text.index(speaker)
    quote = Quote(
        start,
        end,
        text[start:end],
        "indirect",
        Span(cue_at, cue_at + 5, text[cue_at : cue_at + 5]),
        Speaker(speaker, kind, "e1", Span(who, who + len(speaker), speaker)),
        sentence=0,
    )
    return Article(id="t", text=text, entities=(tagged,), quotes=(quote,))


def _speaker(article: Article) -> str:
    return without_object_tails(article).quotes[0].speaker.name


def test_definite_object_after_a_tagged_body_is_cut():
    text = (
        "افتتحت الهيئة الوطنية للمياه مقرها الجديد. ونفت الهيئة الوطنية للمياه الشائعات المتداولة "
        "وأوضحت أن الضخ سيعود غدا."
    )
    article = _article(text, "الهيئة الوطنية للمياه الشائعات", "الهيئة الوطنية للمياه")
    assert _speaker(article) == "الهيئة الوطنية للمياه"


def test_definite_plural_object_is_cut():
    text = (
        "تأسست جمعية الرفق بالحيوان قبل عامين. وانتقدت جمعية الرفق بالحيوان الإجراءات مؤكدة أن الحظر ضروري."
    )
    article = _article(text, "جمعية الرفق بالحيوان الإجراءات", "جمعية الرفق بالحيوان")
    assert _speaker(article) == "جمعية الرفق بالحيوان"


def test_nisba_after_the_body_stays():
    text = "زار الوفد البنك المركزي أمس. وتوقع البنك المركزي الأردني في تقريره أن يتباطأ التضخم."
    article = _article(text, "البنك المركزي الأردني", "البنك المركزي")
    assert _speaker(article) == "البنك المركزي الأردني"


def test_agreeing_feminine_adjective_stays():
    text = "وصلت رسالة إلى الهيئة الملكية أمس. وقالت الهيئة الملكية العامة في ردها أن العمل مستمر."
    article = _article(text, "الهيئة الملكية العامة", "الهيئة الملكية")
    assert _speaker(article) == "الهيئة الملكية العامة"


def test_genitive_after_an_indefinite_word_stays():
    text = "تنقل وكالة أنباء عدة الخبر. وذكرت وكالة أنباء الخليج في نشرتها أن الطقس معتدل."
    article = _article(text, "وكالة أنباء الخليج", "وكالة أنباء")
    assert _speaker(article) == "وكالة أنباء الخليج"


def test_indefinite_name_after_a_description_stays():
    text = "تعمل شركة الأبحاث الدولية في السوق. وقالت شركة الأبحاث الدولية نوفا ريسيرش أن الطلب ارتفع."
    article = _article(text, "شركة الأبحاث الدولية نوفا ريسيرش", "شركة الأبحاث الدولية")
    assert _speaker(article) == "شركة الأبحاث الدولية نوفا ريسيرش"


def test_no_shorter_entity_leaves_the_name():
    text = "وأعلنت الهيئة الوطنية للمياه الشائعات المتداولة وأوضحت أن الضخ سيعود غدا."
    article = _article(text, "الهيئة الوطنية للمياه الشائعات", "الشائعات المتداولة")
    assert _speaker(article) == "الهيئة الوطنية للمياه الشائعات"


def test_preposition_tail_stays():
    text = "يتبع مكتب الأمم المتحدة المنظمة الأم. وأفاد مكتب الأمم المتحدة في مدينة نيروبي أن اللقاء أرجئ."
    article = _article(text, "مكتب الأمم المتحدة في مدينة نيروبي", "مكتب الأمم المتحدة")
    assert _speaker(article) == "مكتب الأمم المتحدة في مدينة نيروبي"


def test_person_speaker_is_left_alone():
    text = "التقى الوزير بوفد الهيئة الوطنية. وانتقد خالد الهيئة الوطنية الإجراءات مؤكدا أن الحظر ضروري."
    article = _article(text, "خالد الهيئة الوطنية الإجراءات", "خالد الهيئة الوطنية", kind="person")
    assert _speaker(article) == "خالد الهيئة الوطنية الإجراءات"
