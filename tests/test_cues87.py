"""Round 87 (cues): verbs of explaining and stating firmly (شرح، فسّر، جزم) count only with an
أن/إن/بأن clause or a colon (annotation guide §2 from round 87); an indirect question after كيف is
no statement; a cue written with tatweel is read like the plain word; a relative pronoun that
disagrees with the cue verb is its object, and a title's holder is the antecedent of a relative
after a long title. Every sentence here is invented for these tests."""

from __future__ import annotations

from rasid.extract.quotes import reporting_verbs
from rasid.model import Article
from rasid.pipeline import Options, process
from rasid.text.normalize import normalize


def said(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_lexicon_forms_are_clause_only() -> None:
    verbs = reporting_verbs()
    for word in ("فسر", "وفسرت", "يفسر", "مفسرا", "جزم", "ويجزم", "جازما", "شرح", "شارحة"):
        assert "clause" in verbs[normalize(word)].flags, word
    # (negative: the accusative nouns "an explanation", "for certain" are no past duals)
    assert normalize("شرحا") not in verbs and normalize("جزما") not in verbs


def test_explaining_with_a_clause_counts() -> None:
    text = "وفسر الوزير كمال النجار التراجع بأن الطلب العالمي انخفض خلال الربع الأخير من العام."
    assert said(text) == [("وفسر", "كمال النجار")]
    text = "وجزم رئيس النادي فهد العتيبي بأن الفريق سيعود إلى المنافسة في الموسم المقبل."
    assert said(text) == [("وجزم", "فهد العتيبي")]


def test_participles_continue_the_speaker() -> None:
    text = (
        "وقال الطبيب ماجد الحربي إن المرض ينتشر بسرعة في القرى، "
        "مفسرا ذلك بأن الأطفال هناك لا يتلقون اللقاحات في مواعيدها."
    )
    assert said(text) == [("وقال", "ماجد الحربي"), ("مفسرا", "ماجد الحربي")]
    text = (
        "وقال المحلل سعود القحطاني إن السوق تمر بمرحلة تصحيح، "
        "جازما بأن الأسعار ستعود إلى الارتفاع قبل نهاية العام."
    )
    assert said(text) == [("وقال", "سعود القحطاني"), ("جازما", "سعود القحطاني")]


def test_explaining_with_a_colon_counts() -> None:
    text = "ويفسر الباحث نادر العلي ارتفاع الأسعار: «الطلب زاد والعرض قل في الأشهر الأخيرة»."
    assert said(text) == [("ويفسر", "نادر العلي")]


def test_object_before_the_clause_is_not_the_source() -> None:
    text = "وفسر مراقبون هذه التصرفات بأن الحكومة فقدت السيطرة على الوضع في العاصمة."
    assert said(text) == [("وفسر", "مراقبون")]


def test_noun_phrase_names_a_topic() -> None:
    # (negative: what was explained, no statement)
    assert said("وشرح المدير العام سامي الخالدي الخطة الجديدة للشركة أمام المساهمين في اجتماعهم.") == []
    assert said("وفسر الوزير كمال النجار القرار للصحفيين في مؤتمر عقده بمقر الوزارة.") == []


def test_explanation_noun_is_no_cue() -> None:
    # (negative: شرحا is "an explanation", not "they two explained")
    text = "وقدم المهندس سامي الخالدي شرحا عن المشروع وهي: المرحلة الأولى تبدأ في الصيف."
    assert said(text) == []


def test_how_clause_is_no_statement() -> None:
    # (negative: an indirect question after كيف names what was explained)
    assert said("وشرحت الطالبة هند الكعبي كيف أن زميلتها تعرضت للتنمر في المدرسة.") == []
    assert said("وهذا يفسر كيف أن الأسعار ارتفعت في الأشهر الماضية بشكل كبير.") == []


def test_tatweel_cue_keeps_its_speaker_and_qualifier() -> None:
    plain = said("وقال مسؤول في وزارة الصحة إن الحالات تراجعت خلال الأسبوع الماضي بشكل ملحوظ.")
    drawn = said("وقــال مســؤول في وزارة الصحـة إن الحالات تراجعت خلال الأسبوع الماضي بشكل ملحوظ.")
    assert plain == [("وقال", "مسؤول في وزارة الصحة")]
    assert drawn == [("وقــال", "مســؤول في وزارة الصحـة")]
    text = "وأوضــــح المدير العام سامي الخالدي أن التأخير سببه نقص المواد الخام في الأسواق."
    assert said(text) == [("وأوضــــح", "سامي الخالدي")]


def test_relative_that_disagrees_with_the_verb_is_its_object() -> None:
    text = "وحذفت الشركة البيانات التي قال القراصنة إنهم حصلوا عليها من خوادمها الرئيسية."
    assert said(text) == [("قال", "القراصنة")]
    text = "وقال سامي العتيبي إن الأسعار مرتفعة. واعترض التجار على الزيادة التي يؤكدون أنها غير مبررة."
    assert all(speaker != "الزيادة" for _cue, speaker in said(text))


def test_relative_that_agrees_keeps_its_antecedent() -> None:
    # (negative: the pronoun is the verb's subject)
    text = "وزار الوفد وزارة الطاقة التي أعلنت أن الإنتاج سيرتفع في العام المقبل."
    assert said(text) == [("أعلنت", "وزارة الطاقة")]
    text = "وحضر اللقاء عدد من المهندسين الذين أكدوا أن المشروع سينتهي قبل الموعد."
    assert said(text)[-1][0] == "أكدوا"


def test_title_holder_is_the_antecedent_past_a_long_title() -> None:
    text = (
        "وجاء ذلك بحضور الدكتور ماجد العنزي استشاري أمراض القلب بمستشفى الملك خالد بالرياض "
        "الذي أوضح أن الحالات في تزايد مستمر."
    )
    assert said(text) == [("أوضح", "ماجد العنزي")]


def test_certainty_nobody_states_is_no_quotation() -> None:
    # (negative: "hardly anyone can say for certain", as with يعتقد البعض)
    assert said("ويندر أن يجزم أحد أن الأسعار ستنخفض في الأشهر المقبلة.") == []
    text = "وقال فهد العتيبي إن الفريق قوي. وجزم بأن الفريق سيعود إلى المنافسة في الموسم المقبل."
    assert said(text) == [("وقال", "فهد العتيبي"), ("وجزم", "فهد العتيبي")]


def test_clause_verb_without_its_clause_leaves_the_fronted_source() -> None:
    text = (
        "وحسب تقرير لوكالة رويترز تفسر الأحداث المتلاحقة في العقد الماضي كيف انضم ضباط سابقون "
        "إلى الجماعة المسلحة في الشمال."
    )
    assert said(text) == [("وحسب", "وكالة رويترز")]
    # (with its clause the verb keeps its own frame; the paper relays it)
    text = "وبحسب الصحيفة فسر المحامي سامي الخالدي التأجيل بأن القضية ستنظر الأسبوع المقبل."
    assert said(text) == [("فسر", "سامي الخالدي")]


def test_no_title_after_the_name_keeps_the_near_antecedent() -> None:
    # (negative: the words after the name are what he held to, not his title)
    text = (
        "وتمسك المتحدث باسم الوزارة بدر الحارثي بنصوص اتفاقية الصيد البحري الدولية "
        "التي تؤكد أن حقوق الصيادين محفوظة."
    )
    assert all(speaker != "بدر الحارثي" for _cue, speaker in said(text))


def test_feminine_title_holder_is_the_antecedent() -> None:
    # (a feminine role word the roles list holds only in the masculine: زعيمة)
    text = (
        "وتحدثت في الجلسة الدكتورة سلمى الراشد زعيمة حزب الواحة للتنمية الريفية في الشمال "
        "التي قالت إن التجارب السريرية ستبدأ قريبا."
    )
    assert said(text)[-1] == ("قالت", "سلمى الراشد")
