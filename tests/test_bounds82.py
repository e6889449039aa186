"""Round 82, content bounds: a "mixed" content that is one pair of marks end to end (its inner marks
nested and closed) is a direct quotation without its marks; a content that runs from the cue through
the speaker's description to a colon and then one pair of marks is the marked part; a «، الأمر الذي»
clause goes on with the speaker's account. Sentences written for these tests (invented names and
events)."""

from __future__ import annotations

from rasid.extract.quotes import _wholly_marked, quotes_stage
from rasid.model import Article


def found(text: str) -> list[tuple[str, str]]:
    """``(kind, content)`` of each quotation found in ``text``, in order."""
    article = quotes_stage(Article(id="t", text=text))
    return [(q.kind, article.text[q.start : q.end].strip(" .")) for q in article.quotes]


def test_nested_term_inside_a_wholly_marked_statement() -> None:
    text = "«تحولت الساحة إلى «سوق مفتوح»، يبيع فيه الجميع كل شيء»"
    assert _wholly_marked(text, 0, len(text)) == (1, len(text) - 1)


def test_straight_marks_nested_and_closed() -> None:
    text = '"قال إن حزب "الغد" سيخوض الانتخابات وحده"'
    assert _wholly_marked(text, 0, len(text)) == (1, len(text) - 1)


def test_two_quoted_stretches_are_not_one_pair() -> None:
    text = "«الميناء جاهز» و«الرصيف الجديد يفتح غدا»"
    assert _wholly_marked(text, 0, len(text)) is None


def test_words_after_the_closing_mark_keep_it_mixed() -> None:
    text = "«المشروع تأخر كثيرا» بسبب نقص التمويل"
    assert _wholly_marked(text, 0, len(text)) is None


def test_quoted_term_opening_a_clause_is_not_a_wrap() -> None:
    text = "«الخطة» التي أعلنها المجلس لم تكتمل «بعد»"
    assert _wholly_marked(text, 0, len(text)) is None


def test_wholly_marked_statement_is_direct_without_its_marks() -> None:
    text = "وقال المدير: «تحولت الساحة إلى «سوق مفتوح»، يبيع فيه الجميع كل شيء»."
    assert found(text) == [("direct", "تحولت الساحة إلى «سوق مفتوح»، يبيع فيه الجميع كل شيء")]


def test_description_in_marks_before_the_colon() -> None:
    text = (
        "وقال رئيس كتلة «التجديد» النيابية، مازن العطار، الذي زار المعرض صباحا: «نحن ندعم هذا "
        "المشروع بلا تردد»."
    )
    assert found(text) == [("direct", "نحن ندعم هذا المشروع بلا تردد")]


def test_colon_inside_the_reported_clause_stays() -> None:
    text = "وأوضح المهندس رامي الكعبي أن المخطط الجديد يقوم على فكرة بسيطة: «كل حي له حديقة ومدرسة»."
    kinds = found(text)
    assert kinds and kinds[0][0] == "mixed"
    assert kinds[0][1].startswith("المخطط الجديد")


def test_amr_alladhi_clause_goes_on_with_the_speaker() -> None:
    text = (
        "وأشار مدير الزراعة فهد الريس إلى أن موسم الأمطار تأخر هذا العام، الأمر الذي أخر زراعة "
        "القمح في السهول الشرقية."
    )
    assert found(text) == [
        ("indirect", "موسم الأمطار تأخر هذا العام، الأمر الذي أخر زراعة القمح في السهول الشرقية")
    ]


def test_narrator_clause_after_fima_still_ends_the_content() -> None:
    text = (
        "وأكد وزير النقل سالم الحداد أن الطريق الساحلي سيفتح الأسبوع المقبل، فيما أعلنت البلدية "
        "إغلاق الجسر القديم."
    )
    assert found(text)[0] == ("indirect", "الطريق الساحلي سيفتح الأسبوع المقبل")


def test_kama_opening_a_trailing_attribution_is_left_out() -> None:
    text = (
        "وافتتحت البلدية حديقة جديدة في الحي الشرقي. كما تضررت ثلاثة منازل في القرية المجاورة "
        "بسبب السيول، بحسب الدفاع المدني."
    )
    assert found(text) == [("indirect", "تضررت ثلاثة منازل في القرية المجاورة بسبب السيول")]


def test_ila_dhalika_opening_a_trailing_attribution_is_left_out() -> None:
    text = (
        "وانتهت المباراة بالتعادل. إلى ذلك، أصيب حارس المرمى في تدريب الفريق أمس، وفقا للمركز "
        "الإعلامي للنادي."
    )
    assert found(text) == [("indirect", "أصيب حارس المرمى في تدريب الفريق أمس")]


def test_kama_before_anna_is_not_cut_to_the_complementizer() -> None:
    text = (
        "وافتتحت البلدية حديقة جديدة في الحي الشرقي. كما أن ثلاثة منازل تضررت في القرية المجاورة، "
        "بحسب الدفاع المدني."
    )
    assert not any(content.startswith("أن") for _kind, content in found(text))


def test_a_new_cue_before_the_colon_keeps_the_first_quotation() -> None:
    text = (
        'وسألتها عن الرحلة فقالت لي "الطريق طويل جدا" ولم أفهم قصدها يومها، فابتسمت وردت قائلة: '
        '"سترين بنفسك عند الوصول".'
    )
    assert [content for _kind, content in found(text) if content.strip('"').startswith("سترين")] == []
    assert any(content.strip('"').startswith("الطريق طويل جدا") for _kind, content in found(text))
