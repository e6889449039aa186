"""Round 94 (nerfix): a tagged person that opens on «على» written with ى right after an indefinite
word (a verb or verbal noun) starts after the preposition, and a lone common definite noun left behind
is no name; after a title, its adjective or a given name «على» stays the name علي. Sentences invented
for these tests (events and people are fictitious)."""

from __future__ import annotations

from rasid.extract.entities import Doc, extract_entities, preposition_ala_opening


def persons(text: str) -> list[str]:
    return [e.text for e in extract_entities(text) if e.label == "PER"]


def opening(text: str, word: str = "على") -> bool:
    doc = Doc(text, [], [])
    t0 = next(i for i, s in enumerate(doc.surfaces) if s == word)
    return preposition_ala_opening(doc, t0, t0 + 2)


# --- the preposition after a verb ---------------------------------------------------------------


def test_verb_then_ala_opens_no_name() -> None:
    text = "وفي الجولة الحاسمة تفوق على تشونغ بفارق صوتين فقط داخل القاعة."
    assert "تشونغ" in persons(text)


def test_other_verb_then_ala_opens_no_name() -> None:
    text = "ولم يتردد النائب البلجيكي حين هجم على بلاتيني خلال الجلسة الصاخبة أمس."
    assert not any(name.startswith("على") for name in persons(text))


def test_ala_after_verb_is_preposition() -> None:
    assert opening("ثم أثنى على ماركوس في كلمته أمام أعضاء النادي.")


def test_ala_before_common_noun_after_verb_is_no_name() -> None:
    text = "وقالت الهيئة في تقريرها إنه كان على الطيار أن يلغي الهبوط ويعود إلى الجو فورا."
    assert not any("الطيار" in name for name in persons(text))


# --- the name علي ---------------------------------------------------------------------------------


def test_ala_after_title_adjective_stays_name() -> None:
    assert not opening("وانتقد المرشد الإيراني على خامنئي الاتفاق الذي وقعته الحكومة أخيرا.")


def test_ala_after_given_name_stays_name() -> None:
    assert not opening("وأوضح الموظف محمد على حسن أن الطلبات ستراجع خلال أسبوع.")


def test_ali_written_with_ya_untouched() -> None:
    assert not opening("ثم أثنى علي حمدان على جهود المتطوعين في الحملة.", word="علي")


def test_ala_before_role_stays_name() -> None:
    assert not opening("وفي حديث للإذاعة قال على الزواري أمين عام الرابطة إن الموسم سيبدأ مبكرا.")
