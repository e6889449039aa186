"""Round 69: a word after a name connector (أبو، بن، آل) belongs to the name even when it spells a
reporting verb: «خالد أبو طالب» is a man, not «خالد أبو» who "demanded"."""

from __future__ import annotations

from rasid.extract.name_extent import without_verb_tail
from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker and q.speaker.name) for q in article.quotes]


def test_kunya_ending_in_a_verb_stays_whole() -> None:
    text = "وقال الباحث موفق أبو طالب إن المكتبة العامة ستفتح أبوابها للزوار بعد أسبوعين من الترميم."
    assert _speakers(text) == [("وقال", "موفق أبو طالب")]


def test_verb_after_connector_is_no_cue() -> None:
    text = (
        "وقال المدرب خالد أبو طالب للصحفيين إن الفريق جاهز للمباراة النهائية. وأضاف أبو طالب أن "
        "اللاعبين يتدربون مرتين يوميا."
    )
    assert _speakers(text) == [("وقال", "خالد أبو طالب"), ("وأضاف", "خالد أبو طالب")]


def test_family_name_after_bin_stays() -> None:
    text = "وأكد الشيخ عبد الله بن طالب في كلمته أن المسجد الجديد سيفتتح قبل نهاية العام."
    assert _speakers(text) == [("وأكد", "عبد الله بن طالب")]


def test_verb_tail_still_cut_without_connector() -> None:
    assert without_verb_tail("سامي الحربي رأى") == "سامي الحربي"
    assert without_verb_tail("موفق أبو طالب") == "موفق أبو طالب"


def test_verb_after_a_plain_name_still_reports() -> None:
    text = "وطالب رئيس البلدية سعيد الخطيب بزيادة عدد الحافلات، وقال إن الطرق مزدحمة في الصباح."
    assert ("وقال", "سعيد الخطيب") in _speakers(text)


def test_bin_short_form_links_to_the_full_name() -> None:
    text = (
        "وأكد أستاذ الهندسة الدكتور فهد بن غانم الشهري أن المشروع سيوفر آلاف الوظائف. وأشار بن غانم "
        "إلى أن التنفيذ يبدأ العام المقبل."
    )
    assert _speakers(text) == [("وأكد", "فهد بن غانم الشهري"), ("وأشار", "فهد بن غانم الشهري")]
