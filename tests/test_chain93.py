"""Round 93 (chain): a bare surname re-mention written in a variant spelling of an earlier speaker's
family name (a swapped pair of letters, one letter more or less, a space taken out) is that speaker,
and the implied cues after it follow him. Sentences invented for these tests (people and events are
fictitious)."""

from __future__ import annotations

from rasid.extract.surname_variant import variant_of
from rasid.model import Article
from rasid.pipeline import Options, process


def speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


_OPENING = "قال مدير عام الموانئ بدر بن سالم الرفاعي إن أعمال توسعة الرصيف الشمالي ستكتمل قبل نهاية العام. "


def test_swapped_letters_in_the_surname_are_the_earlier_speaker() -> None:
    text = _OPENING + "وأكد الرافعي أن الميناء سيستقبل سفنا أكبر، مشيرا إلى أن العمل يجري على مدار الساعة."
    found = speakers(text)
    assert found[1] == ("وأكد", "بدر بن سالم الرفاعي")
    assert found[2] == ("مشيرا", "بدر بن سالم الرفاعي")


def test_a_space_taken_out_of_the_surname_is_the_earlier_speaker() -> None:
    text = (
        "قال رئيس الجمعية الزراعية ناصر العبد الله إن موسم التمور جاء وفيرا هذا العام. "
        "وأوضح العبدالله أن الأسعار بقيت مستقرة في أسواق الجملة."
    )
    assert speakers(text)[1] == ("وأوضح", "ناصر العبد الله")


def test_variant_of_accepts_slips_and_refuses_another_family() -> None:
    assert variant_of("الرافعي", "بدر بن سالم الرفاعي")
    assert variant_of("الحمدان", "فهد الحميدان")
    assert variant_of("الجارالله", "سعد الجار الله")
    assert variant_of("الزوبعي", "كريم عبدالزوبعي")
    assert not variant_of("الشهراني", "عائض الزهراني")  # (one letter replaced: another family)
    assert not variant_of("العلي", "محمد الغامدي")
    assert not variant_of("ماهر تجني", "ماهر تيجني")  # (a whole name written again: its own mention)
    assert not variant_of("سعد", "محمد بن سعد")  # (too short to tell from a given name)


def test_a_different_person_named_in_full_keeps_his_name() -> None:
    text = _OPENING + "وقال المهندس خالد الرافعي إن الرافعات الجديدة وصلت الأسبوع الماضي."
    assert speakers(text)[1] == ("وقال", "خالد الرافعي")


def test_a_surname_written_as_before_is_unchanged() -> None:
    text = _OPENING + "وأكد الرفاعي أن الميناء سيستقبل سفنا أكبر."
    assert speakers(text)[1] == ("وأكد", "بدر بن سالم الرفاعي")
