"""Round 86 (entity): a lone given name joins the one fuller name the article wrote before it, and a
person mention that ran on into the sentence's common word is cut back when the article writes the
person without it. Sentences written for these tests (invented people and events)."""

from __future__ import annotations

from rasid.extract import entities as ent
from rasid.text.normalize import normalize


def people(text: str) -> list[tuple[str, str, str]]:
    """``(surface, entity id, canonical)`` of every person mention; spans must slice the text."""
    found = []
    for e in ent.extract_entities(text):
        assert text[e.start : e.end] == e.text
        if e.label == "PER":
            found.append((e.text, e.entity_id, e.canonical))
    return found


def ids_of(found: list[tuple[str, str, str]], surface: str) -> set[str]:
    return {entity_id for text, entity_id, _ in found if text == surface}


# --- a lone given name and the fuller name written before it -----------------------------------


def test_a_lone_given_name_joins_the_fuller_name_written_before() -> None:
    found = people(
        "قال المهندس رامي الحداد إن المشروع سيكتمل في الربيع المقبل. "
        "وأضاف رامي أن التكلفة لم تتجاوز الميزانية المرصودة."
    )
    assert ids_of(found, "رامي") == ids_of(found, "رامي الحداد")
    assert {canonical for text, _, canonical in found if text == "رامي"} == {"رامي الحداد"}


def test_two_fuller_names_with_the_given_name_leave_the_lone_one_apart() -> None:
    found = people(
        "قال المهندس رامي الحداد إن المشروع سيكتمل في الربيع. وقال المحامي رامي سلوم إن العقد سليم. "
        "وأضاف رامي أن الجلسة تأجلت."
    )
    lone = ids_of(found, "رامي")
    assert lone and not lone & (ids_of(found, "رامي الحداد") | ids_of(found, "رامي سلوم"))


def test_a_fuller_name_written_only_after_the_lone_one_is_not_joined() -> None:
    found = people(
        "وأضاف رامي أن التكلفة لم تتجاوز الميزانية. "
        "وكان المهندس رامي الحداد قد قال إن المشروع سيكتمل في الربيع."
    )
    assert ids_of(found, "رامي") != ids_of(found, "رامي الحداد")


def test_a_word_the_article_writes_as_a_family_name_is_no_given_name_to_join() -> None:
    found = people(
        "قال السفير ميشال عون إن الحوار مستمر. وأضاف عون أن الاجتماع المقبل في بيروت. "
        "وقال النائب عون سليمان إن الكتلة موافقة."
    )
    assert not ids_of(found, "عون") & ids_of(found, "عون سليمان")


def test_given_name_target_leaves_names_with_the_article_and_fuller_mentions() -> None:
    assert ent.given_name_target([], [(normalize("الحسن"),)], [], 0, lambda a: a) is None
    assert ent.given_name_target([], [(normalize("رامي"), normalize("الحداد"))], [0], 0, lambda a: a) is None


# --- a person mention run on into the sentence's common word -----------------------------------


def test_the_verbs_object_after_a_titled_name_is_cut_when_the_name_is_written_alone() -> None:
    found = people(
        "أبدى المدرب البرتغالي فيرنانديز رضاه عن أداء اللاعبين في المباراة. "
        "وقال المدرب فيرنانديز إن الفريق تحسن كثيرا."
    )
    assert [text for text, _, _ in found] == ["فيرنانديز", "فيرنانديز"]
    assert {canonical for _, _, canonical in found} == {"فيرنانديز"}


def test_a_word_with_a_preposition_after_the_name_is_cut() -> None:
    found = people(
        "وأعلن الرئيس الكيني كينياتا لحشد أنصاره في العاصمة. وقال الرئيس كينياتا إن الانتخابات نزيهة."
    )
    assert {text for text, _, _ in found} == {"كينياتا"}


def test_without_the_name_written_alone_the_mention_is_left_as_it_is() -> None:
    found = people("أبدى المدرب البرتغالي فيرنانديز رضاه عن أداء اللاعبين في المباراة.")
    assert [text for text, _, _ in found] == ["فيرنانديز رضاه"]


def test_a_surname_after_a_given_name_written_alone_stays() -> None:
    found = people(
        "وقالت الفنانة اللبنانية نانسي عجرم إن جولتها تبدأ الشهر المقبل. وأضافت نانسي أن الجمهور ينتظرها."
    )
    assert "نانسي عجرم" in {text for text, _, _ in found}


def test_common_run_on_word_reads_common_words_not_names() -> None:
    assert ent.common_run_on_word(normalize("رضاه"))
    assert not ent.common_run_on_word(normalize("حسن"))  # a given name
    assert not ent.common_run_on_word(normalize("العودة"))  # a family name too
    assert not ent.common_run_on_word(normalize("يي"))  # a rare foreign name in a noisy cluster


def test_a_given_name_after_a_kin_noun_is_not_joined() -> None:
    found = people(
        "شيع الأهالي الشهيد خالد بن سالم الزهراني في بلدته.\n\n"
        "وقال والد الشهيد خالد إن العزاء يستمر ثلاثة أيام."
    )
    assert ids_of(found, "خالد") and not ids_of(found, "خالد") & ids_of(found, "خالد بن سالم الزهراني")
    alone = people(
        "شيع الأهالي الشهيد خالد بن سالم الزهراني في بلدته.\n\nوقال خالد إن العزاء يستمر ثلاثة أيام."
    )
    assert ids_of(alone, "خالد") == ids_of(alone, "خالد بن سالم الزهراني")
