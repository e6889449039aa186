"""Round 96, byrole3: a bare title («وقال الوزير») whose remembered bearer is no person entity, only
the title's phrase run on («وزير شؤون المياه المحلي»، «المدرب الإسباني أدرك»), stands for the person
entity the title is in apposition to, right before it (:meth:`Memory._person_for_title`).
Sentences written for these tests."""

from __future__ import annotations

from rasid.extract.quotes import Memory, SpeakerGuess, normalized_word, role_key
from rasid.model import Entity


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    at = text.index(words, after)
    return at, at + len(words)


def _person(text: str, name: str, eid: str, after: int = 0) -> Entity:
    start, end = _span(text, name, after)
    return Entity(start, end, name, "PER", eid, name)


def _bearer(text: str, phrase: str, name: str, role: str, eid: str | None = None) -> tuple[int, SpeakerGuess]:
    span = _span(text, phrase)
    return span[0], SpeakerGuess(name, "person", span, eid, roles=frozenset({role}))


def _role(word: str) -> str:
    key = role_key(normalized_word(word))
    assert key is not None
    return key


def test_a_title_in_apposition_after_a_name_is_that_person() -> None:
    text = (
        "وصرح سليم الحداد، وزير شؤون المياه المحلي، بأن السدود امتلأت هذا الشتاء. "
        "وقال الوزير إن الحكومة ستبني خزانا جديدا."
    )
    minister = _role("الوزير")
    at, bearer = _bearer(text, "وزير شؤون المياه المحلي", "شؤون المياه المحلي", minister)
    memory = Memory(text=text, entities=[_person(text, "سليم الحداد", "e1")], _persons=[(at, bearer)])
    found = memory.by_role(frozenset({minister}), text.index("وقال الوزير"))
    assert found is not None and found.name == "سليم الحداد" and found.entity_id == "e1"


def test_a_named_bearer_is_kept() -> None:
    text = (
        "والتقى سليم الحداد وزير الزراعة نادر الكعبي في مكتبه أمس. وقال الوزير إن المحاصيل تحسنت هذا العام."
    )
    minister = _role("الوزير")
    at, bearer = _bearer(text, "وزير الزراعة نادر الكعبي", "نادر الكعبي", minister, "e2")
    entities = [_person(text, "سليم الحداد", "e1"), _person(text, "نادر الكعبي", "e2")]
    memory = Memory(text=text, entities=entities, _persons=[(at, bearer)])
    found = memory.by_role(frozenset({minister}), text.index("وقال الوزير"))
    assert found is not None and found.name == "نادر الكعبي"


def test_a_title_joined_by_and_is_another_person() -> None:
    text = "وحضر الاجتماع سليم الحداد ووزير شؤون المياه المحلي أمس. وقال الوزير إن الحكومة ستبني خزانا جديدا."
    minister = _role("الوزير")
    at, bearer = _bearer(text, "ووزير شؤون المياه المحلي", "شؤون المياه المحلي", minister)
    memory = Memory(text=text, entities=[_person(text, "سليم الحداد", "e1")], _persons=[(at, bearer)])
    found = memory.by_role(frozenset({minister}), text.index("وقال الوزير"))
    assert found is not None and found.name != "سليم الحداد"


def test_a_name_inside_the_run_on_phrase_is_left_alone() -> None:
    text = (
        "وأعلن المحافظ الجديد منصور العتيبي ورئيس لجنة الإغاثة افتتاح المركز. "
        "وقال المحافظ إن المركز سيخدم آلاف الأسر."
    )
    governor = _role("المحافظ")
    phrase = "المحافظ الجديد منصور العتيبي ورئيس لجنة الإغاثة"
    at, bearer = _bearer(text, phrase, "ورئيس لجنة الإغاثة", governor)
    memory = Memory(text=text, entities=[_person(text, "منصور العتيبي", "e1")], _persons=[(at, bearer)])
    found = memory.by_role(frozenset({governor}), text.index("وقال المحافظ"))
    assert found is bearer


def test_a_name_with_other_words_between_is_no_apposition() -> None:
    text = (
        "وأكد السفير فهد الراشد أن رئيس الوزراء الإيطالي لزيارة روما قريبا. "
        "وقال رئيس الوزراء إن الزيارة ستعزز العلاقات."
    )
    head = _role("رئيس")
    at, bearer = _bearer(text, "رئيس الوزراء الإيطالي لزيارة روما", "لزيارة روما", head)
    memory = Memory(text=text, entities=[_person(text, "فهد الراشد", "e1")], _persons=[(at, bearer)])
    found = memory.by_role(frozenset({head}), text.index("وقال رئيس"))
    assert found is not None and found.name != "فهد الراشد"


def test_a_title_after_a_name_and_a_pronoun_is_that_person() -> None:
    text = "وأوضح الدكتور نبيل الساعدي وهو مستشار قانوني أن العقد باطل. وأضاف المستشار أن المحكمة ستنظر فيه."
    adviser = _role("المستشار")
    at, bearer = _bearer(text, "مستشار قانوني", "قانوني", adviser)
    memory = Memory(text=text, entities=[_person(text, "نبيل الساعدي", "e1")], _persons=[(at, bearer)])
    found = memory.by_role(frozenset({adviser}), text.index("وأضاف المستشار"))
    assert found is not None and found.name == "نبيل الساعدي"


def test_a_bearer_named_after_the_cue_is_resolved_too() -> None:
    text = (
        "كشف وزير في الحكومة عن خطة جديدة للمياه. وقال سليم الحداد، وزير شؤون المياه المحلي، "
        "إن السدود امتلأت هذا الشتاء."
    )
    minister = _role("الوزير")
    at, bearer = _bearer(text, "وزير شؤون المياه المحلي", "شؤون المياه المحلي", minister)
    memory = Memory(text=text, entities=[_person(text, "سليم الحداد", "e1")], _persons=[(at, bearer)])
    found = memory.by_role(frozenset({minister}), 0)
    assert found is not None and found.name == "سليم الحداد"


def test_no_entity_anywhere_keeps_the_bearer() -> None:
    text = "وقال الباحث الفلكي «الدوسري» إن الشهب تبلغ ذروتها الليلة. وأضاف الباحث أن الرؤية ستكون واضحة."
    researcher = _role("الباحث")
    at, bearer = _bearer(text, "الباحث الفلكي «الدوسري»", "الدوسري", researcher)
    memory = Memory(text=text, entities=[], _persons=[(at, bearer)])
    found = memory.by_role(frozenset({researcher}), text.index("وأضاف الباحث"))
    assert found is not None and found.name == "الدوسري"
