"""Round 82: a singular participle cue with no written subject («مؤكدة»، «مؤكدا») does not continue
the latest speaker of its sentence when that speaker is a person whose gender the participle
contradicts. Sentences written for these tests (invented names and events)."""

from __future__ import annotations

from rasid.extract.quotes import SpeakerGuess, _participle_gender_clash, reporting_verbs
from rasid.model import Article
from rasid.pipeline import Options, process
from rasid.text.normalize import normalize


def cues_and_speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's cue and speaker, the whole pipeline run (entities included, no ranker)."""
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def form(word: str):
    return reporting_verbs()[normalize(word)]


def test_feminine_participle_clashes_with_a_man_not_with_a_woman_or_a_body() -> None:
    man = SpeakerGuess("سمير العلواني", "person")
    woman = SpeakerGuess("سلمى الدباغ", "person")
    minister = SpeakerGuess("الوزيرة", "person", roles=frozenset({"وزيره"}))
    body = SpeakerGuess("وزارة الزراعة", "organization")
    assert _participle_gender_clash(form("مؤكدة"), [man])
    assert not _participle_gender_clash(form("مؤكدة"), [woman])
    assert not _participle_gender_clash(form("مؤكدة"), [minister])
    assert not _participle_gender_clash(form("مؤكدة"), [body])


def test_masculine_participle_clashes_with_a_woman_only() -> None:
    assert _participle_gender_clash(form("مؤكدا"), [SpeakerGuess("سلمى الدباغ", "person")])
    assert not _participle_gender_clash(form("مؤكدا"), [SpeakerGuess("سمير العلواني", "person")])
    # (a plural participle is judged elsewhere: _plural_cue_single_speaker)
    assert not _participle_gender_clash(form("مؤكدين"), [SpeakerGuess("سمير العلواني", "person")])


def test_feminine_participle_goes_to_the_company_not_its_manager() -> None:
    text = "وأعلنت الشركة على لسان مديرها العام سمير العلواني أن الأرباح ارتفعت، مؤكدة أن التوسع سيستمر."
    assert cues_and_speakers(text)[-1] == ("مؤكدة", "الشركة")


def test_feminine_participle_skips_the_man_quoted_last_for_the_woman_named_first() -> None:
    text = (
        "أشادت الدكتورة منى الخطيب بالمبادرة، وقال زميلها سمير العلواني إن النتائج مبشرة، "
        "مؤكدة أن الفريق سيواصل عمله."
    )
    assert cues_and_speakers(text)[-1] == ("مؤكدة", "منى الخطيب")


def test_agreeing_participles_still_continue_the_speaker() -> None:
    text = "وقالت الوزيرة سلمى الدباغ إن المدارس ستفتح أبوابها في الموعد، مؤكدة أن الاستعدادات اكتملت."
    assert cues_and_speakers(text) == [("وقالت", "سلمى الدباغ"), ("مؤكدة", "سلمى الدباغ")]
    text = "وقال المهندس سمير العلواني إن المشروع سينتهي قريبا، مؤكدا أن الأعمال تسير وفق الخطة."
    assert cues_and_speakers(text) == [("وقال", "سمير العلواني"), ("مؤكدا", "سمير العلواني")]
    # a body quoted in the sentence keeps a feminine participle
    text = "وأكدت الوزارة في بيان نقله المتحدث سمير العلواني أن المدارس جاهزة، مشيرة إلى أن الكتب وصلت."
    assert cues_and_speakers(text)[-1] == ("مشيرة", "الوزارة")
