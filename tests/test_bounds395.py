"""Round 95 (bounds3), finishing round 94's bounds2: after a comma, an active participle of no lexicon
in the accusative («…، مرجعا ذلك إلى …»، «…، مستندا إلى …») opens the narrator's حال clause and ends
the reported one (guide §6, end item 3); a passive or verbal-noun shape (مدعوما، مرورا), a
participle-spelt adverb (مؤخرا) and a clause that names a person or body before its sentence ends
(that name would become a speaker candidate) go on with it. Sentences invented for these tests."""

from __future__ import annotations

from conftest import quote_rows


def contents(text: str) -> dict[str, str]:
    return {cue: content for _kind, cue, _speaker, content in quote_rows(text)}


def test_unlisted_participle_after_comma_ends_the_clause():
    text = (
        "التقى رئيس البلدية سكان الحي القديم مساء السبت. وبين رئيس البلدية أن أعمال الرصف "
        "تأخرت أسبوعين عن موعدها، مرجعا ذلك إلى نقص المواد في السوق المحلية."
    )
    assert contents(text)["وبين"].rstrip(".") == "أعمال الرصف تأخرت أسبوعين عن موعدها"


def test_second_unlisted_participle_ends_the_clause():
    text = (
        "تحدث المهندس للصحيفة عن سد الوادي. وأكد المهندس أن السد يحتاج إلى صيانة عاجلة قبل موسم "
        "الأمطار، مستندا إلى صور التقطت للجدار الشمالي الشهر الماضي."
    )
    assert contents(text)["وأكد"].rstrip(".") == "السد يحتاج إلى صيانة عاجلة قبل موسم الأمطار"


def test_participle_clause_naming_a_person_goes_on():
    text = (
        "عقد المدرب مؤتمرا صحفيا بعد المباراة. وأوضح المدرب أن الفريق لعب بثقة في الشوط الثاني، "
        "مرجعا الفضل إلى اللاعب سامي الخطيب الذي عاد من الإصابة."
    )
    rows = {cue: (speaker, content) for _kind, cue, speaker, content in quote_rows(text)}
    assert rows["وأوضح"][1].rstrip(".").endswith("الذي عاد من الإصابة")
    assert rows["وأوضح"][0] == "المدرب"  # (cut off, the player's name took the coach's words)


def test_passive_shape_goes_on():
    text = (
        "زار المحافظ ورشة الطرق أمس. وقال المحافظ إن الطريق الساحلي سيفتح أمام السيارات قبل "
        "الخريف، مرورا بالبلدات الصغيرة على الشاطئ."
    )
    assert contents(text)["وقال"].rstrip(".").endswith("مرورا بالبلدات الصغيرة على الشاطئ")


def test_adverb_shaped_like_participle_goes_on():
    text = (
        "أصدر المصنع نشرة لعملائه. وأعلن المصنع أنه أضاف خطا ثانيا للإنتاج في مبناه، مؤخرا "
        "بعد انتظار طويل للتراخيص."
    )
    assert contents(text)["وأعلن"].rstrip(".").endswith("بعد انتظار طويل للتراخيص")


def test_participle_clause_opening_a_quotation_goes_on():
    text = (
        "ألقى الشيخ خطبة الجمعة في الجامع الكبير. وأضاف الشيخ أن الجار له حق على جاره في كل وقت، "
        "مستدلا بالمثل القديم «الجار قبل الدار» الذي يردده الناس."
    )
    assert contents(text)["وأضاف"].rstrip(".").endswith("الذي يردده الناس")
