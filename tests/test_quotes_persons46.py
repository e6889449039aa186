"""Round 46, which person spoke: a known family name before a title, the chair named after «برئاسة»
for a bare «رئيس …», an utterance noun in construct with a titled person, the given name «آن», the
title «سكرتير», the one person a subjectless cue's own sentence names, and a dean's title in
construct after a name. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

from conftest import content_speaker as speaker_of
from rasid.model import Article
from rasid.pipeline import process

# --- a known family name before a title


_TWO_EXPERTS = (
    "أكد الخبيران الدكتور عبدالله الراشد والدكتور محمد الحربي أن أزمة الأسواق ستطول. "
    "وقال الدكتور الحربي أستاذ الاقتصاد بجامعة الطائف إن الأسعار متقلبة هذا العام. "
)


def test_family_name_before_title_names_that_person():
    text = _TWO_EXPERTS + "بدوره رأى الدكتور الراشد أستاذ المالية بجامعة تبوك أن النمو سيعود قريبا."
    assert speaker_of(text, "النمو سيعود") == "عبدالله الراشد"


def test_bare_title_after_experts_is_its_bearer():
    text = _TWO_EXPERTS + "بدوره رأى أستاذ الاقتصاد أن النمو سيعود قريبا."
    assert speaker_of(text, "النمو سيعود") == "محمد الحربي"


# --- the chair named after «برئاسة»


def test_bare_chairman_is_the_person_named_after_chaired_by():
    text = (
        "أعلنت إدارة نادي الشباب أنها ستوقع عقدا جديدا مع شركة للأغذية، وينتظر أن توقع الإدارة "
        "برئاسة خالد البلطان عقودا أخرى. وأكد رئيس النادي أن الإدارة تسعى لدعم الفريق ماليا."
    )
    assert speaker_of(text, "الإدارة تسعى") == "خالد البلطان"


def test_two_chairs_leave_the_bare_title():
    text = (
        "اجتمعت لجنة المسابقات برئاسة سعد العتيبي ولجنة الحكام برئاسة فهد الدوسري أمس. "
        "وأكد رئيس اللجنة أن جدول المباريات سيصدر قريبا."
    )
    assert speaker_of(text, "جدول المباريات") not in ("سعد العتيبي", "فهد الدوسري")


# --- an utterance noun in construct with a titled person


def test_speech_of_titled_person_with_resumptive_pronoun():
    text = (
        "نظمت جمعية المصورين السعوديين أمسية عن التصوير الفوتوغرافي، واستهلت الأمسية بكلمة "
        "ماجد العنزي رئيس الجمعية أشار فيها إلى أن التصوير يحتاج إلى دعم أكبر من الجهات المعنية."
    )
    assert speaker_of(text, "التصوير يحتاج") == "ماجد العنزي"


def test_speech_with_no_owner_keeps_the_subject():
    text = (
        "نظمت جمعية المصورين السعوديين أمسية عن التصوير الفوتوغرافي، واستهلت الأمسية بالكلمة "
        "الافتتاحية أشار فيها إلى أن التصوير يحتاج إلى دعم أكبر من الجهات المعنية."
    )
    assert speaker_of(text, "التصوير يحتاج") != "ماجد العنزي"


# --- the given name «آن»


def test_given_name_anne_is_no_complementizer():
    text = "قالت آن ماركوس، مديرة البرنامج في المنظمة، إن الدعم المالي سيستمر حتى نهاية العام."
    speaker = speaker_of(text, "الدعم المالي")
    assert speaker is not None and speaker.endswith("ماركوس")


def test_misspelt_complementizer_before_definite_word_opens_the_clause():
    text = "وذكرت الشركة في بيانها آن المشروع سيكتمل قبل نهاية العام المقبل."
    article = process(Article(id="t", raw=text))
    assert [q.text for q in article.quotes] == ["المشروع سيكتمل قبل نهاية العام المقبل"]


# --- the title «سكرتير»


def test_secretary_of_state_then_untagged_name_speaks():
    text = (
        "قدمت الحكومة مشروع قانون جديدا إلى البرلمان أمس. وقال سكرتير الدولة لشؤون الإسكان "
        "غريك هانت إن «القانون سيحمي المستأجرين من الاستغلال»."
    )
    speaker = speaker_of(text, "القانون سيحمي")
    assert speaker is not None and speaker.endswith("هانت")


def test_bare_secretary_stays_a_title():
    text = "قدمت الحكومة مشروع قانون جديدا. وقال السكرتير إن القانون سيحمي صغار المزارعين."
    assert speaker_of(text, "القانون سيحمي") != "جون بيكرينغ"


# --- the one person a subjectless cue's own sentence names


def test_subjectless_cue_takes_the_person_its_sentence_names():
    text = (
        "ورفع مجلس بلدية المدينة، أول من أمس، جلسته الدورية إثر خلاف بين أعضائه.\n\n"
        "الاحتجاجات التي اندلعت في أحياء جنوب المدينة مطلع الشهر الجاري، جاءت بعد يومين من "
        "تصريحات أدلى بها نائب المحافظ سامي الخطيب، التي وصف فيها الطرق بالمتهالكة وأن سكانها لن "
        "ينتظروا كثيرا، وأضاف في حديث صحافي خلال جولته في الأحياء، أن «الخدمات لم تتحسن منذ سنوات»."
    )
    assert speaker_of(text, "الخدمات لم", ranked=False) == "سامي الخطيب"


def test_subjectless_cue_with_no_person_in_its_sentence_keeps_the_earlier_subject():
    text = (
        "وافتتح الأمير خالد الفيصل المعرض الدولي للكتاب أمس.\n\n"
        "المعرض الذي يستمر عشرة أيام يضم دور نشر كثيرة، وأضاف في حديث صحافي أن «القراءة تزدهر»."
    )
    assert speaker_of(text, "القراءة تزدهر", ranked=False) == "خالد الفيصل"


# --- an indefinite rank word in construct after a name


def test_dean_title_after_name_keeps_the_name():
    text = (
        "أعلنت الجامعة قبول أكثر من خمسة آلاف طالب هذا العام. وأوضح د. سعيد الهاجري عميد البحث "
        "العلمي أن الطلبة الجدد سيبدؤون الدراسة الشهر المقبل."
    )
    assert speaker_of(text, "الطلبة الجدد", ranked=False) == "سعيد الهاجري"


def test_definite_rank_before_name_still_opens_the_name():
    text = (
        "أعلنت الجامعة قبول أكثر من خمسة آلاف طالب هذا العام. وأوضح د. سعيد الهاجري العميد "
        "المساعد أن الطلبة الجدد سيبدؤون الدراسة الشهر المقبل."
    )
    assert speaker_of(text, "الطلبة الجدد", ranked=False) == "سعيد الهاجري"
