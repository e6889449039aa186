"""Round 84 (detection misses): a reported clause past a setting adjunct, a present cue before marks,
and a longer unknown subject before a colon and quotation marks.

- "وأكد الوزير في مؤتمر صحفي عقده … أن …": after a verb that may take a noun-phrase object (أكد،
  أعلن …), a setting adjunct (في، خلال، أمام …) right after the speaker is no object, so the clause
  may be looked for past it, up to 20 words on;
- not after a preposition that carries the cue's own object (أكد على، أعلن عن، أشار إلى), and past
  the adjunct only an إن/أن clause, never a late noun object ("وحين أعلن النادي في … عن ضم …");
- "…. تقول "…"": a present cue first in its sentence right before an opening mark opens its
  speaker's words, as after و or a comma (not "عبارة تقول "…"", a slogan, nor "يتوقع أن");
- "قالت فلانة فلان … رئيسة البلدة: «…»": a subject no list knows may run to six words when a
  colon and an opening mark close it (four otherwise, as before).

Every sentence is written for these tests in the style of Saudi and Gulf news; the names and places
are invented.
"""

from __future__ import annotations

from conftest import quote_rows
from rasid.extract import quotes as q
from rasid.model import Article
from rasid.pipeline import Options


def doc_of(text: str) -> q._Doc:
    """The quotation stage's token view of ``text`` after every stage before it."""
    article = Article(id="t", raw=text)
    options = Options()
    for stage in options.pipeline():
        if stage.name == "quotes":
            break
        article = stage.func(article, options)
    return q._Doc(article)


LONG_SETTING = (
    "وأكد الوزير في مؤتمر صحفي عقده بمقر الوزارة في العاصمة بعد ظهر أمس مع نظيره العماني وعدد "
    "من كبار المسؤولين، أن القطار سيبدأ رحلاته."
)


def test_setting_adjunct_opens_after_the_speaker() -> None:
    doc = doc_of(LONG_SETTING)
    assert doc.tokens[2].key == "في"
    assert q._setting_adjunct_after_speaker(doc, 2)


def test_late_clause_reached_past_a_long_setting() -> None:
    doc = doc_of(LONG_SETTING)
    at = q._late_clause(doc, 2, q._MAX_SETTING_CLAUSE_TOKENS)
    assert at is not None and doc.text[doc.tokens[at].start : doc.tokens[at].end] == "أن"
    assert q._late_clause(doc, 2) is None  # (the general reach stays short: see the next test)


def test_a_calling_verbs_clause_stops_before_a_second_speakers_cue() -> None:
    """At the merge the general reach of 20 words let «ودعت الشرطة … إلى التواصل …» take the clause of
    «، فيما أشار فلان إلى أنه»: the longer reach is the setting adjunct's only."""
    from rasid.model import Article
    from rasid.pipeline import Options, process

    text = (
        "قتل شاب عربي يدرس في جامعة أمريكية بعدما أطلق مجهول عليه النار قرب سكنه مساء السبت.\n\n"
        "ودعت الشرطة المحلية في المدينة كل من لديه أي معلومات إلى التواصل مع شرطة الجامعة أو مع أقرب"
        ' مركز للشرطة في "المدينة"، فيما أشار أحد زملاء الشاب إلى أنه أصيب بثلاث رصاصات في الظهر،'
        " مشيرا إلى أن زميله كان هادئا ومحبوبا بين الجميع."
    )
    article = process(Article(id="t", raw=text), Options())
    assert [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("أشار", "أحد زملاء الشاب"),
        ("مشيرا", "أحد زملاء الشاب"),
    ]


def test_object_prepositions_open_no_setting() -> None:
    for text in (
        "وأكد المدير على أهمية الالتزام بالمواعيد.",
        "وأعلن المجلس عن إطلاق برنامج جديد للمنح.",
        "وأشار المحافظ إلى ارتفاع أعداد الزوار.",
    ):
        doc = doc_of(text)
        assert not q._setting_adjunct_after_speaker(doc, 2), text


def test_the_speaker_itself_is_no_setting() -> None:
    doc = doc_of(LONG_SETTING)
    assert not q._setting_adjunct_after_speaker(doc, 1)  # الوزير
    assert not q._setting_adjunct_after_speaker(doc, len(doc.tokens))  # past the end


def test_late_clause_not_found_beyond_its_reach() -> None:
    far = " ".join(["وبحضور رؤساء الأقسام"] * 8)
    doc = doc_of(f"وأكد الوزير في اجتماع عقده أمس {far}، أن العمل سيبدأ قريبا.")
    assert q._late_clause(doc, 2) is None


MARKED = "وقالت هيلتروت فايسكيرش أوبل رئيسة كورنفلد: «سنفتتح الجسر الجديد في الربيع»."
UNMARKED = "وقالت هيلتروت فايسكيرش أوبل رئيسة كورنفلد إن الجسر سيفتتح في الربيع."


def test_five_word_unknown_subject_before_colon_and_marks() -> None:
    doc = doc_of(MARKED)
    assert q._unknown_subject_limit(doc, 6) == q._MAX_MARKED_UNKNOWN_SUBJECT_TOKENS
    guess = q._unknown_subject(doc, 1, 6)
    assert guess is not None and guess.name == "هيلتروت فايسكيرش أوبل رئيسة كورنفلد"


def test_five_word_unknown_subject_before_a_clause_is_still_too_long() -> None:
    doc = doc_of(UNMARKED)
    assert q._unknown_subject_limit(doc, 6) == q._MAX_UNKNOWN_SUBJECT_TOKENS
    assert q._unknown_subject(doc, 1, 6) is None


def test_colon_without_marks_keeps_the_short_limit() -> None:
    doc = doc_of("وقالت هيلتروت فايسكيرش أوبل رئيسة كورنفلد: سنفتتح الجسر الجديد في الربيع.")
    assert q._unknown_subject_limit(doc, 6) == q._MAX_UNKNOWN_SUBJECT_TOKENS


def test_seven_words_before_the_marks_are_no_subject() -> None:
    doc = doc_of("وقالت هيلتروت فايسكيرش أوبل رئيسة بلدية كورنفلد الجديدة: «سنفتتح الجسر».")
    assert q._unknown_subject(doc, 1, 8) is None


def test_background_announcement_past_a_setting_stays_narration() -> None:
    rows = quote_rows("وحين أعلن النادي في مؤتمر صحفي عن ضم اللاعب ارتفعت مبيعات التذاكر.")
    assert rows == []


def test_present_cue_right_before_marks_reports() -> None:
    rows = quote_rows(
        'وتحدثت المعلمة هند السبيعي عن تجربتها في القرية. تقول "لم أتوقع هذا النجاح في عامي الأول".'
    )
    assert [row[:2] for row in rows] == [("direct", "تقول")]
    assert rows[0][2] is not None and rows[0][2].startswith("هند")
    assert rows[0][3] == "لم أتوقع هذا النجاح في عامي الأول"


def test_impersonal_present_without_marks_stays_out() -> None:
    assert quote_rows("ويتوقع أن ترتفع أسعار الإسمنت في الربع المقبل.") == []


def test_a_present_cue_first_in_its_sentence_opens_marks() -> None:
    doc = doc_of('زرنا المزرعة أمس. تقول "لم أتوقع هذا النجاح".')
    i = next(k for k, t in enumerate(doc.tokens) if doc.text[t.start : t.end] == "تقول")
    assert q._present_opening_marks(doc, i, i + 1, doc.tokens[i + 1].start)


def test_a_slogan_that_says_stays_out() -> None:
    assert quote_rows('ورفع الطلاب لوحة كبيرة عليها عبارة تقول "العلم نور".') == []
