"""Round 93 (bounds): a quotation right after its cue or colon that is a long stretch in marks (ten
words or more) and goes on past its closing mark without a comma is the marked words alone, direct;
a short marked phrase that the sentence goes on from stays one mixed clause, and a mark glued to the
next word opens a term, not the end of the statement. Sentences invented for these tests."""

from __future__ import annotations

from conftest import quote_rows


def rows_by_cue(text: str) -> dict[str, tuple[str, str]]:
    return {cue: (kind, content) for kind, cue, _speaker, content in quote_rows(text)}


def test_long_marked_statement_then_narrator_words_is_direct():
    text = (
        "زار رئيس البلدية حديقة الحي الشرقي بعد تجديدها. وقال رئيس البلدية: «أنجزنا تجديد الحديقة "
        "قبل موعده بشهرين كاملين وسنفتح أبوابها للعائلات كل مساء» وحث السكان على المحافظة عليها."
    )
    assert rows_by_cue(text)["وقال"] == (
        "direct",
        "أنجزنا تجديد الحديقة قبل موعده بشهرين كاملين وسنفتح أبوابها للعائلات كل مساء",
    )


def test_short_marked_phrase_that_goes_on_stays_mixed():
    text = (
        "تحدث المدرب عن استعداد فريقه للموسم الجديد. وقال المدرب: «الفريق جاهز تماما» للمنافسة على "
        "لقب الدوري هذا العام."
    )
    kind, content = rows_by_cue(text)["وقال"]
    assert kind == "mixed"
    assert content.endswith("هذا العام")


def test_mark_glued_to_next_word_is_no_close():
    text = (
        'نشرت الجمعية تقريرها السنوي عن القراءة. وقالت رئيسة الجمعية: "يقرأ الأطفال اليوم أكثر من '
        'قبل بكثير ويفضلون القصص المصورة مثل "رحلة القمر" في المساء".'
    )
    _kind, content = rows_by_cue(text)["وقالت"]
    assert content.endswith("في المساء")
