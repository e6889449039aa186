"""Round 90 (precision): a reporting verb negated right before it (لم، لن، لا، «دون أن») reports
nothing — the guide's §3 "negated or impersonal reports" — unless a corrective word (بل، بخلاف، سوى)
inside its frame says what was said instead. Every sentence here is invented for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def quoted(text: str) -> list[tuple[str, str, str | None, str]]:
    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.kind, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def test_a_negated_announcement_is_no_quotation() -> None:
    text = "انفجرت عبوة ناسفة قرب سوق الخضار مساء الثلاثاء. ولم تعلن أي جماعة مسؤوليتها عن الانفجار حتى الآن."
    assert quoted(text) == []


def test_a_negated_view_is_no_quotation() -> None:
    assert quoted("ولم يستبعد وزير الاقتصاد نادر الصالح أن تتراجع أسعار الحديد خلال الصيف.") == []


def test_the_same_view_without_negation_is_reported() -> None:
    found = quoted("ويتوقع وزير الاقتصاد نادر الصالح أن تتراجع أسعار الحديد خلال الصيف.")
    assert [(who, content[:14]) for _, _, who, content in found] == [("نادر الصالح", "تتراجع أسعار ا")]


def test_without_that_negates_the_cue_and_the_next_source_still_speaks() -> None:
    found = quoted(
        "أغلقت الشرطة الطريق الساحلي صباح أمس، دون أن تكشف الشرطة عن سبب الإغلاق، لكن مصدرا بلديا "
        "قال إن أعمال صيانة عاجلة تجري هناك."
    )
    assert [(cue, who) for cue, _, who, _ in found] == [("قال", "مصدر بلدي")]
    assert found[0][3].startswith("أعمال صيانة عاجلة")


def test_a_corrective_after_the_negated_cue_keeps_the_report() -> None:
    found = quoted(
        "ولم يؤكد المتحدث باسم الدفاع المدني سامي الرفاعي وفاة العامل بل اكتفى بالإشارة إلى نقله "
        "إلى المستشفى."
    )
    assert [(cue, who) for cue, _, who, _ in found] == [("يؤكد", "سامي الرفاعي")]


def test_the_negated_speaker_keeps_the_floor_for_a_later_added() -> None:
    found = quoted(
        "ولم يستبعد المدرب كمال الحربي أن يغيب قائد الفريق عن المباراة المقبلة. "
        "وأضاف أن الجهاز الطبي سيحسم الأمر صباح الغد."
    )
    assert [(cue, who) for cue, _, who, _ in found] == [("وأضاف", "كمال الحربي")]


def test_and_between_after_between_is_no_cue() -> None:
    assert quoted("ربط المحلل بين تراجع أسعار القطن وبين ضعف الطلب في أسواق الملابس الآسيوية.") == []


def test_and_between_inside_a_statement_leaves_the_statement_whole() -> None:
    found = quoted(
        "وقال رئيس الغرفة سالم الدوسري إن اللجنة ستفصل بين الشركات الكبيرة وبين المؤسسات الصغيرة "
        "في التصنيف الجديد."
    )
    assert [(cue, who) for cue, _, who, _ in found] == [("وقال", "سالم الدوسري")]
    assert found[0][3].endswith("في التصنيف الجديد")


def test_and_explained_with_a_clause_after_a_between_is_still_a_cue() -> None:
    found = quoted(
        "وتحدث المدير عن التعاون بين البلدين في مجال الطاقة، وبين الوزير خالد الحمد أن الاتفاق "
        "سيوقع الشهر المقبل."
    )
    assert ("وبين", "خالد الحمد") in [(cue, who) for cue, _, who, _ in found]
