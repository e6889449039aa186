"""Round 44: a person quoted who is not the one the rules named. A title running into the next name
is that person's; a titled foreign name of common words speaks; a fronted في adjunct without a
comma; a name after the reported clause's complementizer bears no title; a name set off by a
description in commas, a quoted name and its title before a colon, a name in commas before a bare
cue, a name and a relative clause opening the sentence; a subordinate cue (عندما قال) takes the
main clause's person; a title with a complement is the person written with it; a phrase is cut at
the comma before an adjunct after the name; a name before the title of a body named after a
person; a kinship noun then the given name علي. Sentences written for these tests."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.quotes import quotes_stage
from rasid.model import Article, Entity

_HOST = (
    "استقبل وزير الداخلية الكويتي الشيخ محمد الخالد الصباح المبعوث الأممي إلى ليبيا برناردينو ليون "
    "في مكتبه أمس.\n\nوأكد الشيخ محمد الخالد الصباح أن الكويت تدعم كل جهود الحل السياسي في ليبيا.\n\n"
)


def test_title_running_into_the_next_name_is_that_persons():
    text = _HOST + "من جهته، صرح المبعوث الأممي إلى ليبيا بأن الحوار بين الفرقاء يحرز تقدما ملموسا."
    assert speakers(text) == ["محمد الخالد الصباح", "برناردينو ليون"]


def test_title_in_apposition_after_a_name_stays_that_names():
    text = (
        "وقال آشتون كارتر وزير الدفاع الأميركي إن القوات ستبقى في المنطقة.\n\n"
        "وأضاف وزير الدفاع أن الخطة الجديدة تبدأ الشهر المقبل."
    )
    assert speakers(text) == ["آشتون كارتر", "آشتون كارتر"]


def test_titled_name_of_common_words_speaks():
    assert speakers("وقال النائب تيد بيكون إن المشروع سيوفر آلاف الوظائف في الولاية.") == ["تيد بيكون"]


def test_title_then_its_object_is_no_name():
    # ("بتضافر جهود" follows the title: what he praised, not who he is)
    assert speakers("وأشاد الوزير بتضافر جهود الجهات الحكومية، مؤكدا أن الموسم نجح.") != ["بتضافر جهود"]


_CITIZEN = "وقال المواطن نايف العتيبي إن الفعاليات كانت رائعة هذا العام.\n\n"


def test_subject_after_a_fronted_adjunct_without_comma():
    text = (
        _CITIZEN + "وفي سياق متصل عبر المواطن خالد سعد الحربي عن سعادته بتنظيم الاحتفالات، "
        "مؤكداً أن الأمانة بذلت جهوداً كبيرة."
    )
    assert speakers(text) == ["نايف العتيبي", "خالد سعد الحربي"]


def test_fronted_adjunct_with_no_person_after_its_verb_keeps_the_speaker():
    text = _CITIZEN + "وفي سياق متصل عبر عن سعادته بتنظيم الاحتفالات، مؤكداً أن الأمانة بذلت جهوداً كبيرة."
    assert speakers(text) == ["نايف العتيبي", "نايف العتيبي"]


_OFFICER = "وقال مدير الشرطة سعد القحطاني إن الحادث وقع فجر أمس.\n\n"


def test_name_after_the_complementizer_bears_no_title():
    text = _OFFICER + "وأوضح رئيس لجنة التحقيق أن الأمير فيصل بن سلمان وجه بمتابعة القضية."
    assert speakers(text)[1] != "فيصل بن سلمان"


def test_name_right_after_the_title_bears_it():
    text = _OFFICER + "وأوضح رئيس لجنة التحقيق اللواء فيصل المطيري أن التحقيق مستمر."
    assert speakers(text)[1] == "فيصل المطيري"


def test_name_set_off_by_a_description_before_the_clause():
    text = (
        "قال تيد بيكون، الباحث في الشؤون الكوبية لدى معهد «هدسون»، إن الاتفاق خطوة "
        "مهمة، مشيرا إلى أن الطريق ما زال طويلا."
    )
    assert speakers(text) == ["تيد بيكون", "تيد بيكون"]


def test_object_after_the_verb_with_no_description_is_not_a_name():
    # ("تعزيز التعاون" is the object; no description in commas and no clause follows it)
    assert "تعزيز التعاون" not in speakers("وبحث الوزير تعزيز التعاون، مؤكدا أن العلاقات متينة.")


def test_quoted_name_and_title_before_a_colon():
    text = "وقال “مارك ديفيس” المدير الفني في النادي: إن الفريق جاهز تماما للمباراة المقبلة."
    assert speakers(text) == ["مارك ديفيس"]


def test_quoted_name_and_title_before_the_clause():
    text = "وقال “مارك ديفيس” المدير الفني في النادي إن الفريق جاهز تماما للمباراة المقبلة."
    assert speakers(text) == ["مارك ديفيس"]


_MINISTER = "وقال وزير النقل إن المشروع يسير وفق الخطة.\n\n"


def test_name_in_commas_right_before_a_bare_cue():
    text = (
        _MINISTER + 'مدير إدارة العلاقات العامة والمتحدث الرسمي لشركة "النقل الجماعي"، علي بن محمد '
        "الشهري، أفاد بأن الشركة تتابع الحادث."
    )
    assert speakers(text)[1] == "علي بن محمد الشهري"


def test_name_without_commas_before_a_cue_is_not_its_subject():
    # (the object of "لقائه", not set off by commas: the minister quoted before goes on)
    text = (
        "وقال وزير النقل صالح الجاسر إن المشروع يسير وفق الخطة.\n\n"
        "وبعد لقائه مدير الشركة علي بن محمد الشهري أفاد بأن الشركة تتابع الحادث."
    )
    assert speakers(text) == ["صالح الجاسر", "صالح الجاسر"]


_WOMEN = (
    "روت ثلاث فتيات قصصهن بحسب صحيفة الغارديان.\n\n"
    "الفتيات سلمى (20 عامًا) وهدى (19 عامًا) وصلن إلى المخيم قبل أسبوع.\n\n"
)


def _tagged_once(text: str) -> Article:
    """The quotes stage over ``text`` with one person entity, the first "سلمى" only (as the
    entities stage tags a one-word name at its first mention)."""
    at = text.index("سلمى")
    entity = Entity(at, at + 4, "سلمى", "PER", "e1", "سلمى")
    return quotes_stage(Article(id="t", text=text, entities=[entity]))


def test_one_word_name_then_relative_clause_opens_the_sentence():
    text = _WOMEN + "سلمى التي فقدت والدها في الحرب قالت: إن الحياة في المخيم صعبة جدًا."
    quotes = _tagged_once(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes][-1] == "سلمى"


def test_word_before_a_relative_clause_that_names_nobody_is_no_subject():
    text = _WOMEN + "الحياة التي عاشتها في الحرب صعبة كما قالت صحيفة الغارديان إن المخيم مزدحم."
    quotes = _tagged_once(text).quotes
    assert "الحياة" not in [q.speaker.name if q.speaker else None for q in quotes]


_TWEETERS = "واعتبر بعض المغردين أن التصريحات الأخيرة كانت الأكثر إثارة للسخرية.\n\n"


def test_subordinate_cue_takes_the_person_of_the_main_clause():
    text = (
        _TWEETERS + 'وأكثر تصريح أثار السخرية هو ما قاله "نصر الله" في الثالث من مارس الماضي، عندما '
        "قال إن الطريق إلى القدس يمر بالقلمون."
    )
    assert speakers(text) == ["بعض المغردين", "نصر الله"]


def test_subordinate_cue_with_a_title_in_the_main_clause_is_not_the_persons():
    # (a title may be the main clause's subject: the one person named is its object)
    text = (
        _TWEETERS + 'وأكثر تصريح أثار السخرية هو ما قاله رئيس الحزب لـ"نصر الله" في الثالث من مارس '
        "الماضي، عندما قال إن الطريق إلى القدس يمر بالقلمون."
    )
    assert speakers(text)[1] != "نصر الله"


_MEETING = (
    "التقى مدير تعليم جدة محمد الغامدي، بمدير الهيئة العامة للرياضة بمحافظة جدة عبدالله بن سعد "
    "الحربي، وبحث الجانبان سبل التعاون.\n\nوأكد الغامدي أن التعاون بين الجهتين يخدم الطلاب.\n\n"
)


def test_title_with_a_complement_is_the_bearer_written_with_it():
    text = _MEETING + "وأكد مدير هيئة الرياضة أن المدارس شريك أساسي في برامج الهيئة."
    assert speakers(text) == ["محمد الغامدي", "عبدالله بن سعد الحربي"]


def test_title_with_the_first_bearers_complement_stays_his():
    text = _MEETING + "وأكد مدير تعليم جدة أن المدارس شريك أساسي في برامج الهيئة."
    assert speakers(text) == ["محمد الغامدي", "محمد الغامدي"]


def _doc_with_persons(text: str, *names: str):
    """The quotes stage's token view of ``text`` with these names tagged as persons."""
    from rasid.extract.quotes import _Doc

    entities = []
    for n, name in enumerate(names):
        at = text.index(name)
        entities.append(Entity(at, at + len(name), name, "PER", f"e{n}", name))
    return _Doc(Article(id="t", text=text, entities=entities))


def test_phrase_is_cut_at_the_comma_before_an_adjunct_after_the_name():
    from rasid.extract.quotes import _name_before_comma_adjunct

    doc = _doc_with_persons(
        "أوضح الشيخ صالح بن حميد، في خطبته بجامع الإمام فيصل، أن العدل أساس الحكم.", "صالح بن حميد", "فيصل"
    )
    cut = _name_before_comma_adjunct(doc, doc.tokens[1:10])
    assert [t.key for t in cut][-1] == "حميد"


def test_phrase_with_no_comma_after_the_name_is_not_cut():
    from rasid.extract.quotes import _name_before_comma_adjunct

    doc = _doc_with_persons(
        "أوضح الشيخ صالح بن حميد في خطبته بجامع الإمام فيصل أن العدل أساس الحكم.", "صالح بن حميد", "فيصل"
    )
    assert _name_before_comma_adjunct(doc, doc.tokens[1:10]) == []


def test_name_before_the_title_of_a_body_named_after_a_person():
    text = "وقالت ماري لوران رئيسة مؤسسة انا ليند للحوار خلال الندوة إن الحوار بين الثقافات ضرورة."
    assert speakers(text) == ["ماري لوران"]


def test_body_named_after_a_person_with_no_name_before_its_title():
    text = "وقالت رئيسة مؤسسة انا ليند للحوار على هامش المؤتمر إن الشباب يحتاجون إلى رواية بديلة."
    assert speakers(text) != ["ماري لوران"]


_LAWYER = "وقالت المحامية سارة الأحمد إن الحكم سيصدر قريبا.\n\n"


def test_kin_then_the_given_name_ali():
    text = _LAWYER + "وقال شقيقه علي في مارس الماضي إن أخاه فقد الكثير من وزنه في السجن."
    assert speakers(text) == ["سارة الأحمد", "شقيقه علي"]


def test_kin_then_the_preposition_ala_with_its_object():
    text = _LAWYER + "وقال شقيقه على هامش الجلسة إن أخاه فقد الكثير من وزنه في السجن."
    assert speakers(text)[1] != "شقيقه علي"
