"""Round 50, person speakers (persons50): a trade in apposition after a name (بائع، سائق) ends the
name like a title; a name ends before ل + the medium told (لراديو، للتلفزيون); an implied cue after
a cited authority (a scholar named with رحمه الله) continues the titled preacher, not the dead; a
bare role (النوخذة) gives way to the name set off by commas after it; the one person named between
an accusing verb and بأنه is the accused, not the speaker; a later implied cue goes on with the
speaker whose sentence held a "كما يقول البعض" aside; a given name alone in marks before a colon
("وقال "بسام":") is the speaker; a lone given name no entity holds takes the family name the
article wrote after it before."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.quotes import _person_name_of

# -- a trade in apposition after a name --------------------------------------------------------


def test_trade_after_name_is_no_part_of_it():
    text = "وقال سالم الدوسري بائع في سوق الخضار: إن الأسعار مرتفعة هذا الأسبوع بسبب قلة المعروض."
    assert speakers(text) == ["سالم الدوسري"]


def test_name_without_trade_is_kept_whole():
    # (negative: with no trade after it the name is the same two words)
    text = "وقال سالم الدوسري في سوق الخضار: إن الأسعار مرتفعة هذا الأسبوع بسبب قلة المعروض."
    assert speakers(text) == ["سالم الدوسري"]


# -- the medium told after a name ------------------------------------------------------------------


def test_name_ends_before_the_medium_told():
    assert _person_name_of("ماكس فيبرن لراديو سوا", "ماكس فيبرن لراديو سوا") == "ماكس فيبرن"
    assert _person_name_of("سامي العلي للتلفزيون الرسمي", "سامي العلي للتلفزيون الرسمي") == "سامي العلي"


def test_name_word_opening_with_lam_stays():
    # (negative: a name word that starts with ل is no medium)
    assert _person_name_of("أحمد علي لقمان", "أحمد علي لقمان") == "أحمد علي لقمان"


# -- a cited authority -----------------------------------------------------------------------------

_SERMON = (
    "أكد إمام وخطيب الجامع الكبير الشيخ صالح بن حمد العامري أن الأمانة عظيمة، وقال الحسن البصري"
    "{formula}: «من أدى الأمانة نجا من الخسران».\n\n"
    "وأضاف أن خيانة الأمانة سبب للهلاك في الدنيا والآخرة."
)


def test_preacher_goes_on_after_a_cited_scholar():
    found = speakers(_SERMON.format(formula=" رحمه الله"))
    assert found == ["صالح بن حمد العامري", "الحسن البصري", "صالح بن حمد العامري"]


def test_person_quoted_without_formula_goes_on():
    # (negative: no formula for the dead, so the one quoted last is the implied speaker)
    found = speakers(_SERMON.format(formula=""))
    assert found == ["صالح بن حمد العامري", "الحسن البصري", "الحسن البصري"]


# -- a bare role and the name in commas after it ---------------------------------------------------


def test_bare_role_gives_way_to_name_in_commas():
    text = "وأوضح النوخذة، جاسم البوعينين، أن موسم الصيد بدأ بقوة هذا العام في كل المرافئ."
    assert speakers(text) == ["جاسم البوعينين"]


def test_bare_role_without_name_stays():
    # (negative: no name follows, the role is all the text gives)
    text = "وأوضح النوخذة أن موسم الصيد بدأ بقوة هذا العام في كل المرافئ."
    assert speakers(text) == ["النوخذة"]


# -- the accused after an accusing verb ------------------------------------------------------------

_ACCUSAL = "أكد السفير خالد الزهراني أن العلاقات بين البلدين متينة. واتهم الرئيس السابق سالم المحمدي{rest}"


def test_accused_person_is_no_speaker():
    text = _ACCUSAL.format(rest="، بأنه أضاع فرص التنمية على شعبه. وشدد على أن أمن المنطقة خط أحمر.")
    assert speakers(text) == ["خالد الزهراني", "خالد الزهراني", "خالد الزهراني"]


def test_accuser_named_before_an_object_stays():
    # (negative: a second noun after the name is the one accused; the name is the accuser)
    text = _ACCUSAL.format(rest=" الحكومة بأنها أضاعت فرص التنمية على الشعب.")
    assert speakers(text)[1].startswith("سالم المحمدي")


# -- an aside "كما يقول البعض" inside another's sentence -------------------------------------------

_ASIDE = (
    "وقال وزير المالية سامر الخطيب إن المفاوضات مع الصندوق مستمرة.\n\n"
    "وأكد وزير المالية أن البرنامج الذي أنجزته الحكومة هو في صميم التنمية {aside} بأنه مجرد خطة تقشف.\n\n"
    "وأشار إلى أن الحكومة ستراجع حسابات القطاع العام."
)


def test_later_cue_goes_on_with_the_speaker_who_held_the_aside():
    assert speakers(_ASIDE.format(aside="وليس كما يقول البعض"))[-1] == "سامر الخطيب"


def test_later_cue_after_a_group_quoted_on_its_own_stays_with_it():
    # (negative: no كما, the group speaks in its own sentence and the next cue continues it)
    text = _ASIDE.replace(" {aside} بأنه", ".\n\nوقال البعض إن البرنامج")
    assert speakers(text)[-1] == "البعض"


# -- a given name alone in marks before the colon --------------------------------------------------

_MARKED = (
    "وصدم سائق مسرع المؤذن الشيخ ناصر بن علي القحطاني قرب المسجد فتوفي متأثرا بإصابته.\n\n"
    'وقال "{word}": "طلبنا من الجهات المختصة محاسبة السائق المتسبب في الحادث".'
)


def test_given_name_in_marks_before_colon_is_the_speaker():
    assert speakers(_MARKED.format(word="بسام")) == ["بسام"]


def test_common_word_in_marks_before_colon_is_no_speaker():
    # (negative: a common noun in marks names no one; the person named before stays)
    assert speakers(_MARKED.format(word="الشاهد")) == ["ناصر بن علي القحطاني"]


# -- a lone given name completed from its earlier full mention ------------------------------------

_GIVEN = (
    "حصلت الفنانة والمذيعة {first} على جائزة أفضل ممثلة في استفتاء جماهيري.\n\n"
    "وأوضحت رؤى أن الدور كان صعبا ويحتاج إلى تحضير طويل."
)


def test_lone_given_name_takes_the_family_name_written_before():
    assert speakers(_GIVEN.format(first="رؤى الحربي")) == ["رؤى الحربي"]


def test_lone_given_name_written_alone_before_stays():
    # (negative: no family name was ever written after it)
    assert speakers(_GIVEN.format(first="رؤى")) == ["رؤى"]
