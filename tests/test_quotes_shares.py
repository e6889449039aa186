"""A share of people as the speaker of a survey's findings (round 41)."""

from __future__ import annotations

from conftest import rule_speakers as speakers
from rasid.extract.quotes import quotes_stage
from rasid.model import Article


def test_share_with_a_percent_sign_names_its_population():
    # "N٪ من ‹population›" as "N في المئة من ‹population›": the share of the people, a group
    assert speakers("وقال 63٪ من المعلمين إن الحصص الإضافية أرهقتهم.") == ["63٪ من المعلمين"]
    assert speakers("وأكد 41 % من الطلاب أن الاختبارات كانت صعبة.") == ["41 % من الطلاب"]
    assert speakers("وأشار 52٪ فقط من المزارعين إلى أن الموسم كان جيدا.") == ["52٪ فقط من المزارعين"]
    quotes = quotes_stage(Article(id="t", text="وقال 63٪ من المعلمين إن الحصص أرهقتهم.")).quotes
    assert quotes[0].speaker.type == "group"


def test_share_population_stops_before_where_they_are_from():
    assert speakers("وقال 35٪ من المتسوقين من دول الخليج إن الأسعار مرتفعة.") == ["35٪ من المتسوقين"]


def test_share_population_keeps_its_relative_clause():
    assert speakers("وقال 48 في المئة من الآباء الذين شملهم المسح إن أبناءهم ينامون متأخرين.") == [
        "48 في المئة من الآباء الذين شملهم المسح"
    ]


def test_bare_share_is_the_population_quoted_before():
    text = (
        "وقال 63٪ من المعلمين إن الحصص الإضافية أرهقتهم. "
        "وقال 20٪ فقط إنهم يرغبون في زيادتها. "
        "وأضاف 30 في المئة منهم أن الرواتب لا تكفي."
    )
    assert speakers(text) == ["63٪ من المعلمين", "المعلمين", "المعلمين"]


def test_respondents_by_a_relative_are_the_population_quoted_before():
    text = (
        "وقال 70٪ من الموظفين إن ساعات العمل طويلة. وأوضح 25٪ من الذين شملهم الاستطلاع أنهم يعملون من المنزل."
    )
    assert speakers(text) == ["70٪ من الموظفين", "الموظفين"]


def test_a_number_that_is_no_share_is_no_population():
    # a share inside what was said is no speaker, nor a population for a later share in the words
    assert speakers("وقال الوزير إن 40٪ من المشاريع تأخرت.") == ["الوزير"]
    text = "وقال 63٪ من المعلمين إن الحصص أرهقتهم. وقال المدير إن 20٪ فقط يرغبون في زيادتها."
    assert speakers(text) == ["63٪ من المعلمين", "المدير"]
