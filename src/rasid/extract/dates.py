"""Arabic date expressions normalised to ISO 8601, and the article's own date.

Extraction runs in two passes. :func:`find_date_expressions` matches the expressions on the
normalisation key of the text (so hamza, alef maksura, teh marbuta and Arabic-Indic digits never
matter) and parses each into a :class:`ParsedDate` that knows how to resolve itself against a
document date. :func:`infer_document_date` then picks the article's date — ``--date``, metadata, or
the text's own clues (weekday anchors, "الجاري" months, "منذ ثلاث سنوات" against a dated event) — and
:func:`dates_stage` resolves every expression against it.

Values: ``YYYY-MM-DD`` (day), ``YYYY-Www`` (week), ``YYYY-MM`` (month), ``YYYY`` (year), an interval
``start/end`` or an ISO duration ``P2W`` (granularity ``interval``; ``X`` for an unknown count,
as in ISO-TimeML ``PXY``).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import islice

from hijridate import Gregorian, Hijri

from rasid.errors import RasidError
from rasid.model import Article, DateMention, DocumentDate, attach
from rasid.pipeline import Options
from rasid.resources import load_lexicon, load_table
from rasid.text.normalize import normalize, normalize_with_offsets

WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# A day-precise date this close to the start of the text is its dateline (جدة 26 شوال 1436 هـ …).
DATELINE_CHARS = 60
# A crawl time is an upper bound: the text may have been written up to this many days earlier
# (SaudiNewsNet crawls ran after midnight, so most texts say "اليوم" of the day before).
CRAWL_LOOKBACK_DAYS = 6
# A day and month without a year ("في السادس من أغسطس") is taken as the coming one when it lies at
# most this many days after the article's date, else as the past one. Tuned on the SaudiNewsNet
# gold list (benchmarks/gold/dates_saudinewsnet.tsv): announcements of events within the month.
FUTURE_WINDOW_DAYS = 31
# The text-inferred date is reported as a value only when its best candidates lie this close.
MAX_CANDIDATE_SPREAD_DAYS = 31
# Confidence of a text-inferred date with one remaining candidate; divided by the number of
# equally good candidates (2 on the reference sample -> 0.45). Set by hand: below 0.5 as soon as
# the text leaves a real choice, so no inferred date ever looks certain.
TEXT_INFERENCE_CONFIDENCE = 0.9
# Confidence of a crawl time used as the article date without any weekday anchor to confirm it.
CRAWL_ONLY_CONFIDENCE = 0.6


# --------------------------------------------------------------------------- lexicons


def _read_rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated lexicon file."""
    return [list(row) for row in load_table(name)]


@dataclass(frozen=True)
class DateLexicons:
    """Every word list the date matcher uses, keyed by normalised spelling."""

    months: dict[str, int]
    ambiguous_months: frozenset[str]
    hijri_months: dict[str, int]
    ambiguous_hijri: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, str]  # key -> "3" or "X"
    ordinals: dict[str, int]
    units: dict[str, tuple[str, int]]  # key -> (unit, count)
    future_cues: frozenset[str]
    today_exclusions: tuple[str, ...]


@lru_cache(maxsize=1)
def lexicons() -> DateLexicons:
    """The date lexicons, loaded once from ``resources/lexicons``."""
    months, amb = {}, set()
    for name, month, _locales, ambiguous in _read_rows("months.tsv"):
        months[normalize(name)] = int(month)
        if ambiguous == "1":
            amb.add(normalize(name))
    hijri, hamb = {}, set()
    for name, month, ambiguous in _read_rows("hijri_months.tsv"):
        hijri[normalize(name)] = int(month)
        if ambiguous == "1":
            hamb.add(normalize(name))
    numbers, ordinals = {}, {}
    for words, value, kind in _read_rows("number_words.tsv"):
        if kind == "ordinal":
            ordinals[normalize(words)] = int(value)
        else:
            numbers[normalize(words)] = value
    return DateLexicons(
        months=months,
        ambiguous_months=frozenset(amb),
        hijri_months=hijri,
        ambiguous_hijri=frozenset(hamb),
        weekdays={normalize(name): int(day) for name, day in _read_rows("weekdays.tsv")},
        numbers=numbers,
        ordinals=ordinals,
        units={normalize(word): (unit, int(count)) for word, unit, count in _read_rows("date_units.tsv")},
        future_cues=frozenset(normalize(row[0]) for row in _read_rows("future_cues.txt")),
        today_exclusions=tuple(normalize(row[0]) for row in _read_rows("today_exclusions.txt")),
    )


# --------------------------------------------------------------------------- calendar helpers


def shift(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` units (``D``, ``W``, ``M``, ``Y``, ``10Y``), month ends clamped."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    months = {"M": 1, "Y": 12, "10Y": 120}[unit] * amount
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def iso_week(day: date) -> str:
    """The ISO week of ``day`` as ``YYYY-Www``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_anchor(day: date) -> date:
    """A day of the same Arabic working week as ``day``, inside one ISO week: the working week
    starts on Sunday (Saturday still closes the week before), so "this week" written on a Sunday is
    the ISO week that starts the next day."""
    return day + timedelta(days=1) if day.weekday() == 6 else day


def format_value(day: date, unit: str) -> tuple[str, str]:
    """``(value, granularity)`` of ``day`` at the precision of ``unit``."""
    if unit == "D":
        return day.isoformat(), "day"
    if unit == "W":
        return iso_week(day), "week"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}", "month"
    return f"{day.year:04d}", "year"


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri (Umm al-Qura) date, ``None`` outside hijridate's range."""
    try:
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def hijri_month_bounds(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Hijri month."""
    try:
        first = Hijri(year, month, 1)
        last = Hijri(year, month, first.month_length())
        return date(*first.to_gregorian().datetuple()), date(*last.to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def gregorian_to_hijri(day: date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def parse_iso_day(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` (optionally followed by a time) as a date, ``None`` if it is not one."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()[:10]
    try:
        if fields := _ISO_DAY.fullmatch(text):  # the usual form, without strptime's cost
            return date(*map(int, fields.groups()))
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        return None


_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


# --------------------------------------------------------------------------- parsed expressions


@dataclass(frozen=True)
class Resolved:
    value: str | None
    granularity: str
    anchor: str = "absolute"
    confidence: float = 1.0


@dataclass
class ParsedDate:
    """One date expression found in the text, before it is resolved against the document date.

    ``resolve(doc)`` gives its value for a document date (``None`` when unknown); the ``clue_*``
    fields say what it tells about the document date itself.
    """

    start: int
    end: int
    kind: str
    resolve: Callable[[date | None], Resolved]
    hijri: str | None = None
    priority: int = 0
    clue_weekday: int | None = None  # the document's weekday (اليوم الخميس)
    clue_month: tuple[int, int | None] | None = None  # (month, day) said to be الجاري
    clue_year: int | None = None  # a year said to be الجاري
    clue_years_ago: int | None = None  # منذ ثلاث سنوات
    bounds: tuple[date, date] | None = None  # an absolute Gregorian date (first, last day)
    weekday: int | None = None  # the weekday a bare weekday expression names
    previous: tuple[int, str] | None = None  # (amount, unit) from the date mentioned before it
    weekday_rel: str | None = None  # الماضي / المقبل … of a weekday expression


# --------------------------------------------------------------------------- patterns


def alternation(keys: Iterable[str], space: str = r"\s+") -> str:
    """One regex group matching any of ``keys`` (a space in a key matches ``space``), the longer
    of two keys tried first. Built as a prefix tree (ينا(?:ير|…)) rather than a flat ``a|b|c``
    list: the engine then tests a few letters at each position instead of every key in turn."""
    trie: dict = {}
    for k in sorted(set(keys)):  # (Round 96: one regex text in every process, whatever the hash seed)
        node = trie
        for unit in (space if ch == " " else re.escape(ch) for ch in k):
            node = node.setdefault(unit, {})
        node[""] = {}  # a key ends here
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict) -> str:
    """The regex of a prefix-tree node: its branches, the end of a key (the empty branch) last, so
    that a key is tried after every longer key it begins."""
    branches = [unit + _trie_regex(child) for unit, child in node.items() if unit]
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


_YEAR_SHIFT = {"past": -1, "current": 0, "future": 1}
_REL_PAST = (
    "الماضي", "الماضيه", "الماضيين", "الماضيتين", "المنصرم", "المنصرمه",
    "الفايت", "الفاءت", "الفاءته", "المنقضي",
)  # fmt: skip
_REL_FUTURE = ("المقبل", "المقبله", "المقبلين", "المقبلتين", "القادم", "القادمه", "القادمين")
_REL_CURRENT = ("الجاري", "الجاريه", "الحالي", "الحاليه")
_PLURAL_UNITS = (
    "ايام",
    "اسابيع",
    "اشهر",
    "شهور",
    "سنوات",
    "اعوام",
    "عقود",
    "يومين",
    "اسبوعين",
    "شهرين",
    "سنتين",
    "عامين",
)


def _rel_kind(word: str | None) -> str | None:
    if not word:
        return None
    if word in _REL_PAST:
        return "past"
    if word in _REL_FUTURE:
        return "future"
    if word in _REL_CURRENT:
        return "current"
    return None


@dataclass(frozen=True)
class Patterns:
    """The compiled matchers, built from the lexicons.

    Every expression a pattern matches holds an *anchor* (a digit, a month or weekday name, a time
    unit, اليوم/أمس/غد …) and starts at most a known number of words before it. ``anchors`` finds
    them all in one pass, tagging each with its family (its group name); ``lookback[i]`` gives the
    families of pattern ``i`` and how many words before an anchor its matches may start.
    """

    items: tuple[tuple[str, re.Pattern[str]], ...] = field(default_factory=tuple)
    anchors: re.Pattern[str] = re.compile(r"(?!)")
    lookback: tuple[tuple[frozenset[str], int], ...] = ()
    reach: dict[str, int] = field(default_factory=dict)  # per family: the longest lookback


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = lexicons()
    month = alternation(lex.months)
    hmonth = alternation(lex.hijri_months)
    safe_hmonth = alternation(k for k in lex.hijri_months if k not in lex.ambiguous_hijri)
    weekday = alternation(lex.weekdays)
    # للسادس من …: the preposition ل swallows the alef of the ordinal's article
    ordinal = alternation([*lex.ordinals, *("ل" + k[1:] for k in lex.ordinals if k.startswith("ال"))])
    number = alternation(lex.numbers)
    unit = alternation(lex.units)
    rel = alternation(_REL_PAST + _REL_FUTURE + _REL_CURRENT)
    rel_past_future = alternation(_REL_PAST + _REL_FUTURE + ("الاخيره", "الاخير", "الاخيرين"))
    b = r"(?<![\w])(?P<cl>[وف]?[بلك]?)"  # word start; clitics و ف ب ل ك are left outside the span
    e = r"(?![\w])"
    de = r"(?:ال|(?<=ل)ل)"  # the article, or ل after the preposition ل (للعام)
    greg = r"(?:\s*(?:م|ميلادي|ميلاديه)(?![\w]))"
    hij = r"(?:\s*(?:ه|هجري|هجريه)(?![\w]))"
    year_word = r"(?:(?:عام|العام|سنه|السنه|لعام|لسنه)\s+)"
    wd_prefix = rf"(?:(?:(?:يوم|صباح|مساء|ظهر|عصر|فجر|ليله)\s+)?(?P<wd>{weekday})\s*,?\s*)?"
    day = rf"(?P<day>(?:ال)?\d{{1,2}}|{ordinal})"
    month_pair = rf"(?P<mon>{month})(?:\s*[/(-]?\s*(?P<mon2>{month})\s*\)?)?"
    # Each pattern has a row in ``lookback`` below: keep the two in step when a pattern changes.
    items = [
        (
            "numeric",
            rf"(?<![\d/.\-\w])(?P<d>\d{{1,2}})\s?[/.\-]\s?(?P<m>\d{{1,2}})\s?[/.\-]\s?(?P<y>\d{{4}})"
            rf"(?P<h>{hij})?(?P<g>{greg})?(?![\d/])",
        ),
        (
            "numeric_ymd",
            rf"(?<![\d/.\-\w])(?P<y>\d{{4}})[/\-](?P<m>\d{{1,2}})[/\-](?P<d>\d{{1,2}})(?P<h>{hij})?(?![\d/])",
        ),
        (
            "day_range",
            rf"{b}(?:(?P<between>بين|من)\s+)?(?P<d1>\d{{1,2}})\s*(?P<sep>-|و|الي|حتي)\s*(?P<d2>\d{{1,2}})\s+(?:من\s+)?"
            rf"(?:شهر\s+)?{month_pair}(?:\s*,?\s*(?:من\s+)?{year_word}?(?P<year>\d{{4}}){greg}?)?{e}",
        ),
        (
            "day_month",
            rf"{b}{wd_prefix}{day}\s+(?:من\s+)?(?:شهر\s+)?{month_pair}"
            rf"(?:\s*,?\s*(?:من\s+)?{year_word}?(?P<year>\d{{4}}){greg}?|\s+(?P<rel>{rel})"
            rf"|\s+من\s+(?:العام|السنه)\s+(?P<yrel>{rel}))?{e}",
        ),
        (
            "hijri",
            rf"{b}{wd_prefix}(?:(?P<day>\d{{1,2}}|{ordinal})\s+(?:من\s+)?)?(?:شهر\s+)?(?P<hmon>{hmonth})"
            rf"(?:\s*,?\s*(?:من\s+)?{year_word}?(?P<year>\d{{4}})(?P<h>{hij})?|\s+(?P<rel>{rel}))?{e}",
        ),
        (
            "month_year",
            rf"{b}(?:شهر\s+)?{month_pair}\s*,?\s*(?:من\s+)?{year_word}?(?P<year>\d{{4}}){greg}?{e}",
        ),
        (
            "month_rel",
            rf"{b}(?:شهر\s+)?{month_pair}\s+(?:(?P<rel>{rel})|من\s+(?:العام|السنه)\s+(?P<yrel>{rel})){e}",
        ),
        ("month_pair", rf"{b}(?P<mon>{month})\s*[/(]\s*(?P<mon2>{month})\s*\)?{e}"),
        ("month_named", rf"{b}(?:(?P<shahr>شهر)\s+)(?P<mon>{month}){e}"),
        (
            "month_bare",
            rf"(?<![\w])(?:[وف]?(?P<prep>في|منذ|حتي|خلال|مطلع|اواخر|اوايل|اواءل|منتصف|نهايه|بدايه|"
            rf"مع\s+حلول|قبل|بعد|اعتبارا\s+من|ابتداء\s+من)\s+)(?P<mon>{month}){e}",
        ),
        (
            "hijri_named",
            rf"{b}(?:(?P<shahr>شهر)\s+)?(?P<hmon>{safe_hmonth})(?:\s+(?P<rel>{rel}))?{e}",
        ),
        (
            "year_range",
            rf"{b}(?:(?P<prep>بين|من|منذ)\s+)?(?:(?:عامي|العامين|سنتي|الاعوام|السنوات|عام|سنه)\s+)?"
            rf"(?P<y1>\d{{4}})(?P<h>{hij})?{greg}?\s*(?:-|/|و|الي|حتي|ولغايه|لغايه)\s*(?:عام\s+)?"
            rf"(?P<y2>\d{{4}})(?P<h2>{hij})?{greg}?{e}",
        ),
        ("year", rf"{b}{year_word}(?P<year>\d{{4}})(?P<h>{hij})?{greg}?(?:\s+(?P<rel>{rel}))?{e}"),
        ("year_marked", rf"(?<![\w\d/.])(?P<year>\d{{4}})(?:(?P<h>{hij})|{greg}){e}"),
        (
            "year_prep",
            r"(?<![\w])(?:[وف]?(?P<prep>في|منذ|حتي|قبل|بعد|خلال|مطلع|نهايه|بدايه|اواخر|مطلع)\s+)"
            r"(?P<year>(?:19|20)\d{2})(?=\s*(?:[.,;:)\"]|$|\s+(?:و|الي|عندما|حين|بعد|قبل|حيث|ثم)))",
        ),
        (
            "today",
            rf"{b}(?:(?P<part>صباح|مساء|ظهر|عصر|فجر|ليل|ليله|منتصف\s+ليل|نهار|ظهيره)\s+)?(?:يوم\s+)?"
            rf"(?P<rd>اليوم|امس\s+الاول|امس|الامس|اول\s+من\s+امس|اول\s+امس|البارحه|غدا|بعد\s+غد|(?<=يوم\s)غد)"
            rf"(?:\s*\(\s*(?P<wd>{weekday})\s*\)|\s+(?P<wd2>{weekday}))?{e}",
        ),
        (
            "day_of_month",
            rf"{b}{day}\s+من\s+(?:هذا\s+)?(?:ال)?شهر\s+(?P<rel>{rel}){e}",
        ),
        ("tomorrow_day", rf"{b}(?:يوم\s+)(?P<rd>غد){e}"),
        (
            "next_day",
            rf"{b}(?:(?:صباح|مساء|ظهر|عصر|ليله)\s+)?(?:(?P<same>اليوم\s+(?:نفسه|ذاته)|نفس\s+اليوم)"
            rf"|اليوم\s+(?P<dir>التالي|السابق)|(?P<dir2>غداه)\s+ذلك){e}",
        ),
        (
            "after_that",
            rf"{b}(?P<prep>قبل|بعد)\s+ذلك\s+ب(?:(?P<num>\d{{1,3}}|{number})\s+)?(?P<unit>{unit}){e}",
        ),
        ("last_night", rf"{b}(?:منتصف\s+)?(?P<rd>الليله\s+الماضيه|ليله\s+امس){e}"),
        (
            "weekday",
            rf"{b}(?:(?P<yawm>يوم|صباح|مساء|ظهر|عصر|فجر|ليله)\s+)?(?P<wd>{weekday})"
            rf"(?:\s+(?P<rel>{rel}|قبل\s+الماضي|بعد\s+القادم|بعد\s+المقبل))?{e}",
        ),
        (
            "unit_rel",
            rf"{b}(?:(?P<this>هذا|هذه)\s+)?{de}(?P<unit>اسبوع|شهر|عام|سنه)"
            rf"(?:\s+(?P<rel>{rel}|قبل\s+الماضي))?{e}",
        ),
        (
            "ago",
            rf"{b}(?P<prep>منذ|قبل|بعد|خلال|في\s+غضون|على\s+مدي|علي\s+مدي|على\s+مدار|علي\s+مدار|طوال|"
            rf"طيله|لمده|مده|في)\s+(?:(?P<num>\d{{1,3}}|{number})\s+)?(?P<unit>{unit})"
            rf"(?!\s*\d|\s+(?:{weekday}){e})(?:\s+(?P<num2>{number}))?(?:\s+(?P<rel>{rel_past_future}))?{e}",
        ),
        (
            "span_rel",
            rf"{b}{de}(?P<unit>{'|'.join(_PLURAL_UNITS)})"
            rf"(?:\s+(?:ال)?(?P<num>{number}|\d{{1,3}}))?(?:\s+القليله)?\s+(?P<rel>{rel_past_future}|الماضيين|"
            rf"المقبلين|القادمين){e}",
        ),
    ]
    # Words of the longest weekday, ordinal ("الحادي والعشرين") and number word ("اثنا عشر").
    weekday_words, ordinal_words, number_words = (
        max(k.count(" ") + 1 for k in words) for words in (lex.weekdays, lex.ordinals, lex.numbers)
    )
    # A day before a month name: [يوم] [الخميس] 6 [من] [شهر] أغسطس.
    day_words = 1 + weekday_words + ordinal_words + 2
    families = {
        "D": [str(digit) for digit in range(10)],
        "M": list(lex.months),
        "H": list(lex.hijri_months),
        "W": list(lex.weekdays),
        "T": ["اليوم", "الامس", "امس", "البارحه", "غد", "الليله"],  # غد also begins غدا and غداه
        "U": list(lex.units),
        "A": [de + u for de in ("ال", "ل") for u in ("اسبوع", "شهر", "عام", "سنه", *_PLURAL_UNITS)],
        "R": [*_REL_PAST, *_REL_FUTURE, *_REL_CURRENT],
    }
    anchors = re.compile(
        rf"(?<![\w]){_CLITICS}(?:"
        + "|".join(f"(?P<{name}>{alternation(words)})" for name, words in families.items())
        + ")"
    )
    overlaps = _overlapping_families(families)
    # (anchor families, words a match may start before its anchor), read off each pattern above
    lookback = {
        "numeric": ("D", 0),
        "numeric_ymd": ("D", 0),
        "day_range": ("D", 1),  # بين 10 …
        "day_month": ("M", day_words),
        "hijri": ("H", day_words),
        "month_year": ("M", 1),  # شهر أغسطس 2015
        "month_rel": ("M", 1),
        "month_pair": ("M", 0),
        "month_named": ("M", 1),
        "month_bare": ("M", 2),  # اعتبارا من أغسطس
        "hijri_named": ("H", 1),
        "year_range": ("D", 2),  # منذ عامي 2011 و2015
        "year": ("D", 1),
        "year_marked": ("D", 0),
        "year_prep": ("D", 1),
        "today": ("T", 5),  # منتصف ليل يوم أول من أمس
        "day_of_month": ("R", ordinal_words + 3),  # الحادي والعشرين من هذا الشهر الجاري
        "tomorrow_day": ("T", 1),
        "next_day": ("T", 2),  # صباح نفس اليوم
        "after_that": ("UA", 2 + number_words),  # قبل ذلك بثلاثة أيام
        "last_night": ("T", 2),  # منتصف ليلة أمس
        "weekday": ("W", 1),
        "unit_rel": ("UA", 1),  # هذا العام
        "ago": ("UA", 2 + number_words),  # على مدى اثني عشر شهرا
        "span_rel": ("UA", 0),
    }
    # one word more than counted above, as a margin against a miscount
    per_item = tuple(
        (frozenset(g for f in lookback[name][0] for g in overlaps[f]), lookback[name][1] + 1)
        for name, _ in items
    )
    reach = {f: max((n for fs, n in per_item if f in fs), default=0) for f in families}
    return Patterns(tuple((name, re.compile(rx)) for name, rx in items), anchors, per_item, reach)


_CLITICS = "[وف]?[بلك]?"


def _overlapping_families(families: dict[str, list[str]]) -> dict[str, set[str]]:
    """For each anchor family, itself and the families whose words can start at the same place
    (اليوم / اليومين): the anchor scan reports such a place under one family only, so a pattern
    anchored on either must look at both."""
    matchers = {name: re.compile(f"{_CLITICS}(?:{alternation(words)})") for name, words in families.items()}
    overlaps = {name: {name} for name in families}
    for name, words in families.items():
        for word in words:
            for clitic in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"):
                for other, matcher in matchers.items():
                    if other != name and matcher.match(clitic + word):
                        overlaps[name].add(other)
                        overlaps[other].add(name)
    return overlaps


# --------------------------------------------------------------------------- parsing


def _number(word: str | None) -> int | str | None:
    """A digit string or number word as int, ``"X"`` for vague quantities, ``None`` if absent."""
    if word is None:
        return None
    word = normalize(word)
    if word.isdigit():
        return int(word)
    value = lexicons().numbers.get(word)
    if value is None:
        return None
    return "X" if value == "X" else int(value)


def _day_number(word: str) -> int | None:
    word = word.removeprefix("ال") if word[2:].isdigit() else word
    if word.startswith("لل"):
        word = "ال" + word[2:]
    if word.isdigit():
        return int(word)
    return lexicons().ordinals.get(normalize(word))


# Words after which الأحد / الاثنين / الجمعة are "the One", "the two", "the congregation".
_NOT_WEEKDAY_BEFORE = frozenset(
    {"الواحد", "كلا", "صلاه", "خطبه", "خطيب", "امام", "جامع", "مسجد", "من", "ان", "بين"}
)
# Words that begin like a future verb (سي/ست/سن + stem) but are nouns (a data file).
_NOT_FUTURE_VERBS = load_lexicon("not_future_verb_prefixes")


_SENTENCE_END = re.compile(r"[.!?\n]")
_FUTURE_VERB = re.compile(r"س[يتن]\w{3,}")
_SPACE_RUN = re.compile(r"\s+")


def _is_future_context(key: str, start: int) -> bool:
    """Whether the words just before ``start`` (same sentence) put the expression in the future."""
    window = _SENTENCE_END.split(key[max(0, start - 80) : start])[-1]
    words = window.split()[-6:]
    lex = lexicons()
    for word in words:
        if word in lex.future_cues or (word[:1] in "وف" and word[1:] in lex.future_cues):
            return True
        # imperfect verbs with the future prefix: سيعقد، ستبدأ، سنواصل (not سياسه، سيارة …)
        bare = word[1:] if word[:1] in "وف" else word
        if _FUTURE_VERB.fullmatch(bare) and not bare.startswith(_NOT_FUTURE_VERBS):
            return True
    return False


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class _Parser:
    """Turns regex matches on the key into :class:`ParsedDate` objects."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.lex = lexicons()

    # -- helpers producing resolvers

    @staticmethod
    def fixed(value: str | None, granularity: str, confidence: float = 1.0) -> Callable:
        return lambda doc: Resolved(value, granularity, "absolute", confidence)

    def month_of(self, match: re.Match) -> int:
        return self.lex.months[_SPACE_RUN.sub(" ", match.group("mon"))]

    def month_pair_ok(self, match: re.Match) -> bool:
        """A paired month (فبراير/شباط) must name the same month."""
        second = match.groupdict().get("mon2")
        if not second:
            return True
        return self.lex.months[_SPACE_RUN.sub(" ", second)] == self.month_of(match)

    def parse(self, name: str, m: re.Match) -> ParsedDate | None:
        handler = getattr(self, f"_p_{name}")
        return handler(m)

    @staticmethod
    def _start(m: re.Match) -> int:
        """Start of the expression proper: after the clitics the pattern leaves outside."""
        return m.end("cl") if "cl" in m.re.groupindex else m.start()

    # -- absolute forms

    def _p_numeric(self, m: re.Match) -> ParsedDate | None:
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
        hijri = bool(m["h"]) or (1300 <= y <= 1500 and not m["g"])
        return self._absolute_day(m, m.start(), m.end(), y, mo, d, hijri)

    def _p_numeric_ymd(self, m: re.Match) -> ParsedDate | None:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        hijri = bool(m["h"]) or 1300 <= y <= 1500
        return self._absolute_day(m, m.start(), m.end(), y, mo, d, hijri)

    def _absolute_day(
        self, m: re.Match, start: int, end: int, y: int, mo: int, d: int, hijri: bool
    ) -> ParsedDate | None:
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        if hijri:
            day = hijri_to_gregorian(y, mo, d)
            label = f"{y:04d}-{mo:02d}-{d:02d}"
            value = day.isoformat() if day else None
            return ParsedDate(
                start,
                end,
                "hijri",
                self.fixed(value, "day", 0.95 if day else 0.3),
                hijri=label,
                priority=3,
                bounds=(day, day) if day else None,
            )
        day = _day_or_none(y, mo, d)
        if day is None or not 1800 <= y <= 2100:
            return None
        return ParsedDate(
            start, end, "absolute", self.fixed(day.isoformat(), "day"), priority=3, bounds=(day, day)
        )

    def _p_day_range(self, m: re.Match) -> ParsedDate | None:
        if not self.month_pair_ok(m):
            return None
        d1, d2, mo = int(m["d1"]), int(m["d2"]), self.month_of(m)
        if not (1 <= d1 < d2 <= 31) or (m["sep"] == "و" and not m["between"]):
            return None  # "أيام 10 و17 و24 أغسطس" is a list of days, not a range
        start = self._start(m)
        if m["year"]:
            y = int(m["year"])
            first, last = _day_or_none(y, mo, d1), _day_or_none(y, mo, d2)
            if not first or not last:
                return None
            return ParsedDate(
                start,
                m.end(),
                "range",
                self.fixed(f"{first}/{last}", "interval"),
                priority=4,
                bounds=(first, last),
            )
        future = _is_future_context(self.key, start)

        def resolve(doc: date | None) -> Resolved:
            if doc is None:
                return Resolved(None, "interval", "document", 0.3)
            y = _year_for_month(doc, mo, d1, future, FUTURE_WINDOW_DAYS)
            first, last = _day_or_none(y, mo, d1), _day_or_none(y, mo, d2)
            if not first or not last:
                return Resolved(None, "interval", "document", 0.3)
            return Resolved(f"{first}/{last}", "interval", "document", 0.9)

        return ParsedDate(start, m.end(), "range", resolve, priority=4)

    def _p_day_month(self, m: re.Match) -> ParsedDate | None:
        if not self.month_pair_ok(m):
            return None
        day_num, mo = _day_number(m["day"]), self.month_of(m)
        if day_num is None or not 1 <= day_num <= 31:
            return None
        start = self._start(m)
        rel = _rel_kind(m["rel"])
        weekday = self.lex.weekdays.get(m["wd"]) if m["wd"] else None
        if m["year"]:
            y = int(m["year"])
            if 1300 <= y <= 1500:  # a Hijri year with a Gregorian month name is a typo, not a date
                return None
            day = _day_or_none(y, mo, day_num)
            if day is None:
                return None
            conf = 1.0 if weekday is None or weekday == day.weekday() else 0.7
            return ParsedDate(
                start,
                m.end(),
                "absolute",
                self.fixed(day.isoformat(), "day", conf),
                priority=3,
                bounds=(day, day),
            )
        future = rel == "future" or (rel is None and _is_future_context(self.key, start))
        year_shift = _YEAR_SHIFT.get(_rel_kind(m["yrel"]) or "")

        def resolve(doc: date | None) -> Resolved:
            if doc is None:
                return Resolved(None, "day", "document", 0.3)
            if year_shift is not None:
                y = doc.year + year_shift
            elif rel == "current":
                y = doc.year
            elif rel == "past":
                y = doc.year if (mo, day_num) < (doc.month, doc.day) else doc.year - 1
            else:
                y = _year_for_month(doc, mo, day_num, future, FUTURE_WINDOW_DAYS)
            day = _day_or_none(y, mo, day_num)
            if day is None:
                return Resolved(None, "day", "document", 0.3)
            conf = 0.95 if rel else 0.85
            if weekday is not None and weekday != day.weekday():
                conf = 0.5
            return Resolved(day.isoformat(), "day", "document", conf)

        return ParsedDate(
            start,
            m.end(),
            "relative",
            resolve,
            priority=3,
            clue_month=(mo, day_num) if rel == "current" else None,
        )

    def _p_hijri(self, m: re.Match) -> ParsedDate | None:
        hmon = self.lex.hijri_months[_SPACE_RUN.sub(" ", m["hmon"])]
        hname = _SPACE_RUN.sub(" ", m["hmon"])
        day_num = _day_number(m["day"]) if m["day"] else None
        if m["day"] and (day_num is None or not 1 <= day_num <= 30):
            return None
        if hname in self.lex.ambiguous_hijri and not (day_num or m["year"]):
            return None
        if not (day_num or m["year"] or m["rel"]):
            return None  # a bare month name is handled by hijri_named
        if m["year"] and not 1300 <= int(m["year"]) <= 1600:
            return None
        start = self._start(m)
        rel = _rel_kind(m["rel"])
        if m["year"]:
            y = int(m["year"])
            return self._hijri_value(start, m.end(), y, hmon, day_num, "absolute")

        def resolve(doc: date | None) -> Resolved:
            if doc is None:
                return Resolved(None, "day" if day_num else "interval", "document", 0.3)
            h = gregorian_to_hijri(doc)
            if h is None:
                return Resolved(None, "day" if day_num else "interval", "document", 0.3)
            y = _hijri_year_for(h, hmon, day_num, rel)
            parsed = self._hijri_value(start, m.end(), y, hmon, day_num, "document")
            res = parsed.resolve(doc)
            return Resolved(res.value, res.granularity, "document", res.confidence * 0.9)

        hijri_label = None
        return ParsedDate(start, m.end(), "hijri", resolve, hijri=hijri_label, priority=3)

    def _hijri_value(self, start: int, end: int, y: int, mo: int, d: int | None, anchor: str) -> ParsedDate:
        if d:
            day = hijri_to_gregorian(y, mo, d)
            value, gran, bounds = (day.isoformat() if day else None), "day", (day, day) if day else None
            label = f"{y:04d}-{mo:02d}-{d:02d}"
        else:
            span = hijri_month_bounds(y, mo)
            value = f"{span[0]}/{span[1]}" if span else None
            gran, bounds, label = "interval", span, f"{y:04d}-{mo:02d}"
        conf = 0.95 if value else 0.3
        return ParsedDate(
            start,
            end,
            "hijri",
            lambda doc: Resolved(value, gran, anchor, conf),
            hijri=label,
            priority=3,
            bounds=bounds if anchor == "absolute" else None,
        )

    def _p_month_year(self, m: re.Match) -> ParsedDate | None:
        if not self.month_pair_ok(m):
            return None
        y, mo = int(m["year"]), self.month_of(m)
        if not 1800 <= y <= 2100:
            return None
        first = date(y, mo, 1)
        last = date(y, mo, calendar.monthrange(y, mo)[1])
        return ParsedDate(
            self._start(m),
            m.end(),
            "absolute",
            self.fixed(f"{y:04d}-{mo:02d}", "month"),
            priority=2,
            bounds=(first, last),
        )

    def _month_relative(self, m: re.Match, rel: str | None, conf: float) -> ParsedDate:
        mo = self.month_of(m)
        start = self._start(m)
        future = rel == "future" or (rel is None and _is_future_context(self.key, start))
        year_shift = _YEAR_SHIFT.get(_rel_kind(m.groupdict().get("yrel")) or "")

        def resolve(doc: date | None) -> Resolved:
            if doc is None:
                return Resolved(None, "month", "document", 0.3)
            if year_shift is not None:
                y = doc.year + year_shift
            elif rel == "current":
                y = doc.year
            elif rel == "past":
                y = doc.year if mo < doc.month else doc.year - 1
            elif rel == "future":
                y = doc.year if mo > doc.month else doc.year + 1
            else:
                y = _year_for_month(doc, mo, 1, future, FUTURE_WINDOW_DAYS)
            return Resolved(f"{y:04d}-{mo:02d}", "month", "document", conf)

        return ParsedDate(
            start,
            m.end(),
            "relative",
            resolve,
            priority=2,
            clue_month=(mo, None) if rel == "current" else None,
        )

    def _p_month_rel(self, m: re.Match) -> ParsedDate | None:
        if not self.month_pair_ok(m):
            return None
        return self._month_relative(m, _rel_kind(m["rel"]), 0.95)

    def _p_month_pair(self, m: re.Match) -> ParsedDate | None:
        if not self.month_pair_ok(m):
            return None
        return self._month_relative(m, None, 0.85)

    def _p_month_named(self, m: re.Match) -> ParsedDate | None:
        return self._month_relative(m, None, 0.8)

    def _p_month_bare(self, m: re.Match) -> ParsedDate | None:
        parsed = self._month_relative(m, None, 0.75)
        parsed.start = m.start("mon")
        return parsed

    def _p_hijri_named(self, m: re.Match) -> ParsedDate | None:
        hname = _SPACE_RUN.sub(" ", m["hmon"])
        if not m["shahr"] and not m["rel"] and hname not in ("رمضان", "شوال", "ذو الحجه", "ذي الحجه", "محرم"):
            return None
        hmon = self.lex.hijri_months[hname]
        rel = _rel_kind(m["rel"])
        start = self._start(m)

        def resolve(doc: date | None) -> Resolved:
            if doc is None:
                return Resolved(None, "interval", "document", 0.3)
            h = gregorian_to_hijri(doc)
            if h is None:
                return Resolved(None, "interval", "document", 0.3)
            y = _hijri_year_for(h, hmon, None, rel)
            span = hijri_month_bounds(y, hmon)
            if not span:
                return Resolved(None, "interval", "document", 0.3)
            return Resolved(f"{span[0]}/{span[1]}", "interval", "document", 0.8)

        return ParsedDate(start, m.end(), "hijri", resolve, priority=1)

    def _p_year_range(self, m: re.Match) -> ParsedDate | None:
        y1, y2 = int(m["y1"]), int(m["y2"])
        hijri = bool(m["h"] or m["h2"])
        if not y1 < y2 or y2 - y1 > 200:
            return None
        cued = m["prep"] or hijri or "عام" in m.group(0) or "سن" in m.group(0)
        if not cued and not any(sep in m.group(0) for sep in ("-", "/", "الي", "حتي")):
            return None
        start = self._start(m)
        if hijri:
            first, last_month = hijri_to_gregorian(y1, 1, 1), hijri_month_bounds(y2, 12)
            value = f"{first}/{last_month[1]}" if first and last_month else None
            return ParsedDate(
                start, m.end(), "range", self.fixed(value, "interval", 0.9), hijri=f"{y1}/{y2}", priority=4
            )
        if not (1800 <= y1 <= 2100 and 1800 <= y2 <= 2100):
            return None
        return ParsedDate(
            start,
            m.end(),
            "range",
            self.fixed(f"{y1}/{y2}", "interval"),
            priority=4,
            bounds=(date(y1, 1, 1), date(y2, 12, 31)),
        )

    def _year_value(self, m: re.Match, conf: float) -> ParsedDate | None:
        y = int(m["year"])
        start = self._start(m)
        rel = _rel_kind(m.groupdict().get("rel"))
        if m.groupdict().get("h") or (1300 <= y <= 1500):
            first, last = hijri_to_gregorian(y, 1, 1), hijri_month_bounds(y, 12)
            value = f"{first}/{last[1]}" if first and last else None
            return ParsedDate(
                start, m.end(), "hijri", self.fixed(value, "interval", conf), hijri=f"{y:04d}", priority=1
            )
        if not 1800 <= y <= 2100:
            return None
        return ParsedDate(
            start,
            m.end(),
            "absolute",
            self.fixed(f"{y:04d}", "year", conf),
            priority=1,
            bounds=(date(y, 1, 1), date(y, 12, 31)),
            clue_year=y if rel == "current" else None,
        )

    def _p_year(self, m: re.Match) -> ParsedDate | None:
        return self._year_value(m, 1.0)

    def _p_year_marked(self, m: re.Match) -> ParsedDate | None:
        return self._year_value(m, 0.95)

    def _p_year_prep(self, m: re.Match) -> ParsedDate | None:
        parsed = self._year_value(m, 0.8)
        if parsed:
            parsed.start = m.start("year")
        return parsed

    # -- relative forms

    def _p_today(self, m: re.Match) -> ParsedDate | None:
        word = _SPACE_RUN.sub(" ", m["rd"])
        wd_word = m["wd"] or m["wd2"]
        weekday = self.lex.weekdays.get(wd_word) if wd_word else None
        start = self._start(m)
        if word == "اليوم" and weekday is None and self._excluded_today(m.start("rd"), m.end("rd")):
            return None
        if word in ("امس", "الامس") and self.key[m.end("rd") : m.end("rd") + 8].strip().startswith("الحاجه"):
            return None  # في أمس الحاجة: "in dire need"
        offset = {
            "اليوم": 0,
            "امس": -1,
            "الامس": -1,
            "غد": 1,
            "البارحه": -1,
            "امس الاول": -2,
            "اول من امس": -2,
            "اول امس": -2,
            "غدا": 1,
            "بعد غد": 2,
        }[word]
        clue = (weekday - offset) % 7 if weekday is not None else None
        base_conf = 0.95 if weekday is not None else (0.8 if offset == 0 else 0.9)

        def resolve(doc: date | None) -> Resolved:
            if doc is None:
                return Resolved(None, "day", "document", 0.3)
            day = doc + timedelta(days=offset)
            conf = base_conf
            if weekday is not None and day.weekday() != weekday:
                conf = 0.5
            return Resolved(day.isoformat(), "day", "document", conf)

        return ParsedDate(start, m.end(), "relative", resolve, priority=2, clue_weekday=clue)

    def _excluded_today(self, start: int, end: int) -> bool:
        if self.key[end : end + 2].strip().startswith('"') and '"' in self.key[max(0, start - 25) : start]:
            return True  # a quoted name: «اليمن اليوم»
        around = self.key[max(0, start - 20) : end + 20]
        offset = start - max(0, start - 20)
        for phrase in self.lex.today_exclusions:
            hit = around.find(phrase)
            while hit != -1:  # the occurrences re.finditer would give: non-overlapping
                if hit <= offset < hit + len(phrase):
                    return True
                hit = around.find(phrase, hit + max(1, len(phrase)))
        return False

    def _p_day_of_month(self, m: re.Match) -> ParsedDate | None:
        day_num = _day_number(m["day"])
        if day_num is None or not 1 <= day_num <= 31:
            return None
        shift_by = {"past": -1, "current": 0, "future": 1}.get(_rel_kind(m["rel"]) or "", 0)

        def resolve(doc: date | None) -> Resolved:
            if doc is None:
                return Resolved(None, "day", "document", 0.3)
            month_start = shift(doc.replace(day=1), shift_by, "M")
            day = _day_or_none(month_start.year, month_start.month, day_num)
            return Resolved(day.isoformat() if day else None, "day", "document", 0.9 if day else 0.3)

        return ParsedDate(self._start(m), m.end(), "relative", resolve, priority=3)

    def _p_next_day(self, m: re.Match) -> ParsedDate | None:
        amount = 0 if m["same"] else (-1 if m["dir"] == "السابق" else 1)
        resolver = _offset_resolver(amount, "D", 0.6)
        return ParsedDate(self._start(m), m.end(), "previous", resolver, priority=2, previous=(amount, "D"))

    def _p_after_that(self, m: re.Match) -> ParsedDate | None:
        unit, count = self.lex.units[m["unit"]]
        num = _number(m["num"]) if m["num"] else (2 if count == 2 else 1)
        if not isinstance(num, int):
            return None
        iso_unit = "Y" if unit == "10Y" else unit
        amount = (num * 10 if unit == "10Y" else num) * (-1 if m["prep"] == "قبل" else 1)
        resolver = _offset_resolver(amount, iso_unit, 0.6)
        return ParsedDate(
            self._start(m), m.end(), "previous", resolver, priority=2, previous=(amount, iso_unit)
        )

    def _p_tomorrow_day(self, m: re.Match) -> ParsedDate | None:
        start = self._start(m)
        return ParsedDate(start, m.end(), "relative", _offset_resolver(1, "D", 0.9), priority=2)

    def _p_last_night(self, m: re.Match) -> ParsedDate | None:
        return ParsedDate(self._start(m), m.end(), "relative", _offset_resolver(-1, "D", 0.85), priority=2)

    def _p_weekday(self, m: re.Match) -> ParsedDate | None:
        weekday = self.lex.weekdays[m["wd"]]
        rel_word = _SPACE_RUN.sub(" ", m["rel"]) if m["rel"] else None
        start = self._start(m)
        bracketed = self.key[max(0, start - 2) : start].strip().endswith("(")
        before = self.key[max(0, start - 12) : start].split()
        if (
            rel_word is None
            and not m["yawm"]
            and not bracketed
            and m["wd"] in ("الاحد", "الاثنين", "الجمعه")
            and (not before or before[-1] in _NOT_WEEKDAY_BEFORE or m["cl"])
        ):
            return None  # الواحد الأحد، كلا الاثنين، صلاة الجمعة: not weekdays
        if rel_word in ("بعد القادم", "بعد المقبل"):
            rel = "after-next"
        else:
            rel = "before-last" if rel_word == "قبل الماضي" else _rel_kind(rel_word)
        future = rel == "future" or (rel is None and _is_future_context(self.key, start))
        conf = 0.9 if (rel or m["yawm"]) else 0.7
        parsed = ParsedDate(
            start,
            m.end(),
            "weekday",
            _weekday_resolver(weekday, rel, future, conf),
            priority=1,
            weekday=weekday,
        )
        parsed.weekday_rel = rel
        return parsed

    def _p_unit_rel(self, m: re.Match) -> ParsedDate | None:
        rel_word = _SPACE_RUN.sub(" ", m["rel"]) if m["rel"] else None
        if not m["this"] and not rel_word:
            return None
        unit = {"اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y"}[m["unit"]]
        if rel_word == "قبل الماضي":
            amount = -2
        else:
            rel = _rel_kind(rel_word) if rel_word else "current"
            amount = {"past": -1, "future": 1, "current": 0}[rel]
        return ParsedDate(
            self._start(m), m.end(), "relative", _offset_resolver(amount, unit, 0.9), priority=1
        )

    def _p_ago(self, m: re.Match) -> ParsedDate | None:
        unit, count = self.lex.units[m["unit"]]
        num = _number(m["num"]) if m["num"] else _number(m["num2"]) if m["num2"] else None
        if m["num"] and num is None:
            return None
        if count == 2:
            if num is not None:
                return None
            num = 2
        elif num is None:
            if m["unit"] in ("يوم", "اسبوع", "شهر", "عام", "سنه", "عقد") and m["prep"] in (
                "منذ",
                "قبل",
                "بعد",
            ):
                num = 1  # منذ عام = a year ago
            else:
                return None
        prep = _SPACE_RUN.sub(" ", m["prep"])
        rel = (
            _rel_kind(m["rel"])
            if m["rel"] and m["rel"] not in ("الاخيره", "الاخير", "الاخيرين")
            else ("past" if m["rel"] else None)
        )
        start = self._start(m)
        if prep == "مده" and m["cl"].endswith("ل"):  # لمدة: the ل belongs to the expression
            start -= 1
        follows = self.key[m.end() : m.end() + 6].lstrip()
        iso_unit = unit if unit != "10Y" else "Y"
        amount = num if num == "X" else (num * 10 if unit == "10Y" else num)
        duration = f"P{amount}{iso_unit}" if iso_unit != "W" else f"P{amount}W"
        years_ago = amount if prep in ("منذ", "قبل") and iso_unit == "Y" and num != "X" else None
        if prep == "في" and not rel:
            if not m["num"] and count != 2:
                return None
            return ParsedDate(start, m.end(), "duration", self.fixed(duration, "interval", 0.8), priority=1)
        that = _OF_THAT.match(self.key, m.end())
        if that and prep in ("قبل", "بعد") and num != "X" and not rel:  # قبل شهر من ذلك
            signed = -amount if prep == "قبل" else amount
            resolver = _offset_resolver(signed, iso_unit, 0.6)
            return ParsedDate(
                start, that.end(), "previous", resolver, priority=1, previous=(signed, iso_unit)
            )
        if prep in ("منذ", "قبل") and not rel:
            if num == "X":
                return ParsedDate(start, m.end(), "relative", _none_resolver(iso_unit), priority=1)
            return ParsedDate(
                start,
                m.end(),
                "relative",
                _offset_resolver(-amount, iso_unit, 0.85),
                priority=1,
                clue_years_ago=years_ago,
            )
        if prep == "بعد" and not rel:
            future = _is_future_context(self.key, start)
            if follows.startswith(("على", "علي", "من")) or num == "X" or not future:
                # بعد بضعة أيام على اتصال: an offset from another event, not from the article's date
                return ParsedDate(
                    start, m.end(), "duration", self.fixed(duration, "interval", 0.7), priority=1
                )
            return ParsedDate(start, m.end(), "relative", _offset_resolver(amount, iso_unit, 0.8), priority=1)
        if rel in ("past", "future") and num != "X":
            return ParsedDate(start, m.end(), "relative", _span_resolver(amount, iso_unit, rel), priority=1)
        return ParsedDate(start, m.end(), "duration", self.fixed(duration, "interval", 0.8), priority=1)

    def _p_span_rel(self, m: re.Match) -> ParsedDate | None:
        unit, count = self.lex.units.get(m["unit"], (None, 0))
        if unit is None:
            return None
        num = _number(m["num"]) if m["num"] else (2 if count == 2 else None)
        if num is None or num == "X":
            return None  # الأيام الماضية: no extent to report
        rel = "future" if m["rel"] in _REL_FUTURE else "past"
        iso_unit = "Y" if unit == "10Y" else unit
        amount = num * 10 if unit == "10Y" else num
        return ParsedDate(
            self._start(m), m.end(), "relative", _span_resolver(amount, iso_unit, rel), priority=1
        )


_OF_THAT = re.compile(r"\s*(?:من|علي)\s+ذلك(?:\s+التاريخ)?(?![\w])")  # قبل شهر من ذلك


def _weekday_resolver(
    weekday: int, rel: str | None, future: bool, conf: float
) -> Callable[[date | None], Resolved]:
    """The day a weekday names, seen from the document date: the most recent one (today
    included) unless ``rel`` or ``future`` says otherwise."""

    def resolve(doc: date | None) -> Resolved:
        if doc is None:
            return Resolved(None, "day", "document", 0.3)
        back = (doc.weekday() - weekday) % 7
        if rel == "current":
            day = doc - timedelta(days=back) if back <= 3 else doc + timedelta(days=7 - back)
        elif rel in ("past", "before-last"):
            day = doc - timedelta(days=back or 7)
            if rel == "before-last":
                day -= timedelta(days=7)
        elif future or rel == "after-next":
            day = doc + timedelta(days=(weekday - doc.weekday()) % 7 or 7)
            if rel == "after-next":
                day += timedelta(days=7)
        else:
            day = doc - timedelta(days=back)
        return Resolved(day.isoformat(), "day", "document", conf)

    return resolve


def _offset_resolver(amount: int, unit: str, conf: float) -> Callable[[date | None], Resolved]:
    def resolve(doc: date | None) -> Resolved:
        if doc is None:
            return Resolved(None, {"D": "day", "W": "week", "M": "month"}.get(unit, "year"), "document", 0.3)
        base = week_anchor(doc) if unit == "W" else doc
        value, gran = format_value(shift(base, amount, unit), unit)
        return Resolved(value, gran, "document", conf)

    return resolve


def _none_resolver(unit: str) -> Callable[[date | None], Resolved]:
    gran = {"D": "day", "W": "week", "M": "month"}.get(unit, "year")
    return lambda doc: Resolved(None, gran, "document", 0.4)


def _span_resolver(amount: int, unit: str, rel: str) -> Callable[[date | None], Resolved]:
    def resolve(doc: date | None) -> Resolved:
        if doc is None:
            return Resolved(None, "interval", "document", 0.3)
        other = shift(doc, -amount if rel == "past" else amount, unit)
        first, last = (other, doc) if rel == "past" else (doc, other)
        return Resolved(f"{first}/{last}", "interval", "document", 0.8)

    return resolve


def _year_for_month(doc: date, month: int, day: int, future: bool, window: int = 0) -> int:
    """The year of (month, day) nearest the document date: the past one unless ``future`` or the
    coming one is at most ``window`` days ahead."""
    if future:
        return doc.year if (month, day) >= (doc.month, doc.day) else doc.year + 1
    if (month, day) <= (doc.month, doc.day):
        return doc.year
    ahead = _day_or_none(doc.year, month, min(day, 28 if month == 2 else day))
    if ahead is not None and (ahead - doc).days <= window:
        return doc.year
    return doc.year - 1


def _hijri_year_for(h: tuple[int, int, int], month: int, day: int | None, rel: str | None) -> int:
    """The Hijri year of a month named without a year, relative to the document's Hijri date."""
    year, doc_month, doc_day = h
    here = (month, day or 1)
    if rel == "current":
        return year
    if rel == "future":
        return year if here > (doc_month, doc_day) else year + 1
    if rel == "past":
        return year if month < doc_month else year - 1
    return year if here <= (doc_month, doc_day) or month == doc_month else year - 1


# --------------------------------------------------------------------------- finding


_WORD = re.compile(r"\w+")


def scan_patterns(key: str) -> list[list[re.Match[str]]]:
    """For each pattern, what ``finditer`` over the whole key would give, found by trying it only
    at the word starts that lie at most its lookback before an anchor of its families."""
    compiled = patterns()
    anchors: dict[str, list[int]] = {}
    for hit in compiled.anchors.finditer(key):
        anchors.setdefault(hit.lastgroup, []).append(hit.start())  # type: ignore[arg-type]
    if not anchors:
        return [[] for _ in compiled.items]
    # the word starts at and before each anchor, nearest first: words of the reversed key
    reverse, size = key[::-1], len(key)
    before: dict[int, list[int]] = {}
    for family, starts in anchors.items():
        reach = compiled.reach[family]
        for anchor in starts:
            words = islice(_WORD.finditer(reverse, size - anchor), reach)
            before[anchor] = [anchor, *(size - word.end() for word in words)]
    results = []
    for (_name, rx), (families, lookback) in zip(compiled.items, compiled.lookback, strict=True):
        candidates: set[int] = set()
        for family in families:
            for anchor in anchors.get(family, ()):
                candidates.update(before[anchor][: lookback + 1])
        matches = []
        resume = 0  # as finditer: the next match starts at or after the end of the last one
        for start in sorted(candidates):
            if start < resume:
                continue
            match = rx.match(key, start)
            if match:
                matches.append(match)
                resume = max(match.end(), start + 1)
        results.append(matches)
    return results


def find_date_expressions(text: str) -> list[ParsedDate]:
    """Every date expression of ``text``, parsed but not resolved, non-overlapping, in order.

    Overlaps keep the longest match (ties: the more specific pattern); offsets are into ``text``.
    """
    key, origin = normalize_with_offsets(text)
    parser = _Parser(key)
    found: list[tuple[int, int, int, ParsedDate]] = []
    for order, ((name, _rx), matches) in enumerate(zip(patterns().items, scan_patterns(key), strict=True)):
        for match in matches:
            parsed = parser.parse(name, match)
            if parsed is None:
                continue
            found.append((parsed.end - parsed.start, -order, parsed.priority, parsed))
    found.sort(key=lambda item: (-item[0], -item[2], -item[1]))
    taken: list[ParsedDate] = []
    for _length, _order, _priority, parsed in found:
        if any(parsed.start < t.end and t.start < parsed.end for t in taken):
            continue
        taken.append(parsed)
    taken.sort(key=lambda p: p.start)
    merged = _merge_ranges(key, taken)
    for parsed in merged:  # map key offsets back to the text, trailing spaces trimmed
        start, end = origin[parsed.start], origin[parsed.end]
        while end > start and text[end - 1].isspace():
            end -= 1
        parsed.start, parsed.end = start, end
    return merged


_RANGE_OPEN = re.compile(r"(?:^|(?<=\s))[وف]?(?P<word>بين|من|منذ|الفتره\s+من|الفتره\s+بين)\s+$")
_WEEKDAY_JOIN = re.compile(r"^\s*[,;:(]?\s*(?:الموافق\s*(?:ل\s*)?)?$")
_RANGE_JOIN = re.compile(r"^\s*(?:و|-|الي|حتي|ولغايه|لغايه|وحتي)\s*$")


def _merge_ranges(key: str, parsed: list[ParsedDate]) -> list[ParsedDate]:
    """Two dates joined as a range (بين X و Y، من X إلى Y) become one interval ``X/Y``."""
    out: list[ParsedDate] = []
    i = 0
    while i < len(parsed):
        first = parsed[i]
        if i + 1 < len(parsed):
            second = parsed[i + 1]
            before = key[max(0, first.start - 16) : first.start]
            between = key[first.end : second.start]
            opener = _RANGE_OPEN.search(before)
            if (
                first.kind == second.kind == "weekday"
                and first.weekday_rel is None
                and second.weekday_rel
                and re.fullmatch(r"\s*و?\s*", between)
            ):
                rel = second.weekday_rel
                first.resolve = _weekday_resolver(first.weekday, rel, rel == "future", 0.85)
                first.weekday_rel = rel
            one_day = second.bounds and second.bounds[0] == second.bounds[1]
            if first.kind == "weekday" and one_day and _WEEKDAY_JOIN.match(between):
                out.append(_weekday_with_date(first, second))
                i += 2
                continue
            durations = first.kind == "duration" or second.kind == "duration"
            if opener and _RANGE_JOIN.match(between) and not durations:
                start = first.start - len(before) + opener.start("word")
                out.append(_interval_of(first, second, start))
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _weekday_with_date(weekday: ParsedDate, dated: ParsedDate) -> ParsedDate:
    """A weekday followed by its date (الجمعة الموافق 4/8/1436هـ) becomes one mention with the
    date's value, less sure when the two disagree."""
    day = dated.bounds[0] if dated.bounds else None
    agrees = day is not None and day.weekday() == weekday.weekday

    def resolve(doc: date | None) -> Resolved:
        res = dated.resolve(doc)
        return Resolved(res.value, res.granularity, res.anchor, res.confidence if agrees else 0.6)

    return ParsedDate(
        weekday.start, dated.end, dated.kind, resolve, hijri=dated.hijri, priority=4, bounds=dated.bounds
    )


def _interval_of(first: ParsedDate, second: ParsedDate, start: int) -> ParsedDate:
    def resolve(doc: date | None) -> Resolved:
        a, b = first.resolve(doc), second.resolve(doc)
        if not a.value or not b.value:
            return Resolved(None, "interval", a.anchor, min(a.confidence, b.confidence))
        lo = a.value.split("/")[0]
        hi = b.value.split("/")[-1]
        anchor = a.anchor if a.anchor != "absolute" else b.anchor
        return Resolved(f"{lo}/{hi}", "interval", anchor, min(a.confidence, b.confidence))

    hijri = "/".join(h for h in (first.hijri, second.hijri) if h) or None
    bounds = (first.bounds[0], second.bounds[1]) if first.bounds and second.bounds else None
    return ParsedDate(start, second.end, "range", resolve, hijri=hijri, priority=4, bounds=bounds)


# --------------------------------------------------------------------------- document date


def _candidate_score(
    day: date, parsed: list[ParsedDate], years_from_ago: set[int], starts: list[date]
) -> float:
    """How well ``day`` fits the text's clues as the article's date (higher is better)."""
    score = 0.0
    for p in parsed:
        if p.clue_weekday is not None:
            score += 3 if day.weekday() == p.clue_weekday else -3
        if p.clue_month is not None:
            month, mday = p.clue_month
            score += 3 if day.month == month else -3
            if mday is not None:
                score += 1 if day.day >= mday else -1  # news reports the past: "18 فبراير الجاري" is over
        if p.clue_year is not None:
            score += 3 if day.year == p.clue_year else -3
    if years_from_ago and day.year in years_from_ago:
        score += 2
    # news mostly dates what is past: half a point for each dated mention on or before the day
    # (a plan for "2030" costs one mention, not the whole year range)
    return score + 0.5 * bisect_right(starts, day)


_AHEAD = re.compile(r"(?:بحلول|حتي|رءيه|رؤيه|خطه|افاق|لغايه|مع\s+حلول)\s*(?:عام|العام|سنه)?\s*$")


def _looks_ahead(text: str, start: int) -> bool:
    """Whether the words before a dated mention put it in the future."""
    return bool(_AHEAD.search(normalize(text[max(0, start - 24) : start]))) or _is_future_context(
        normalize(text[max(0, start - 80) : start], collapse_space=False), min(start, 80)
    )


def infer_from_text(parsed: list[ParsedDate], text: str) -> DocumentDate:
    """The article's date from its own clues alone: the range of best candidates and the best one."""
    clues = [p for p in parsed if p.clue_weekday is not None or p.clue_month or p.clue_year]
    # dated mentions that look ahead (بحلول عام 2030، رؤية 2030، حتى 2035) say nothing of the past
    absolute = [p for p in parsed if p.bounds and not _looks_ahead(text, p.start)]
    ago = [p for p in parsed if p.clue_years_ago]
    evidence = []
    for p in clues:
        what = []
        if p.clue_weekday is not None:
            what.append(f"written on a {WEEKDAY_NAMES_EN[p.clue_weekday]}")
        if p.clue_month:
            month, mday = p.clue_month
            what.append(f"in {calendar.month_name[month]}" + (f", after the {mday}th" if mday else ""))
        if p.clue_year:
            what.append(f"in {p.clue_year}")
        evidence.append(f"{text[p.start : p.end]!r}: {'; '.join(what)}")
    if not clues and not absolute:
        return DocumentDate(None, "none", 0.0)
    years = {p.bounds[1].year for p in absolute}
    years_from_ago = {y + p.clue_years_ago for y in years for p in ago}
    for p in ago:
        for q in absolute:
            evidence.append(
                f"{text[p.start : p.end]!r} after {text[q.start : q.end]!r}: "
                f"{q.bounds[1].year + p.clue_years_ago}?"
            )
    for p in absolute:
        evidence.append(f"{text[p.start : p.end]!r}: not before {p.bounds[0]}")
    if not years:
        return DocumentDate(None, "text", 0.0, evidence=tuple(evidence))
    dateline = next((p for p in absolute if p.start < DATELINE_CHARS and p.bounds[0] == p.bounds[1]), None)
    if dateline is not None:  # "الدمام 14 صفر 1435 هـ الموافق 17 ديسمبر 2013 م": the text dates itself
        day = dateline.bounds[0]
        agrees = all(p.clue_weekday == day.weekday() for p in clues if p.clue_weekday is not None)
        evidence.insert(0, f"{text[dateline.start : dateline.end]!r}: dateline")
        return DocumentDate(
            day.isoformat(), "text", 0.8 if agrees else 0.5, day.isoformat(), day.isoformat(), tuple(evidence)
        )
    if not clues:  # dated events only: they do not say when the text itself was written
        return DocumentDate(None, "text", 0.0, evidence=tuple(evidence))
    starts = sorted(p.bounds[0] for p in absolute)
    candidate_years = {y + k for y in years for k in (0, 1)} | years_from_ago
    candidate_years |= {p.clue_year for p in clues if p.clue_year}
    best: list[date] = []
    best_score = float("-inf")
    for year in sorted(candidate_years):
        if not 1800 <= year <= 2100:
            continue
        day = date(year, 1, 1)
        while day.year == year:
            score = _candidate_score(day, clues, years_from_ago, starts)
            if score > best_score:
                best, best_score = [day], score
            elif score == best_score:
                best.append(day)
            day += timedelta(days=1)
    earliest, latest = min(best), max(best)
    if (latest - earliest).days > MAX_CANDIDATE_SPREAD_DAYS:
        return DocumentDate(None, "text", 0.0, earliest.isoformat(), latest.isoformat(), tuple(evidence))
    confidence = TEXT_INFERENCE_CONFIDENCE / len(best)
    return DocumentDate(
        earliest.isoformat(), "text", confidence, earliest.isoformat(), latest.isoformat(), tuple(evidence)
    )


def _validate_reference(value: str) -> date:
    day = parse_iso_day(value)
    if day is None or len(value.strip()) != 10:
        raise RasidError("E030", f"--date {value!r} is not a date of the form YYYY-MM-DD")
    return day


def infer_document_date(
    article: Article, parsed: list[ParsedDate], options: Options
) -> tuple[DocumentDate, list[str]]:
    """``(document_date, warnings)``: ``--date`` first, then ``published``, then a crawl time checked
    against the text's weekday anchors, else the text's own clues."""
    warnings: list[str] = []
    weekday_clues = [p for p in parsed if p.clue_weekday is not None]
    if options.reference_date:
        day = _validate_reference(options.reference_date)
        return DocumentDate(day.isoformat(), "option", 1.0, day.isoformat(), day.isoformat()), warnings
    meta = article.metadata or {}
    published = article.published or meta.get("published") or meta.get("date")
    if published:
        day = parse_iso_day(str(published))
        if day is None:
            warnings.append(f"dates: published date {published!r} is not YYYY-MM-DD; ignored")
        else:
            for p in weekday_clues:
                if p.clue_weekday != day.weekday():
                    warnings.append(
                        f"dates: the text ({article.text[p.start : p.end]!r}) implies a "
                        f"{WEEKDAY_NAMES_EN[p.clue_weekday]}, but published is {day} ({day:%A})"
                    )
                    break
            return DocumentDate(
                day.isoformat(),
                "metadata",
                1.0,
                day.isoformat(),
                day.isoformat(),
                (f"published: {published}",),
            ), warnings
    crawl_raw = meta.get("date_extracted")
    if crawl_raw:
        crawl = parse_iso_day(str(crawl_raw))
        if crawl is None:
            warnings.append(f"dates: date_extracted {crawl_raw!r} is not a date; ignored")
        else:
            return _from_crawl_time(article, crawl, str(crawl_raw), weekday_clues, warnings)
    return infer_from_text(parsed, article.text), warnings


def _from_crawl_time(
    article: Article, crawl: date, crawl_raw: str, weekday_clues: list[ParsedDate], warnings: list[str]
) -> tuple[DocumentDate, list[str]]:
    evidence = [f"date_extracted: {crawl_raw} (upper bound)"]
    if not weekday_clues:
        return DocumentDate(
            crawl.isoformat(), "metadata", CRAWL_ONLY_CONFIDENCE, None, crawl.isoformat(), tuple(evidence)
        ), warnings
    votes = [p.clue_weekday for p in weekday_clues]
    # the most attested weekday; on a tie the one nearest before the crawl time
    wanted = max(set(votes), key=lambda w: (votes.count(w), -((crawl.weekday() - w) % 7)))
    clue = next(p for p in weekday_clues if p.clue_weekday == wanted)
    evidence.append(f"{article.text[clue.start : clue.end]!r}: written on a {WEEKDAY_NAMES_EN[wanted]}")
    back = (crawl.weekday() - wanted) % 7
    if back > CRAWL_LOOKBACK_DAYS:
        return DocumentDate(
            crawl.isoformat(), "metadata", CRAWL_ONLY_CONFIDENCE, None, crawl.isoformat(), tuple(evidence)
        ), warnings
    day = crawl - timedelta(days=back)
    if back == 0:
        return DocumentDate(
            day.isoformat(), "metadata", 0.95, day.isoformat(), day.isoformat(), tuple(evidence)
        ), warnings
    warnings.append(
        f"dates: crawled {crawl} ({crawl:%A}) but the text says {article.text[clue.start : clue.end]!r}: "
        f"dated {day} from the text"
    )
    conf = 0.9 if votes.count(wanted) == len(votes) else 0.7
    return DocumentDate(
        day.isoformat(), "text", conf, day.isoformat(), crawl.isoformat(), tuple(evidence)
    ), warnings


# --------------------------------------------------------------------------- the stage


def resolve_mentions(text: str, parsed: list[ParsedDate], document: DocumentDate) -> list[DateMention]:
    """The :class:`DateMention` of every parsed expression, relative ones resolved against
    ``document`` (their confidence scaled by the document date's own)."""
    doc = parse_iso_day(document.value) if document.value else None
    mentions = []
    last: tuple[date, str] | None = None  # the latest point date mentioned, and its granularity
    for p in parsed:
        try:
            res = p.resolve(doc)
            if p.previous and last and (p.previous[1] != "D" or last[1] == "day"):
                amount, unit = p.previous
                value, granularity = format_value(shift(last[0], amount, unit), unit)
                res = Resolved(value, granularity, "previous-date", 0.75)
        except (ValueError, OverflowError):  # منذ 900 عقد: beyond the calendar
            res = Resolved(None, "interval", "none", 0.1)
        point = _point_of(res.value)
        if point and res.granularity in ("day", "month", "year"):
            last = (point, res.granularity)
        confidence = res.confidence
        anchor = res.anchor
        if anchor == "document":
            anchor = "document" if doc else "none"
            if doc is not None:
                confidence *= min(1.0, document.confidence + 0.05)
        mentions.append(
            DateMention(
                start=p.start,
                end=p.end,
                text=text[p.start : p.end],
                value=res.value,
                granularity=res.granularity,  # type: ignore[arg-type]
                anchor=anchor,
                hijri=p.hijri,
                confidence=round(confidence, 4),
            )
        )
    return mentions


_POINT = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _point_of(value: str | None) -> date | None:
    """The first day of a ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` value."""
    if not value:
        return None
    match = _POINT.fullmatch(value)
    if not match:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    return _day_or_none(year, month, day)


def dates_stage(article: Article, options: Options) -> Article:
    """Find the date expressions, settle the article's own date and resolve them against it."""
    parsed = find_date_expressions(article.text)
    document, warnings = infer_document_date(article, parsed, options)
    mentions = resolve_mentions(article.text, parsed, document)
    return attach(article, dates=mentions, document_date=document, warnings=warnings)
