"""Round 85 (belief): a named or resolvable holder's belief counts like رأى/اعتبر (annotation guide §2):
يعتقد/اعتقد/معتقدا + أن, the holder speaks; the impersonal passive, a relative or question frame, a
holder that names nobody and the first person أعتقد inside a speaker's words do not.
Every sentence here is invented for these tests."""

from __future__ import annotations

from rasid.extract.quotes import reporting_verbs, strict_verbs
from rasid.model import Article
from rasid.pipeline import Options, process
from rasid.text.normalize import normalize


def said(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_named_holder_after_the_present_speaks() -> None:
    text = "ويعتقد الخبير الاقتصادي سامر الحداد أن أسعار الذهب ستواصل صعودها خلال الأشهر المقبلة."
    assert said(text) == [("ويعتقد", "سامر الحداد")]


def test_named_holder_after_the_past_speaks() -> None:
    text = "واعتقد المهندس وليد السبيعي أن المشروع سيكتمل قبل نهاية الصيف القادم."
    assert said(text) == [("واعتقد", "وليد السبيعي")]


def test_participle_continues_the_speaker() -> None:
    text = (
        "وقال المدرب خالد الزهراني إن فريقه قدم أداء جيدا في الشوط الثاني، "
        "معتقدا أن اللاعبين قادرون على المنافسة حتى الجولة الأخيرة."
    )
    assert said(text) == [("وقال", "خالد الزهراني"), ("معتقدا", "خالد الزهراني")]


def test_impersonal_passive_has_no_holder() -> None:
    # (negative: "it is believed that")
    assert said("ويعتقد أن القارب غرق قبالة السواحل الشمالية بسبب ارتفاع الأمواج.") == []
    assert said("ومن المعتقد أن القارب غرق قبالة السواحل الشمالية بسبب ارتفاع الأمواج.") == []


def test_relative_and_question_frames_state_nothing() -> None:
    # (negative: people described by what they believe; a question put to someone)
    assert said("وهناك كثير من المستثمرين الذين يعتقدون أن أسعار الذهب ستواصل صعودها.") == []
    assert said("هل تعتقد أن أسعار الذهب ستواصل صعودها في الأشهر المقبلة؟") == []


def test_holder_that_names_nobody_states_nothing() -> None:
    # (negative: a common opinion)
    assert said("يعتقد البعض أن أسعار الذهب ستواصل صعودها خلال الأشهر المقبلة.") == []
    assert said("قد يعتقد المرء أن السفر في الشتاء أرخص من السفر في الصيف.") == []


def test_first_person_inside_the_words_is_no_new_cue() -> None:
    # (negative: أعتقد is spelt like the past اعتقد; the bare statement after وأضاف stays his)
    text = (
        "وقال الفنان ماهر العنزي إن المسرح يحتاج إلى دعم أكبر من الجهات المعنية.\n\n"
        "وأضاف أعتقد أن الجمهور سيعود إلى القاعات إذا تحسنت العروض المقدمة."
    )
    assert [cue for cue, _ in said(text)] == ["وقال", "وأضاف"]


def test_lexicon_forms() -> None:
    assert reporting_verbs()[normalize("يعتقد")].flags >= {"clause"}
    assert normalize("معتقدات") not in reporting_verbs()  # (beliefs, the plural noun)
    assert normalize("واعتقد") not in reporting_verbs() and normalize("واعتقد") in strict_verbs()


def test_belief_before_a_colon_is_no_cue() -> None:
    # (negative, added at the round's merge: a gate set lost a speaker to it) "as some fans believe"
    # ends the director's clause; the words after the colon are his, not the fans'
    text = (
        "وأكد المدير الرياضي فادي العمري أن بيع المهاجم كان قرار الإدارة وحدها، "
        'كما يعتقد كثير من المشجعين: "الإدارة هي التي تقرر في النهاية".'
    )
    assert all(cue != "يعتقد" for cue, _speaker in said(text))
    assert said(text)[0] == ("وأكد", "فادي العمري")
