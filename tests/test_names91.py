"""Round 91 (person names cut by the tagger): a name the tagger ends on two given names («محمد
محمود»: a given name and the father's written without بن) takes the definite family name right
after it that is also a title or a common word (القاضي، الكاتب), or the one-word person the tagger
made of it (اليافعي); never a weekday, a nationality adjective, a word of no name or a title before
its adjective. Sentences invented for these tests (events and people are fictitious)."""

from __future__ import annotations

from rasid.extract.entities import extract_entities


def persons(text: str) -> list[str]:
    return [e.text for e in extract_entities(text) if e.label == "PER"]


# --- a family name that is also a title or a common word -------------------------------------------


def test_title_word_closes_name_after_two_given_names() -> None:
    text = "وأكد خالد منصور القاضي أن لجنة التحكيم ستعلن أسماء الفائزين في نهاية الأسبوع."
    assert "خالد منصور القاضي" in persons(text)


def test_writer_word_closes_name_after_two_given_names() -> None:
    text = "وبين سامي فهد الكاتب أن معرض الكتاب سيستقبل زواره في قاعة جديدة هذا العام."
    assert "سامي فهد الكاتب" in persons(text)


def test_tagged_family_word_joined_to_two_given_names() -> None:
    text = "وذكر رامي السيد اليافعي أن القرية تعاني من شح المياه منذ أشهر طويلة."
    assert "رامي السيد اليافعي" in persons(text)


# --- what stays out --------------------------------------------------------------------------------


def test_weekday_after_two_given_names_is_a_date() -> None:
    text = "وقال ناصر فهد الخميس إن المباراة الودية أجلت إلى موعد لم يحدد."
    assert not any(name.endswith("الخميس") for name in persons(text))


def test_title_with_adjective_after_two_given_names_is_apposition() -> None:
    text = "وقال ماجد سعيد المدير التنفيذي للمجموعة إن المبيعات تضاعفت خلال الربع الأخير."
    assert not any("المدير" in name.split() for name in persons(text))


def test_object_after_two_given_names_stays_out() -> None:
    text = "واستقبل ماجد سعيد الوفد الزائر في مكتبه صباح اليوم وناقش معه خطط التعاون."
    assert not any("الوفد" in name.split() for name in persons(text))


def test_one_given_name_unchanged() -> None:
    text = "وأشار خالد القاضي إلى أن المحكمة أجلت النظر في القضية إلى الشهر القادم."
    assert "خالد القاضي" in persons(text)


# --- a second family name tagged apart ---------------------------------------------------------


def test_second_family_name_joined() -> None:
    text = "وقال المهندس فيصل بن عبدالرحمن خالد الذويبي العتيبي إن الطريق سيفتتح قريبا."
    assert "فيصل بن عبدالرحمن خالد الذويبي العتيبي" in persons(text)


def test_second_family_name_written_alone_elsewhere_stays_apart() -> None:
    text = (
        "وقال المهندس فيصل بن عبدالرحمن خالد الذويبي العتيبي إن الطريق سيفتتح قريبا، "
        "وأضاف العتيبي أن العمل مستمر."
    )
    assert "فيصل بن عبدالرحمن خالد الذويبي العتيبي" not in persons(text)


def test_title_word_kept_before_second_title() -> None:
    from rasid.model import Article
    from rasid.pipeline import process

    text = "قال الدكتور خالد منصور القاضي المستشار الفني لشركة الكهرباء إن الشبكة ستتوسع قريبا."
    speakers = [q.speaker.name for q in process(Article(id="t", raw=text)).quotes if q.speaker]
    assert speakers == ["خالد منصور القاضي"]


def test_title_with_adjective_still_cut_from_speaker() -> None:
    from rasid.model import Article
    from rasid.pipeline import process

    text = "وقال الأستاذ سامي فهد الشايع الأمين العام للجمعية إن التبرعات زادت هذا العام."
    speakers = [q.speaker.name for q in process(Article(id="t", raw=text)).quotes if q.speaker]
    assert speakers == ["سامي فهد الشايع"]


# --- a plural nisba after a name ---------------------------------------------------------------


def test_plural_nisba_after_name_is_the_object() -> None:
    text = "وقال المحافظ سامي حمود إن الوضع صعب. كما دعا حمود المقدسيين إلى البقاء في بيوتهم."
    assert "حمود المقدسيين" not in persons(text)
    assert "حمود" in persons(text)


def test_singular_nisba_family_name_kept() -> None:
    text = "وقال الباحث سامي حمود المقدسي إن المخطوطات محفوظة في مكتبة المسجد."
    assert "سامي حمود المقدسي" in persons(text)


def test_title_modifier_after_title_word_still_cut() -> None:
    from rasid.model import Article
    from rasid.pipeline import process

    text = "وقال السفير سامي فهد الأمين المساعد رئيس قطاع الشؤون العربية إن اللقاء كان مثمرا."
    speakers = [q.speaker.name for q in process(Article(id="t", raw=text)).quotes if q.speaker]
    assert speakers == ["سامي فهد"]


def test_plural_family_name_after_given_name_kept() -> None:
    text = "وفاز بالجوائز سعود الخالدي وماجد المناميين وفيصل العتيبي في ختام البطولة."
    assert not any(name.startswith("ماجد") and name.endswith("ماجد") for name in persons(text))


def test_no_extension_when_another_person_follows() -> None:
    import rasid.extract.entities as entities

    doc = entities.Doc("قالت الباحثة نوال فهد السيد مارتان إن الكتاب جديد.", (), ())
    first = doc.text.index("نوال")
    tokens = [t.start for t in doc.tokens]
    t0 = tokens.index(first)

    def mention(a: int, b: int) -> entities.Candidate:
        return entities.Candidate(doc.tokens[a].start, doc.tokens[b - 1].end, a, b, "PER", None, "crf", 0.9)

    kept = entities.surnames_after_given_names(doc, [mention(t0, t0 + 2), mention(t0 + 3, t0 + 4)])
    assert [doc.text[c.start : c.end] for c in kept] == ["نوال فهد", "مارتان"]
