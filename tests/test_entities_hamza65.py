"""Round 65: a sentence opened by و + a verb written with a medial hamza (ورأى، وبدأ) keeps the verb
out of the person's name, although the verb's normalised key also spells a given name (رأى / راي)
(sentences written for these tests)."""

from __future__ import annotations

from rasid.extract.entities import hamza_inside_word
from rasid.model import Article
from rasid.pipeline import Options, process


def persons_and_speakers(text: str) -> tuple[list[str], list[str | None]]:
    article = process(Article(id="t", raw=text), Options())
    persons = [e.text for e in article.entities if e.label == "PER"]
    return persons, [q.speaker.name if q.speaker else None for q in article.quotes]


def test_the_verb_raa_after_waw_stays_out_of_the_name():
    persons, speakers = persons_and_speakers("ورأى الخرينج أن التصريح الأخير يضر بالعلاقات بين البلدين.")
    assert persons == ["الخرينج"]
    assert speakers == ["الخرينج"]


def test_the_speaker_of_a_later_quotation_keeps_a_clean_name():
    text = (
        "وصل رئيس الوزراء الإسرائيلي إلى واشنطن أمس. ورأى نتنياهو أن الاتفاق النووي يمهد الطريق "
        "أمام طهران لامتلاك السلاح. وأضاف أن بلاده لن تقف مكتوفة الأيدي."
    )
    persons, speakers = persons_and_speakers(text)
    assert "نتنياهو" in persons and not any(p.startswith("رأى") for p in persons)
    assert speakers == ["نتنياهو", "نتنياهو"]


def test_a_given_name_after_waw_is_still_read_as_a_name():
    persons, _ = persons_and_speakers("وعلي الشهري قال إن المشروع سيكتمل قبل نهاية العام.")
    assert persons == ["علي الشهري"]


def test_a_name_with_a_medial_hamza_is_not_taken_for_a_verb():
    persons, _ = persons_and_speakers("ورأفت الهجان اسم بطل مسلسل شهير عرض قبل سنوات.")
    assert persons == ["رأفت الهجان"]


def test_only_a_hamza_after_the_first_letter_counts():
    assert hamza_inside_word("رأى")
    assert hamza_inside_word("بدأ")
    assert hamza_inside_word("يؤكد")
    assert not hamza_inside_word("أحمد")
    assert not hamza_inside_word("راي")
