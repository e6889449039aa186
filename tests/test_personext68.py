"""Round 68: a person speaker's name the tagger cut short is completed from what the article writes
around it (sentences and names written for these tests)."""

from __future__ import annotations

from rasid.extract.name_extent import (
    _family_before_apposition,
    _other_full_name,
    completed_after_first_mention,
    completed_after_initial,
    completed_to_family_written_alone,
)
from rasid.model import Entity


def _mentions(text: str, *written: str, entity_id: str = "e1", canonical: str = "") -> list[Entity]:
    """The PER mentions of one entity at each place ``text`` writes one of ``written``."""
    out, at = [], 0
    for word in written:
        at = text.index(word, at)
        out.append(Entity(at, at + len(word), word, "PER", entity_id, canonical or written[0]))
        at += len(word)
    return out


def test_a_name_is_completed_to_the_family_name_written_alone():
    text = (
        "وكشف الدكتور سامي عبد الرزاق الهنداوي رئيس اللجنة عن البرنامج. وأكد الدكتور الهنداوي أن العمل بدأ."
    )
    mentions = _mentions(text, "سامي عبد الرزاق الهنداوي", "الهنداوي")
    assert completed_to_family_written_alone("سامي عبد الرزاق", mentions) == "سامي عبد الرزاق الهنداوي"


def test_a_family_name_spelt_like_a_verb_is_kept_when_written_alone():
    text = "«الخطة ناجحة»، حسب مارتا روت، مهندسة البرمجيات. وترى روت أن الخطوة ستساعد النساء."
    mentions = _mentions(text, "مارتا روت", "روت")
    assert completed_to_family_written_alone("مارتا", mentions) == "مارتا روت"


def test_no_completion_without_a_lone_mention_or_past_a_second_person():
    text = "وقال كمال الدباغ إن الموسم كان صعبا، وأضاف كمال أن الفريق سيعود."
    assert completed_to_family_written_alone("كمال", _mentions(text, "كمال الدباغ", "كمال")) == "كمال"
    text = "وقال نادر حمدان ومراد الشهري إن الاتفاق قريب. وأضاف الشهري أن الوفد سيصل."
    mentions = _mentions(text, "نادر حمدان ومراد الشهري", "الشهري")
    assert completed_to_family_written_alone("نادر حمدان", mentions) == "نادر حمدان"


def test_a_lone_given_name_takes_the_one_full_name_another_entity_opens_with_it():
    text = "فاز الطالب معاذ الحربي بالجائزة. وأوضح معاذ أنه عمل ثلاث سنوات."
    full = _mentions(text, "معاذ الحربي", entity_id="e2")
    own = [Entity(text.rindex("معاذ"), text.rindex("معاذ") + 4, "معاذ", "PER", "e3", "معاذ")]
    assert _other_full_name("معاذ", own, [*full, *own], frozenset()) == "معاذ الحربي"


def test_a_given_name_shared_by_two_full_names_or_opening_a_kunya_stays_alone():
    text = "التقى معاذ الحربي ومعاذ القحطاني بالوزير. وأوضح معاذ أن اللقاء كان مثمرا."
    others = [
        *_mentions(text, "معاذ الحربي", entity_id="e2"),
        *_mentions(text, "معاذ القحطاني", entity_id="e4"),
    ]
    own = [Entity(text.rindex("معاذ"), text.rindex("معاذ") + 4, "معاذ", "PER", "e3", "معاذ")]
    assert _other_full_name("معاذ", own, [*others, *own], frozenset()) is None
    text = "وقال منصور أبو خليل إن الحي هادئ. وأضاف منصور أن الأهالي عادوا."
    kunya = _mentions(text, "منصور أبو خليل", entity_id="e2")
    own = [Entity(text.rindex("منصور"), text.rindex("منصور") + 5, "منصور", "PER", "e3", "منصور")]
    assert _other_full_name("منصور", own, [*kunya, *own], frozenset({"خليل"})) is None


def test_a_lone_given_name_takes_the_unknown_family_name_after_its_first_mention():
    text = "ودان سفير كندا جوزيف غرينبلوف بأشد العبارات الهجوم. وأضاف جوزيف أن بلاده تقف مع المملكة."
    mentions = _mentions(text, "جوزيف", "جوزيف")
    assert completed_after_first_mention("جوزيف", mentions, text) == "جوزيف غرينبلوف"


def test_a_name_in_bin_takes_the_family_name_after_it():
    text = "وشدد رئيس الغرفة فهد بن عليان المطيرق على أهمية الاستثمار."
    mentions = _mentions(text, "فهد بن عليان")
    assert completed_after_first_mention("فهد بن عليان", mentions, text) == "فهد بن عليان المطيرق"


def test_a_given_name_before_a_common_word_a_clause_or_a_second_person_stays():
    text = "وأكد جوزيف القرار الذي اتخذته الحكومة أمس."
    assert completed_after_first_mention("جوزيف", _mentions(text, "جوزيف"), text) == "جوزيف"
    text = "وقال جوزيف وبيترسون إن المباحثات ستستأنف."
    assert completed_after_first_mention("جوزيف", _mentions(text, "جوزيف"), text) == "جوزيف"
    text = "وقال جوزيف للصحفيين إن المباحثات ستستأنف."
    assert completed_after_first_mention("جوزيف", _mentions(text, "جوزيف"), text) == "جوزيف"
    text = "وقال محمد حسين المفتي إن المباحثات ستستأنف."
    mentions = _mentions(text, "محمد حسين")
    assert completed_after_first_mention("محمد حسين", mentions, text) == "محمد حسين"


def test_a_name_after_its_initial_is_completed_past_the_dot():
    text = "وقالت سوزان إيه. ماركهام من جامعة أوريغون إن النتائج أولية."
    assert completed_after_initial("سوزان إيه", None, text) == "سوزان إيه. ماركهام"
    text = "وكتب تي. جيه. هولبروك أن الرواية لم تكتمل."
    assert completed_after_initial("تي", (5, 7), text) == "تي. جيه. هولبروك"


def test_an_initial_before_a_function_word_or_no_initial_stays():
    text = "وقال المحلل جون إف. ثم غادر القاعة."
    assert completed_after_initial("جون إف", None, text) == "جون إف"
    text = "وقال مروان الصافي. وأضاف أن الاجتماع انتهى."
    assert completed_after_initial("مروان الصافي", None, text) == "مروان الصافي"


def test_a_short_family_name_between_commas_completes_the_given_name():
    text = "ونفى وزير المالية، توم لي، أن تكون الحكومة قد رفعت الضرائب."
    mentions = _mentions(text, "توم")
    assert _family_before_apposition("توم", mentions, text) == "توم لي"


def test_between_commas_a_title_or_a_reporting_verb_is_no_family_name():
    text = "ونفى المتحدث، توم الوزير، أن تكون الحكومة قد رفعت الضرائب."
    assert _family_before_apposition("توم", _mentions(text, "توم"), text) is None
    text = "وقال توم لي إن الحكومة لم ترفع الضرائب."
    assert _family_before_apposition("توم", _mentions(text, "توم"), text) is None
