"""Round 53 (glitch53): bodies typed as persons, a shared clause, an issuer run over إن, a withheld name.

Every sentence here was written for these tests (none is copied from a corpus article); each case
has a negative twin the change must leave alone.
"""

from __future__ import annotations

from conftest import cue_speakers, speaker_at_cue
from rasid.extract.quotes import Memory, _Doc, _issuing_subject
from rasid.model import Article

# --- مصرف heads a bank's name, as بنك does


def test_masraf_heads_a_bank_and_drops_its_nationality() -> None:
    text = "ويرى مصرف ستاندرد تشارترد البريطاني أن أسعار النفط ستتراجع خلال الربع المقبل بفعل زيادة المعروض."
    assert speaker_at_cue(text, "ويرى") == "مصرف ستاندرد تشارترد"


def test_banking_adjective_is_no_bank() -> None:
    text = "ويرى الخبير المصرفي خالد السالم أن أسعار النفط ستتراجع خلال الربع المقبل بفعل زيادة المعروض."
    assert speaker_at_cue(text, "ويرى") == "خالد السالم"


# --- a body entity, then its nationality adjective


def test_body_entity_then_nationality_is_the_body() -> None:
    text = "أعلن ريال مدريد الإسباني تعاقده مع المدافع البرازيلي لمدة خمس سنوات مقابل ثلاثين مليون يورو."
    assert speaker_at_cue(text, "أعلن") == "ريال مدريد"


def test_title_then_nationality_is_left_alone() -> None:
    text = "أعلن المدرب الإسباني تعاقد النادي مع المدافع البرازيلي لمدة خمس سنوات مقابل ثلاثين مليون يورو."
    assert speaker_at_cue(text, "أعلن") == "المدرب الإسباني"


# --- a back-reference glued to a preposition is no body's name in full

_FILLER = "\n\n".join(
    ["- تستقبل الكليات طلبات الالتحاق إلكترونيا عبر البوابة خلال الفترة المحددة من كل فصل دراسي."] * 12
)


def _admissions(unit: str) -> str:
    return (
        "أوضحت جامعة الباحة في بيان رسمي أن آلية القبول تتم وفق معايير معلنة.\n\n"
        + _FILLER
        + "\n\nوذكرت وزارة التعليم أن المقاعد المتاحة زادت هذا العام بنسبة كبيرة."
        + f"\n\n- ثم تعتمد النتائج من قبل {unit}.\n\n"
        + "وأكدت الجامعة على التزامها بمبدأ الشفافية في جميع إجراءات القبول والتسجيل."
    )


def test_body_glued_to_preposition_is_no_name_in_full() -> None:
    text = _admissions("لجنة القبول بالجامعة لمراجعة الطلبات المتأخرة")
    assert speaker_at_cue(text, "وأكدت") == "جامعة الباحة"


def test_later_body_named_in_full_still_wins() -> None:
    text = _admissions("لجنة القبول في جامعة الملك خالد")
    assert speaker_at_cue(text, "وأكدت") == "جامعة الملك خالد"


# --- a relative clause's verb leaves the clause to the nearer verb that names its subject


def test_relative_clause_verb_leaves_the_clause_to_the_named_verb() -> None:
    text = (
        "أصدرت وزارة العمل بيانا حول الرواتب. وحول ما ذكر في بعض المواقع عن تأخر صرف المستحقات، "
        "أوضحت الوزارة أن الصرف سيتم خلال أيام قليلة."
    )
    cues = [cue for cue, _ in cue_speakers(text)]
    assert "أوضحت" in cues and "ذكر" not in cues


def test_main_clause_verb_keeps_its_clause() -> None:
    text = "أصدرت وزارة العمل بيانا حول الرواتب. وأوضحت الوزارة أن الصرف سيتم خلال أيام قليلة."
    assert cue_speakers(text) == [("وأوضحت", "وزارة العمل")]


# --- an issuer's name never runs over إن after a definite word


def _issuer(text: str, noun: str, cue: str) -> str | None:
    found = _issuing_subject(_Doc(Article(id="t", text=text)), Memory(text=text), noun, text.index(cue))
    return found.name if found is not None else None


def test_issuer_name_stops_at_inna() -> None:
    text = (
        "وقال المعهد الوطني للأبحاث الزراعية، الذي أصدر التقرير إن أول تقرير من نوعه شمل ثلاث مناطق. "
        "وخلص التقرير إلى أن المحاصيل تحتاج إلى مياه أقل."
    )
    assert _issuer(text, "التقرير", "وخلص") is None


def test_issuer_named_with_inna_in_its_name_is_kept() -> None:
    text = "أصدرت شبكة سي إن إن تقريرا عن الانتخابات. وأوضح التقرير أن نسبة المشاركة ارتفعت."
    assert _issuer(text, "التقرير", "وأوضح") == "شبكة سي إن إن"


# --- a title whose bearer asked not to be named is an unnamed source


_PANEL = (
    "وكان رئيس لجنة الحكام فهد السالم قد أعلن الأسبوع الماضي موعد الاجتماع. وأكد عضو لجنة الحكام {who} "
    "أن القرار نهائي ولا رجعة فيه. وشدد العضو على أن اللجنة لن تقبل أي ضغوط من الأندية."
)


def test_withheld_name_keeps_the_unnamed_member() -> None:
    text = _PANEL.format(who='"تحفظ على ذكر اسمه"')
    assert speaker_at_cue(text, "وأكد") == "عضو لجنة الحكام"
    assert speaker_at_cue(text, "وشدد") == "عضو لجنة الحكام"


def test_named_member_keeps_his_name() -> None:
    text = _PANEL.format(who="سعد المطيري")
    assert speaker_at_cue(text, "وأكد") == "سعد المطيري"
    assert speaker_at_cue(text, "وشدد") == "سعد المطيري"
