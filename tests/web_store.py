"""A small real store for the web tests and the latency benchmark: the reference sample, a
syndicated copy of it, a hostile article (markup in every field) and a few SaudiNewsNet articles,
run through the whole pipeline and written with the store's own writer."""

from __future__ import annotations

import itertools
from pathlib import Path

from rasid.corpus.readers import read_path
from rasid.errors import RasidError
from rasid.model import Article
from rasid.pipeline import DEFAULT_STAGES, process
from rasid.store.db import Store, prepare

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = SHARED / "samples" / "000_6b6843914a22ef7f.txt"
HOSTILE_ID = "hostile-1"

# Written for these tests: markup in the text, the title and the outlet must all show as text.
HOSTILE = Article(
    id=HOSTILE_ID,
    raw=(
        'قال وزير الإعلام في بيان إن "الحكومة <script>alert(1)</script> لن تسمح بذلك"، وأضاف أن '
        "<b>العمل</b> مستمر في الرياض.\n\n"
        "وذكرت وكالة الأنباء أن الاجتماع عقد يوم الأحد 26 يوليو 2015 بحضور مسؤولين من جدة."
    ),
    title='بيان <img src=x onerror="alert(2)"> الوزارة',
    media="<i>صحيفة التجربة</i>",
    url="javascript:alert(3)",
    published="2015-07-26",
)


def sample_articles(saudinewsnet: int, zip_name: str = "2015-07-21.zip") -> list[Article]:
    """The inputs: sample, its copy in another outlet, the hostile article, and ``saudinewsnet``
    non-empty SaudiNewsNet articles of one day."""
    sample = next(a for a in read_path(SAMPLE) if isinstance(a, Article))
    sample = Article(
        id=sample.id, raw=sample.raw, title="بوتين: المحادثات مع واشنطن تعطي بعض الأمل",
        media="الجزيرة نت", published="2015-07-23", source=sample.source, url="https://example.org/news/putin",
    )  # fmt: skip
    copy = Article(
        id="copy-of-sample", raw=sample.raw, title=sample.title, media="وكالة الأنباء", published="2015-07-24"
    )
    articles = [sample, copy, HOSTILE]
    if saudinewsnet:
        corpus = SHARED / "corpora" / "saudinewsnet" / zip_name
        found = (a for a in read_path(corpus) if isinstance(a, Article) and len(a.raw) > 400)
        articles += list(itertools.islice(found, saudinewsnet))
    return articles


def build_store(path: Path, saudinewsnet: int = 8) -> Path:
    """Process the inputs and write them to a new store at ``path``."""
    stages = ",".join(DEFAULT_STAGES)
    prepared = []
    for article in sample_articles(saudinewsnet):
        try:
            prepared.append(prepare(process(article), stages))
        except RasidError:
            continue
    with Store(path) as store:
        store.write(prepared)
    return path
