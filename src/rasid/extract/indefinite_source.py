"""The speaker of «قال مصدر/باحث/زعماء … إن»: an indefinite description as the verb's subject.

Arabic news introduces an unnamed source by an indefinite noun right after the reporting verb, its
qualifiers after it (a nisba, a prepositional phrase, a clause describing it) and then the
complement: «وقال باحث مصري في شؤون الحركات الإسلامية إن …». No name follows, so the source is the
whole description (docs/quotes-annotation.md §8: "unnamed sources as written, with their qualifiers
as first given"), up to what says when or to whom it spoke (a time adverbial, «لرويترز») or a
relative clause about its last noun («… في الحزب الذي يهيمن على …»). The rules keep a part of such a
description (the nisba alone, the head alone) or run on into the time adverbial; this pass, run after
the ranker, puts the whole description back when the rules' speaker is one word of it or runs on past
such a word. A longer name the rules chose within the phrase is kept: replacing those too lost 6 right
speakers on the check half (round 54).

Round 73 added: an indefinite title with an adjective («قائد بارز»، «قائد قوات محلية») opens such a
description, which also replaces a person the article had named before it; words carried from a
replaced piece («وأضاف») take the whole description; an ordinal alone before a colon («وقالت
الثانية:») speaks as written; a bare «المصدر»/«المصادر» goes on with the latest quoted source (§10.7);
and an unnamed or group speaker is cut before a clause of how the paper reached it («قيادات حزبية
تحدثت لـ…») or before the verb's object noun («بعض المواطنين جزم …»).

Round 83 added: a consultant, dealer, agent, member or spokesman (``qualified_source_heads``) opens
a description when a prepositional qualifier follows it («استشاريون في طب الأسرة»); «إلى» ends a
description (the verb's own); and after «بحسب» a description closed by «فإن» is the source.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rasid.extract.quotes import (
    RELATIVES,
    adjunct_words,
    counted_people,
    nominal_openers,
    share_subject_span,
)
from rasid.model import Article, Quote, Span, Speaker, attach
from rasid.resources import load_lexicon, load_table
from rasid.text.normalize import word_key

# Most words a description holds between the verb and its complement («مصدر أمني رفيع المستوى في
# وزارة الداخلية بالعاصمة» has 8); set from the annotation guide's longest examples, not tuned.
MAX_WORDS = 12
_WORD = re.compile(r"[^\s:«»\"“”()\[\]؛;،,.؟?!]+|[:«»\"“”()\[\]؛;،,.؟?!]")
_COMPLEMENTS = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم"})
# A colon or an opening mark: the content, or a name in marks within the description, starts there.
_COLON_OR_OPENING = frozenset({":", "«", '"', "“"})
# Most words of a name in marks within a description («مصادر «عكاظ»»); a longer stretch in marks is
# a quotation, as for quotes._MARKED_BODY_WORDS (3, not tuned).
_MARKED_NAME_WORDS = 3
_MARKS = re.compile(r"[«»\"“”]")
_CLOSING_MARKS = frozenset({"»", '"', "”"})
# The signs a share is written with after its figure («53 % من الشركات»): part of the description.
_PERCENT_SIGNS = frozenset({"%", "٪"})
_TIME_AFTER_FI = frozenset({"وقت", "ساعه", "ساعات", "اثناء", "حينه"})
# «إلى» opens no qualifier of a source: after the description it is the verb's own («أشار عميل في
# المكتب إلى فلان على أنه …»), so the description ends before it.
_TO = frozenset(word_key(w) for w in ("إلى", "الى"))
# Most characters from the cue's end to the content for a description to be looked for between them
# (MAX_WORDS words and their marks fit well within it; set in round 54, not tuned).
_MAX_CUE_TO_CONTENT = 200


@cache
def source_heads() -> frozenset[str]:
    """Indefinite nouns that open an unnamed source: ``unnamed_sources`` and
    ``indefinite_source_heads`` (titles of office are left out: «رئيس حزب …» is a definite title; so
    are the ``suffixed_quantifier_speakers``, «أحدهم», which speak alone, with no description)."""
    alone = {word_key(w) for w in load_lexicon("suffixed_quantifier_speakers")}
    return (
        frozenset(
            word_key(w) for w in load_lexicon("unnamed_sources") + load_lexicon("indefinite_source_heads")
        )
        - alone
    )


@cache
def _title_heads() -> frozenset[str]:
    """Keys of the ``indefinite_title_heads`` (قائد، مدير): a head only before an adjective."""
    return frozenset(word_key(w) for w in load_lexicon("indefinite_title_heads"))


@cache
def _rank_words() -> frozenset[str]:
    """Keys of the ``official_rank_words`` (كبير، بارز، رفيع): adjectives of an unnamed official."""
    return frozenset(word_key(w) for w in load_lexicon("official_rank_words"))


@cache
def _qualified_heads() -> frozenset[str]:
    """Keys of the ``qualified_source_heads`` (استشاري، متعامل، عضو): a head only before a
    prepositional qualifier; in construct they are titles before a name."""
    return frozenset(word_key(w) for w in load_lexicon("qualified_source_heads"))


def _opens_qualifier(key: str) -> bool:
    """Whether a word opens a prepositional qualifier: a preposition a description holds («في»،
    «من») or a noun with a joined بـ or a joined لـ and article («بالسوق»، «باسم»، «للرحلات»; a
    bare لـ noun, «لجنة», is a construct title's next word)."""
    return key in _INNER_PREPOSITIONS or (len(key) > 3 and key.startswith(("ب", "لل")))


def _adjective_key(key: str) -> bool:
    """Whether an indefinite word is an official's adjective: a rank word or a nisba (يمني، أمني)."""
    if " " in key or key.startswith("ال"):
        return False
    return key in _rank_words() or (key.endswith("ي") and len(key) >= 4)


def _head_at(words: list[tuple[int, int, str]]) -> bool:
    """Whether the first word opens an indefinite description: a source head, or a title of office
    with an adjective right after it («قائد بارز»، «مدير كبير») or an indefinite noun and its nisba
    («قائد قوات محلية»)."""
    first = word_key(words[0][2])
    if first in source_heads():
        return True
    if first in _person_heads() and not _before_not_imam(first, words[0][2]):
        # (before a definite word it is a title in construct, «رجل الأعمال فلان»، «إمام المسجد»)
        return len(words) == 1 or not word_key(words[1][2]).startswith("ال")
    if _counted(words):
        return True
    if first in _qualified_heads():
        return len(words) > 1 and _opens_qualifier(word_key(words[1][2]))
    if first not in _title_heads() or len(words) < 2:
        return False
    second = word_key(words[1][2])
    if _adjective_key(second):
        return True
    if len(words) < 3 or not second.isalpha() or second.startswith("ال") or second in _ANY_PREPOSITION:
        return False
    # «قائد قوات محلية»: an indefinite noun in construct with the title, then its nisba
    third = word_key(words[2][2])
    return _adjective_key(third[:-1] if third.endswith("يه") else third)


@cache
def _person_heads() -> frozenset[str]:
    """Keys of the ``described_person_nouns`` (رجل، شاب، امرأة) and ``person_description_heads``
    (إمام، خطيب، عنصر، صاحب، سائق): one unnamed person described by what follows (round 87)."""
    words = load_lexicon("described_person_nouns") + load_lexicon("person_description_heads")
    return frozenset(word_key(w) for w in words)


_IMAM = word_key("إمام")


def _before_not_imam(key: str, written: str) -> bool:
    """Whether a word the keys read as «إمام» is written otherwise, the adverb «أمام» (before), «in
    front of whom it was said» («وقال أمام لجنة …»): normalisation drops the hamza telling them apart."""
    return key == _IMAM and not _bare(written).startswith("إ")


def _counted(words: list[tuple[int, int, str]]) -> bool:
    """Whether the words open on a count of people («12 نائبا»، «تسعة فقط»، «14 على الأقل من …»;
    :func:`rasid.extract.quotes.counted_people`), a percent sign after a figure left out."""
    keys = [word_key(w[2]) for w in words if w[2] not in _PERCENT_SIGNS]
    return counted_people(keys)


# Prepositions a description may hold («مصدر في الوزارة»، «مسؤول دولي على دراية بالأمر»); the
# other adjuncts of the speaker phrase end it. Right before the complement one of them is the
# verb's own («أشار … إلى أن»، «كشف … عن أن»، «حذر … من أن») and is left out too.
_INNER_PREPOSITIONS = frozenset(word_key(w) for w in ("في", "من", "على", "عن", "لدى", "بين"))
_VERB_PREPOSITIONS = frozenset(word_key(w) for w in ("إلى", "على", "عن", "من", "ب"))
_ANY_PREPOSITION = _INNER_PREPOSITIONS | _VERB_PREPOSITIONS
# Prepositions that open the qualifier of a definite group or unnamed word right after the verb
# («المشرفون على الأندية»، «المدافعون عن الخطوة»، «الباحثون من المعهد»); «في» is left out: after
# a definite word it says where or in what the words were said («المتظاهرون في هتافاتهم»), which
# lost right speakers in the round 77 count on the read, check and analysed errors.
_QUALIFYING_PREPOSITIONS = frozenset(word_key(w) for w in ("من", "عن", "على"))


@cache
def _object_verbs() -> tuple[str, ...]:
    """Keys of the ``object_before_complement_verbs``: cue verbs whose object comes between the
    subject and the complement («أبلغ مسؤول وكالة … بأن»), matched as the cue's first letters after
    و/ف, so the words after such a verb are no description."""
    return tuple(word_key(w) for w in load_lexicon("object_before_complement_verbs"))


@cache
def _subject_first_verbs() -> tuple[str, ...]:
    """Keys of the ``subject_first_object_verbs`` (اعتبر): object verbs whose subject often stands
    right before «أن» with no object between («واعتبر باحث في المناخ أن …»)."""
    return tuple(word_key(w) for w in load_lexicon("subject_first_object_verbs"))


# The bare complements that close a subject-only clause of اعتبر («اعتبر خبير أن …»); «بأن» follows
# an object («اعتبر مسؤول القرار بأنه …») and is left out.
_BARE_COMPLEMENTS = frozenset({"ان", "انه", "انها", "انهم"})


def _subject_only_before_complement(text: str, start: int, end: int) -> bool:
    """Whether the words between an object verb ending at ``start`` and its content at ``end`` are
    an indefinite source alone, closed by a bare «أن», with no object between: the description's
    second word has no article («اعتبر مختص في الطاقة أن» is; «اعتبر مسؤول القرار خطوة» is not)."""
    span = _description(text, start, end)
    if span is None:
        return False
    after = _WORD.search(text, span[1])
    if after is None or word_key(after.group()) not in _BARE_COMPLEMENTS:
        return False
    words = _WORD.findall(text, span[0], span[1])
    return len(words) < 2 or not word_key(words[1]).startswith("ال")


@cache
def _statement_nouns() -> frozenset[str]:
    """Keys of the ``statement_occasion_nouns``: «في تصريح»، «في بيان» says where it was said, not
    who said it, so the description ends before في."""
    return frozenset(word_key(w) for w in load_lexicon("statement_occasion_nouns"))


@cache
def _stops() -> frozenset[str]:
    """Words that end a description: the speaker phrase's adjuncts (``quote_adjuncts``, the
    reporting adverbs: أمس، الخميس، خلال، لوكالة، أيضا) but the prepositions a description holds,
    and ``description_stops`` (the source's wish to stay unnamed: طلب عدم الكشف)."""
    single = {w for w in adjunct_words() if " " not in w} - _INNER_PREPOSITIONS
    return frozenset(single) | frozenset(word_key(w) for w in load_lexicon("description_stops"))


def _bare(key: str) -> str:
    """``key`` without a leading و/ف conjunction. Unlike quotes._strip_conjunction (more than two
    letters) only a key of more than three letters loses it, so «وعد» stays the verb وعد."""
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key


def _description(
    text: str, start: int, end: int, definite_head: bool = False
) -> tuple[int, int, bool] | None:
    """The description between a reporting verb ending at ``start`` and its content at ``end``, if the
    words there are an indefinite source (or, with ``definite_head``, the rules' definite group word
    and its prepositional qualifier) closed by a complement, colon or mark, and whether a word (a
    time, an occasion, an addressee) rather than punctuation closed it."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    if not words or len(words) > MAX_WORDS + 6:
        return None
    heads = source_heads()
    if definite_head:
        if len(words) < 3 or word_key(words[1][2]) not in _QUALIFYING_PREPOSITIONS:
            return None
    elif not _head_at(words):
        return None
    stop, by_word, k = len(words), False, 1
    while k < len(words):
        word = words[k][2]
        key = word_key(word)
        after = word_key(words[k + 1][2]) if k + 1 < len(words) else ""
        if _bare(key) in heads and key != _bare(key):
            return None  # «مسؤولون وشهود»: two sources, each its own record
        if word in _COLON_OR_OPENING:
            close = next((j for j in range(k + 1, len(words)) if words[j][2] in _CLOSING_MARKS), None)
            inner = {word_key(w[2]) for w in words[k + 1 : close]} if close is not None else set()
            if (
                word != ":"
                and close is not None
                and k + 1 < close <= k + 1 + _MARKED_NAME_WORDS
                and not inner & _stops()
            ):
                k = close + 1  # «مصادر «عكاظ»»، «فريق (8 آذار)»: a name in marks within the phrase
                continue
            stop = k
            break
        lexical = (
            key in RELATIVES
            or key in _stops()
            or word.startswith("لـ")
            or key.startswith('ل"')
            or (key == "في" and (after in _TIME_AFTER_FI or after in _statement_nouns()))
            or key in _TO
        )
        if k == 1 and word in _PERCENT_SIGNS and words[0][2][:1].isdigit():
            k += 1  # «53 % من الشركات»: the share's sign, not the end of the description
            continue
        if lexical or _complement(key) or key[:1].isdigit() or not re.match(r"\w", word):
            stop, by_word = k, lexical
            break
        k += 1
    if stop == len(words) or stop > MAX_WORDS:
        return None
    if (
        stop > 1
        and word_key(words[stop - 1][2]) in _VERB_PREPOSITIONS
        and _complement(word_key(words[stop][2]))
    ):
        stop -= 1  # «أشار باحثون إلى أن»: the verb's preposition
    if word_key(words[stop - 1][2]) in _ANY_PREPOSITION:
        return None  # «مصدر في «…»»: a preposition left without its noun, no whole description
    return words[0][0], words[stop - 1][1], by_word


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` as (start, end, word)."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


def _complement(key: str) -> bool:
    """Whether ``key`` is a complement that closes a description, alone or with a joined و/ف
    («بحسب متعاملين في السوق فإن …»)."""
    return key in _COMPLEMENTS or (key[:1] in ("و", "ف") and key[1:] in _COMPLEMENTS)


def _closed_by_complement(text: str, end: int) -> bool:
    """Whether the first word after a description ending at ``end`` is a complement: after a
    nominal attribution («وبحسب متعاملين في السوق فإن …») only that shows where the source ends."""
    found = _WORD.search(text, end)
    return found is not None and _complement(word_key(found.group()))


def _keys(phrase: str) -> set[str]:
    """The word keys of ``phrase``, marks and punctuation dropped."""
    return {word_key(w) for w in re.findall(r"\w+", phrase)}


def _one_last_word(tail: str) -> bool:
    """Whether ``tail``, the words of a description after the rules' unnamed source, is one word that
    ends the description's noun phrase: letters only, not «لـ…» (to whom it spoke: «للأناضول»), not
    «بـ…» (the rules' own stop, «بالتزامن»), nor a bare «المصدر» (round 75: a longer tail or those
    words lost right speakers on the check half)."""
    words = re.sub(r"[«»\"“”()]", "", tail).split()
    if len(words) != 1:
        return False
    key = word_key(words[0])
    return key.isalpha() and not key.startswith(("ل", "ب")) and key not in (_BARE_SOURCE, _BARE_SOURCES)


def _rules_took_a_piece(quote: Quote, span: tuple[int, int, bool], text: str) -> bool:
    """Whether the quotation has no speaker, or one whose words all lie in ``span`` (the nisba or
    head alone), or one that runs on past a word that ends a description («… في وقت مبكر»)."""
    speaker = quote.speaker
    if speaker is None:
        return True
    mention = speaker.mention
    if mention is None or not span[0] <= mention.start < span[1] or (mention.start, mention.end) == span[:2]:
        return False
    said = _keys(mention.text)
    if not _keys(speaker.name) <= said:
        return False  # (a name the mention does not spell: the rules resolved it elsewhere)
    if mention.end > span[1]:
        return span[2]
    if speaker.type == "unnamed" and mention.start == span[0] and _one_last_word(text[mention.end : span[1]]):
        return True  # «مصدر طبي بنادي [الهلال]»: an unnamed source cut one word short (round 75)
    if mention.start == span[0] and _first_key(mention.text) in _person_heads():
        return True  # «شاب يعمل» of «شاب يعمل في المتجر»: a person head's description cut (round 87)
    # (a longer name the rules chose within the phrase is their reading of where it ends: kept)
    return len(speaker.name.split()) == 1 and _keys(speaker.name) <= _keys(text[span[0] : span[1]])


def _first_key(phrase: str) -> str:
    """The key of the first word of ``phrase`` ("" when it has none)."""
    found = _WORD.search(phrase)
    return word_key(found.group()) if found else ""


@cache
def _contact_verbs() -> frozenset[str]:
    """Keys of the ``source_contact_verbs`` (تحدثت، استطلعت، اتصلت، كانوا): a clause saying how the
    paper reached the source, not part of who it is."""
    return frozenset(word_key(w) for w in load_lexicon("source_contact_verbs"))


def _without_contact_clause(speaker: Speaker) -> Speaker:
    """An unnamed source or group whose phrase ran on into a clause of how the paper reached it
    («قيادات حزبية تحدثت»، «خبراء مصريون استطلعت») cut before the clause's verb; any other as it is."""
    words = speaker.name.split()
    for k, word in enumerate(words[1:], 1):
        key = word_key(word)
        if key in RELATIVES:
            return speaker  # («الذين كانوا على متن الطائرة»: a relative clause the gold keeps)
        if key in _contact_verbs():
            mention = speaker.mention
            if mention is not None:
                at = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", mention.text)
                if at is None:
                    return speaker
                cut = mention.start + len(mention.text[: at.start()].rstrip())
                mention = Span(mention.start, cut, mention.text[: cut - mention.start])
            return replace(speaker, name=" ".join(words[:k]), mention=mention)
    return speaker


# The second word of the ordinals 11–19 («الحادية عشرة»).
_ORDINAL_TENS = frozenset(word_key(w) for w in ("عشر", "عشرة"))
# Particles and prepositions that may follow a definite word inside a source's phrase («… في …»);
# «ممن» too, «of those who», after a share of people («30 في المائة ممن شملهم المسح», round 87).
_PHRASE_LINKS = frozenset(
    word_key(w) for w in ("في", "من", "على", "عن", "لدى", "بين", "و", "مع", "إلى", "ممن")
)


def _without_object_noun(speaker: Speaker, covered: list[tuple[int, int]]) -> Speaker:
    """An unnamed source or group whose phrase ran on from a definite word into a bare indefinite
    noun («بعض المواطنين جزم …»، «بعض المدونات كيفية …»): no adjective of it (an adjective agrees
    in definiteness), the verb's object; cut before it. Words an entity covers, words with a joined
    preposition or conjunction, figures and particles stay (a place's name, «بعدن»)."""
    mention = speaker.mention
    if mention is None or " ".join(_MARKS.sub("", mention.text).split()) != speaker.name:
        return speaker  # (a name resolved elsewhere: its mention is no description to cut)
    found = [(m.start(), m.group()) for m in re.finditer(r"[^\s«»\"“”()،,:]+", mention.text)]
    for n in range(1, len(found)):
        before, word = word_key(found[n - 1][1]), word_key(found[n][1])
        if word in RELATIVES or "(" in mention.text:
            return speaker  # (a relative clause or a bracket: the rules' reading of the phrase)
        if (
            word in _ORDINAL_TENS
            or not before.startswith("ال")
            or word.startswith(("ال", "و", "ف", "ب", "ل", "ك"))
        ):
            continue
        if word in _PHRASE_LINKS or not word.isalpha() or len(word) < 3:
            continue
        at = mention.start + found[n][0]
        if any(s <= at < e for s, e in covered):
            continue
        kept = mention.text[: found[n][0]].rstrip(" ،,")
        return replace(
            speaker,
            name=" ".join(_MARKS.sub("", kept).split()),
            mention=Span(mention.start, mention.start + len(kept), kept),
        )
    return speaker


def without_contact_clauses(article: Article) -> Article:
    """The article with every unnamed or group speaker cut before a contact clause
    (:func:`_without_contact_clause`) or an object noun (:func:`_without_object_noun`)."""
    quotes = list(article.quotes)
    covered = [(e.start, e.end) for e in article.entities]
    changed = False
    for qi, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or speaker.type not in ("unnamed", "group"):
            continue
        cut = _without_object_noun(_without_contact_clause(speaker), covered)
        if cut is not speaker:
            quotes[qi] = replace(quote, speaker=cut)
            changed = True
    return attach(article, quotes=quotes) if changed else article


@cache
def _ordinal_keys() -> frozenset[str]:
    """Masculine ordinal phrases (الأول، الثالث، الحادي عشر) as keys, from ``number_words.tsv``;
    the date words that count as ordinals there (غرة، مطلع) are left out."""
    rows = load_table("number_words")
    return frozenset(
        word_key(row[0]) for row in rows if len(row) > 2 and row[2] == "ordinal" and row[0].startswith("ال")
    )


# The enumerating words and their marks between a cue and its content: «وقالت الثانية:»، «وقال ثالث:»
_ENUMERATED = re.compile(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[:«\"“]\s*[«\"“]?\s*")


def _ordinal_speaker(text: str, cue_end: int, start: int) -> Span | None:
    """The ordinal that stands alone between a cue and its content, closed by a colon or an opening
    mark («وقالت الثانية: …»، «وقال ثالث: "…"»): the n-th of the people the article is going through,
    the speaker as written (an unnamed one); None when anything else stands there. An ordinal with
    no colon or mark after it is an adverb or a back-reference («وأكد ثانية»، «وأكد الأول أن»)."""
    found = _ENUMERATED.fullmatch(text, cue_end, start)
    if found is None:
        return None
    words = found.group(1).split()
    keys = [word_key(w) for w in words]
    masculine = []
    for n, key in enumerate(keys):
        key = key[:-1] if key.endswith("ه") else key  # (الثانية عشرة -> الثاني عشر)
        if n == 0 and not key.startswith("ال"):
            key = "ال" + key  # (ثالث: an indefinite ordinal)
        masculine.append("الاول" if key in ("الاولي", "الاولى") else key)
    if " ".join(masculine) not in _ordinal_keys():
        return None
    return Span.of(text, found.start(1), found.end(1))


_BARE_SOURCE = word_key("المصدر")
_BARE_SOURCES = word_key("المصادر")
_SOURCE = word_key("مصدر")
_SOURCES = word_key("مصادر")


def _source_named_back(quotes: list[Quote], qi: int) -> Speaker | None:
    """The unnamed source a bare «المصدر»/«المصادر» speaker goes on with (docs/quotes-annotation.md
    §10.7): the latest quoted «مصدر …» (for «المصدر»; failing one, the latest «مصادر …») or «مصادر …»
    (for «المصادر»), as first written; None when no earlier quotation has one."""
    speaker = quotes[qi].speaker
    if speaker is None or word_key(speaker.name) not in (_BARE_SOURCE, _BARE_SOURCES):
        return None
    plural = word_key(speaker.name) == _BARE_SOURCES
    earlier = [q.speaker for q in quotes[:qi] if q.speaker is not None and q.speaker.type == "unnamed"]
    heads = (_SOURCES,) if plural else (_SOURCE, _SOURCES)
    for head in heads:
        found = next(
            (s for s in reversed(earlier) if " " in s.name and word_key(s.name.split()[0]) == head), None
        )
        if found is not None:
            return replace(found, mention=speaker.mention)
    return None


def _named_before(quote: Quote, span: tuple[int, int, bool], text: str) -> bool:
    """Whether the rules gave an indefinite description («وقال قائد قوات محلية …») to a person the
    article had already named before it: an indefinite noun brings in someone new (the gold resolves
    a role only to a name given later, §8), so the description is the speaker."""
    speaker = quote.speaker
    if speaker is None or speaker.type != "person" or " " not in speaker.name:
        return False
    mention = speaker.mention
    if mention is not None and mention.start >= span[0] - 1:
        return False  # (his name at or after the verb: the rules read it there)
    return speaker.name in text[: quote.cue.start]


# Relative pronouns of a plural or dual group («التجار الذين …»، «أحد القياديين اللذين …»): a clause
# after the group's own noun says who the group are; a singular one (الذي، التي) mostly describes
# the last noun of a qualifier («… في الحزب الذي …») and is left out.
_GROUP_RELATIVES = frozenset(word_key(w) for w in ("الذين", "اللذين", "اللذان"))
# «one of» before a definite plural: the speaker is one of a group («أحد التجار الذين …»).
_ONE_OF = frozenset(word_key(w) for w in ("أحد", "إحدى"))
# Most words of such a clause (the longest seen in the read and analysed errors has 7; not tuned).
_MAX_CLAUSE_WORDS = 8


def _with_group_clause(speaker: Speaker, cue_end: int, start: int, text: str) -> Speaker:
    """An unnamed or group speaker written right after its cue and followed by a plural relative
    clause that runs straight to the complement («وقال التجار الذين يتعاملون في البناء إن»), with
    the clause; any other as it is. A clause of how the paper reached them, of when or to whom
    they spoke, or one with a second relative is left out."""
    mention = speaker.mention
    if mention is None or mention.start < cue_end or text[cue_end : mention.start].strip():
        return speaker  # (only a subject written right after its cue)
    if speaker.type not in ("unnamed", "group") and word_key(speaker.name.split()[0]) not in _ONE_OF:
        return speaker  # («أحد المسؤولين»، which the rules may type as a person, is one of a group)
    if " ".join(_MARKS.sub(" ", mention.text).split()) != speaker.name:
        return speaker
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, mention.end, start)]
    if len(words) < 3 or word_key(words[0][2]) not in _GROUP_RELATIVES:
        return speaker
    for k, (_s, _e, word) in enumerate(words[1:], 1):
        key = word_key(word)
        if key in RELATIVES and k > 2:
            break  # («… اللذين شاركا في اللقاء الذي جرى …»: the second clause is the meeting's)
        if _bare(key) in _COMPLEMENTS or key in _COMPLEMENTS or word in _COLON_OR_OPENING:
            break
        if (
            key in RELATIVES
            or key in _stops()
            or key in _contact_verbs()
            or word.startswith("لـ")
            or key.startswith('ل"')
            or not re.match(r"\w", word)
            or k > _MAX_CLAUSE_WORDS
        ):
            return speaker
    else:
        return speaker
    if k < 3:
        return speaker
    end = words[k - 1][1]
    phrase = Span.of(text, mention.start, end)
    kind = speaker.type if speaker.type in ("unnamed", "group") else "unnamed"
    name = " ".join(_MARKS.sub("", phrase.text).split())
    return replace(speaker, name=name, type=kind, mention=phrase, entity_id=None)


def _keeps_its_group(speaker: Speaker | None) -> bool:
    """Whether the rules gave a share's quotation a group of more than a quantifier («الديمقراطيين»،
    «المشاركين في الاستطلاع»: the people the share is of), which stays."""
    if speaker is None or speaker.type != "group":
        return False
    return word_key(speaker.name) not in _lone_quantifiers()


@cache
def _lone_quantifiers() -> frozenset[str]:
    """Keys of ``lone_quantifier_speakers`` («أكثر»، «معظم»): no group's name when alone."""
    return frozenset(word_key(w) for w in load_lexicon("lone_quantifier_speakers"))


def _definite_group_word(quote: Quote, text: str) -> bool:
    """Whether the rules' speaker is one definite word typed group or unnamed written right after the
    cue («وأكد المشرفون على …»): the head of a definite description whose qualifier may follow."""
    speaker, cue = quote.speaker, quote.cue
    if speaker is None or speaker.type not in ("unnamed", "group") or speaker.mention is None:
        return False
    mention = speaker.mention
    return (
        " " not in speaker.name
        and mention.text == speaker.name
        and speaker.name.startswith("ال")
        and mention.start >= cue.end
        and not text[cue.end : mention.start].strip()
    )


@cache
def _preposition_pronouns() -> frozenset[str]:
    """Keys of ``preposition_pronouns`` («منه»، «عنها»): after a source, a pronoun the rules
    resolve into its name, so the description goes on there."""
    return frozenset(word_key(w) for w in load_lexicon("preposition_pronouns"))


def _as_written(speaker: Speaker, text: str) -> Speaker:
    """An unnamed or group speaker whose mention is an indefinite source head and qualifiers written
    in full at the cue («وقالت مصادر محلية إن»), which the rules completed from an earlier, fuller
    source («مصادر محلية في …»), named as written: a new indefinite source is a speaker of its own
    (docs/quotes-annotation.md §8, §10.7). Any other speaker as it is."""
    mention = speaker.mention
    if mention is None or speaker.type not in ("unnamed", "group"):
        return speaker
    written = " ".join(_MARKS.sub(" ", mention.text).split())
    if not written or not speaker.name.startswith(written + " "):
        return speaker
    if mention.start and text[mention.start - 1].isalpha():
        return speaker  # («للمصادر»: a definite back-reference inside a longer word)
    if word_key(written.split()[0]) not in source_heads():
        return speaker  # (a definite or titled mention: a back-reference the rules resolved)
    if not _description_ends(text, mention.end):
        return speaker  # (words of the description follow: the mention was cut, not completed)
    return replace(speaker, name=written)


def _description_ends(text: str, at: int) -> bool:
    """Whether a source's description ends at ``at``: what follows is no qualifier going on with it —
    not a preposition, alone or with a pronoun the rules may have resolved («منه»), not a nisba or
    rank adjective, not «بـ/لـ» + a definite noun («بالوزارة») and not a second word joined by و."""
    found = _WORD.search(text, at)
    if found is None or not re.match(r"\w", found.group()):
        return True
    key = word_key(found.group())
    if key in _COMPLEMENTS or (key[:1] in ("و", "ف") and key[1:] in _COMPLEMENTS):
        return True  # («فإن»، «وأن»)
    return not (
        key in _ANY_PREPOSITION
        or key in _preposition_pronouns()
        or _adjective_key(key)
        or key.startswith(("بال", "لل", "و"))
    )


def _sources_as_written(article: Article) -> Article:
    """The article with every indefinite source completed from an earlier one named as written
    (:func:`_as_written`), and the quotations carried from it (no mention of their own, the same
    completed name, before any other speaker is named) given the same name."""
    quotes = list(article.quotes)
    changed = False
    carried: tuple[str, Speaker] | None = None  # (completed name, the speaker as written)
    for qi, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None:
            continue
        if quote.cue is not None and speaker.mention is not None:
            with_clause = _with_group_clause(speaker, quote.cue.end, quote.start, article.text)
            if with_clause is not speaker:
                carried = (speaker.name, with_clause)
                quotes[qi] = replace(quote, speaker=with_clause)
                changed = True
                continue
        if speaker.mention is None:
            if carried is not None and speaker.name == carried[0]:
                quotes[qi] = replace(quote, speaker=replace(carried[1], mention=None))
                changed = True
            continue
        written = _as_written(speaker, article.text)
        carried = (speaker.name, written) if written is not speaker else None
        if written is not speaker:
            quotes[qi] = replace(quote, speaker=written)
            changed = True
    return attach(article, quotes=quotes) if changed else article


def with_indefinite_descriptions(article: Article) -> Article:
    """The article with each quotation whose verb's subject is an indefinite description, and whose
    speaker the rules took as a piece of it, given the whole description as an unnamed source."""
    text = article.text
    persons = [(e.start, e.end) for e in article.entities if e.label == "PER"]
    quotes = list(article.quotes)
    changed = False
    pieces: dict[str, Speaker] = {}  # the rules' piece -> the whole description that replaced it
    for qi, quote in enumerate(quotes):
        implied = quote.speaker if quote.speaker and quote.speaker.mention is None else None
        if implied is not None and implied.name in pieces:
            # «وأضاف»: a speaker carried from a piece of a description carries the whole description
            quotes[qi] = replace(quote, speaker=replace(pieces[implied.name], mention=None))
            changed = True
            continue
        named_back = _source_named_back(quotes, qi)
        if named_back is not None:
            quotes[qi] = replace(quote, speaker=named_back)
            changed = True
            continue
        cue = quote.cue
        if cue is None or quote.start <= cue.end or quote.start - cue.end > _MAX_CUE_TO_CONTENT:
            continue
        found = share_subject_span(text, cue.end, quote.start)
        if found is not None and not _keeps_its_group(quote.speaker):
            share = Span.of(text, *found)
            quotes[qi] = replace(quote, speaker=Speaker(share.text, "group", None, share))
            changed = True
            continue
        ordinal = _ordinal_speaker(text, cue.end, quote.start)
        if ordinal is not None:
            if quote.speaker is None or quote.speaker.name != ordinal.text:
                quotes[qi] = replace(quote, speaker=Speaker(ordinal.text, "unnamed", None, ordinal))
                changed = True
            continue
        cue_words = cue.text.split()
        verb = _bare(word_key(cue_words[0])) if cue_words else ""
        if verb.startswith(_object_verbs()) and not (
            verb.startswith(_subject_first_verbs())
            and _subject_only_before_complement(text, cue.end, quote.start)
        ):
            continue  # (an object before the complement)
        nominal = verb in nominal_openers()
        if quote.speaker is not None and quote.speaker.type == "organization":
            continue  # «تقرير ديوان المراقبة»: the rules' issuer
        span = _description(text, cue.end, quote.start)
        if span is None and _definite_group_word(quote, text):
            span = _description(text, cue.end, quote.start, definite_head=True)
        if span is None or (nominal and not _closed_by_complement(text, span[1])):
            continue  # (a nominal attribution, بحسب: only a description its «فإن» closes)
        if not _rules_took_a_piece(quote, span, text) and not _named_before(quote, span, text):
            continue
        mention = quote.speaker.mention if quote.speaker else None
        piece = (mention.start, mention.end) if mention and _adjective_key(word_key(mention.text)) else None
        if any(span[0] < s < span[1] and (s, e) != piece for s, e in persons):
            continue  # a name in the phrase: the named person speaks (one at the head is the phrase tagged)
        # (an adjective tagged as a name, «مسؤول كبير»، «باحث يمني», is the rules' piece, no one named)
        kind = (
            quote.speaker.type if quote.speaker and quote.speaker.type in ("unnamed", "group") else "unnamed"
        )
        if _counted(_word_spans(text, span[0], span[1])):
            kind = "group"  # (a count of people, «12 نائبا»: a group, as a share of them is)
        phrase = Span.of(text, span[0], span[1])
        name = " ".join(_MARKS.sub("", phrase.text).split())  # (مصادر «عكاظ» -> مصادر عكاظ)
        quotes[qi] = replace(quote, speaker=Speaker(name, kind, None, phrase))  # type: ignore[arg-type]
        changed = True
        if quote.speaker is not None:
            pieces[quote.speaker.name] = quotes[qi].speaker  # type: ignore[assignment]
    return _sources_as_written(
        without_contact_clauses(attach(article, quotes=quotes) if changed else article)
    )
