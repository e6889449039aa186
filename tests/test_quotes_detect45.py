"""Round 45, detection: a semicolon between the speaker and its أن clause, a participle cue with no
comma before its أن clause or verbal-noun object, دعا with the called-for words in marks, أعرب with
an adverbial أن, and a law's provision as subject. Sentences written for these tests, not taken from
any article."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import process


def quotes(text: str) -> list[tuple[str | None, str]]:
    """``(speaker, content)`` of every quotation the default pipeline finds in ``text``."""
    article = process(Article(id="t", raw=text))
    return [(q.speaker.name if q.speaker else None, article.text[q.start : q.end]) for q in article.quotes]


def contents(text: str) -> list[str]:
    return [content for _, content in quotes(text)]


# --- a semicolon sets the speaker off before its أن clause


def test_semicolon_before_the_clause():
    text = (
        "شهدت القرية احتفالات واسعة بالمناسبة. "
        "وأكد المواطن سالم الدوسري؛ أن الأهالي اعتادوا تبادل الزيارات طوال أيام المناسبة."
    )
    found = contents(text)
    assert any(c.startswith("الأهالي اعتادوا") for c in found)


def test_semicolon_before_preposition_and_clause():
    text = "ولفت المهندس فهد القحطاني؛ إلى أن أعمال الصيانة ستنتهي قبل نهاية الشهر الجاري."
    assert any(c.startswith("أعمال الصيانة ستنتهي") for c in contents(text))


def test_semicolon_before_other_words_opens_no_clause():
    text = "وزار الوفد المصنع الجديد؛ أما الإنتاج فسيبدأ بعد شهرين من الآن."
    assert quotes(text) == []


# --- a participle cue with no comma before it


def test_participle_with_clause_after_an_adverb():
    text = (
        "وقال الوزير خالد العمري إن ملف الطاقة يجب أن يحسم أولا "
        "مؤكدا أن الخطة الجديدة ستخفض الاستهلاك خلال السنوات المقبلة."
    )
    found = contents(text)
    assert any(c.startswith("الخطة الجديدة ستخفض") for c in found)
    assert not any("مؤكدا" in c for c in found)


def test_participle_after_an_adverb_without_clause_stays_inside():
    text = "وقال الوزير خالد العمري إن ملف الطاقة سيطرح أولا مؤكدا على الطاولة في الاجتماع المقبل."
    found = contents(text)
    assert len(found) == 1 and found[0].startswith("ملف الطاقة")


def test_participle_with_verbal_noun_object_without_comma():
    text = (
        "وأوضح رئيس اللجنة سعد الحربي أن الشركات تنتظر قرار الوزارة منذ أسابيع "
        "مؤكدا أهمية تسريع إجراءات التسجيل قبل بداية الموسم."
    )
    found = contents(text)
    assert any(c.startswith("الشركات تنتظر") and "مؤكدا" not in c for c in found)
    assert any(c.startswith("أهمية تسريع") for c in found)


def test_feminine_noun_after_verbal_noun_is_no_cue():
    text = "وأوضح رئيس البلدية أن العمال باشروا تركيب لافتة مضيئة أمام المبنى الجديد في وسط المدينة."
    found = contents(text)
    assert len(found) == 1 and "لافتة مضيئة" in found[0]


# --- دعا with the called-for words in marks


def test_call_with_marked_words_after_preposition_is_no_statement():
    text = "ودعا وزير الخارجية سعيد الأحمد الحكومة والمعارضة إلى «العودة إلى طاولة المفاوضات دون شروط مسبقة»."
    assert quotes(text) == []
    text = 'ودعا الوزراء في بيانهم الختامي أمس إلى "إجراء مشاورات عاجلة لطرح مبادرة جديدة أمام المجلس".'
    assert quotes(text) == []


def test_call_with_clause_in_marks_stays():
    text = "ودعا الوزير سعيد الأحمد الشركات إلى أن «تلتزم بمواعيد التسليم المتفق عليها»."
    assert any("تلتزم بمواعيد" in c for c in contents(text))


# --- أعرب/أبدى: an أن after بعد/قبل is a time of the feeling


def test_feeling_with_adverbial_clause_is_no_statement():
    text = (
        "أعرب مدير البنك فيصل الشمري عن أمله في تحسن أداء السوق خلال الربع المقبل "
        "بعد أن تراجعت الأسعار في الأشهر الأخيرة."
    )
    assert quotes(text) == []


def test_feeling_with_its_own_clause_stays():
    text = "أعرب مدير البنك فيصل الشمري عن ثقته في أن أداء السوق سيتحسن خلال الربع المقبل."
    assert any(c.startswith("أداء السوق سيتحسن") for c in contents(text))


# --- a provision of a law as the verb's subject


def test_provision_of_a_regulation_is_no_speaker():
    text = (
        "وحددت اللائحة شروط الترشح للمجالس البلدية. وأكدت المادة (12) من اللائحة أن على كل مرشح "
        "تقديم إقرار بعدم وجود سوابق قبل موعد التسجيل."
    )
    assert quotes(text) == []


def test_person_with_the_same_words_stays():
    text = "وأكد المحامي ناصر الشهري أن على كل مرشح تقديم إقرار بعدم وجود سوابق قبل موعد التسجيل."
    assert [speaker for speaker, _ in quotes(text)] == ["ناصر الشهري"]


# --- the full stop of a title's initial (د.) ends no speaker phrase


def test_title_initial_inside_a_long_speaker_phrase():
    text = (
        "وفي السياق ذاته، أوضح رئيس لجنة طب وجراحة الأسنان بالجمعية د. سامي العنزي أنه يجري فحص المراجعين "
        "بأجهزة حديثة خلال دقائق."
    )
    assert quotes(text) == [("سامي العنزي", "يجري فحص المراجعين بأجهزة حديثة خلال دقائق")]


def test_title_initial_without_a_clause_reports_nothing():
    text = (
        "وفي السياق ذاته، استقبل رئيس لجنة طب وجراحة الأسنان بالجمعية د. سامي العنزي الوفد الزائر في مقر "
        "الجمعية. ويجري فحص المراجعين بأجهزة حديثة."
    )
    assert quotes(text) == []
