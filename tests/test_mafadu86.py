"""Round 86 (mafadu): a statement noun opened by مفاده/مفادها counts (annotation guide §2): the issuer
of the noun speaks (the subject of the verb that issued it, its possessor, or a sender named after
من), the content after أن or in marks. A report the police received (بلاغ), a thought (قناعة), a
figurative message, a writing only read, and a gist that relays another's report do not.
Every sentence here is invented for these tests."""

from __future__ import annotations

from rasid.extract.quotes import _gist_noun_key, word_set
from rasid.model import Article
from rasid.pipeline import Options, process
from rasid.text.normalize import normalize


def said(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_issuer_of_the_circular_speaks() -> None:
    text = (
        "وفي مطلع الشهر الجاري، أصدرت هيئة الموانئ البحرية تعميما مفاده أن جميع السفن القادمة "
        "ستخضع لتفتيش إضافي قبل الرسو."
    )
    assert said(text) == [("مفاده", "هيئة الموانئ البحرية")]


def test_writer_of_the_letter_speaks_in_marks() -> None:
    text = (
        "ووجه رئيس البلدية سامي العتيبي خطابه المؤرخ في الخامس من مايو إلى مديري الأحياء "
        'ومفاده "نريد أن تنتهي أعمال الصيانة قبل موسم الأمطار".'
    )
    assert said(text) == [("ومفاده", "سامي العتيبي")]


def test_sender_named_after_min_speaks() -> None:
    text = "ووصلت الموظفين رسالة من مدير الفرع مفادها أن الدوام سيبدأ مبكرا خلال الشهر المقبل."
    assert said(text) == [("مفادها", "مدير الفرع")]


def test_report_received_by_the_control_room_is_no_quotation() -> None:
    # (negative: بلاغ is an event reported, its caller seldom named)
    text = "وتلقت غرفة العمليات بلاغا من أحد السكان مفاده أن حريقا اندلع في مستودع قديم بالحي الصناعي."
    assert said(text) == []


def test_figurative_message_is_no_quotation() -> None:
    # (negative: what an act shows, no colon or marks, no sender)
    text = "ويبعث افتتاح الجسر الجديد برسالة واضحة للعالم مفادها أن المدينة تجاوزت أزمتها الطويلة."
    assert said(text) == []


def test_a_thought_or_finding_is_no_quotation() -> None:
    # (negative: قناعة is nobody's words)
    text = "وتوصل أعضاء الفريق إلى قناعة مفادها أن المشروع لن يكتمل في موعده المحدد."
    assert said(text) == []


def test_writing_only_read_is_no_quotation() -> None:
    # (negative: the writer read a news item, its issuer unnamed)
    text = "وأذكر أنني قرأت خبرا مفاده أن القلعة القديمة بنيت قبل ثلاثة قرون على يد البحارة."
    assert said(text) == []


def test_gist_relaying_a_report_leaves_it_to_its_own_cue() -> None:
    # (negative: the minister named inside the gist speaks through his own verb)
    text = "ونشرت الصحيفة تحقيقا مفاده أن الوزير خالد الرميح أشار إلى أن الميزانية ستشهد عجزا هذا العام."
    assert said(text) == [("أشار", "خالد الرميح")]


def test_verb_before_ma_mafaduhu_stays_the_cue() -> None:
    # (negative: "قالت ما مفاده" is one quotation, its verb the cue)
    text = "وقالت الباحثة هالة المنصور ما مفاده أن الأطفال يتعلمون اللغة أسرع من الكبار."
    assert said(text) == [("وقالت", "هالة المنصور")]


def test_lexicons_hold_the_cue_forms_and_the_nouns() -> None:
    assert {normalize(w) for w in ("مفاده", "مفادها", "ومفاده", "ومفادها")} <= word_set("gist_cues")
    assert _gist_noun_key(normalize("تعميما")) and _gist_noun_key(normalize("خطابه"))
    assert _gist_noun_key(normalize("برسالة"), "gist_message_nouns")
    assert not _gist_noun_key(normalize("بلاغا")) and not _gist_noun_key(normalize("حقيقة"))
