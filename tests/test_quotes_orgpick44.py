"""Organisation speakers whose words went to another speaker (round 44): a document a report
cites, a feminine cue after a man named in between, an office named after its holder's title, a
body of another country, a research note and its issuer, a body a paragraph of a round-up names,
a political current, forces the source goes on with, a statement's latest sayer, figures a fronted
attribution reports."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.quotes import _feminine_role
from rasid.text.normalize import normalize

# -- a definite document noun and an indefinite document a preposition cites -----------------


def test_cited_report_does_not_take_the_reports_chain():
    text = (
        "وأوضح التقرير الصادر عن بنك الخليج الوطني أن الأسواق الخليجية ارتفعت خلال الأسبوع. "
        "وتطرق التقرير إلى تقرير صادر عن مكتب الإحصاء الأوروبي الذي أظهر تراجع البطالة في القارة. "
        "وأشار التقرير إلى أن الصادرات الأوروبية تراجعت بنسبة 2 في المائة في مايو."
    )
    found = speakers(text)
    assert found[-1] == "بنك الخليج الوطني"


def test_only_document_named_after_a_preposition_keeps_its_issuer():
    text = (
        "نقلت الصحيفة عن تقرير صادر عن مكتب الإحصاء الأوروبي أن البطالة تراجعت في القارة. "
        "وأشار التقرير إلى أن الصادرات الأوروبية تراجعت بنسبة 2 في المائة في مايو."
    )
    assert speakers(text)[-1] == "مكتب الإحصاء الأوروبي"


# -- feminine cues ------------------------------------------------------------------------------


def test_tafil_verbal_noun_is_no_feminine_title():
    assert not _feminine_role(normalize("توجيه"))
    assert not _feminine_role(normalize("تنويه"))
    assert _feminine_role(normalize("مديرة"))
    assert _feminine_role(normalize("استشارية"))


def test_feminine_cue_goes_to_the_body_a_feminine_verb_took_not_the_man_after_it():
    text = (
        "ويأتي هذا، فيما ينتظر أن تبدأ هيئة تنظيم النقل البحري تطبيق النظام الجديد مطلع الشهر "
        "المقبل، بحسب توجيه رئيسها المهندس سالم العتيبي، وقالت في بيان لها إن النظام يهدف إلى "
        "تحسين الخدمات المقدمة للمسافرين."
    )
    assert speakers(text)[-1] == "هيئة تنظيم النقل البحري"


def test_feminine_cue_keeps_the_woman_quoted_in_its_sentence():
    text = (
        "وقالت الوزيرة سارة الهاشمي إن النظام الجديد جاهز، فيما ينتظر أن تبدأ هيئة تنظيم النقل "
        "البحري تطبيقه مطلع الشهر المقبل، وأضافت أن النظام يهدف إلى تحسين الخدمات."
    )
    assert speakers(text)[-1] == "سارة الهاشمي"


# -- an office named after a title --------------------------------------------------------------

_PRIME_MINISTER = "قال رئيس الوزراء الإيطالي ماتيو رينزي في مؤتمر صحافي إن الحكومة ماضية في الإصلاحات. "


def test_office_of_the_prime_minister_is_not_the_prime_minister():
    text = _PRIME_MINISTER + "وكان مكتب رئيس الحكومة قد ذكر أن قوات الأمن احتجزت مشتبها بهم في ميلانو."
    assert speakers(text)[-1] == "مكتب رئيس الحكومة"


def test_the_prime_minister_by_his_title_is_still_him():
    text = _PRIME_MINISTER + "وكان رئيس الحكومة قد ذكر أن قوات الأمن احتجزت مشتبها بهم في ميلانو."
    assert speakers(text)[-1] == "ماتيو رينزي"


# -- a body of another country ------------------------------------------------------------------

_TAIWAN = "* شرطة تايوان توقف متظاهرين أمام البرلمان\n\n"


def test_police_of_another_country_is_not_the_one_named_before():
    text = _TAIWAN + (
        "* سيول: قالت الشرطة الكورية الجنوبية اليوم إنها ألقت القبض على رجل هدد دبلوماسيا أجنبيا. "
        "وقالت الشرطة إن الرجل يعيش وحيدا ويقضي وقته على الإنترنت."
    )
    assert speakers(text) == ["الشرطة الكورية الجنوبية", "الشرطة الكورية الجنوبية"]


def test_police_of_the_same_country_is_the_one_named_before():
    text = _TAIWAN + "* تايبيه: أعلنت الشرطة التايوانية أمس أنها أوقفت عشرين طالبا أمام البرلمان."
    assert speakers(text) == ["شرطة تايوان"]


# -- a research note stands for its issuer ------------------------------------------------------


def test_research_note_speaks_for_its_issuer():
    text = "وتوقعت مذكرة بحثية صادرة عن بنك الاستثمار الخليجي أن يتباطأ نمو الاقتصاد الصيني هذا العام."
    assert speakers(text) == ["بنك الاستثمار الخليجي"]


def test_research_note_issuer_named_only_in_marks():
    text = "وتتوقع مذكرة بحثية جديدة صادرة عن «أكسفورد إيكونوميكس» أن يواصل الجنيه تراجعه مقابل اليورو."
    assert speakers(text) == ["أكسفورد إيكونوميكس"]


def test_note_with_no_issuer_names_nobody_else():
    text = "وقالت الوزارة إن المشروع سيكتمل العام المقبل. ووقعت الوزارة مذكرة تفاهم مع جامعة الملك سعود."
    assert speakers(text) == ["الوزارة"]


# -- a round-up's paragraphs --------------------------------------------------------------------


def test_definite_head_takes_the_body_its_paragraph_names():
    text = (
        "«الأسمنت» ترفع أرباحها\n\n"
        "رفعت شركة أسمنت الجنوب صافي ربحها في الربع الثاني 20 في المائة. وقالت الشركة إن "
        "أرباحها ارتفعت بسبب زيادة المبيعات.\n\n"
        "تراجع أرباح «الألبان» أظهرت النتائج المالية لشركة الألبان الوطنية تراجعا في أرباحها "
        "خلال الربع الثاني. وقالت الشركة إن تراجع أرباحها يعود إلى ارتفاع تكاليف الإنتاج."
    )
    found = speakers(text)
    assert found[0] == "شركة أسمنت الجنوب"
    assert found[-1] == "شركة الألبان الوطنية"


def test_definite_head_in_the_quoted_bodys_paragraph_keeps_it():
    text = (
        "«الأسمنت» ترفع أرباحها\n\n"
        "رفعت شركة أسمنت الجنوب صافي ربحها في الربع الثاني 20 في المائة. وقالت الشركة إن "
        "أرباحها ارتفعت بسبب زيادة المبيعات، وإن شركة الألبان الوطنية من أكبر عملائها. "
        "وأضافت الشركة أن خطتها للتوسع ستكتمل العام المقبل."
    )
    assert speakers(text)[-1] == "شركة أسمنت الجنوب"


# -- a political current -----------------------------------------------------------------------


def test_political_current_speaks_as_a_party():
    text = (
        "أشاد تيار الإصلاح بالمحادثات التي جرت بين الرئيس اللبناني والأمير تركي الفيصل، "
        "مؤكدا أن العلاقات بين البلدين متينة."
    )
    assert speakers(text) == ["تيار الإصلاح"]


# -- forces as a body, the source that goes on with them; the latest statement's sayer ----------


def test_the_source_goes_on_with_the_forces_quoted_before():
    text = (
        'وقالت قوات الأمن في بيان إن "دورية عثرت على رجلين مصابين قرب السوق". '
        "وأضاف المصدر أن المشتبه به اعتقل بعد ساعة."
    )
    assert speakers(text) == ["قوات الأمن", "قوات الأمن"]


def test_the_source_goes_on_with_an_unnamed_source():
    text = (
        'وقال مصدر أمني إن "دورية عثرت على رجلين مصابين قرب السوق". '
        "وأضاف المصدر أن المشتبه به اعتقل بعد ساعة."
    )
    assert speakers(text) == ["مصدر أمني", "مصدر أمني"]


_OFFICE_STATEMENT = "وأفاد بيان صدر عن وزارة الدفاع أن الطائرات قصفت مواقع للمسلحين قرب الحدود. "


def test_statement_goes_to_its_latest_sayer():
    text = _OFFICE_STATEMENT + (
        "من جانب آخر، قال التحالف الدولي في بيان إن طائراته نفذت عشرين غارة أمس. "
        "وقال البيان إن ست غارات منها نفذت قرب الموصل."
    )
    assert speakers(text)[-1] == "التحالف الدولي"


def test_statement_bound_after_the_sayer_stays_bound():
    text = (
        "قال التحالف الدولي في بيان إن طائراته نفذت عشرين غارة أمس. "
        + _OFFICE_STATEMENT
        + "وقال البيان إن الطائرات عادت إلى قواعدها."
    )
    assert speakers(text)[-1] == "وزارة الدفاع"


# -- figures a fronted attribution reports --------------------------------------------------------


def test_figures_after_a_fronted_attribution_are_its_sources():
    text = (
        "أعلنت وكالة الفضاء الأوروبية نجاح إطلاق القمر الصناعي. ووفقا لصحيفة الغارديان البريطانية، "
        "أشارت البيانات إلى أن القمر يعمل بكفاءة عالية."
    )
    assert speakers(text)[-1] == "صحيفة الغارديان"


def test_figures_with_no_fronted_attribution_stay_as_they_are():
    text = (
        "أعلنت وكالة الفضاء الأوروبية نجاح إطلاق القمر الصناعي. وفي الأثناء، أشارت البيانات "
        "إلى أن القمر يعمل بكفاءة عالية."
    )
    assert speakers(text)[-1] != "صحيفة الغارديان البريطانية"
