"""Round 81, carried cues: the subject a subjectless cue continues when its sentence opens with a verb
whose subject phrase ran on. A definite body's head written right before a person's name is the
subject and the person the verb's object («وانتقدت القناة فلانا، وقالت»); a phrase opening with a
plural of people names that group when the phrase analysis found only a later word as a speaker
(«وتبادل المشاركون الدروع بمناسبة الختام، مؤكدين»). Sentences written for these tests."""

from __future__ import annotations

from rasid.extract.quotes import _body_before_person_object, _Doc
from rasid.model import Article
from rasid.pipeline import Options, process

EARLIER = "وكان المحلل رامي الشعلان قد قال لإذاعة محلية إن الموسم الزراعي تأخر هذا العام.\n\n"


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def _last(text: str) -> tuple[str, str | None]:
    return _speakers(text)[-1]


def test_a_body_before_a_person_is_the_subject_of_the_cue():
    text = EARLIER + (
        "وبثت قناة الواحة الفضائية تقريرا مطولا عن مشروع السد الجديد في الوادي.\n\n"
        "وانتقدت القناة سليم الفخراني بسبب تأخر المشروع، "
        "وقالت إن الأعمال توقفت منذ شهور دون أي تفسير رسمي للسكان."
    )
    cue, speaker = _last(text)
    assert cue == "وقالت"
    assert speaker is not None and "الفخراني" not in speaker and "الواحة" in speaker


def test_a_titled_person_after_the_verb_stays_its_subject():
    # a title before the name is no body: «وهاجم الوزير فلان» keeps the minister as the subject
    text = EARLIER + (
        "وهاجم الوزير سليم الفخراني المقاولين بسبب تأخر مشروع السد الجديد، "
        "وقال إن الأعمال توقفت منذ شهور دون أي تفسير مقنع للسكان."
    )
    cue, speaker = _last(text)
    assert cue == "وقال" and (speaker or "").endswith("سليم الفخراني")


def test_body_cut_needs_a_person_right_after_its_head():
    text = "وانتقدت القناة سليم الفخراني بسبب تأخر المشروع، وقالت إن الأعمال توقفت."
    doc = _Doc(process(Article(id="t", raw=text), Options(rank_speakers=False)))
    start = text.index("القناة")
    phrase = [t for t in doc.tokens if start <= t.start < text.index(" بسبب")]
    cut = _body_before_person_object(doc, phrase)
    assert [doc.text[t.start : t.end] for t in cut] == ["القناة"]
    # a body followed by its own adjective is left whole
    other = "وأكدت القناة الرسمية أن البث سيعود مساء اليوم."
    doc = _Doc(process(Article(id="t", raw=other), Options(rank_speakers=False)))
    start = other.index("القناة")
    phrase = [t for t in doc.tokens if start <= t.start < other.index(" أن")]
    assert _body_before_person_object(doc, phrase) == []


def test_a_plural_of_people_opening_the_subject_speaks_as_a_group():
    text = EARLIER + (
        "وتبادل المشاركون الدروع التذكارية بمناسبة ختام الدورة التدريبية، "
        "مؤكدين أن مثل هذه اللقاءات تقوي روح الفريق وتزيد الإنتاج."
    )
    cue, speaker = _last(text)
    assert cue == "مؤكدين"
    assert speaker == "المشاركون"


def test_a_named_person_after_a_plural_subject_is_not_replaced():
    # the group rule never replaces a named person the phrase analysis found
    text = EARLIER + (
        "وكرم المعلمون الطالب ماجد العنقري في الحفل الختامي للمدرسة، "
        "مشيرين إلى أنه حصل على المركز الأول في مسابقة العلوم."
    )
    cue, speaker = _last(text)
    assert cue == "مشيرين" and speaker != "المعلمون الطالب"
