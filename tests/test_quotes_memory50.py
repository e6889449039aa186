"""Who an implicit or titled cue refers to (round 50): a figure of the past a formula follows is not
carried on, a person named after a lone opening title speaks, the one person between اتهم and بأن is
its object, a definite title the last speaker bears is hers, the full name closing a long title
speaks, the person between كان and a past cue is its subject, and a clause joined after a relative
clause gives a participle cue its subject."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from conftest import speaker_at_cue
from rasid.extract.quotes import _more_than_one


def test_figure_of_the_past_is_not_carried_on_by_an_implicit_cue():
    text = (
        "أكد خطيب الجامع الكبير الشيخ سالم بن حمد العتيبي أن الصبر مفتاح كل خير في حياة المسلم. "
        "وقال ابن القيم - رحمه الله -: «من صبر على البلاء نال الرضا».\n\n"
        "وأضاف أن الشكر يحفظ النعم من الزوال ويزيدها."
    )
    assert speaker_at_cue(text, "وأضاف").split()[-1] == "العتيبي"


def test_living_person_quoted_is_carried_on():
    # (negative: no formula after the name: the one quoted last goes on)
    text = (
        "أكد خطيب الجامع الكبير الشيخ سالم بن حمد العتيبي أن الصبر مفتاح كل خير في حياة المسلم. "
        "وقال الشيخ سعد بن ناصر الدوسري: «من صبر على البلاء نال الرضا».\n\n"
        "وأضاف أن الشكر يحفظ النعم من الزوال ويزيدها."
    )
    assert speaker_at_cue(text, "وأضاف").split()[-1] == "الدوسري"


def test_person_after_a_lone_title_is_not_an_earlier_bearer():
    text = (
        "قالت الدكتورة منى الزهراني عضو مجلس الشورى إن الحادث يستدعي مراجعة شاملة لإجراءات السلامة. "
        "من جهته، أكد الدكتور خالد المطيري عضو هيئة التدريس في كلية الهندسة في جامعة الملك سعود، "
        "أن الجامعات تملك الخبرة اللازمة لهذه المراجعة."
    )
    assert speaker_at_cue(text, "أكد") == "خالد المطيري"


def test_lone_adjective_tagged_a_person_is_no_name_after_a_title():
    # (negative: "السفير الأردني" is the title of the man named before, not a new person)
    text = (
        "قال للصحيفة فهد الشمايلة، السفير الأردني في الرياض، إن عدد الزوار ارتفع هذا الصيف.\n\n"
        "وأشار السفير الأردني، إلى أن أغلب الزوار يفضلون المدن الشمالية."
    )
    assert speaker_at_cue(text, "وأشار").split()[-1] == "الشمايلة"


def test_person_between_accusing_verb_and_bianna_is_its_object():
    text = (
        "أكد وزير الخارجية سامي الحربي أن بلاده لن تتخلى عن دعم الحكومة الشرعية في البلاد. "
        "واتهم الرئيس السابق للحزب ماجد الشمري، بأنه أضاع على البلاد فرص الحوار. "
        "وشدد على أن الحل السياسي يبقى الخيار الأول."
    )
    assert speaker_at_cue(text, "واتهم").split()[-1] == "الحربي"
    assert speaker_at_cue(text, "وشدد").split()[-1] == "الحربي"


def test_subject_and_object_of_accusing_verb_keep_the_subject():
    # (negative: two phrases before بأن: the first is the subject)
    text = "واتهم سامي الحربي إيران بأنها عطلت الحوار الوطني عامين كاملين."
    assert speakers(text) == ["سامي الحربي"]


def test_definite_title_the_last_speaker_bears_is_hers():
    text = (
        "قالت المتحدثة باسم المنظمة الدولية للهجرة، سلمى الراشد، إن القافلة وصلت إلى المخيم صباح اليوم. "
        "وأضافت المتحدثة الأممية أن المساعدات تكفي ثلاثة آلاف أسرة لمدة شهر."
    )
    assert speaker_at_cue(text, "وأضافت") == "سلمى الراشد"


def test_feminine_title_is_one_person_and_a_dual_is_two():
    assert not _more_than_one("متحدثه")
    assert _more_than_one("وزيرا")


def test_full_name_closing_a_long_title_speaks():
    text = (
        "وقال المتحدث الرسمي للجنة الرياضية بمنطقة تبوك وممثل عن الأندية في الدورة الرابعة لانتخابات "
        "مجالس الأندية ماجد سعيد الحارثي لـ»الرياض» إن التسجيل سيبدأ الأسبوع المقبل."
    )
    assert speakers(text)[0].split()[-1] == "الحارثي"


def test_long_title_with_no_name_before_the_clause_stays_the_title():
    # (negative: no name closes the title: the title itself speaks)
    text = (
        "وقال المتحدث الرسمي للجنة الرياضية بمنطقة تبوك وممثل عن الأندية في الدورة الرابعة لانتخابات "
        "مجالس الأندية لـ»الرياض» إن التسجيل سيبدأ الأسبوع المقبل."
    )
    assert speakers(text)[0].startswith("المتحدث الرسمي")


def test_person_between_kana_and_the_verb_is_its_subject():
    text = "وكان الوزير سامي الحربي، طالب رئيس الوزراء خالد العمري بأن يسرع في تنفيذ الإصلاحات الموعودة."
    assert speakers(text)[0].split()[-1] == "الحربي"


def test_person_after_the_verb_without_kana_is_its_subject():
    # (negative: no كان before the verb: the name after it is the subject)
    text = "وطالب رئيس الوزراء خالد العمري بأن تسرع الوزارات في تنفيذ الإصلاحات الموعودة."
    assert speakers(text)[0].split()[-1] == "العمري"


def test_clause_after_a_relative_clause_gives_the_participle_its_subject():
    text = (
        "والتقى الوزير سامي الحربي، نظيره الفرنسي جان مارك دوبوا، الذي يزور الرياض حاليا، وثمن الحربي "
        "العلاقات المتطورة بين البلدين، مشيرا إلى أن التعاون الدفاعي يتسع كل عام."
    )
    assert speaker_at_cue(text, "مشيرا") == "سامي الحربي"


def test_relative_clause_subject_closes_the_sentence_without_a_later_clause():
    # (negative: no clause of its own after the relative one: the person it describes speaks)
    text = (
        "وحضر اللقاء الوزير الفرنسي جان مارك دوبوا الذي رحب بالوفد الزائر، مشيرا إلى أن التعاون "
        "الدفاعي يتسع كل عام."
    )
    assert speaker_at_cue(text, "مشيرا") == "جان مارك دوبوا"
