"""Round 43: a re-mention links to the right chain and never across types — a body's bracketed alias,
a country named inside an agency's name, a capital as the verb's subject, a spokesman nobody names,
a lone body word after its name in marks (sentences written for these tests)."""

from __future__ import annotations

from conftest import ranked_speakers, rule_speakers


def test_a_head_and_the_bracketed_alias_name_the_body_as_first_given():
    text = (
        "قالت وكالة الأنباء الكورية المركزية (كاسنا) الثلاثاء إن بيونغ يانغ ستجري مناورات بحرية.\n\n"
        "وقالت وكالة كاسنا إن المناورات ستستمر ثلاثة أيام قرب السواحل الشرقية."
    )
    assert ranked_speakers(text) == ["وكالة الأنباء الكورية المركزية"] * 2
    assert rule_speakers(text)[1] == "وكالة الأنباء الكورية المركزية"


def test_the_bracketed_alias_alone_names_the_body_after_the_ranker_too():
    text = (
        "قالت وكالة الأنباء الكورية المركزية (كاسنا) الثلاثاء إن بيونغ يانغ ستجري مناورات بحرية.\n\n"
        "وتقول كاسنا إنها نشرت صورا للمناورات على موقعها."
    )
    assert ranked_speakers(text)[1] == "وكالة الأنباء الكورية المركزية"


def test_another_head_before_the_alias_is_not_that_body():
    # "صحيفة كاسنا" is not "وكالة … (كاسنا)": the alias after another head stays as written
    text = (
        "قالت وكالة الأنباء الكورية المركزية (كاسنا) الثلاثاء إن بيونغ يانغ ستجري مناورات بحرية.\n\n"
        "وقالت صحيفة كاسنا إن المناورات ستستمر ثلاثة أيام."
    )
    assert rule_speakers(text)[1] != "وكالة الأنباء الكورية المركزية"


def test_a_country_named_inside_an_agencys_name_is_the_country():
    text = (
        "قالت وكالة أنباء الصين الجديدة اليوم إن الحكومة ستفرض قيودا على تصدير المعدات.\n\n"
        "وتقول الصين إنها تواجه تهديدا من جماعات متشددة في غرب البلاد."
    )
    assert ranked_speakers(text) == ["وكالة أنباء الصين الجديدة", "الصين"]


def test_a_capital_as_the_verbs_subject_stays_against_a_ministry_named_before():
    text = (
        "وفي الأسبوع الماضي قالت وزارة الدفاع إن سلاح الجو نقل مساعدات إلى القرى المنكوبة في الإقليم.\n\n"
        "وسقط قتلى في هجمات تقول بكين إن الانفصاليين يقفون خلفها."
    )
    assert ranked_speakers(text) == ["وزارة الدفاع", "بكين"]


def test_a_spokesman_nobody_names_is_not_the_minister_named_before():
    text = (
        "استقبل وزير الخارجية عادل الجبير في الرياض أمس نظيره الفرنسي لوران فابيوس.\n\n"
        "وقال المتحدث باسم الوزارة إن اللقاء بحث العلاقات الثنائية بين البلدين.\n\n"
        "وأوضح المتحدث أن الجانبين اتفقا على مواصلة التنسيق."
    )
    assert ranked_speakers(text) == ["المتحدث باسم الوزارة"] * 2


def test_a_spokesman_named_in_apposition_is_that_person():
    text = (
        "وقال المتحدث باسم وزارة الداخلية اللواء منصور التركي إن الحادث قيد التحقيق.\n\n"
        "وأضاف المتحدث أن الجهات المختصة باشرت عملها فورا."
    )
    assert ranked_speakers(text) == ["منصور التركي"] * 2


def test_a_lone_body_word_after_its_name_in_marks_is_that_body():
    text = (
        'وكان تنظيم "داعش" قد وزع خلال الأيام الماضية بيانا دعا فيه أنصاره إلى القتال.\n\n'
        'وأضاف التنظيم "أن زعيمه هو إمام هذا الزمان".'
    )
    assert ranked_speakers(text)[-1] == "تنظيم داعش"


def test_a_lone_title_word_is_not_taken_for_a_body_in_marks():
    # "الوزير" is a person's title: no body's name in marks completes it
    text = 'وكان وزير "الطاقة" قد أعلن خطة جديدة للكهرباء.\n\nوأضاف الوزير "أن الخطة ستنفذ على مراحل".'
    assert ranked_speakers(text)[-1] != "وزير الطاقة"


def test_a_spokesman_by_the_other_title_word_is_the_one_named_before():
    # المتحدث and الناطق are one title: the person named with one is the other's bearer too
    text = (
        "وأوضح ذلك المتحدث الرسمي للجمعية المهندس سامي بن خالد العتيبي، مبينا أن الجمعية بدأت "
        "حملة لتدقيق الشهادات.\n\n"
        "وحذر الناطق الرسمي للجمعية الشركات من توظيف غير المعتمدين.\n\n"
        "وأضاف الناطق الرسمي للجمعية أن الحملة ستستمر حتى نهاية العام."
    )
    assert ranked_speakers(text)[-1] == "سامي بن خالد العتيبي"


def test_an_alias_the_mention_itself_brackets_stays_as_written():
    text = (
        "أعلنت شركة الخليج للاتصالات (زين) أمس نتائجها للربع الثاني.\n\n"
        "وكانت شركة (زين) قد ذكرت في بيان لها أنها ستوزع أرباحا على المساهمين."
    )
    assert ranked_speakers(text)[-1] != "شركة الخليج للاتصالات"


def test_the_lone_body_words_say_where_they_came_from():
    from rasid.resources import resource_path

    head = resource_path("lexicons", "lone_body_words.txt").read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("#")


def test_a_lone_guard_word_is_the_guard_named_before_not_a_person():
    text = (
        "أكد الحرس الثوري الإيراني في بيان أن قواته مستعدة لأي طارئ.\n\n"
        "وأضاف الحرس أن المناورات ستستمر أسبوعا في مياه الخليج."
    )
    assert ranked_speakers(text)[-1] == "الحرس الثوري الإيراني"
