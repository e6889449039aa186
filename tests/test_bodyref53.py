"""Round 53, a body named by a back-reference: its definite head alone (with a place after في), an
organ of it and its head ("إدارة الشركة"), or a synonym head ("المكتب" for a هيئة) is the one body
the article named before with that head, tagged or not; a document left as speaker speaks for its
issuer, the body in construct with it ("تقرير «ساما»") or the body quoted in an earlier sentence
that names it. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

from conftest import ranked_speakers as speakers


def test_organ_and_head_is_the_body_named_with_the_head() -> None:
    text = (
        "أعلنت شركة الرمال للأسمدة عن نتائجها المالية للربع الثالث من العام الحالي. وأشارت إدارة "
        "الشركة إلى أن تراجع الأرباح يعود إلى هبوط أسعار المنتجات في الأسواق العالمية."
    )
    assert speakers(text) == ["شركة الرمال للأسمدة"]


def test_organ_and_head_stays_when_no_body_has_the_head() -> None:
    text = (
        "شهدت الأسواق المحلية تراجعا ملحوظا في أسعار الأسمدة هذا الموسم. وأشارت إدارة الشركة إلى أن "
        "تراجع الأرباح يعود إلى هبوط أسعار المنتجات في الأسواق العالمية."
    )
    assert speakers(text) == ["إدارة الشركة"]


def test_bare_head_is_the_untagged_body_named_with_it() -> None:
    text = (
        "كشفت إمارة منطقة الجوف، عن خطة شاملة لتطوير الطرق الزراعية في المحافظات. وأوضحت الإمارة أن "
        "أعمال التنفيذ ستبدأ مطلع العام المقبل في ثلاث محافظات."
    )
    assert speakers(text)[-1] == "إمارة منطقة الجوف"


def test_bare_head_stays_when_the_text_names_no_such_body() -> None:
    text = (
        "انطلقت أعمال تطوير الطرق الزراعية في عدد من المحافظات هذا الأسبوع. وأوضحت الإمارة أن أعمال "
        "التنفيذ ستبدأ مطلع العام المقبل في ثلاث محافظات."
    )
    assert speakers(text) == ["الإمارة"]


def test_bare_head_takes_the_body_named_with_a_synonym_head() -> None:
    text = (
        "حذرت هيئة الأرصاد الجوية النيوزيلندية من موجة أمطار غزيرة تضرب الجزر الجنوبية. وقال المكتب "
        "إن منسوب الأنهار قد يرتفع إلى مستويات خطيرة خلال يومين."
    )
    assert speakers(text)[-1] == "هيئة الأرصاد الجوية النيوزيلندية"


def test_bare_head_stays_when_two_bodies_bear_the_synonym_head() -> None:
    text = (
        "حذرت هيئة الأرصاد الجوية النيوزيلندية من موجة أمطار غزيرة، فيما دعت هيئة الطيران المدني "
        "الشركات إلى الحذر. وقال المكتب إن منسوب الأنهار قد يرتفع إلى مستويات خطيرة خلال يومين."
    )
    assert speakers(text)[-1] == "المكتب"


def test_head_with_a_place_is_the_body_named_with_the_head() -> None:
    text = (
        "وذكر المكتب الاتحادي للإحصاء أن البطالة تراجعت في النمسا الشهر الماضي. وأوضح المكتب في فيينا "
        "أن نسبة المسنين العاملين ارتفعت بشكل ملحوظ خلال العقد الماضي."
    )
    assert speakers(text) == ["المكتب الاتحادي للإحصاء"] * 2


def test_head_with_a_place_stays_when_no_body_has_the_head() -> None:
    text = (
        "أصدرت السلطات أرقاما جديدة عن سوق العمل في النمسا. وأوضح المكتب في فيينا أن نسبة المسنين العاملين "
        "ارتفعت بشكل ملحوظ خلال العقد الماضي."
    )
    assert speakers(text)[-1] == "المكتب في فيينا"


def test_report_in_construct_with_a_body_speaks_for_it() -> None:
    text = (
        "قال مسؤولون في مؤسسة النقد العربي السعودي إن التضخم سيبقى منخفضا. وذكر تقرير «ساما» أن "
        "الودائع المصرفية ارتفعت بنسبة خمسة في المئة خلال العام الماضي."
    )
    assert speakers(text)[-1] == "مؤسسة النقد العربي السعودي"


def test_report_in_construct_with_no_body_stays() -> None:
    text = (
        "تراجعت الودائع في بعض المصارف الصغيرة خلال الربع الأول. وكشف تقرير اقتصادي عن ارتفاع الودائع "
        "المصرفية بنسبة خمسة في المئة خلال العام الماضي."
    )
    assert speakers(text)[-1] == "تقرير اقتصادي"


def test_definite_report_speaks_for_the_body_quoted_with_it_before() -> None:
    text = (
        "وقالت غرفة التجارة العربية البريطانية في تقريرها السنوي إن المبادلات التجارية نمت بنسبة عشرة "
        "في المئة. وسلط التقرير الضوء على صادرات الآلات، مضيفاً أن الطلب عليها سيبقى مرتفعا."
    )
    assert speakers(text) == ["غرفة التجارة العربية البريطانية"] * 2


def test_definite_study_with_no_issuer_named_stays() -> None:
    text = (
        "تصاعد الجدل حول أسعار التمور في الأسواق المحلية. وقالت الدراسة إن إنتاج التمور سيرتفع بنسبة كبيرة."
    )
    assert speakers(text) == ["الدراسة"]
