"""Round 52, speaker names with the wrong extent (rasid.extract.name_extent): a reporting verb the
name ran on into, words after the family name the article writes alone, a title with its
complement after a full name, a body's purpose phrase, and a name cut short before its family name
or its entity's full name. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

from rasid.extract.name_extent import (
    with_name_extent,
    without_purpose_phrase,
    without_verb_tail,
    without_words_after_family,
)
from rasid.model import Article, Entity, Quote, Span, Speaker


def _article(text: str, speaker: str, kind: str, entities: tuple[Entity, ...] = ()) -> Article:
    """An article with one quotation whose speaker is ``speaker`` (linked to ``e1`` when given)."""
    entity_id = "e1" if entities else None
    cue = Span(0, 1, text[0])
    quote = Quote(0, 2, text[:2], "indirect", cue, Speaker(speaker, kind, entity_id, None))  # type: ignore[arg-type]
    return Article(id="t", raw=text, text=text, entities=entities, quotes=(quote,))


def _mention(text: str, name: str, entity_id: str = "e1", canonical: str = "", nth: int = 0) -> Entity:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return Entity(at, at + len(name), name, "PER", entity_id, canonical or name)


def _name(article: Article) -> str:
    speaker = with_name_extent(article).quotes[0].speaker
    assert speaker is not None
    return speaker.name


# --- a reporting verb closing the name


def test_reporting_verb_closing_a_name_is_cut() -> None:
    assert without_verb_tail("سامر العتيبي رأى") == "سامر العتيبي"
    assert without_verb_tail("هاينز فولكر فأكد") == "هاينز فولكر"


def test_name_without_a_verb_stays() -> None:
    assert without_verb_tail("سامر العتيبي") == "سامر العتيبي"
    assert without_verb_tail("رأى") == "رأى"  # (a lone word is left alone)


# --- words after the family name the article writes alone


def test_words_after_a_family_name_written_alone_are_cut() -> None:
    text = "وهاجم القاضي نبيل الزهراني الحكومة بشدة في خطابه. وأضاف الزهراني أن الأمر يتكرر."
    assert (
        without_words_after_family("نبيل الزهراني الحكومة", frozenset({"الزهراني"}), text) == "نبيل الزهراني"
    )


def test_family_name_the_article_writes_in_full_again_stays() -> None:
    text = "قال نبيل الزهراني الحكومة إن الأمر يتكرر، وتابع نبيل الزهراني الحكومة أن الحل قريب."
    name = "نبيل الزهراني الحكومة"
    assert without_words_after_family(name, frozenset({"الزهراني"}), text) == name
    # (no one-word mention of the middle word: nothing to cut at)
    assert without_words_after_family("نبيل الزهراني الحكومة", frozenset(), text) == name


def test_lone_first_word_is_no_family_name() -> None:
    text = "قال كيفن ماثيوز إن الاتفاق صامد، ثم أضاف كيفن أن التفاصيل لاحقا."
    assert without_words_after_family("كيفن ماثيوز", frozenset({"كيفن"}), text) == "كيفن ماثيوز"


# --- a title with its complement after a full name


def test_title_with_its_complement_after_a_full_name_is_cut() -> None:
    text = "وقال سامي الغامدي مدير إدارة المرور بالمنطقة إن الطرق مفتوحة."
    name = "سامي الغامدي مدير إدارة المرور بالمنطقة"
    assert _name(_article(text, name, "person")) == "سامي الغامدي"


def test_title_word_closing_a_name_is_the_family_name() -> None:
    text = "وقال سامي الغامدي أمين إن الطرق مفتوحة أمام المسافرين."
    assert _name(_article(text, "سامي الغامدي أمين", "person")) == "سامي الغامدي أمين"


# --- a body's purpose phrase


def test_purpose_phrase_after_a_body_name_is_cut() -> None:
    assert without_purpose_phrase("القوات الحكومية لإخلاء المباني المتضررة") == "القوات الحكومية"
    assert without_purpose_phrase("الشرطة المحلية باعتقال المشتبه بهم") == "الشرطة المحلية"


def test_body_field_after_its_adjective_stays() -> None:
    assert without_purpose_phrase("المنظمة العربية لحقوق الإنسان") == "المنظمة العربية لحقوق الإنسان"
    assert without_purpose_phrase("المركز الوطني لأبحاث الفضاء") == "المركز الوطني لأبحاث الفضاء"


def test_purpose_phrase_is_cut_only_for_bodies() -> None:
    text = "وأعلنت القوات الحكومية لإخلاء المباني أن العمل مستمر."
    assert _name(_article(text, "القوات الحكومية لإخلاء المباني", "organization")) == "القوات الحكومية"
    assert (
        _name(_article(text, "القوات الحكومية لإخلاء المباني", "unnamed")) == "القوات الحكومية لإخلاء المباني"
    )


# --- a name cut short


def test_lone_given_name_takes_the_word_before_its_apposition() -> None:
    text = "وقال فيليب دوراند، رئيس البعثة الأوروبية، إن الحوار مستمر."
    entity = _mention(text, "فيليب")
    assert _name(_article(text, "فيليب", "person", (entity,))) == "فيليب دوراند"
    text = "وقال فيليب دوراند مدير البعثة الأوروبية إن الحوار مستمر."
    entity = _mention(text, "فيليب")
    assert _name(_article(text, "فيليب", "person", (entity,))) == "فيليب دوراند"


def test_lone_given_name_before_a_time_word_or_no_apposition_stays() -> None:
    text = "وقال فيليب أمس، في مؤتمر صحفي، إن الحوار مستمر."
    entity = _mention(text, "فيليب")
    assert _name(_article(text, "فيليب", "person", (entity,))) == "فيليب"
    text = "وقال فيليب دوراند إن الحوار مستمر بين الطرفين."
    entity = _mention(text, "فيليب")
    assert _name(_article(text, "فيليب", "person", (entity,))) == "فيليب"


def test_name_cut_short_takes_its_entity_full_name() -> None:
    text = "وقال رئيس الشركة تيم هاردويك إن المبيعات زادت. وأضاف تيم أن السوق واعدة."
    full = _mention(text, "تيم هاردويك")
    short = Entity(full.start, full.start + 3, "تيم", "PER", "e1", "تيم هاردويك")
    assert _name(_article(text, "تيم", "person", (full, short))) == "تيم هاردويك"


def test_entity_full_name_no_mention_writes_is_not_taken() -> None:
    text = "وقال تيم إن المبيعات زادت في الربع الأخير. وأضاف تيم أن السوق واعدة."
    first = Entity(5, 8, "تيم", "PER", "e1", "تيم هاردويك")
    second = _mention(text, "تيم", canonical="تيم هاردويك", nth=1)
    # (the canonical name is no mention of this article: the speaker keeps the name it has)
    assert _name(_article(text, "تيم", "person", (first, second))) == "تيم"


# --- the same word after every mention of a person


def test_word_written_after_every_mention_completes_the_name() -> None:
    text = (
        "وغنت المطربة سلمى نور الهدى أغنية جديدة. وقالت نور الهدى إن العمل أخذ وقتا، "
        "وأضافت نور الهدى أنها سعيدة."
    )
    first = _mention(text, "سلمى نور", canonical="سلمى نور")
    second = _mention(text, "نور", canonical="سلمى نور", nth=1)
    third = _mention(text, "نور", canonical="سلمى نور", nth=2)
    assert _name(_article(text, "سلمى نور", "person", (first, second, third))) == "سلمى نور الهدى"


def test_different_words_after_the_mentions_stay_apart() -> None:
    text = "وغنت المطربة سلمى نور أغنية جديدة. وقالت نور الهدى إن العمل أخذ وقتا، وأضافت نور أنها سعيدة."
    first = _mention(text, "سلمى نور", canonical="سلمى نور")
    second = _mention(text, "نور", canonical="سلمى نور", nth=1)
    third = _mention(text, "نور", canonical="سلمى نور", nth=2)
    assert _name(_article(text, "سلمى نور", "person", (first, second, third))) == "سلمى نور"
    # (a function word after every mention is no part of the name)
    text = "قال سلمى نور إن الحفل قريب. وأضاف نور إن التذاكر نفدت."
    first = _mention(text, "سلمى نور", canonical="سلمى نور")
    second = _mention(text, "نور", canonical="سلمى نور", nth=1)
    assert _name(_article(text, "سلمى نور", "person", (first, second))) == "سلمى نور"


# --- a definite title closing a full name


def test_definite_title_with_its_adjective_after_a_full_name_is_cut() -> None:
    text = "وأوضح سعد بن ناصر القحطاني الأمين العام للجمعية أن التسجيل مفتوح."
    name = "سعد بن ناصر القحطاني الأمين"
    assert _name(_article(text, name, "person")) == "سعد بن ناصر القحطاني"


def test_definite_family_name_like_a_title_stays() -> None:
    text = "وأوضح سعد بن ناصر الأمين أن التسجيل مفتوح للجميع."
    name = "سعد بن ناصر الأمين"
    assert _name(_article(text, name, "person")) == name  # (no definite word after it: a family name)
    text = "وأوضح سعد ناصر الأمين في حديثه أن التسجيل مفتوح."
    assert _name(_article(text, "سعد ناصر الأمين", "person")) == "سعد ناصر الأمين"


# --- a preposition with a pronoun after a name


def test_preposition_with_a_pronoun_ends_a_body_name() -> None:
    text = "وقالت شركة بلو ستون ولها فروع في الخليج إن الأرباح زادت."
    assert _name(_article(text, "شركة بلو ستون ولها فروع", "organization")) == "شركة بلو ستون"


def test_name_without_a_pronoun_phrase_stays() -> None:
    text = "وقالت شركة بلو ستون للاستثمار إن الأرباح زادت هذا العام."
    assert _name(_article(text, "شركة بلو ستون للاستثمار", "organization")) == "شركة بلو ستون للاستثمار"


# --- a name ending in a link word


def test_name_ending_in_a_link_word_takes_the_next_word() -> None:
    text = "وقال ماركو دي لوكا إن المفاوضات طويلة."
    at = text.index("ماركو دي")
    quote = Quote(
        0,
        2,
        text[:2],
        "indirect",
        Span(0, 1, text[0]),
        Speaker("ماركو دي", "person", None, Span.of(text, at, at + 8)),
    )
    article = Article(id="t", raw=text, text=text, quotes=(quote,))
    assert _name(article) == "ماركو دي لوكا"


def test_name_not_ending_in_a_link_word_stays() -> None:
    text = "وقال ماركو لوكا إن المفاوضات طويلة."
    assert _name(_article(text, "ماركو لوكا", "person")) == "ماركو لوكا"
    text = "وقال أبو إن المفاوضات طويلة."  # (a function word after it: nothing to add)
    assert _name(_article(text, "أبو", "person")) == "أبو"
