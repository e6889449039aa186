"""Round 80 (nominal attributions): a document or data noun after بحسب/وفقا/حسب may carry adjectives
before the link that names its issuer («وفقا لأرقام منقحة نشرتها الهيئة»، «حسب الإحصاءات الرسمية
الصادرة من المستشفى»، «وفقا لبيان صحفي صادر عن الرئاسة»); the issuer, not the adjective or the
document, is the source. Figures a body gathered («بيانات جمعتها وكالة …») name it as well. An
attribution set off by commas or dashes right after a short definite subject interrupts the clause
that subject opens («الأرباح، بحسب …، تجاوزت …»); a discourse connective alone before a fronted
attribution («ومع ذلك، وفقا لـ…، فإن …») leaves it opening its sentence.

Every sentence is written for these tests in the style of Saudi and Gulf news; names are invented.
"""

from __future__ import annotations

from conftest import quote_rows


def test_revised_figures_published_by_a_body() -> None:
    rows = quote_rows(
        "وحققت الشركة أرباحا قياسية في الربع الثالث من العام، وفقا لأرقام منقحة نشرتها هيئة السوق المالية."
    )
    assert [row[1:3] for row in rows] == [("وفقا", "هيئة السوق المالية")]
    assert rows[0][3].startswith("حققت الشركة أرباحا قياسية")


def test_press_statement_issued_by_a_body() -> None:
    rows = quote_rows(
        "ومددت الوزارة فترة التسجيل في البرنامج أسبوعين إضافيين، وفقا لبيان صحفي صادر عن مكتب الوزير."
    )
    assert [row[1:3] for row in rows] == [("وفقا", "مكتب الوزير")]


def test_official_figures_issued_by_a_hospital() -> None:
    rows = quote_rows(
        "وبلغ عدد المراجعين أكثر من ألفي مريض خلال الشهر الماضي "
        "حسب الإحصاءات الرسمية الصادرة من مستشفى النور التخصصي."
    )
    assert [row[1:3] for row in rows] == [("حسب", "مستشفى النور التخصصي")]
    assert rows[0][3].startswith("بلغ عدد المراجعين")


def test_data_gathered_by_an_agency() -> None:
    rows = quote_rows(
        "وتراجعت صادرات التمور بنسبة طفيفة خلال الموسم الماضي، وفقا لبيانات جمعتها وكالة الواحة للأنباء."
    )
    assert [row[1:3] for row in rows] == [("وفقا", "وكالة الواحة للأنباء")]


def test_leading_statement_with_adjective_then_fa_inna() -> None:
    rows = quote_rows(
        "ووفقا لبيان رسمي صادر عن بلدية الخبر، فإن أعمال الصيانة ستنتهي قبل بداية العام الدراسي."
    )
    assert [row[1:3] for row in rows] == [("ووفقا", "بلدية الخبر")]
    assert rows[0][3].startswith("أعمال الصيانة")


def test_adjective_of_a_non_document_is_not_skipped() -> None:
    """A person's noun with an adjective is no document: «بحسب الطبيب المناوب» keeps its own phrase."""
    rows = quote_rows("وتحسنت حالة المصاب بشكل ملحوظ خلال الليل، بحسب الطبيب المناوب في قسم الطوارئ.")
    assert all(row[2] != "قسم الطوارئ" for row in rows)


def test_attribution_between_commas_after_a_definite_subject() -> None:
    """«الأرباح الصافية، بحسب تقرير …، تجاوزت …»: the attribution interrupts the subject's clause."""
    rows = quote_rows(
        "وأعلنت الشركة نتائجها أمس. "
        "الأرباح الصافية، بحسب تقرير أعدته شركة النخيل للأبحاث، تجاوزت التوقعات بنسبة كبيرة."
    )
    assert [row[1:3] for row in rows] == [("بحسب", "شركة النخيل للأبحاث")]
    assert rows[0][3].startswith("تجاوزت التوقعات")


def test_attribution_between_dashes_after_a_demonstrative_subject() -> None:
    rows = quote_rows(
        "وزار الوفد المصنع. هذا المشروع - بحسب الشركة المنفذة - سيكون الأكبر في تاريخ محافظة الخرج."
    )
    assert [row[1:3] for row in rows] == [("بحسب", "الشركة المنفذة")]
    assert rows[0][3].startswith("سيكون الأكبر")


def test_attribution_between_commas_after_a_verb_closes_the_clause_before() -> None:
    """«وقتل خمسة أشخاص، بحسب الشرطة، في هجوم …»: a whole statement before, no subject interrupted."""
    rows = quote_rows("وقتل خمسة أشخاص، بحسب الشرطة، في هجوم على سوق شعبية.")
    assert [row[1:3] for row in rows] == [("بحسب", "الشرطة")]
    assert rows[0][3].startswith("قتل خمسة أشخاص")


def test_attribution_between_commas_before_a_preposition_closes_the_clause_before() -> None:
    rows = quote_rows("الأسعار ارتفعت بشكل حاد، بحسب التجار، في الأسواق الشعبية خلال الشهر الماضي.")
    assert all(not row[3].startswith("في الأسواق") for row in rows)


def test_connective_before_a_fronted_source_with_comma() -> None:
    """«ومع ذلك، وفقا لـ…، فإن …»: the connective opens no statement; the clause after the source does."""
    rows = quote_rows(
        "وأعلنت الحكومة خطة جديدة للإسكان. "
        "ومع ذلك، وفقا لجمعية المقاولين، فإن المشاريع تواجه نقصا حادا في العمالة."
    )
    found = [row for row in rows if row[1] == "وفقا"]
    assert [row[2] for row in found] == ["جمعية المقاولين"]
    assert found[0][3].startswith("المشاريع تواجه")


def test_connective_before_a_fronted_source_without_fa_inna() -> None:
    rows = quote_rows(
        "ومن هنا، وفق الباحث سامي الخالدي، يمكن فهم أسباب تراجع الإقبال على القراءة بين الشباب."
    )
    assert [row[1:3] for row in rows] == [("وفق", "سامي الخالدي")]
    assert rows[0][3].startswith("يمكن فهم")


def test_but_before_a_fronted_by_source() -> None:
    rows = quote_rows(
        "وتوقع المحللون ارتفاع الأسعار. لكن بحسب الوكالة، تعتزم الشركة خفض إنتاجها بنسبة كبيرة."
    )
    found = [row for row in rows if row[1] == "بحسب"]
    assert found and found[0][3].startswith("تعتزم الشركة")


def test_statement_before_a_trailing_source_is_not_a_connective() -> None:
    """A clause before the attribution is its statement, as before: «تراجعت الأسعار، بحسب الوزارة»."""
    rows = quote_rows("وتراجعت أسعار الخضار في الأسواق بنسبة كبيرة هذا الأسبوع، بحسب وزارة التجارة.")
    assert rows and rows[0][3].startswith("تراجعت أسعار الخضار")
