"""Round 45b, who spoke: a name in commas after a title that the entities stage left untagged, an
indefinite title in construct with a body known by a nisba (متحدث الداخلية), a bare title repeated
after the next cue named its bearer, a former office describing the person quoted last, a subject
after a resumptive فيه, and a named person's statement a medium relays. Sentences written for these
tests, not taken from any article."""

from __future__ import annotations

from conftest import content_speaker
from rasid.extract.quotes import extract_quotes
from rasid.model import Article
from rasid.pipeline import process


def speaker_of(text: str, start: str) -> str | None:
    return content_speaker(text, start)


# --- a name in commas after a title, untagged by the entities stage


def test_untagged_name_in_commas_after_title():
    text = (
        "عبرت جمعية أهلية عن قلقها من تزايد حوادث الطرق في المحافظة خلال الصيف. "
        'وذكر المدير العام للجمعية، فادي محرس الصيعري، في حديث إلى "المدينة" أن '
        "الحوادث ارتفعت بنسبة كبيرة مقارنة بالعام الماضي."
    )
    assert speaker_of(text, "الحوادث ارتفعت") == "فادي محرس الصيعري"


def test_words_in_commas_that_are_no_name_stay_the_title():
    text = (
        "عبرت جمعية أهلية عن قلقها من تزايد حوادث الطرق في المحافظة خلال الصيف. "
        "وذكر المدير العام للجمعية، بعد الاجتماع الأخير، أن "
        "الحوادث ارتفعت بنسبة كبيرة مقارنة بالعام الماضي."
    )
    assert speaker_of(text, "الحوادث ارتفعت") == "المدير العام للجمعية"


# --- an indefinite title in construct with a body known by a nisba alone


def test_spokesman_of_the_interior_is_the_one_named_before():
    text = (
        "وقال العقيد سامي بن راشد الحربي المتحدث الأمني لوزارة الداخلية إن الدوريات ضبطت المطلوبين. "
        "ولم يستبعد متحدث الداخلية وجود شركاء آخرين، "
        "مشيرا إلى أن التحقيقات ما زالت جارية مع الموقوفين."
    )
    assert speaker_of(text, "التحقيقات ما زالت") == "سامي بن راشد الحربي"


def test_spokesman_of_another_body_stays_unnamed():
    text = (
        "وقال العقيد سامي بن راشد الحربي المتحدث الأمني لوزارة الداخلية إن الدوريات ضبطت المطلوبين. "
        "ولم يستبعد متحدث الخارجية وجود شركاء آخرين، "
        "مشيرا إلى أن التحقيقات ما زالت جارية مع الموقوفين."
    )
    assert speaker_of(text, "التحقيقات ما زالت") != "سامي بن راشد الحربي"


# --- a bare title repeated after the next cue named its bearer (the rules' pick, before the ranker)


def rules(text: str) -> list[tuple[str | None, str]]:
    """``(speaker, content)`` as the quotes stage's rules give them, before the speakers stage."""
    article = process(Article(id="t", raw=text))
    found, _ = extract_quotes(article)
    return [(q.speaker.name if q.speaker else None, article.text[q.start : q.end]) for q in found]


def rule_speaker_of(text: str, start: str) -> str | None:
    return next(s for s, c in rules(text) if c.startswith(start))


_UNION = (
    "كما أعلنت رئيسة «اتحاد نقابات المترجمين المغاربة» يوم الاثنين أن مترجمين اثنين فقدا في ليبيا. "
    "وقالت سلمى العمراني في تصريح إلى محطة الإذاعة الرسمية «صوت المغرب»، «لا نعرف حتى الآن أين هما»، "
    "موضحة أن الاتصال بهما انقطع منذ أسبوع. وكان المترجمان قد عملا سنوات في المنطقة الحدودية. "
)


def test_repeated_title_is_the_bearer_named_after_it():
    text = _UNION + "وأضافت رئيسة اتحاد نقابات المترجمين «نطالب الجهات المعنية بالتحرك سريعا»."
    assert rule_speaker_of(text, "نطالب الجهات") == "سلمى العمراني"


def test_another_title_is_not_the_bearer():
    text = _UNION + "وأضافت رئيسة لجنة الحريات «نطالب الجهات المعنية بالتحرك سريعا»."
    assert rule_speaker_of(text, "نطالب الجهات") != "سلمى العمراني"


# --- a former office describes the person quoted last


_PRINCE = (
    "قال المرشح لرئاسة الاتحاد الآسيوي للتنس الأمير فيصل بن سعود إن اللعبة تحتاج إلى إدارة جديدة. "
    "وقال الأمير فيصل «علينا أن نفتح الأبواب أمام المواهب الشابة». "
)


def test_former_office_describes_the_last_speaker():
    text = _PRINCE + "وحول سؤال عن برنامجه، أكد نائب رئيس الاتحاد السابق «سأعمل مع جميع الأعضاء دون استثناء»."
    assert rule_speaker_of(text, "سأعمل مع جميع") == "فيصل بن سعود"


def test_current_office_brings_in_a_new_source():
    text = _PRINCE + "وحول سؤال عن برنامجه، أكد نائب رئيس الاتحاد «سأعمل مع جميع الأعضاء دون استثناء»."
    assert rule_speaker_of(text, "سأعمل مع جميع") != "فيصل بن سعود"


# --- a resumptive فيه after a verb that may take an object first


_MINISTER = "وقال وزير النقل خالد العمري إن الخطة الجديدة ستنفذ خلال أشهر قليلة. "


def test_subject_after_resumptive_of_object_taking_verb():
    text = (
        _MINISTER + "وتزامن تصريحه مع الوقت الذي أعلن فيه عضو لجنة النقل سعد الحربي "
        "أن المجلس سيناقش المشروع الأسبوع المقبل."
    )
    assert rule_speaker_of(text, "المجلس سيناقش") == "سعد الحربي"


def test_subject_after_resumptive_of_indefinite_time_noun():
    text = _MINISTER + "في وقت أكد فيه عضو لجنة النقل سعد الحربي أن المجلس سيناقش المشروع قريبا."
    assert rule_speaker_of(text, "المجلس سيناقش") == "سعد الحربي"


def test_object_then_bi_anna_after_resumptive_is_no_subject():
    text = _MINISTER + "وتزامن تصريحه مع الوقت الذي وصف فيه عضو لجنة النقل سعد الحربي المشروع بأنه طموح."
    assert all(speaker != "سعد الحربي" or not content.startswith("طموح") for speaker, content in rules(text))


# --- a person's statement relayed by a medium


def test_medium_relays_a_named_persons_statement():
    text = "وذكرت صحيفة محلية أن وزير الزراعة ماجد الشهري أكد أن موسم الحصاد سيبدأ مبكرا هذا العام."
    assert rule_speaker_of(text, "موسم الحصاد") == "ماجد الشهري"


def test_unnamed_sources_keep_what_they_tell_of_someone():
    text = "وأضافت مصادر مطلعة أن وزير الزراعة ماجد الشهري أكد أن موسم الحصاد سيبدأ مبكرا هذا العام."
    assert all(speaker != "ماجد الشهري" for speaker, _ in rules(text))
