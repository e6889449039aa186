"""Round 93, roledesc: a bare title with a nationality adjective («وقال المدرب البرتغالي») is the
person the article wrote right after that adjective («البرتغالي فلان»، «للرئيس الروسي فلان») when the
bearer the memory picked by the role alone was named before him. Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def test_the_nationality_epithet_names_the_coach() -> None:
    text = (
        "وقال المدرب سامي الخطيب إن فريقه خسر بسبب الإصابات الكثيرة. وفي المباراة الأخرى، تعادل فريق "
        "الساحل مع ضيفه، وهو ما لم يرض البرتغالي جواو فيريرا الذي يقود الفريق منذ عامين. وأكد فيريرا "
        "أن لاعبيه بذلوا جهدا كبيرا. وقال المدرب البرتغالي إن الدوري ما زال طويلا أمام الجميع."
    )
    quotes = process(Article(id="t", raw=text), Options(rank_speakers=False)).quotes
    last = max(quotes, key=lambda q: q.cue.start)
    assert last.speaker is not None and last.speaker.name == "جواو فيريرا"


def test_another_title_before_the_adjective_is_someone_else() -> None:
    text = (
        "وقال الرئيس حسن العلي إن الاتحاد سيعلن جدول البطولة قريبا. واستقبل وزير الخارجية الروسي "
        "أندريه كوزلوف وفدا من رجال الأعمال أمس. وقال الرئيس الروسي إن بلاده ترحب بالاستثمار."
    )
    quotes = process(Article(id="t", raw=text), Options(rank_speakers=False)).quotes
    last = max(quotes, key=lambda q: q.cue.start)
    assert last.speaker is None or last.speaker.name != "أندريه كوزلوف"


def test_a_country_name_before_a_name_is_no_epithet() -> None:
    text = (
        "وقال الوزير كمال الحسن إن الحكومة ستدعم المزارعين. والتقى سفير فرنسا لدى لبنان، جان دوبوا، "
        "بعدد من النواب. وقال الوزير اللبناني إن المساعدات ستصل الأسبوع المقبل."
    )
    quotes = process(Article(id="t", raw=text), Options(rank_speakers=False)).quotes
    last = max(quotes, key=lambda q: q.cue.start)
    assert last.speaker is None or last.speaker.name != "جان دوبوا"
