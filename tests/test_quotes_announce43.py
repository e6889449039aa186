"""أعلن/كشف ‹subject› ‹adjunct› عن ‹statement-like verbal noun› (round 43): the verb's own preposition
after an adjunct the frame does not read (a channel, a time, a place), then a statement, not a topic."""

from __future__ import annotations

import pytest

from rasid.extract.quotes import quotes_stage
from rasid.model import Article


def quotes_of(text: str) -> list:
    return list(quotes_stage(Article(id="t", text=text)).quotes)


def pipeline_quotes(text: str) -> list:
    from rasid.pipeline import Options, process

    return list(process(Article(id="t", raw=text), Options(rank_speakers=True)).quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a channel: "عبر حسابها على ‹site›،"
        (
            'وأعلنت شركة الطيران الوطنية عبر حسابها على موقع التواصل "تويتر"، عن بدء رحلاتها إلى القاهرة.',
            "بدء رحلاتها إلى القاهرة",
        ),
        # a time: "قبل عدة أيام", a date between commas
        (
            "أعلنت الهيئة العامة للرياضة قبل أسبوعين عن توفر عشر وظائف شاغرة في فروعها.",
            "توفر عشر وظائف شاغرة في فروعها",
        ),
        (
            "أعلنت وزارة الداخلية، الأحد 12 مارس، عن اعتقال 40 شخصا في حملة أمنية.",
            "اعتقال 40 شخصا في حملة أمنية",
        ),
        # the statement that was made: "في بيان صحفي،"
        ("وأعلنت إدارة المرور في بيان صحفي، عن تسلم دفعة جديدة من الدوريات.", "تسلم دفعة جديدة من الدوريات"),
        # an indefinite plan after a time word
        ("وكشف المحافظ أمس عن خطط لتوسعة الطريق الساحلي.", "خطط لتوسعة الطريق الساحلي"),
        ("وكشف الباحث في دراسته عن تراجع كبير في أعداد الطيور.", "تراجع كبير في أعداد الطيور"),
        # a definite derived verbal noun governing its preposition
        (
            "وكشف مدير التعليم بالمحافظة أمس عن التركيز على تدريب المعلمين هذا العام.",
            "التركيز على تدريب المعلمين هذا العام",
        ),
        # an إفعال verbal noun of a root in ل (إلزام) is no definite noun
        (
            "أعلنت جامعة الملك سعود عن إلزام طلابها المستجدين بحضور اللقاء التعريفي.",
            "إلزام طلابها المستجدين بحضور اللقاء التعريفي",
        ),
    ],
)
def test_announced_statement_after_the_subject_and_an_adjunct(text: str, content: str) -> None:
    assert [q.text for q in quotes_of(text)] == [content]


def test_the_body_announcing_after_its_channel_speaks_inside_a_whole_article() -> None:
    text = (
        "قال مدير المطار إن الرحلات ستعود تدريجيا.\n\n"
        'وأعلنت شركة الطيران الوطنية عبر حسابها على موقع التواصل "تويتر"، عن بدء رحلاتها إلى القاهرة.'
    )
    found = pipeline_quotes(text)
    assert [(q.cue.text, q.speaker.name if q.speaker else None) for q in found][-1] == (
        "وأعلنت",
        "شركة الطيران الوطنية",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a topic named, not a statement (quotes_test88's header: "عن هوية الانتحاري")
        "أعلنت الوزارة، أمس، عن هوية منفذ الهجوم على المركز التجاري.",
        "وكشفت الشرطة في مؤتمر صحفي عن تفاصيل العملية الأمنية.",
        "وأعلن الاتحاد قبل يومين عن موعد انطلاق الدوري الجديد.",
        # negated, background or subjectless (a passive) cues report nothing
        "ولم يكشف الجيش في بيانه عن جنسية الجنود القتلى.",
        "ومن المقرر أن يكشف الرئيس عن إصلاحات في الاتحاد خلال أيام.",
        "وعندما أعلنت الشركة في بيان عن إطلاق المنتج تراجعت أسهمها.",
        "لندن: أعلن هذا الأسبوع عن تعيين مدير جديد للمكتب.",
        # an object of the verb before the عن that governs it, a time clause ("في وقت … فيه")
        "وأعلنت رئيسة المجلس أخيرا أقوى الإشارات عن احتمال رفع الفائدة.",
        "في وقت أعلنت فيه الوزارة عن إطلاق الحملة، تراجعت أسعار الأسهم.",
        # a definite thing shown, a feeling: no statement
        "وكشف المتحف في حفل رسمي عن القطعة الأثرية النادرة.",
        "وكشف اللاعب في المؤتمر الصحفي عن حبه للنادي.",
        # right after the subject the frame alone reads the object (an indefinite noun and adjective)
        "وكشف المحافظ عن تحول كبير في المنطقة.",
    ],
)
def test_no_announced_statement(text: str) -> None:
    assert quotes_of(text) == []


def test_according_to_media_glued_to_lam_is_the_unnamed_source() -> None:
    said = "وقال المدرب إن الفريق جاهز للمباراة. "
    found = pipeline_quotes(said + "ووفقا لوسائل إعلام إسبانية، فإن النادي رفض عرضا لضم المهاجم.")
    assert [(q.cue.text, q.speaker.name if q.speaker else None, q.text) for q in found][-1] == (
        "ووفقا",
        "وسائل إعلام إسبانية",
        "النادي رفض عرضا لضم المهاجم",
    )
    found = pipeline_quotes(said + "وارتفعت أسعار التذاكر هذا الموسم، وفقا لوسائل الإعلام المحلية.")
    assert found[-1].cue.text == "وفقا" and found[-1].text == "ارتفعت أسعار التذاكر هذا الموسم"
    # means that are not the media are no source; "لوسائل الإعلام" after قال is still an addressee
    assert pipeline_quotes("وتوزع المساعدات وفقا لوسائل النقل المتاحة في القرى.") == []
    found = pipeline_quotes("وقال الوزير لوسائل الإعلام إن الحكومة ستعلن القرار غدا.")
    assert [(q.speaker.name if q.speaker else None, q.text) for q in found] == [
        ("الوزير", "الحكومة ستعلن القرار غدا")
    ]
