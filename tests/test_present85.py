"""Round 85 (present): present-tense and plain قال cues the frame missed: a Latin initial's full stop
inside the speaker's phrase ("جيمس دي. كوبر"), a present cue with an implied subject that names whom
it told ("ويقول لـ«الوطن»: «…»"), a subject pronoun before a present cue ("فإنه يرى أن"، "وهو يقول «…»")
and a trailing "كما يقول فلان في صحيفة «…»" whose adjunct names a medium in marks. Every sentence here
is invented for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process

WORDS = "«نتائج الربع الأول تؤكد قوة خطتنا في الأسواق الخارجية»."
WRITER = "ويشكو الكاتب سامر الخطيب من ضغوط كثيرة في عمله الأخير."


def said(text: str) -> list[tuple[str, str | None, str]]:
    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def test_latin_initial_inside_the_speaker_phrase_ends_no_sentence() -> None:
    text = f"وقال جيمس دي. كوبر، مدير الوكالة، خلال كلمة ألقاها أمام المنتدى في المدينة، إن {WORDS}"
    found = said(text)
    assert len(found) == 1
    cue, speaker, words = found[0]
    assert cue == "وقال" and speaker is not None and "كوبر" in speaker
    assert words.startswith("نتائج الربع الأول")


def test_latin_initial_before_the_name_of_the_speaker() -> None:
    text = f"وقال المهندس كريم دي. فاسي، رئيس مجلس إدارة الشركة القابضة، إن {WORDS}"
    assert [(c, s) for c, s, _ in said(text)] == [("وقال", "كريم دي. فاسي")]


def test_a_full_stop_after_an_ordinary_word_still_ends_the_sentence() -> None:
    # (negative: the words after a real full stop are no speaker's clause)
    text = "وزار الوزير سامي العلي المصنع الجديد أمس. إن الإنتاج سيبدأ الشهر المقبل في المصنع."
    assert said(text) == []


def test_present_cue_told_a_medium_then_a_colon_speaks_for_the_person_before() -> None:
    text = f"{WRITER} ويقول لـ«الوطن»: «تركت القسم الثقافي بعد خلاف طويل مع رئيس التحرير»."
    assert [(c, s) for c, s, _ in said(text)] == [("ويقول", "سامر الخطيب")]


def test_present_cue_told_reporters_then_that() -> None:
    text = f"{WRITER} ويقول للصحفيين إن الضغوط زادت كثيرا في الأعوام الأخيرة."
    assert said(text) == [("ويقول", "سامر الخطيب", "الضغوط زادت كثيرا في الأعوام الأخيرة")]


def test_impersonal_present_cue_stays_silent() -> None:
    # (negative: no addressee, no subject: "it is expected that")
    assert said("ارتفعت الأسعار كثيرا هذا الشهر. ويتوقع أن تستمر الزيادة حتى نهاية العام.") == []


def test_pronoun_carried_by_a_particle_is_the_present_cue_subject() -> None:
    text = (
        "وتحدث المحلل سامر الخطيب عن الحكومة المقبلة. ورغم شكوكه في التحالف الجديد فإنه يرى أن "
        "الشراكة بين الحزبين أنسب طريق لتهدئة الشارع."
    )
    assert said(text) == [("يرى", "سامر الخطيب", "الشراكة بين الحزبين أنسب طريق لتهدئة الشارع")]


def test_pronoun_subject_then_quoted_words() -> None:
    text = (
        "وتحدث المخرج سامر الخطيب عن المسرح في المنطقة. وهو يقول «على الخشبة أن تصغي إلى الناس "
        "قبل أن تحاكمهم»."
    )
    assert [(c, s) for c, s, _ in said(text)] == [("يقول", "سامر الخطيب")]


def test_pronoun_before_a_verb_that_is_no_cue_quotes_nothing() -> None:
    # (negative: "وهو ما يعني أن" is the paper's own inference)
    assert said("ارتفعت الأسعار كثيرا هذا الشهر. وهو ما يعني أن الزيادة ستستمر.") == []


def test_trailing_attribution_with_a_medium_in_marks() -> None:
    text = (
        "إن التنبؤ بمصير الهاتف الجديد يشبه التنبؤ بمهنة رضيع لم يتكلم بعد، كما يقول سامر "
        "الخطيب في صحيفة «الأفق». وهناك احتمالات أخرى."
    )
    found = said(text)
    assert len(found) == 1
    cue, speaker, words = found[0]
    assert cue == "كما يقول" and speaker == "سامر الخطيب"
    assert "بمهنة رضيع" in words


def test_trailing_attribution_with_quoted_words_in_its_adjunct_is_not_widened() -> None:
    # (negative: marks holding a clause are the verb's own words, not a medium's name)
    text = "تراجعت الأسعار، كما قال سامر الخطيب في حديثه «إن السوق لن يتعافى قريبا» أمس."
    assert all("تراجعت الأسعار" not in words for _, _, words in said(text))
