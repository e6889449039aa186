"""Round 44, detection: trailing attributions closed by a day or the medium told, reported clauses
and colon words that end where the narrator reports anew (a named present cue, كما بين أن, a fronted
source with فإن, a participle after the marks or after a full stop). Sentences written for these
tests, not taken from any article."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import process


def quotes(text: str) -> list[tuple[str | None, str]]:
    """``(speaker, content)`` of every quotation the default pipeline finds in ``text``."""
    article = process(Article(id="t", raw=text))
    return [(q.speaker.name if q.speaker else None, article.text[q.start : q.end]) for q in article.quotes]


def contents(text: str) -> list[str]:
    return [content for _, content in quotes(text)]


# --- trailing attributions: a day or the medium told between the source and the sentence end


def test_trailing_source_followed_by_a_day():
    text = (
        "قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم استهدف نقطة تفتيش شمال البلاد، "
        "على ما أعلنت وكالة الأنباء الرسمية الخميس."
    )
    found = quotes(text)
    assert len(found) == 1
    assert found[0][1].startswith("قتل ثلاثة جنود")
    assert "وكالة" in (found[0][0] or "")


def test_basis_after_on_what_stays_no_source():
    text = "واتخذت البلدية قرار الإغلاق بناء على ما أعلنته وزارة الصحة الخميس."
    assert quotes(text) == []


def test_as_source_followed_by_the_medium_told():
    text = (
        "وتوفي المصاب متأثرا بجروحه صباح اليوم في المستشفى كما قالت المتحدثة باسم الشرطة "
        "سارة لندقويست لوكالة فرانس برس."
    )
    found = quotes(text)
    assert len(found) == 1
    assert found[0][1].startswith("توفي المصاب")


def test_as_source_with_its_own_clause_is_no_trailing_attribution():
    text = (
        "وتوفي المصاب متأثرا بجروحه صباح اليوم، كما قالت المتحدثة باسم الشرطة سارة لندقويست "
        "لوكالة فرانس برس إن التحقيق ما زال جاريا."
    )
    assert all(not content.startswith("توفي المصاب") for content in contents(text))


def test_as_source_told_a_paper_in_marks_then_a_participle():
    text = (
        "وارتفع عدد المعتقلين إلى اثني عشر شخصا في المنطقة الشرقية، كما قال مدير المرصد رامي "
        "السالم لـ«الحياة»، مشيرا إلى أن التحقيقات مستمرة."
    )
    assert any(content.startswith("ارتفع عدد المعتقلين") for content in contents(text))


# --- colon words end where the narrator names the speaker anew with a present cue


def test_colon_words_end_at_a_named_present_cue():
    text = (
        "يقول الخبير النفطي سامر العلي: الطلب سيرتفع بقوة خلال العام المقبل بسبب النمو في آسيا. "
        "ويشير العلي إلى أن الأسعار ستتحسن تدريجيا مع تراجع المخزونات."
    )
    assert contents(text) == [
        "الطلب سيرتفع بقوة خلال العام المقبل بسبب النمو في آسيا",
        "الأسعار ستتحسن تدريجيا مع تراجع المخزونات",
    ]


def test_colon_words_go_on_over_an_unnamed_view():
    text = (
        "يقول الخبير النفطي سامر العلي: الطلب سيرتفع بقوة خلال العام المقبل بسبب النمو في آسيا. "
        "ويرى البعض أن الأسعار ستتحسن تدريجيا مع تراجع المخزونات."
    )
    found = contents(text)
    assert len(found) == 1 and found[0].endswith("تراجع المخزونات")


def test_colon_words_end_at_a_sentence_naming_a_speaker_before_a_colon():
    text = (
        "وتساءل المواطن خالد العتيبي: هل تعلم البلدية بهذا المشروع؟ وكيف يسمح للمقاول بإغلاق الحي "
        "بأكمله؟!. في حين قال المواطن سعد الدوسري: لا أحد يخبرنا متى تنتهي الأعمال."
    )
    found = quotes(text)
    assert len(found) == 2
    assert found[1] == ("سعد الدوسري", "لا أحد يخبرنا متى تنتهي الأعمال")


def test_colon_words_end_at_a_participle_after_a_full_stop():
    text = (
        "وأضاف الوزير خالد الفهد: لن نسمح لأحد بتهديد أمننا واستقرارنا. مؤكدا اتخاذ كل التدابير "
        "اللازمة لمواجهة الإرهاب."
    )
    assert contents(text)[0] == "لن نسمح لأحد بتهديد أمننا واستقرارنا"


def test_colon_words_go_on_over_a_plain_sentence():
    text = "وأضاف الوزير خالد الفهد: لن نسمح لأحد بتهديد أمننا واستقرارنا. سنواجه الإرهاب بكل حزم في كل مكان."
    assert contents(text)[0].endswith("في كل مكان")


# --- كما بين أن: a new statement after the clause before it


def test_as_explained_that_opens_new_statements():
    text = (
        "وأضاف مدير المشروع أن العمل في الطريق الدائري اكتمل بنسبة كبيرة، كما بين المهندس خالد "
        "السالم أنه سيتم افتتاح الطريق بعد شهرين، كما بين أنه توجد عوائق في الجهة الشمالية."
    )
    assert contents(text) == [
        "العمل في الطريق الدائري اكتمل بنسبة كبيرة",
        "سيتم افتتاح الطريق بعد شهرين",
        "توجد عوائق في الجهة الشمالية",
    ]


def test_between_without_that_stays_a_preposition():
    text = "وأضاف مدير المشروع أن الأسعار تتفاوت كما بين المدن الكبيرة والقرى الصغيرة."
    assert contents(text) == ["الأسعار تتفاوت كما بين المدن الكبيرة والقرى الصغيرة"]


# --- words in marks after إن/أن end at a participle or لكنه + verb after them


def test_marks_after_that_end_at_a_participle():
    text = (
        'ودافع وزير الخارجية عن الاتفاق أمام البرلمان قائلا إنه "اتفاق متوازن ومنصف" موضحا أمام '
        "النواب أن التسويات كانت ضرورية لإنجاحه."
    )
    assert contents(text) == ["اتفاق متوازن ومنصف", "التسويات كانت ضرورية لإنجاحه"]


def test_marks_after_that_go_on_with_the_clause():
    text = (
        'ودافع وزير الخارجية عن الاتفاق أمام البرلمان قائلا إنه "اتفاق متوازن ومنصف" ويخدم مصالح '
        "البلدين على المدى الطويل."
    )
    assert contents(text)[0].endswith("على المدى الطويل")


def test_marks_after_that_end_at_but_he_added():
    text = (
        'وقال المايسترو سليم حداد في مقابلة مع رويترز إن "الموسيقى الكلاسيكية ستظل تجد جمهورا كبيرا" '
        'ولكنه أضاف متسائلا "أين هي الفرق التي تقدم هذا التراث؟".'
    )
    assert contents(text)[0] == "الموسيقى الكلاسيكية ستظل تجد جمهورا كبيرا"


# --- a reported clause ends before و + a fronted source with فإن


def test_clause_ends_before_a_fronted_source_with_then_that():
    text = (
        "وقالت مصادر عسكرية إن تعزيزات كبيرة وصلت إلى المدينة خلال اليومين الماضيين وبحسب المصادر "
        "فإن هذه التعزيزات ستدعم وحدات الجيش في الجبهة الشرقية."
    )
    assert contents(text) == [
        "تعزيزات كبيرة وصلت إلى المدينة خلال اليومين الماضيين",
        "هذه التعزيزات ستدعم وحدات الجيش في الجبهة الشرقية",
    ]


def test_clause_goes_on_over_according_to_a_plan():
    text = (
        "وقالت مصادر عسكرية إن تعزيزات كبيرة وصلت إلى المدينة خلال اليومين الماضيين وبحسب الخطة "
        "المعدة سلفا للعمليات في الجبهة الشرقية."
    )
    found = contents(text)
    assert len(found) == 1 and found[0].endswith("في الجبهة الشرقية")


# --- a reported clause ends at a comma before a present cue, a named subject and its clause


def test_clause_ends_at_a_comma_before_a_named_present_cue():
    text = (
        "وقال الخبير الاقتصادي سامر العلي إن الطلب على النفط سيرتفع بقوة خلال العام المقبل، يوضح "
        "العلي أن الأسعار ستتحسن تدريجيا مع تراجع المخزونات."
    )
    assert contents(text) == [
        "الطلب على النفط سيرتفع بقوة خلال العام المقبل",
        "الأسعار ستتحسن تدريجيا مع تراجع المخزونات",
    ]


def test_clause_goes_on_over_a_present_verb_naming_nobody():
    text = (
        "وقال الخبير الاقتصادي سامر العلي إن الطلب على النفط سيرتفع بقوة خلال العام المقبل، يرى "
        "البعض أن الأسعار ستتحسن تدريجيا."
    )
    found = contents(text)
    assert len(found) == 1 and found[0].endswith("ستتحسن تدريجيا")


# --- a reported clause ends before حيث + a reporting verb with its own colon or clause


def test_clause_ends_before_where_he_said_after_a_semicolon():
    text = (
        "ورأى أستاذ الشريعة الدكتور ماجد القحطاني أنه لا مانع من تأخير قضاء الصيام إلى أيام "
        'الشتاء؛ حيث قال "القحطاني": "الأمر فيه سعة لمن كان له عذر مقبول".'
    )
    assert contents(text) == [
        "لا مانع من تأخير قضاء الصيام إلى أيام الشتاء",
        "الأمر فيه سعة لمن كان له عذر مقبول",
    ]


def test_clause_goes_on_over_where_with_no_cue():
    text = "وأوضح الوزير أن المشروع سيكتمل العام المقبل؛ حيث بلغت نسبة الإنجاز سبعين في المئة."
    found = contents(text)
    assert len(found) == 1 and found[0].endswith("سبعين في المئة")


# --- a trailing attribution's statement starts past a fronted side phrase


def test_trailing_statement_starts_past_a_side_phrase():
    text = "من جهة أخرى، قتل سبعة جنود في هجوم على نقطة تفتيش قرب الحدود، على ما أعلن مصدر عسكري."
    assert contents(text) == ["قتل سبعة جنود في هجوم على نقطة تفتيش قرب الحدود"]


def test_trailing_statement_keeps_a_side_phrase_that_is_its_own():
    text = "من جهة الشمال، قتل تسعة جنود في هجوم على نقطة تفتيش، على ما أعلن مصدر عسكري."
    assert contents(text) == ["من جهة الشمال، قتل تسعة جنود في هجوم على نقطة تفتيش"]
