"""A body's name at the extent the gold gives it (round 44): an organisation entity with the place it
serves, a place its construct noun opens, the article's short form of a canonical name it never
writes whole, an agency's closing للأنباء, a later mention completed with its region, a full form
that stops before the person a title names, and a one-word name in construct with its genitive."""

from __future__ import annotations

from conftest import ranked_speakers as speakers


def test_entity_body_keeps_the_place_it_serves():
    text = "أعلنت القوات الأمريكية في أفغانستان أنها ستسحب ألف جندي من الإقليم."
    assert speakers(text) == ["القوات الأمريكية في أفغانستان"]


def test_entity_body_then_a_statement_is_the_body_alone():
    # (negative: في بيان is how it spoke, not where it serves)
    text = "قالت القوات الأمريكية في بيان إن القتال انتهى."
    assert speakers(text) == ["القوات الأمريكية"]


def test_place_opened_by_the_construct_noun_stays_whole():
    text = "أعلنت هيئة قناة بنما أنها ستخفض عدد السفن العابرة."
    assert speakers(text) == ["هيئة قناة بنما"]


def test_definite_construct_noun_keeps_its_short_name():
    # (negative: no place opens at the construct noun)
    text = "وقالت هيئة القناة إن القيود الجديدة ستفرض الشهر المقبل."
    assert speakers(text) == ["هيئة القناة"]


def test_short_form_the_article_writes_is_the_name():
    text = "وأوضح التقرير السنوي لمؤسسة النقد أن الودائع المصرفية ارتفعت بنسبة عشرة في المائة."
    assert speakers(text) == ["مؤسسة النقد"]


def test_full_form_the_article_writes_is_the_name():
    # (negative: the article writes the canonical name whole)
    text = "وأوضحت مؤسسة النقد العربي السعودي أن الودائع المصرفية ارتفعت بنسبة عشرة في المائة."
    assert speakers(text) == ["مؤسسة النقد العربي السعودي"]


def test_quoted_agency_name_keeps_its_closing_for_news():
    text = 'وذكرت وكالة "دوغان" التركية للأنباء أن المقاتلات استهدفت مخازن أسلحة.'
    assert speakers(text) == ["وكالة دوغان للأنباء"]


def test_quoted_paper_name_drops_its_adjective():
    # (negative: no للأنباء closes the name)
    text = "وقالت صحيفة «فلوريدا توداي» المحلية إن الإعصار اقترب من الساحل."
    assert speakers(text) == ["صحيفة فلوريدا توداي"]


def test_later_mention_takes_the_region_it_was_first_named_with():
    text = (
        "أعلنت إدارة التعليم في محافظة الزلفي عن وظائف شاغرة. "
        'وقالت إدارة التعليم إن "التقديم متاح حتى الخميس".'
    )
    assert speakers(text) == ["إدارة التعليم في محافظة الزلفي"] * 2


def test_mention_never_named_with_a_region_stays_short():
    # (negative: nothing before gives it a region)
    text = 'وقالت إدارة التعليم إن "التقديم متاح حتى الخميس".'
    assert speakers(text) == ["إدارة التعليم"]


def test_full_form_stops_before_the_person_a_title_names():
    text = (
        "وقال مدير المرصد السوري لحقوق الإنسان نادر عبد الحميد لوكالة فرانس برس إن "
        '"المعارك مستمرة منذ الصباح". وأشار المرصد إلى أن عدد القتلى ارتفع إلى عشرين.'
    )
    assert speakers(text) == ["نادر عبد الحميد", "المرصد السوري لحقوق الإنسان"]


def test_one_word_name_in_construct_takes_its_genitive():
    text = (
        "وندد زعيم جمعية أهل الحديث المركزية الباكستانية بالتفجير الذي استهدف المصلين. "
        "وأكدت الجمعية أن الإرهاب لا دين له."
    )
    assert speakers(text) == ["جمعية أهل الحديث المركزية"]


def test_bare_head_named_nowhere_stays_bare():
    # (negative: no name of the body stands before)
    text = "وأكدت الجمعية أن الإرهاب لا دين له."
    assert speakers(text) == ["الجمعية"]


def test_name_written_on_with_the_region_it_serves():
    text = (
        "كشف المدير العام لهيئة الربط الكهربائي لدول الخليج النقاب عن مشروع جديد. "
        "وذكرت هيئة الربط الكهربائي في بيان أن المشروع سيكتمل العام المقبل."
    )
    assert speakers(text) == ["هيئة الربط الكهربائي لدول الخليج"]


def test_name_followed_by_the_one_told_is_not_written_on():
    # (negative: ل + a title is whom the body told, not the region it serves)
    text = (
        "كشف المدير العام لهيئة الربط الكهربائي لرئيس الوزراء النقاب عن مشروع جديد. "
        "وذكرت هيئة الربط الكهربائي في بيان أن المشروع سيكتمل العام المقبل."
    )
    assert speakers(text) == ["هيئة الربط الكهربائي"]


def test_body_with_its_served_place_before_an_object_in_kaffa_keeps_it():
    # (كافة opens the verb's object; the ranker keeps the rules' body with its place over the same
    # body's entity cut before it)
    text = (
        "أعلنت المقاومة الشعبية في محافظة الضالع كافة مديريات المحافظة محررة بالكامل، "
        "مشيرة إلى أن مقاتليها يلاحقون فلول المتمردين."
    )
    assert speakers(text) == ["المقاومة الشعبية في محافظة الضالع"]


def test_body_named_without_a_place_stays_short():
    # (negative: no place follows the body)
    text = "أعلنت المقاومة الشعبية سيطرتها على المدينة، مشيرة إلى أنها استعادت جميع المديريات."
    assert speakers(text) == ["المقاومة الشعبية", "المقاومة الشعبية"]


def test_bare_head_before_a_purpose_in_lam_is_the_head():
    text = (
        "ودعا البرلمان الحكومة لبذل جهد أكبر في ملف الإصلاح الإداري. "
        'وقالت الحكومة إن "التحقيق سيشمل جميع المسؤولين".'
    )
    assert speakers(text) == ["الحكومة"]


def test_head_with_an_adjective_keeps_its_remit_in_lam():
    # (negative: an adjective after the head, then its remit: one name)
    text = 'وقالت الهيئة الوطنية لمكافحة الفساد إن "التحقيق سيشمل جميع المسؤولين".'
    assert speakers(text) == ["الهيئة الوطنية لمكافحة الفساد"]


def test_capital_named_after_its_police_stays_in_the_name():
    text = (
        "أفادت وكالة الأنباء المركزية بأن قوات الأمن أوقفت عشرات المحتجين قرب مقر البرلمان. "
        "وقالت شرطة العاصمة تايبيه، إنه تم توقيف ثلاثين شخصا."
    )
    assert speakers(text)[-1] == "شرطة العاصمة تايبيه"


def test_capital_unnamed_after_its_police_stays_short():
    # (negative: no place's name after العاصمة)
    text = (
        "أفادت وكالة الأنباء المركزية بأن قوات الأمن أوقفت عشرات المحتجين قرب مقر البرلمان. "
        "وقالت شرطة العاصمة، إنه تم توقيف ثلاثين شخصا."
    )
    assert speakers(text)[-1] == "شرطة العاصمة"


def test_common_words_body_named_alone_later_keeps_its_served_place():
    text = (
        "أعلنت المقاومة الشعبية في محافظة الضالع كافة مديريات المحافظة محررة بالكامل، "
        "مشيرة إلى أن مقاتليها يلاحقون فلول المتمردين. "
        "وواصل مقاتلو المقاومة الشعبية تقدمهم نحو المدينة الساحلية."
    )
    assert speakers(text) == ["المقاومة الشعبية في محافظة الضالع"]


def test_bare_head_is_not_completed_by_the_one_concerned():
    text = "وقالت السلطات المعنية إن خمسة أشخاص نقلوا إلى المستشفى. وقالت السلطات إنها تحقق في دوافع الحادث."
    assert speakers(text) == ["السلطات", "السلطات"]


def test_bare_head_is_completed_by_its_adjective():
    # (negative: a nisba that names the body completes the bare head)
    text = (
        "وقالت المقاومة الشعبية إن المعارك توقفت في الضواحي. وأضافت المقاومة أن المقاتلين سيطروا على المعسكر."
    )
    assert speakers(text) == ["المقاومة الشعبية", "المقاومة الشعبية"]


def test_sect_adjective_after_a_body_name_is_left_out():
    text = (
        "أكد تحالف القوى العراقية السنية رفضه لتصريحات نائب الرئيس ضد المملكة، مشيرا إلى أنها لا تمثل العراق."
    )
    assert speakers(text) == ["تحالف القوى العراقية", "تحالف القوى العراقية"]


def test_sect_adjective_of_a_two_word_name_stays():
    # (negative: "الطائفة الشيعية" is named by its adjective)
    text = 'وقالت الطائفة الشيعية في بيان إن "الحوار هو الطريق الوحيد".'
    assert speakers(text) == ["الطائفة الشيعية"]
