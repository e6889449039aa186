"""Events (talks, meetings, calls, visits, agreements, announcements) with their participants,
place and date, on sentences written in the style of Arabic newswire and on the reference article."""

from __future__ import annotations

import re
from dataclasses import replace

from rasid.extract.dates import dates_stage
from rasid.extract.events import events_stage, extract_events, find_triggers
from rasid.model import Article, Entity, Sentence
from rasid.pipeline import Options, process

OPTIONS = Options(reference_date="2025-02-20")


def article_with(text: str, names: dict[str, tuple[str, str]]) -> Article:
    """An article of one sentence per line, its entities built from ``names`` ({text: (label, id)})
    and its dates resolved against Thursday 20 February 2025."""
    sentences, offset = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(offset, offset + len(line)))
        offset += len(line) + 1
    entities = []
    for name, (label, entity_id) in names.items():
        for match in re.finditer(re.escape(name), text):
            entities.append(
                Entity(match.start(), match.end(), name, label, entity_id=entity_id, canonical=name)
            )
    entities.sort(key=lambda e: e.start)
    article = Article(id="t", text=text, sentences=tuple(sentences), entities=tuple(entities))
    return dates_stage(article, OPTIONS)


def test_phone_call_between_two_leaders() -> None:
    article = article_with(
        "وأجرى ولي العهد اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون أمس.",
        {"ولي العهد": ("PER", "mbs"), "إيمانويل ماكرون": ("PER", "macron")},
    )
    (event,) = extract_events(article)
    assert event.type == "call"
    assert event.trigger.text == "اتصالا هاتفيا"
    assert event.participants == ("mbs", "macron")
    assert event.date == "2025-02-19"


def test_talks_with_place_and_date_and_parties_from_nationality_words() -> None:
    article = article_with(
        "بدأت اليوم الخميس محادثات بين مسؤولين روس وأميركيين في إسطنبول.",
        {"إسطنبول": ("LOC", "ist"), "روسيا": ("LOC", "ru"), "الولايات المتحدة": ("LOC", "us")},
    )
    # the countries are entities of the article elsewhere; add them so nationality words resolve
    extra = (
        Entity(0, 0, "", "LOC", entity_id="ru", canonical="روسيا"),
        Entity(0, 0, "", "LOC", entity_id="us", canonical="الولايات المتحدة"),
    )
    article = replace(article, entities=article.entities + extra)
    (event,) = extract_events(article)
    assert (event.type, event.place) == ("talks", "ist")
    assert set(event.participants) == {"ru", "us"}
    assert event.date is None  # the date comes before the trigger, in the main clause
    article = article_with(
        "بدأت محادثات بين الجانبين صباح اليوم الخميس في إسطنبول.", {"إسطنبول": ("LOC", "ist")}
    )
    (event,) = extract_events(article)
    assert (event.place, event.date) == ("ist", "2025-02-20")


def test_meeting_in_a_named_city_on_a_date() -> None:
    article = article_with(
        "وعقد اجتماع في 18 فبراير الجاري في الرياض بين وزيري الخارجية سيرغي لافروف وماركو روبيو.",
        {"الرياض": ("LOC", "ruh"), "سيرغي لافروف": ("PER", "lavrov"), "ماركو روبيو": ("PER", "rubio")},
    )
    (event,) = extract_events(article)
    assert (event.type, event.place, event.date) == ("meeting", "ruh", "2025-02-18")
    assert set(event.participants) == {"lavrov", "rubio"}


def test_visit_and_agreement_in_one_sentence() -> None:
    article = article_with(
        "وخلال زيارة الرئيس التركي رجب طيب أردوغان إلى الدوحة، وقّع البلدان اتفاقية للتعاون الدفاعي.",
        {"رجب طيب أردوغان": ("PER", "erdogan"), "الدوحة": ("LOC", "doha")},
    )
    events = extract_events(article)
    assert [e.type for e in events] == ["visit", "agreement"]
    assert events[0].participants == ("erdogan",)
    assert events[0].place == "doha"


def test_mentions_of_one_event_are_merged() -> None:
    article = article_with(
        "بدأت محادثات بين الجانبين صباح اليوم الخميس في إسطنبول.\n"
        "والاجتماع المغلق هو ثاني لقاء بين ممثلين عن الدولتين.\n"
        "وتهدف المباحثات إلى بحث الملفات العالقة.",
        {"إسطنبول": ("LOC", "ist")},
    )
    (event,) = extract_events(article)
    assert (event.type, event.place, event.date, event.sentence) == ("talks", "ist", "2025-02-20", 0)


def test_ministry_is_not_a_visit_and_telecoms_are_not_a_call() -> None:
    article = article_with("وأصدرت وزارة الاتصالات بيانا حول أسعار الخدمات.", {})
    assert extract_events(article) == []
    assert find_triggers("ونشرت وزارة الخارجية بيانا") == []


def test_events_without_entities_have_no_participants() -> None:
    article = article_with("وأعلنت الحكومة عن خطة جديدة للإسكان.", {})
    (event,) = extract_events(article)
    assert (event.type, event.participants, event.place) == ("announcement", (), None)
    assert event.confidence < 0.5


def test_stage_attaches_spans_that_slice_the_text() -> None:
    article = article_with("والتقى الملك ضيفه في قصر اليمامة اليوم.", {"الملك": ("PER", "king")})
    article = events_stage(article, OPTIONS)
    for event in article.events:
        assert article.text[event.trigger.start : event.trigger.end] == event.trigger.text


def test_sample_holds_the_four_events(sample_raw: str) -> None:
    article = process(Article(id="sample", raw=sample_raw), Options())
    names = {e.entity_id: e.canonical for e in article.entities}
    events = [
        (e.type, sorted(names.get(p, p) for p in e.participants), names.get(e.place), e.date)
        for e in article.events
    ]
    istanbul = next(e for e in events if e[2] == "إسطنبول")
    assert istanbul[0] == "talks"
    assert istanbul[3] == article.document_date.value
    assert {"روسيا", "الولايات المتحدة"} <= set(istanbul[1])
    riyadh_meeting = next(e for e in events if e[3] == "2025-02-18")
    assert riyadh_meeting[2] in ("السعودية", "الرياض")
    call = next(e for e in events if e[0] == "call")
    assert call[1] == ["دونالد ترامب", "فلاديمير بوتين"]
    lavrov_rubio = next(e for e in events if "سيرغي لافروف" in e[1])
    assert lavrov_rubio[0] in ("talks", "meeting")
    assert "ماركو روبيو" in lavrov_rubio[1]


def test_stage_is_registered_last() -> None:
    names = [stage.name for stage in Options().pipeline()]
    assert names[-1] == "events"
    assert names.index("events") > names.index("dates")
