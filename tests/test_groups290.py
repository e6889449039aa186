"""Round 90, groups2: a plural cue after sentences that open on a past plural verb («… . وطالبوا … .
وقالوا إن») speaks for the group the sentence before them has for its subject; a linking phrase
(«إلى ذلك،») before «عبر» + a nominative plural leaves the group its participle; a cue after «منهم من»
and «وآخرون» after it speak for the group split. Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


def test_a_plural_cue_looks_back_over_a_plural_verb_sentence() -> None:
    text = (
        "انتقد عدد من الخريجين المتقدمين للوظائف الصحية، آلية القبول الجديدة وتأخر إعلان النتائج. "
        "وطالبوا بمراجعة الأسماء المرفوضة. وقالوا إن كثيرا منهم ينتظرون منذ سنوات."
    )
    assert _speakers(text).get("وقالوا", "").startswith("عدد من الخريجين")


def test_the_bare_remention_takes_the_group_as_first_given() -> None:
    text = (
        "انتقد عدد من الخريجين المتقدمين للوظائف الصحية، آلية القبول الجديدة وتأخر إعلان النتائج. "
        "وطالبوا بمراجعة الأسماء المرفوضة. وقالوا إن كثيرا منهم ينتظرون منذ سنوات. "
        "وأوضح الخريجون أن الوزارة لم ترد على شكاواهم."
    )
    assert _speakers(text).get("وأوضح", "").startswith("عدد من الخريجين")


def test_two_plural_verb_sentences_are_looked_back_over() -> None:
    text = (
        "واعتصم عدد من المزارعين أمام مبنى المحافظة صباح أمس. وتجمعوا عند البوابة الرئيسية. "
        "ورفعوا لافتات تطالب بالتعويض. وقالوا إن محاصيلهم تلفت بالكامل."
    )
    assert _speakers(text).get("وقالوا") == "عدد من المزارعين"


def test_a_quotation_between_stops_the_look_back() -> None:
    text = (
        "واعتصم عدد من المزارعين أمام مبنى المحافظة صباح أمس. وقال المحافظ خالد العنزي إن مطالبهم "
        "قيد الدراسة. وطالبوا بتعويض عاجل. وقالوا إن محاصيلهم تلفت بالكامل."
    )
    assert _speakers(text).get("وقالوا") != "عدد من المزارعين"


def test_a_sentence_with_a_singular_verb_does_not_pass_the_group_on() -> None:
    text = (
        "واعتصم عدد من المزارعين أمام مبنى المحافظة صباح أمس. وتفقد المحافظ موقع الاعتصام ظهرا. "
        "وقالوا إن محاصيلهم تلفت بالكامل."
    )
    assert _speakers(text).get("وقالوا") != "عدد من المزارعين"


def test_a_linking_phrase_before_a_preposition_spelt_verb_keeps_the_group() -> None:
    text = (
        "وتفقد المحافظ سير العمل في السوق الجديد. إلى ذلك، عبر المزارعون عن ارتياحهم لقرار الدعم، "
        "مؤكدين أن الموسم المقبل سيكون أفضل من سابقه."
    )
    assert _speakers(text).get("مؤكدين") == "المزارعون"


def test_the_linking_phrase_without_its_comma() -> None:
    text = (
        "وتفقد المحافظ سير العمل في السوق الجديد. وإلى جانب ذلك عبر الصيادون عن رضاهم عن المرفأ الجديد، "
        "مشيرين إلى أن الإقبال تضاعف."
    )
    assert _speakers(text).get("مشيرين") == "الصيادون"


def test_their_role_phrase_opens_the_sentence() -> None:
    text = (
        "وتفقد المحافظ سير العمل في السوق الجديد. بدورهم، أشاد المستثمرون بسرعة إنجاز المشروع، "
        "مؤكدين أن الحركة التجارية ستنتعش."
    )
    assert _speakers(text).get("مؤكدين") == "المستثمرون"


def test_a_genitive_plural_after_the_preposition_is_no_subject() -> None:
    text = (
        "وتفقد المحافظ خالد العنزي سير العمل في السوق الجديد. إلى ذلك، عبر الموظفين المكلفين نقل "
        "الوزير رسالة شكر، مؤكدا أن العمل سيستمر."
    )
    assert _speakers(text).get("مؤكدا") != "الموظفين المكلفين"


def test_a_cue_after_of_them_whom_speaks_for_the_group_split() -> None:
    text = (
        "وتباينت آراء المعلمين حول المنهج الجديد، فمنهم من رأى أن الدروس طويلة، "
        "وآخرون أكدوا أن المنهج مناسب للطلاب."
    )
    speakers = _speakers(text)
    assert speakers.get("رأى") == "المعلمين"
    assert speakers.get("أكدوا") == "المعلمين"


def test_the_group_split_stops_before_the_verbs_object() -> None:
    text = (
        "وبرر مستثمرون تراجع الطلب على الشقق بأسباب عدة، فمنهم من أكد أن الأسعار مرتفعة، "
        "وآخرون أكدوا أن التمويل العقاري صعب المنال."
    )
    speakers = _speakers(text)
    assert speakers.get("أكد") == "مستثمرون"
    assert speakers.get("أكدوا") == "مستثمرون"


def test_others_without_a_split_before_them_stay_others() -> None:
    text = "وقال المدير خالد العنزي إن الخطة جاهزة للتنفيذ، وآخرون أكدوا أن التمويل لم يصل بعد."
    assert _speakers(text).get("أكدوا") != "خالد العنزي"
    assert "آخرون" in (_speakers(text).get("أكدوا") or "")


def test_a_nisba_plural_stays_with_its_group() -> None:
    text = "وانتقد مستثمرون سعوديون تراجع الطلب على الشقق، فمنهم من أكد أن الأسعار مرتفعة جدا."
    assert _speakers(text).get("أكد") == "مستثمرون سعوديون"
