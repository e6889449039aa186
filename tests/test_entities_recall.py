"""Entities, second round: Saudi/Gulf places, outlets and clubs, sports context, generic place heads,
competitions, person spans trimmed of common words, and the per-text gazetteer cache.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from rasid.extract import entities as ent
from rasid.extract.gazetteers import find_gazetteer_matches
from rasid.model import Article, check_spans
from rasid.pipeline import Options, process


def spans(text: str) -> set[tuple[str, str]]:
    """``(surface, label)`` of every entity mention the stage finds in ``text``."""
    article = process(Article(id="t", raw=text), Options(stages=("clean", "segment", "entities")))
    check_spans(article)
    return {(e.text, e.label) for e in article.entities}


def test_saudi_governorates_and_gulf_cities_are_places() -> None:
    found = spans("وصل وفد الجمعية إلى الدوادمي قادما من عنيزة، ثم توجه إلى الخفجي قبل أن يغادر إلى صلالة.")
    assert {("الدوادمي", "LOC"), ("عنيزة", "LOC"), ("الخفجي", "LOC"), ("صلالة", "LOC")} <= found


def test_almamlaka_alone_is_a_place_but_not_before_an_adjective() -> None:
    assert ("المملكة", "LOC") in spans("وارتفعت صادرات التمور من المملكة خلال العام الماضي.")
    found = spans("ووقع الجانبان مذكرة تفاهم مع المملكة الأردنية الهاشمية في عمّان.")
    assert ("المملكة", "LOC") not in found


def test_generic_place_head_stays_outside_the_place() -> None:
    found = spans("وسقطت قذيفتان على أطراف مدينة سرت مساء الأحد.")
    assert ("سرت", "LOC") in found
    assert not any(text.startswith("مدينة") for text, _ in found)


def test_a_preservation_noun_is_no_governorate() -> None:
    found = spans("ودعا الوزير إلى محافظة على الأمن في الأسواق.")
    assert not any(label == "LOC" for _, label in found)


def test_city_named_clubs_are_organisations_in_sports_news_only() -> None:
    sports = spans(
        "أعلن إنتر ميلان تعاقده مع المهاجم الشاب لمدة موسمين، وقال المدرب إن اللاعب سينضم "
        "إلى الفريق قبل مباراة الدوري أمام روما، بعد أن رفض عرضا من ميلان."
    )
    assert {("إنتر ميلان", "ORG"), ("روما", "ORG"), ("ميلان", "ORG")} <= sports
    travel = spans("وصل وزير التجارة إلى روما قادما من ميلان لبحث التعاون الاقتصادي مع الجانب الإيطالي.")
    assert ("روما", "ORG") not in travel and ("ميلان", "ORG") not in travel
    assert ("روما", "LOC") in travel


def test_team_head_names_the_team_and_not_a_common_noun() -> None:
    found = spans("وتعاقد فريق النجمة الزرقاء مع لاعب، فيما أعلن فريق شمسان ضم حارس جديد لدوري الأحياء.")
    assert ("شمسان", "ORG") in found
    assert not any(text in ("عمل", "الإحصاء") for text, _ in spans("وشكل فريق عمل وفريق الإحصاء تقريرا."))


def test_a_country_inside_a_cup_is_no_place() -> None:
    found = spans("ويلتقي الفريقان في نهائي كأس ألمانيا مساء السبت على ملعب برلين الأولمبي.")
    assert ("كأس ألمانيا", "MISC") in found
    assert ("ألمانيا", "LOC") not in found


def test_league_with_nationality_adjective_is_misc() -> None:
    found = spans("وحل الفريق ثالثا في الدوري الإنجليزي الموسم الماضي.")
    assert ("الدوري الإنجليزي", "MISC") in found


def test_saudi_outlets_without_a_head_word() -> None:
    found = spans(
        "وأكد مدير المستشفى لـ«عكاظ» أن الحالة مستقرة، فيما نقلت عين اليوم عن مصدر أن التحقيق مستمر."
    )
    assert {("عكاظ", "ORG"), ("عين اليوم", "ORG")} <= found


def test_hospital_is_a_facility() -> None:
    found = spans("ونقل المصابون إلى مستشفى الملك فهد العام لتلقي العلاج.")
    assert any(label == "LOC" and text.startswith("مستشفى الملك فهد") for text, label in found)


def test_person_span_ends_before_a_common_word() -> None:
    found = spans(
        "وكان النادي قد تعاقد مع المهاجم البرازيلي لويز ادريانو مقابل ثمانية ملايين يورو، "
        "ومع الكولومبي كارلوس باكا مقابل ثلاثين مليونا."
    )
    assert {("لويز ادريانو", "PER"), ("كارلوس باكا", "PER")} <= found
    assert not any("مقابل" in text for text, _ in found)


def test_byline_dash_is_never_inside_a_name() -> None:
    found = spans("ماجد العتيبي ـ بريدة\nافتتح أمير المنطقة مساء أمس المعرض السنوي للكتاب في بريدة.")
    assert not any("ـ" in text or "–" in text for text, _ in found)
    assert ("بريدة", "LOC") in found


def test_trim_person_keeps_rare_names_and_drops_frequent_common_words() -> None:
    doc = ent.Doc("وقع اللاعب الشاب اليسيو رومانيولي مقابل عشرين مليونا", (), ())
    t0, t1 = ent.trim_person(doc, 1, 6)  # "اللاعب الشاب اليسيو رومانيولي مقابل"
    assert " ".join(doc.surfaces[t0:t1]) == "اليسيو رومانيولي"


def test_gazetteer_matches_are_cached_per_text_and_not_shared_by_reference() -> None:
    text = "اجتمع الوفد في جدة ثم سافر إلى الدمام."
    first = find_gazetteer_matches(text)
    first.clear()  # a caller mutating its list must not change the cache
    again = find_gazetteer_matches(text)
    assert [text[m.start : m.end] for m in again] == ["جدة", "الدمام"]
    other = find_gazetteer_matches("وصل الوفد إلى الرياض.")
    assert [m.key for m in other] == ["الرياض"]


def test_trim_person_drops_a_participle_of_saying_after_the_name() -> None:
    doc = ent.Doc("ظهر النجم رونالدو نازاريو معلنا نيته الترشح", (), ())
    t0, t1 = ent.trim_person(doc, 2, 5)  # "رونالدو نازاريو معلنا"
    assert " ".join(doc.surfaces[t0:t1]) == "رونالدو نازاريو"
    # a name word stays: the participles list holds no name
    doc = ent.Doc("ظهر النجم رونالدو نازاريو اليوم", (), ())
    assert ent.trim_person(doc, 2, 4) == (2, 4)
