"""Round 83 (titlegiven): a lone given name after a title is completed with the family word written
right after its first mention, though the name list or the word clusters do not vouch for it."""

from rasid.extract.name_extent import completed_after_first_mention
from rasid.model import Entity


def _given(text: str, given: str, source: str = "crf") -> tuple[str, list[Entity]]:
    start = text.index(given)
    mention = Entity(
        start=start, end=start + len(given), text=given, label="PER", entity_id="e1", source=source
    )
    return given, [mention]


def _completed(text: str, given: str, source: str = "crf") -> str:
    name, mentions = _given(text, given, source)
    return completed_after_first_mention(name, mentions, text)


def test_title_before_vouches_for_a_cluster_known_family_word() -> None:
    text = "وصرح المندوب البلجيكي فيتالي تشوركين للصحافيين بأن المشاورات ستستمر"
    assert _completed(text, "فيتالي") == "فيتالي تشوركين"


def test_title_pattern_vouches_for_a_nisba_family_name() -> None:
    text = "وأعلن رئيس نادي الوادي مساعد الزويهري عن ضم لاعبين جدد للفريق"
    assert _completed(text, "مساعد", source="pattern") == "مساعد الزويهري"


def test_title_pattern_vouches_for_an_unlisted_given_name() -> None:
    text = "وقال الجنرال كورت فالدهايم لمراسلنا إن الهدنة صامدة"
    assert _completed(text, "كورت", source="pattern") == "كورت فالدهايم"


def test_no_common_definite_noun_after_a_title() -> None:
    text = "وانتقد المندوب البلجيكي فيتالي القرار الذي صدر أمس عن اللجنة"
    assert _completed(text, "فيتالي") == "فيتالي"


def test_no_present_verb_after_a_title() -> None:
    text = "وقال الوزير سامي يؤكد المسؤولون أن المشروع تأخر"
    assert _completed(text, "سامي") == "سامي"


def test_no_adverb_after_a_title() -> None:
    text = "وقال البابا فرانسيس أخيرا إن الكنيسة ترحب بالحوار"
    assert _completed(text, "فرانسيس", source="pattern") == "فرانسيس"


def test_no_preposition_after_a_title() -> None:
    text = "وتحدث الوزير سامي خلال المؤتمر عن خطط الوزارة"
    assert _completed(text, "سامي") == "سامي"


def test_without_a_title_the_cluster_known_word_stays_out() -> None:
    text = "وشارك فيتالي تشوركين في الندوة التي عقدت بالمدينة"
    assert _completed(text, "فيتالي") == "فيتالي"


def test_title_before_a_definite_adjective_vouches() -> None:
    text = "وأوضحت الأخصائية النفسية نوال صبيحة لأولياء الأمور أن البرنامج مجاني"
    assert _completed(text, "نوال") == "نوال صبيحة"


def test_no_title_before_a_definite_word_alone() -> None:
    text = "وفي الساحة الكبرى فيتالي تشوركين يلتقي بالزوار كل صباح"
    assert _completed(text, "فيتالي") == "فيتالي"
