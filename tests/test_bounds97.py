"""Round 97 (bounds): a reported content ends before «، و» + a past verb of praise, thanks, advice,
appeal or blame that is no reporting cue («…، وأشاد بجهود …»، «…، ونصح الطلاب …»:
speaker_act_verbs.txt), and before «، وذلك في/خلال» + the talk the speaker gave («…، وذلك خلال
لقائه …»: talk_occasion_nouns.txt) — the speaker's next deed and the narrator's words (guide §6).
Sentences invented for these tests."""

from __future__ import annotations

from conftest import quote_rows


def contents(text: str) -> dict[str, str]:
    return {cue: content for _kind, cue, _speaker, content in quote_rows(text)}


def test_praise_verb_ends_the_content():
    text = (
        "افتتح أمير المنطقة معرض الحرف اليدوية أمس. وأكد الأمير أن المعرض يعكس اهتمام الدولة "
        "بالحرف التراثية، وأشاد بجهود اللجنة المنظمة في إنجاحه."
    )
    assert contents(text)["وأكد"].rstrip(".") == "المعرض يعكس اهتمام الدولة بالحرف التراثية"


def test_advice_verb_ends_the_content():
    text = (
        "نظمت الجامعة لقاء مفتوحا مع الطلاب. وأوضح عميد الكلية أن التسجيل في المقررات يبدأ الأحد "
        "المقبل، ونصح الطلاب بمراجعة خططهم الدراسية قبل ذلك."
    )
    assert contents(text)["وأوضح"].rstrip(".") == "التسجيل في المقررات يبدأ الأحد المقبل"


def test_feminine_attribution_verb_ends_the_content():
    text = (
        "نشرت الهيئة تقريرها السنوي. وذكرت الهيئة أن أسعار الأعلاف ارتفعت خلال الربع الأخير، "
        "وأرجعت ذلك إلى تراجع المعروض في الأسواق العالمية."
    )
    assert contents(text)["وذكرت"].rstrip(".") == "أسعار الأعلاف ارتفعت خلال الربع الأخير"


def test_here_is_no_verb_of_congratulation():
    text = (
        "تحدث الخبير عن سوق العمل. وقال الخبير إن الشركات تبحث عن مهارات جديدة، وهنا يأتي دور "
        "الجامعات في تأهيل الخريجين."
    )
    assert contents(text)["وقال"].rstrip(".").endswith("وهنا يأتي دور الجامعات في تأهيل الخريجين")


def test_via_is_no_verb_of_expression():
    text = (
        "اختتم المؤتمر أعماله أمس. وأكد المبعوث أن الحل يكمن في الحوار بين الأطراف، وعبر "
        "المبادرات الإقليمية التي طرحت في العام الماضي."
    )
    assert contents(text)["وأكد"].rstrip(".").endswith("وعبر المبادرات الإقليمية التي طرحت في العام الماضي")


def test_talk_occasion_ends_the_content():
    text = (
        "وصل وزير الخارجية إلى باريس أمس. وأكد الوزير أن بلاده تدعم الحل السياسي للأزمة، وذلك "
        "خلال لقائه نظيره الفرنسي في قصر الإليزيه."
    )
    assert contents(text)["وأكد"].rstrip(".") == "بلاده تدعم الحل السياسي للأزمة"


def test_conference_ends_the_content():
    text = (
        "عقدت الحكومة اجتماعها الأسبوعي. وأعلن المتحدث أن الحكومة ستفتح المعبر أمام المسافرين، "
        "وذلك في مؤتمر صحفي عقده في العاصمة."
    )
    assert contents(text)["وأعلن"].rstrip(".") == "الحكومة ستفتح المعبر أمام المسافرين"


def test_framework_after_that_goes_on():
    text = (
        "ناقش المجلس ملف الأزمة. وأكد وزير الخارجية أن بلاده تدعم الحل السياسي للأزمة، وذلك في "
        "إطار التزامها بالقرارات الدولية."
    )
    assert contents(text)["وأكد"].rstrip(".").endswith("وذلك في إطار التزامها بالقرارات الدولية")
