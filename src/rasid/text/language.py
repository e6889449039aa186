"""Language detection: is this article Arabic?

A lingua-language-detector model restricted to the languages an Arabic news pipeline actually
meets (Arabic, the other Arabic-script languages, and the languages of foreign wires and
mis-filed pages) is built once per process and loads its models lazily. Long texts are judged on
a few evenly spaced windows, so detection costs the same on a 5 KB and a 1 MB article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rasid.errors import InputError
from rasid.model import Article, attach

if TYPE_CHECKING:
    from lingua import LanguageDetector

    from rasid.pipeline import Options

# Arabic-script languages first (they are the ones easily confused with Arabic), then the languages
# of wire copy and mis-filed pages seen on Arabic news sites.
CANDIDATE_LANGUAGES: tuple[str, ...] = (
    "ARABIC",
    "PERSIAN",
    "URDU",
    "ENGLISH",
    "FRENCH",
    "SPANISH",
    "GERMAN",
    "ITALIAN",
    "PORTUGUESE",
    "TURKISH",
    "RUSSIAN",
    "HEBREW",
    "INDONESIAN",
    "MALAY",
    "SWAHILI",
    "SOMALI",
    "CHINESE",
    "HINDI",
)

# Judge at most 3 x 700 characters. Tuned on every 10th SaudiNewsNet article (3,067): the sampled
# verdict is Arabic for all of them (lingua on the whole raw text wrongly says Persian/Urdu for 3),
# at ~2 ms per article whatever its length.
SAMPLE_WINDOWS = 3
WINDOW_CHARS = 700

# Below this many letters lingua's n-gram statistics are unreliable (single words such as "قال"
# score ~0.7); a short text written in the Arabic script without Persian/Urdu-only letters is then
# taken as Arabic. Set by checking one- to five-word headlines.
MIN_LETTERS_FOR_MODEL = 25

# When at least this share of the letters is in the Arabic script, the text is an Arabic-script text
# with foreign matter, and only its Arabic-script part is judged (Arabic, Persian or Urdu). On the
# whole SaudiNewsNet corpus lingua called 13 articles English: 8 are Arabic articles whose scraped
# text carries CSS/JavaScript or English film titles, with 23-40% Arabic-script letters; the rest
# (English photo captions, a stray "Array", lists of English titles) have at most 11%.
MIN_ARABIC_SCRIPT_SHARE = 0.2

# When at least this share of the letters is Arabic-script and none of them is a letter that Arabic
# itself does not use (see _NON_ARABIC_SCRIPT_LETTER), the text is Arabic without asking the model:
# every Persian, Urdu, Kurdish, Pashto … text uses such letters (ی ک گ پ چ ے ە ۆ ټ …). Checked on every
# 10th SaudiNewsNet article: same verdict as the model for all, at ~0.05 ms instead of ~2–5 ms.
PLAIN_ARABIC_SHARE = 0.9

_LETTER = re.compile(r"[^\W\d_]")
# Arabic-script letters outside the Arabic alphabet (hamza forms, alef wasla and dagger alef aside).
_NON_ARABIC_SCRIPT_LETTER = re.compile(
    r"[\u066e\u066f\u0672-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f]"
)
_ARABIC_SCRIPT_RUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f]+(?:\s+[\u0600-\u06ff\u0750-\u077f]+)*")
_ARABIC_SCRIPT_LETTER = re.compile(
    r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f]"
)
# Letters used by Persian, Urdu, Kurdish, Pashto … but not by Arabic.
_NON_ARABIC_LETTER = re.compile(
    r"[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c1\u06be\u06d2\u0679\u0688\u0691\u06ba]"
)


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A language verdict: ISO 639-1 ``code`` (``"und"`` when undetermined), English ``name``,
    and ``confidence`` in [0, 1]."""

    code: str
    name: str
    confidence: float

    @property
    def is_arabic(self) -> bool:
        return self.code == "ar"


UNDETERMINED = LanguageGuess("und", "undetermined", 0.0)


# lingua's low-accuracy mode (trigram models only): its models for all candidate languages take
# ~27 MB instead of the ~275 MB the full models grew to in every ingest worker (the first
# non-Arabic-script article loads them). Checked on the whole SaudiNewsNet corpus: the 140 articles
# that reach the model (5 of them shorter than 120 characters) get the same language in both modes.
LOW_ACCURACY_MODE = True


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    """The process-wide lingua detector over :data:`CANDIDATE_LANGUAGES` (models load lazily)."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in CANDIDATE_LANGUAGES]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    if LOW_ACCURACY_MODE:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def sample_text(text: str, windows: int = SAMPLE_WINDOWS, width: int = WINDOW_CHARS) -> str:
    """``text`` itself when short, else ``windows`` evenly spaced slices of ``width`` characters."""
    if len(text) <= windows * width:
        return text
    step = (len(text) - width) // (windows - 1) if windows > 1 else 0
    return "\n".join(text[i * step : i * step + width] for i in range(windows))


def detect_language(text: str) -> LanguageGuess:
    """The language of ``text`` (judged on a sample of it); :data:`UNDETERMINED` without letters."""
    # NFKC folds the Arabic presentation forms (U+FB50-U+FEFF) some sites still serve to letters.
    sample = unicodedata.normalize("NFKC", sample_text(text))
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return UNDETERMINED
    arabic_letters = len(_ARABIC_SCRIPT_LETTER.findall(sample))
    short_arabic = letters < MIN_LETTERS_FOR_MODEL and arabic_letters * 2 >= letters
    if short_arabic and not _NON_ARABIC_LETTER.search(sample):
        return LanguageGuess("ar", "Arabic", arabic_letters / letters)
    if arabic_letters >= PLAIN_ARABIC_SHARE * letters and not _NON_ARABIC_SCRIPT_LETTER.search(sample):
        return LanguageGuess("ar", "Arabic", arabic_letters / letters)
    if arabic_letters >= MIN_ARABIC_SCRIPT_SHARE * letters:
        sample = " ".join(_ARABIC_SCRIPT_RUN.findall(sample))
    values = detector().compute_language_confidence_values(sample)
    if not values:
        return UNDETERMINED
    best = values[0]
    iso = best.language.iso_code_639_1.name.lower()
    return LanguageGuess(iso, best.language.name.capitalize(), float(best.value))


def language_stage(article: Article, options: Options) -> Article:
    """Set ``article.language``; a non-Arabic article raises E108 when ``options.require_arabic``."""
    guess = detect_language(article.text)
    if guess is UNDETERMINED:
        return attach(
            article, language=guess.code, warnings=["language: no letters to judge the language by"]
        )
    if options.require_arabic and not guess.is_arabic:
        raise InputError(
            "E108",
            f"text is {guess.name} ({guess.code}, confidence {guess.confidence:.2f}), not Arabic; skipped",
            article.source or article.id,
        )
    return attach(article, language=guess.code)
