"""Round 87 (fihi): a writing noun followed by a reporting verb and فيه/فيها («أصدرت الهيئة بيانا
أكدت فيه أن …»، «نشرت الجماعة شريطا يؤكد فيه …») reports what the writing says; the cue is the verb
after the noun and the speaker the writing's writer or issuer. A present cue in such a frame is no
impersonal "it is said"; true impersonal uses (يقال إن، يتوقع أن with nobody named) stay rejected.
Every sentence here is invented for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def said(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_issuer_before_statement_with_noun_object() -> None:
    text = (
        "وأصدرت جمعية حماية المستهلك بيانا أكدت فيه وجود مخالفات كثيرة في أسعار الخضار خلال الأسبوع الماضي."
    )
    assert said(text) == [("أكدت", "جمعية حماية المستهلك")]


def test_present_cue_after_recording_is_not_impersonal() -> None:
    text = (
        "ونشرت جماعة الفجر المسلحة شريط فيديو على الإنترنت تؤكد فيه أنها أسرت ثلاثة جنود "
        "في الهجوم الأخير على الحدود."
    )
    assert said(text) == [("تؤكد", "جماعة الفجر المسلحة")]


def test_subject_named_after_in_it() -> None:
    text = (
        "وكانت نقابة الممرضين قد أصدرت بلاغا صحافيا أعلنت فيه النقابة بدء الإضراب الشامل في "
        "المستشفيات الحكومية."
    )
    assert said(text) == [("أعلنت", "نقابة الممرضين")]


def test_pluperfect_issuer_of_the_writing() -> None:
    text = "وكان أهالي قرية الزيتون قد أصدروا بيانا مساء الجمعة، أعلنوا فيه رفضهم إقامة المصنع قرب بيوتهم."
    assert said(text) == [("أعلنوا", "أهالي قرية الزيتون")]


def test_speech_delivered_by_a_named_official() -> None:
    text = (
        "وألقى رئيس بلدية المدينة سامر الحداد كلمة في الحفل أوضح فيها أن المشروع سيكتمل "
        "قبل نهاية العام المقبل."
    )
    assert said(text) == [("أوضح", "سامر الحداد")]


def test_writer_after_the_writing() -> None:
    text = (
        "وتداول الناشطون تصريحات أدلى بها مسؤول حكومي لإذاعة محلية، قال فيها إن الطريق سيفتح "
        "أمام السيارات الأسبوع المقبل."
    )
    assert said(text) == [("قال", "مسؤول حكومي")]


def test_impersonal_present_stays_rejected() -> None:
    # (negative: no writing before the verb, nobody named: "it is expected that")
    text = "ويتوقع أن ترتفع درجات الحرارة في المناطق الساحلية خلال الأيام المقبلة."
    assert said(text) == []


def test_it_is_said_stays_rejected() -> None:
    # (negative: the passive "it is said" after a writing reports nobody's words)
    text = "وفي الرواية الجديدة فصل طويل يقال فيه إن البطل عاد إلى قريته بعد الحرب."
    assert said(text) == []


def test_in_it_after_a_place_is_no_writing() -> None:
    # (negative: فيها points back to a town, not a writing: the experts, named, speak)
    text = (
        "وزار الوفد مدينة الواحة التي يعيش فيها آلاف المزارعين. وقال خبراء الزراعة إن "
        "المحاصيل تضررت كثيرا هذا العام."
    )
    assert said(text) == [("وقال", "خبراء الزراعة")]


def test_described_thing_after_in_it_is_not_the_speaker() -> None:
    # (negative: "وصفت فيه القرار بأنه": the thing described follows فيه, not the subject)
    text = "وأصدرت هيئة الدفاع عن الصيادين بيانا وصفت فيه القرار الجديد بأنه ظالم ويهدد أرزاق الأسر الفقيرة."
    assert all(speaker != "القرار الجديد" for _, speaker in said(text))


def test_issuing_verb_of_an_earlier_clause_is_not_the_writer() -> None:
    # (negative: the club organised the evening; the speech is its chairman's, named after it)
    text = (
        "نظم نادي الفروسية الأهلي حفلا لتكريم الفائزين، وافتتح الحفل بكلمة عادل الكناني رئيس "
        "النادي أشار فيها إلى أن البطولة المقبلة ستقام في الربيع."
    )
    assert [speaker for _, speaker in said(text)] == ["عادل الكناني"]
