"""Round 71: a quotation closed by an attribution that points back at it ("«…»، بهذه الكلمات لخص
فلان …"، "«…»، هكذا تحدث فلان") is a direct quotation of the person named after the verb, whatever
the verb; without the pointer only a verb of saying takes a quotation before it, and a pointer
with no words in marks before it, or no subject after its verb, makes none."""

from __future__ import annotations

import pytest

from conftest import quote_rows
from rasid.model import Article
from rasid.pipeline import Options, process


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "words"),
    [
        (
            "«الصبر مفتاح كل نجاح في هذه المهنة الصعبة»، بهذه الكلمات لخص المدرب سامي العتيبي "
            "تجربته مع الفريق.",
            "لخص",
            "سامي العتيبي",
            "الصبر مفتاح كل نجاح في هذه المهنة الصعبة",
        ),
        (
            "«نحن نصنع المستقبل بأيدينا ولا ننتظر أحدا»، هكذا تحدث رجل الأعمال فهد الزهراني في لقاء "
            "مع طلاب الجامعة.",
            "تحدث",
            "فهد الزهراني",
            "نحن نصنع المستقبل بأيدينا ولا ننتظر أحدا",
        ),
        (
            "«الحياة رحلة طويلة مليئة بالدروس». بهذه الجملة استهلت الكاتبة منى السالم حديثها في الأمسية.",
            "استهلت",
            "منى السالم",
            "الحياة رحلة طويلة مليئة بالدروس",
        ),
    ],
)
def test_pointer_back_at_the_words_makes_their_cue(text: str, cue: str, speaker: str, words: str) -> None:
    found = quote_rows(text)
    assert found[0] == ("direct", cue, speaker, words)
    article = process(Article(id="t", raw=text), Options())
    for q in article.quotes:
        assert article.text[q.start : q.end] == q.text


def test_the_speaker_goes_on_after_the_pointer() -> None:
    text = (
        "«الصبر مفتاح كل نجاح في هذه المهنة الصعبة»، بهذه الكلمات لخص المدرب سامي العتيبي تجربته "
        "مع الفريق. وقال إن الموسم المقبل سيكون أفضل."
    )
    assert [(cue, speaker) for _, cue, speaker, _ in quote_rows(text)] == [
        ("لخص", "سامي العتيبي"),
        ("وقال", "سامي العتيبي"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the pointer's verb has no subject of its own: narration, no speaker to give the words
        "«أطفالنا أمانة في أعناقنا جميعا»، وهكذا انتهت الأمسية بتكريم المشاركين.",
        # a verb that is no verb of saying, with no pointer back at the words
        "«الطريق إلى القمة طويل وشاق»، لخص المدرب سامي العتيبي تجربته مع الفريق.",
        # the pointer follows narration, not words in marks
        "وصل الوفد إلى الرياض مساء أمس، وبهذه الكلمات رحب به المحافظ خالد الشمري.",
    ],
)
def test_no_quotation_without_pointer_words_and_subject(text: str) -> None:
    assert quote_rows(text) == []
