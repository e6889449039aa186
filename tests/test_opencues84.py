"""Round 84 (opencues): the stating verbs the annotation guide settled as cues (لاحظ، أبرز، ذكّر/مذكرا،
خلص إلى، طمأن) report with a complementizer, a colon or marks, never with a plain noun phrase.
Sentences invented for these tests."""

from __future__ import annotations

from rasid.extract.quotes import reporting_verbs, strict_verbs
from rasid.model import Article
from rasid.text.normalize import normalize


def found(text: str) -> list[tuple[str, str | None, str]]:
    """``(cue, speaker name, words)`` of every quotation of ``text`` after the whole pipeline."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None, q.text) for q in article.quotes]


def test_noticed_with_a_clause_is_a_quotation():
    text = "ولاحظ الباحث كمال العتيبي أن أسعار الخضار ارتفعت في الأسواق الشعبية هذا الشهر."
    assert found(text) == [("ولاحظ", "كمال العتيبي", "أسعار الخضار ارتفعت في الأسواق الشعبية هذا الشهر")]


def test_noticed_with_a_noun_phrase_is_not():
    assert found("ولاحظ المدرب سليم الراشد تحسنا واضحا في أداء اللاعبين خلال المباراة الأخيرة.") == []


def test_highlighted_with_a_clause_and_the_elative_homograph():
    text = "وأبرز رئيس الجمعية الدكتور عادل الشمري أن البرنامج حقق نتائج ملموسة."
    assert found(text) == [("وأبرز", "عادل الشمري", "البرنامج حقق نتائج ملموسة")]
    # "the most prominent": أبرز and its و/ف forms are strict, never a verb without its clause
    assert found("وكان أبرز المتحدثين في الندوة الدكتور عادل الشمري الذي تناول دور الأسرة.") == []
    assert normalize("وأبرز") in strict_verbs() and normalize("أبرزت") in reporting_verbs()


def test_highlighting_participle_with_a_noun_phrase_is_not_a_quotation():
    text = "وافتتح المحافظ نواف الدوسري المعرض السنوي، مبرزا دور الشباب في تنمية المنطقة."
    assert [cue for cue, _, _ in found(text)] == []


def test_reminding_participle_and_reminded_with_bi_an():
    text = "وتحدث الوزير فهد الزامل عن خطط الوزارة، مذكرا بأن الميزانية تضاعفت خلال عامين."
    assert found(text) == [("مذكرا", "فهد الزامل", "الميزانية تضاعفت خلال عامين")]
    text = "وذكّر المدير سامي الهاجري بأن التسجيل يغلق نهاية الأسبوع."
    assert found(text) == [("وذكّر", "سامي الهاجري", "التسجيل يغلق نهاية الأسبوع")]


def test_reminding_participle_with_a_noun_phrase_is_not():
    text = "وتحدث الوزير فهد الزامل عن خطط الوزارة، مذكرا بالإنجازات التي تحققت خلال عامين."
    assert found(text) == []


def test_memorandum_and_note_are_not_participles():
    # مذكرة (a memorandum) and ملاحظة (a note) are nouns, left out of the participle forms
    for word in ("مذكرة", "مذكرات", "ملاحظة", "ملاحظات"):
        assert normalize(word) not in reporting_verbs(), word
    text = "ورفعت النقابة مذكرة إلى الوزارة، مع ملاحظة أن المهلة تنتهي الشهر المقبل."
    assert [cue for cue, _, _ in found(text)] == []


def test_concluded_with_ila_an_is_a_quotation():
    text = "وخلصت الدراسة التي أعدها مركز النخبة للأبحاث إلى أن نصف الشباب يفضلون العمل الحر."
    assert found(text) == [("وخلصت", "مركز النخبة للأبحاث", "نصف الشباب يفضلون العمل الحر")]


def test_got_rid_of_is_not_concluded():
    # تخلّص من ("got rid of") spells خلص's present: it has none in the lexicon
    assert normalize("وتخلص") not in reporting_verbs()
    assert found("وتخلص النادي من ديونه المتراكمة، مؤكدا أن الموسم المقبل سيكون أفضل.")[0][0] == "مؤكدا"


def test_reassured_with_bi_an_is_a_quotation_and_without_is_not():
    text = "وطمأن وزير الصحة سعيد القحطاني المواطنين بأن الوضع تحت السيطرة."
    assert found(text) == [("وطمأن", "سعيد القحطاني", "الوضع تحت السيطرة")]
    assert found("وتلقى المدرب اتصالا، وطمأن الجماهير على صحة اللاعب المصاب.") == []


def test_lam_of_sequel_present_reports_for_the_sentence_subject():
    text = "وروت الفنانة سلمى الراشد قصتها مع الرسم لتقول: «تركت الهندسة من أجل الألوان»."
    assert found(text) == [("لتقول", "سلمى الراشد", "تركت الهندسة من أجل الألوان")]
    text = "وتحدث المدرب ماجد الشهري عن المباراة، ثم عاد ليؤكد أن الفريق سيقاتل حتى النهاية."
    assert found(text) == [("ليؤكد", "ماجد الشهري", "الفريق سيقاتل حتى النهاية")]


def test_lam_of_purpose_without_a_clause_or_with_another_verb_is_not():
    assert found("ووقف رئيس النادي أمام الجماهير ليقول كلمته الأخيرة قبل الرحيل.") == []
    assert found("وارتفعت أسعار الذهب في الأسواق المحلية لتبلغ مستوى قياسيا هذا العام.") == []
    assert normalize("لتبلغ") not in reporting_verbs() and normalize("ليرى") not in reporting_verbs()
