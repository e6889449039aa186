"""Round 45b, person names with the wrong extent: a common noun the entities stage ran a name on
into (a verbal noun with a pronoun, a title, an abstract noun in ة), a trade coordinated by و with
another after the name, على written with ى as a second name, and a lineage cut short. Sentences
written for these tests, not taken from any article."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.quotes import (
    person_name,
    with_family_after_given,
    with_fuller_lineage,
    without_coordinated_noun,
)
from rasid.model import Article, Entity, Quote, Span, Speaker


def _person(name: str) -> Entity:
    return Entity(0, len(name), name, "PER", "e1", name)


# --- a common noun after a person's name


def test_abstract_noun_after_a_full_name_is_cut() -> None:
    assert person_name(_person("سامي قنديل جدارة")) == "سامي قنديل"
    assert person_name(_person("نايف بن سعد الجاهزية")) == "نايف بن سعد"


def test_family_name_in_ta_marbuta_of_another_form_stays() -> None:
    assert person_name(_person("سامي قنديل سلامة")) == "سامي قنديل سلامة"  # a name the gazetteer knows
    assert person_name(_person("سامي قنديل علاونة")) == "سامي قنديل علاونة"  # no فعالة form


def test_title_after_a_full_name_is_cut() -> None:
    assert person_name(_person("جون ماركس اختصاصي")) == "جون ماركس"


def test_title_as_the_second_word_stays() -> None:
    assert person_name(_person("ماركس اختصاصي")) == "ماركس اختصاصي"


def test_verbal_noun_with_a_pronoun_after_a_name_is_cut() -> None:
    assert person_name(_person("رشوان توبته")) == "رشوان"


def test_name_word_with_a_pronoun_like_ending_stays() -> None:
    assert person_name(_person("عادل شحاته")) == "عادل شحاته"


# --- a trade coordinated with another after the name


def test_trade_coordinated_with_a_title_is_cut() -> None:
    text = "وقال ماريو فيرنانديز مالك ورئيس الفرقة إن العروض تبدأ الشهر المقبل."
    at = text.index("ماريو")
    mention = (at, at + len("ماريو فيرنانديز مالك"))
    assert without_coordinated_noun("ماريو فيرنانديز مالك", text, mention) == "ماريو فيرنانديز"
    text = "وأكد سعيد الزهراني صياد وخبير في أسواق السمك أن الطلب ارتفع."
    assert without_coordinated_noun("سعيد الزهراني صياد", text, None) == "سعيد الزهراني"


def test_name_before_a_definite_second_person_stays() -> None:
    text = "وحضر ماجد فؤاد مالك والمنسق الإعلامي للمهرجان الحفل الختامي."
    assert without_coordinated_noun("ماجد فؤاد مالك", text, None) == "ماجد فؤاد مالك"
    text = "وقال ماريو فيرنانديز مالك إن العروض تبدأ الشهر المقبل."
    assert without_coordinated_noun("ماريو فيرنانديز مالك", text, None) == "ماريو فيرنانديز مالك"


# --- على written with ى as a second name


def test_ala_between_a_given_name_and_a_nisba_is_a_name() -> None:
    text = (
        "وقال العميد الركن صالح على العولقي، في كلمة أمام الضباط الجدد، "
        "إن “الجيش سيبقى درعا للوطن في كل الظروف”."
    )
    assert speakers(text) == ["صالح على العولقي"]


def test_ala_before_a_common_noun_stays_a_preposition() -> None:
    text = "وقال المدرب خالد على المستوى الشخصي إن “الفريق يستحق الفوز في هذه المباراة الصعبة”."
    assert speakers(text) == ["خالد"]


# --- a lineage cut short


def _lineage_article(entities: list[Entity], speaker: str) -> Article:
    text = "نص"
    quote = Quote(0, 2, "نص", "direct", Span(0, 1, "ن"), Speaker(speaker, "person", "e2", None))
    return Article(id="t", raw=text, text=text, entities=tuple(entities), quotes=(quote,))


def test_lineage_cut_short_takes_the_longer_one() -> None:
    full = "سلطان بن فهد بن عبدالله"
    article = _lineage_article([Entity(0, 1, full, "PER", "e1", full)], "سلطان بن فهد")
    assert with_fuller_lineage(article).quotes[0].speaker.name == full


def test_lineage_of_two_persons_stays() -> None:
    one, two = "سلطان بن فهد بن عبدالله", "سلطان بن فهد بن ناصر"
    entities = [Entity(0, 1, one, "PER", "e1", one), Entity(0, 1, two, "PER", "e3", two)]
    article = _lineage_article(entities, "سلطان بن فهد")
    assert with_fuller_lineage(article).quotes[0].speaker.name == "سلطان بن فهد"


# --- a lone given name the article writes with its family name


def _given_article(text: str, given: str) -> Article:
    at = text.index(given)
    entity = Entity(at, at + len(given), given, "PER", "e1", given)
    quote = Quote(0, 2, text[:2], "direct", Span(0, 1, text[0]), Speaker(given, "person", "e1", None))
    return Article(id="t", raw=text, text=text, entities=(entity,), quotes=(quote,))


def test_lone_given_name_takes_the_family_name_after_it() -> None:
    text = "وعلق باولو كوستا مدرب الفريق الضيف على الخسارة بعد المباراة."
    assert with_family_after_given(_given_article(text, "باولو")).quotes[0].speaker.name == "باولو كوستا"


def test_lone_given_name_before_a_common_word_stays() -> None:
    text = "وعلق باولو اليوم على الخسارة بعد المباراة أمام جماهير الفريق."
    assert with_family_after_given(_given_article(text, "باولو")).quotes[0].speaker.name == "باولو"
    text = "وعلق باولو، مدرب الفريق الضيف، على الخسارة بعد المباراة."
    assert with_family_after_given(_given_article(text, "باولو")).quotes[0].speaker.name == "باولو"
