"""Round 88 (writer): who speaks for a writing a cue's فيه/فيها points back to. A writing sent
"من" someone («تغريدة من الفنانة فلانة قالت فيها») is the sender's, named without the preposition,
for a past cue as for a present one, and not the receiver's named before the writing; a writer who
delivered the writing («ألقى فلان كلمة اللجنة») still comes first. Every sentence here is invented
for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def said(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_sender_after_min_is_named_without_the_preposition() -> None:
    text = "ووصلت إلى المغنية ريم تغريدة من الممثلة نوال قالت فيها إنها تتمنى العمل معها في مسلسل قريب."
    assert said(text) == [("قالت", "نوال")]


def test_sender_after_min_with_a_present_cue() -> None:
    text = "ووصلت إلى المغنية ريم تغريدة من الممثلة نوال تقول فيها إنها تتمنى العمل معها في مسلسل قريب."
    assert said(text) == [("تقول", "نوال")]


def test_past_cue_goes_to_the_sender_not_the_receiver() -> None:
    text = "وتلقت شركة البناء رسالة من المحامية سهى الأحمد قالت فيها إن القضية ستنظر في المحكمة الشهر المقبل."
    assert said(text) == [("قالت", "سهى الأحمد")]


def test_deliverer_of_a_bodys_speech_still_speaks() -> None:
    # (negative for the owner rule: the man who delivered the committee's speech speaks, not the committee)
    text = (
        "ثم ألقى مدير المعرض سالم بن علي العمري كلمة اللجنة المنظمة للمعرض في الحفل، أوضح فيها أن "
        "المعرض يلقى دعما كبيرا من رجال الأعمال."
    )
    assert said(text) == [("أوضح", "سالم بن علي العمري")]


def test_report_from_a_named_body_speaks_for_it() -> None:
    # (the construct owner after من keeps its body, now without the preposition)
    text = "وأشار تقرير من مؤسسة «النخبة للأبحاث» إلى أن أسعار الشقق ارتفعت كثيرا في العاصمة خلال الصيف."
    assert said(text) == [("وأشار", "مؤسسة النخبة للأبحاث")]


def test_writing_with_no_sender_keeps_its_issuer() -> None:
    # (negative: no من, the issuer before the writing speaks as before)
    text = "وأصدرت نقابة المعلمين بيانا أكدت فيه أن الإضراب سيستمر حتى تلبية مطالب المعلمين."
    assert said(text) == [("أكدت", "نقابة المعلمين")]


def test_letter_to_someone_is_not_the_addressees() -> None:
    # (negative: the addressee after إلى never speaks; the sender does)
    text = "وبعث رئيس البلدية خالد المنصور رسالة إلى السكان قال فيها إن المياه ستعود صباح الغد."
    assert [speaker for _, speaker in said(text)] == ["خالد المنصور"]
