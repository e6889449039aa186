"""Round 90 (accord): after بحسب/حسب/وفق/وفقا/طبقا a plan, schedule, order or article of a law
(«وفق الخطة»، «حسب الجدول»، «وفق مقتضى النظام»), a possessed plan («وفق برنامجها») and a set of
measures («وفق مجموعة من الإجراءات») are no source and make no quotation; a document or a body
(«وفقا لتقرير …»، «لبرنامج الأغذية العالمي») and a group of people still speak.
Sentences invented for these tests."""

from __future__ import annotations

from conftest import cue_speakers


def cues(text: str) -> list[str]:
    return [cue for cue, _ in cue_speakers(text)]


def test_schedule_followed_is_no_source():
    text = (
        "بدأت فرق الصيانة أعمالها في شوارع الحي الشمالي صباح الأحد. ووفقا للجدول المعتمد، "
        "تنتهي الأعمال في الأسبوع الأخير من الشهر المقبل قبل بدء العام الدراسي."
    )
    assert not any(c.endswith("وفقا") for c in cues(text))


def test_order_of_the_rules_is_no_source():
    text = (
        "طلبت البلدية من ملاك الأراضي المتضررة مراجعة مكتب التعويضات خلال شهر، وفق مقتضى اللائحة "
        "المعمول بها، وذلك لإنهاء ملفاتهم قبل نهاية السنة."
    )
    assert "وفق" not in cues(text)


def test_possessed_programme_is_no_source():
    text = (
        "وفق برنامجها الشهري وبمتابعة مدير الإدارة المهندس سامي العتيبي، نفذت إدارة الصحة العامة "
        "حملة تفتيش على مخابز الحي الغربي."
    )
    assert "وفق" not in cues(text)


def test_set_of_measures_is_no_source():
    text = (
        "ووفق مجموعة من الإجراءات الجديدة، بدأت الحكومة تشديد الرقابة على المنافذ الحدودية للحد من التهريب."
    )
    assert not any(c.endswith("وفق") for c in cues(text))


def test_police_is_no_possessed_rule():
    text = (
        "أصيب ثلاثة أشخاص في حريق اندلع في مستودع للأخشاب جنوب المدينة مساء السبت، بحسب الشرطة "
        "المحلية التي فتحت تحقيقا في أسبابه."
    )
    assert "بحسب" in cues(text)


def test_plan_followed_is_no_source():
    text = (
        "وقال المهندس خالد الرميح إن المشروع يسير بخطى ثابتة. وبحسب الخطة الزمنية للمشروع فإن "
        "المرحلة الأولى تكتمل قبل نهاية العام."
    )
    assert not any(c.endswith("بحسب") for c in cues(text))


def test_report_still_speaks():
    text = (
        "ارتفعت صادرات المملكة من التمور خلال العام الماضي. ووفقا لتقرير صادر عن وزارة الزراعة، "
        "فإن الصادرات بلغت أكثر من مئتي ألف طن."
    )
    assert any(c.endswith("وفقا") for c in cues(text))


def test_group_of_people_still_speaks():
    text = (
        "تراجعت أسعار الحديد في الأسواق المحلية خلال الأسبوع الماضي. وبحسب مجموعة من التجار في "
        "السوق، فإن الطلب انخفض بشكل ملحوظ بعد انتهاء موسم البناء."
    )
    assert any(c.endswith("بحسب") for c in cues(text))


def test_named_programme_still_speaks():
    text = (
        "ووفقا لبرنامج الأغذية العالمي، فإن أكثر من مليون شخص في الإقليم يحتاجون إلى مساعدات "
        "غذائية عاجلة قبل حلول فصل الشتاء."
    )
    assert any(c.endswith("وفقا") for c in cues(text))
