"""Round 60: one statement by coordinated sources gives one record per source (sentences written
for these tests)."""

from __future__ import annotations

from rasid.model import Article


def speakers(text: str) -> list[str | None]:
    """The speaker name of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_a_definite_body_and_a_source_joined_by_wa_are_two_speakers():
    assert speakers("وقالت الشرطة وشهود عيان إن سيارة اصطدمت بحافلة قرب السوق.") == [
        "الشرطة",
        "شهود عيان",
    ]
    assert speakers("وقال الجيش وسكان إن القصف استمر طوال الليل.") == ["الجيش", "سكان"]


def test_a_tagger_span_over_both_conjuncts_does_not_name_each():
    assert speakers("وقالت الشرطة ومسؤولون حكوميون إن الحريق اندلع في المخزن.") == [
        "الشرطة",
        "مسؤولون حكوميون",
    ]


def test_an_unnamed_head_read_as_a_person_is_still_split_from_the_next_source():
    assert speakers("وقال مسؤولون أفغان ومصادر أمنية إن المسلحين انسحبوا من القرية.") == [
        "مسؤولون أفغان",
        "مصادر أمنية",
    ]


def test_a_second_nisba_headed_source_after_a_complete_one():
    assert speakers("وتوقع مسؤولون أميركيون ودبلوماسيون أوروبيون أن تستمر المحادثات.") == [
        "مسؤولون أميركيون",
        "دبلوماسيون أوروبيون",
    ]


def test_a_chain_of_headless_nisba_plurals_and_a_plural_noun():
    assert speakers("وأكد أمنيون وتربويون وشيوخ قبائل أن الظاهرة تهدد المدارس.") == [
        "أمنيون",
        "تربويون",
        "شيوخ قبائل",
    ]
    assert speakers("وأكد علماء ومشايخ أن العادة دخيلة على المجتمع.") == ["علماء", "مشايخ"]


def test_adjectives_joined_by_wa_stay_one_source():
    assert speakers("وقال دبلوماسيون عرب ومصريون إن الاجتماع تأجل.") == ["دبلوماسيون عرب ومصريون"]
    assert speakers("وقال خبراء عسكريون واستراتيجيون إن المعركة ستطول.") == ["خبراء عسكريون واستراتيجيون"]
    assert speakers("وقالت مصادر أمنية وعسكرية إن الهجوم صُد.") == ["مصادر أمنية وعسكرية"]


def test_a_body_whose_name_holds_wa_stays_whole():
    names = speakers("وقالت وزارة الخارجية والتعاون الدولي إن السفير استدعي.")
    assert len(names) == 1
    assert len(speakers("وقالت وزارة العمل والتنمية الاجتماعية إن البرنامج سيبدأ الشهر المقبل.")) == 1
    assert len(speakers("وقال مجلس التعاون لدول الخليج العربية إن القمة ستعقد في موعدها.")) == 1


def test_a_single_source_with_its_qualifier_is_not_split():
    assert speakers("وقال شيوخ قبائل في المنطقة إن الهدوء عاد إلى القرى.") == ["شيوخ قبائل في المنطقة"]
