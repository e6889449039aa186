"""Round 85 (tails): a person's name that ran on one word past a family name the article already
wrote for him («… ويعلق سالمي ارتياحه …»), and an unnamed source's name that ran on into the time
of the report («مصادر طبية في وقت مبكر»). Sentences invented for these tests."""

from __future__ import annotations

from rasid.extract.speaker_tail import (
    _non_name_shape,
    without_time_adverbial,
    without_word_after_family_written_alone,
)
from rasid.model import Article, Entity
from rasid.text.normalize import normalize


def _article(text: str, persons: list[str]) -> Article:
    """An article of ``text`` whose person mentions are every occurrence of each of ``persons``."""
    found: list[Entity] = []
    for person in persons:
        at = text.find(person)
        while at >= 0:
            found.append(Entity(at, at + len(person), person, "PER", entity_id="e1", canonical=person))
            at = text.find(person, at + 1)
    return Article(id="t", text=text, entities=tuple(sorted(found, key=lambda e: e.start)))


COACH = (
    "وصل المدرب البرتغالي ماركو فيرنانديش إلى المدينة أمس. وقاد فيرنانديش الحصة التدريبية الأولى "
    "صباح اليوم. وعن الحصة، أبدى المدرب فيرنانديش ارتياحه بعد ما لمسه من اللاعبين."
)


def test_object_with_pronoun_after_family_written_alone_is_cut():
    article = _article(COACH, ["ماركو فيرنانديش", "فيرنانديش", "فيرنانديش ارتياحه"])
    assert without_word_after_family_written_alone("فيرنانديش ارتياحه", article) == "فيرنانديش"


def test_verb_after_family_written_alone_is_cut():
    text = (
        "زار الرئيس الكرواتي ستيبان كوفاتش العاصمة أمس. وكان الرئيس كوفاتش انتقد في كلمته "
        "سياسات الجوار، وقال كوفاتش إن بلاده تريد السلام."
    )
    article = _article(text, ["ستيبان كوفاتش", "كوفاتش انتقد", "كوفاتش"])
    assert without_word_after_family_written_alone("كوفاتش انتقد", article) == "كوفاتش"


def test_addressee_after_family_is_cut():
    text = "التقى رئيس الوزراء راجان ديساي بالوزراء. وقال ديساي لصحافيين أمام المقر إن الاجتماع كان مثمرا."
    article = _article(text, ["راجان ديساي", "ديساي لصحافيين"])
    assert without_word_after_family_written_alone("ديساي لصحافيين", article) == "ديساي"


def test_full_name_written_first_is_kept():
    text = "قال المدرب زلاتان كوروفيتش إن الفريق جاهز. وأضاف كوروفيتش أن المباراة صعبة."
    article = _article(text, ["زلاتان كوروفيتش", "كوروفيتش"])
    assert without_word_after_family_written_alone("زلاتان كوروفيتش", article) == "زلاتان كوروفيتش"


def test_last_word_written_alone_elsewhere_is_kept():
    text = (
        "وصل المدرب ميلوش إلى المدينة. وقال المدرب ميلوش دراغان إن الفريق جاهز. وأضاف دراغان أن "
        "المباراة صعبة."
    )
    article = _article(text, ["ميلوش دراغان", "ميلوش", "دراغان"])
    assert without_word_after_family_written_alone("ميلوش دراغان", article) == "ميلوش دراغان"


def test_pair_written_twice_is_kept():
    text = "وصل كوستا إلى المدينة. وقال كوستا بريرا إن الفريق جاهز. وأضاف كوستا بريرا أن المباراة صعبة."
    article = _article(text, ["كوستا", "كوستا بريرا"])
    assert without_word_after_family_written_alone("كوستا بريرا", article) == "كوستا بريرا"


def test_known_family_name_after_given_name_is_kept():
    text = "زار خالد المدينة أمس. وقال خالد العتيبي إن الزيارة ناجحة."
    article = _article(text, ["خالد", "خالد العتيبي"])
    assert without_word_after_family_written_alone("خالد العتيبي", article) == "خالد العتيبي"


def test_unknown_word_after_given_name_needs_a_non_name_shape():
    text = "زار خالد المدينة أمس. وقال خالد برونوفسك إن الزيارة ناجحة."
    article = _article(text, ["خالد", "خالد برونوفسك"])
    assert without_word_after_family_written_alone("خالد برونوفسك", article) == "خالد برونوفسك"
    text = "زار خالد المدينة أمس. ثم تحدث خالد خلالها عن المشروع، وقال إن الزيارة ناجحة."
    article = _article(text, ["خالد", "خالد خلالها"])
    assert without_word_after_family_written_alone("خالد خلالها", article) == "خالد"


def test_non_name_shapes():
    for word in ("خلالها", "لصحافيين", "ارتياحا", "بقرارات"):
        assert _non_name_shape(word, normalize(word)), word
    for word in ("العتيبي", "لين", "برونوفسك"):
        assert not _non_name_shape(word, normalize(word)), word


def test_time_adverbial_after_unnamed_source_is_cut():
    assert without_time_adverbial("مصادر طبية في وقت مبكر") == "مصادر طبية"
    assert without_time_adverbial("مصادر محلية في ساعة متأخرة") == "مصادر محلية"
    assert without_time_adverbial("شهود عيان في وقت لاحق") == "شهود عيان"


def test_place_and_other_qualifiers_are_kept():
    assert without_time_adverbial("مصادر طبية في مستشفى المدينة") == "مصادر طبية في مستشفى المدينة"
    assert without_time_adverbial("مصادر في وزارة الوقت") == "مصادر في وزارة الوقت"
    assert without_time_adverbial("في وقت مبكر") == "في وقت مبكر"


def test_clause_after_person_is_cut():
    from rasid.extract.speaker_tail import without_clause_after_person

    assert without_clause_after_person("ناصر الحربي عندما كان وزيرا") == "ناصر الحربي"
    assert without_clause_after_person("هالة السديري بحكم عملها") == "هالة السديري"


def test_description_holding_a_preposition_is_kept():
    from rasid.extract.speaker_tail import without_clause_after_person

    assert without_clause_after_person("أستاذ في جامعة الواحة") == "أستاذ في جامعة الواحة"
    assert without_clause_after_person("ناصر الحربي") == "ناصر الحربي"
