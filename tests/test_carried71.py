"""Round 71: a sentence-initial cue with no subject of its own ("وقال إنه"، "وقال لـ«…»: إن")
after a sentence that opens with a verb and names a person right after it as its subject, titles
and their complements between ("على الجانب الآخر، يأمل وزير المالية فلان …"), goes on with that
person, not with the one quoted before the sentence; an indefinite noun after the verb (an object
first), a nominal attribution in full, and a cue with a subject of its own keep the earlier reading."""

from __future__ import annotations

from conftest import cue_speakers

OPENING = "قال وزير الخارجية خالد الفارس إن المحادثات كانت مثمرة. "
HOPE = (
    "على الجانب الآخر، يأمل وزير المالية سامي العتيبي، الذي لم يقلق من تأخر الجلسات، أن يتم "
    "إقرار قانون الضرائب خلال الدورة الحالية. "
)


def test_the_subject_named_after_the_opening_verb_takes_the_cue() -> None:
    """ "يأمل وزير المالية سامي العتيبي …. وقال إنه": the minister who hopes, not the one quoted."""
    text = OPENING + HOPE + "وقال إنه لولا المعارضة لأقر القانون منذ أشهر."
    assert cue_speakers(text)[-1] == ("وقال", "سامي العتيبي")


def test_an_addressee_before_the_words_leaves_the_cue_subjectless() -> None:
    """ "وقال لـ«الرياض»: إن": the paper is told, the spokesman named before speaks."""
    text = (
        "قال رئيس الغرفة التجارية خالد الفارس إن الأسواق مستقرة. على صعيد آخر، أرجع المتحدث باسم "
        "جمعية حماية المستهلك الدكتور فهد المطيري ارتفاع أسعار قطع الغيار إلى ضعف الرقابة. وقال "
        "لـ«الرياض»: إن ما يتحكم في الأسعار هو الطلب."
    )
    assert cue_speakers(text)[-1] == ("وقال", "فهد المطيري")


def test_an_indefinite_noun_after_the_verb_is_its_subject() -> None:
    """ "زار وفد من رجال الأعمال الوزير فلان": the minister is visited; the one quoted goes on."""
    text = (
        OPENING + "على الجانب الآخر، زار وفد من رجال الأعمال وزير المالية سامي العتيبي في مكتبه "
        "بالرياض. وقال إن الاتفاق سيوقع قريبا."
    )
    assert cue_speakers(text)[-1] == ("وقال", "خالد الفارس")


def test_a_nominal_attribution_keeps_the_earlier_speaker() -> None:
    """ "وبحسب صحيفة الرياض، وجه الوزير فلان رسالة": the paper's report, not the floor."""
    text = (
        OPENING + "وبحسب صحيفة الرياض، وجه وزير المالية سامي العتيبي رسالة إلى البرلمان. "
        "وقال إن الاتفاق سيوقع قريبا."
    )
    assert cue_speakers(text)[-1] == ("وقال", "خالد الفارس")


def test_a_cue_with_its_own_subject_keeps_it() -> None:
    """ "وقال آخر" and "وادعى «المجلس» … أن" name their own speakers."""
    assert cue_speakers(OPENING + HOPE + "وقال آخر إن القانون لن يمر.")[-1] == ("وقال", "آخر")
    assert cue_speakers(OPENING + HOPE + "وادعى «المجلس» في بيان أن القانون لن يمر.")[-1] == (
        "وادعى",
        "المجلس",
    )
