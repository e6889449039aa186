"""The web UI and JSON API, in process, against a real store built from the reference sample, a
syndicated copy of it, a hostile article and a few SaudiNewsNet articles (tests/web_store.py)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import SAMPLE_ID
from rasid.errors import RasidError
from web_store import HOSTILE_ID, build_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
starlette_testclient = pytest.importorskip("starlette.testclient")


@pytest.fixture(scope="module")
def store_path(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "rasid.db", saudinewsnet=6)


@pytest.fixture(scope="module")
def client(store_path: Path):
    from rasid.web.app import create_app

    return starlette_testclient.TestClient(create_app(store_path), raise_server_exceptions=False)


def get_json(client, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    if status == 200:
        assert body["ok"] is True and isinstance(body["rows"], list) and "next" in body
    else:
        assert body == {"ok": False, "error": body["error"], "code": body["code"], "status": status}
    return body


def sample_json(client) -> dict:
    return get_json(client, f"/articles/{SAMPLE_ID}.json")["rows"][0]


def putin_id(client) -> int:
    doc = sample_json(client)
    ids = {q["speaker"]["name"]: q["speaker_store_id"] for q in doc["quotes"] if q["speaker"]}
    return ids["فلاديمير بوتين"]


# -- pages ---------------------------------------------------------------------------------------


def test_home_page_and_json(client, store_path: Path) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert '<html lang="ar" dir="rtl">' in page.text
    assert "الأكثر تصريحًا هذا الأسبوع" in page.text
    body = get_json(client, "/index.json")
    with sqlite3.connect(store_path) as conn:
        assert body["stats"]["articles"] == conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert {o["media"] for o in body["outlets"]} >= {"الجزيرة نت", "وكالة الأنباء"}
    names = [row["name"] for row in body["rows"]]
    assert "فلاديمير بوتين" in names  # the sample's main speaker, inside the store's latest week
    assert body["stats"]["week_start"] <= "2015-07-23" <= body["stats"]["last_date"]


def test_article_page_highlights_quotes_entities_and_dates(client) -> None:
    page = client.get(f"/articles/{SAMPLE_ID}")
    assert page.status_code == 200
    html = page.text
    doc = sample_json(client)
    assert len(doc["quotes"]) >= 10 and len(doc["entities"]) >= 10
    assert html.count('class="quote quote-') >= len(doc["quotes"])  # each quote highlighted
    assert html.count('class="ent ent-PER"') >= 3
    assert 'class="ent ent-LOC"' in html and 'class="date"' in html and 'class="cue"' in html
    assert "— فلاديمير بوتين</a>" in html  # quote badge names and links the speaker
    assert html.count('class="confidence"') == len(doc["quotes"])  # each speaker's confidence shown
    assert 'href="/entities/' in html and 'href="/quotes/' in html
    assert "copy-of-sample" in html  # its syndicated copy in another outlet
    assert "https://example.org/news/putin" in html  # link to the source
    if doc["events"]:
        assert "من التقى من" in html


def test_article_json_carries_store_ids_and_csv_lists_quotes(client) -> None:
    body = get_json(client, f"/articles/{SAMPLE_ID}.json")
    doc = body["rows"][0]
    assert doc["id"] == SAMPLE_ID and doc["media"] == "الجزيرة نت"
    assert all(isinstance(q["quote_id"], int) for q in doc["quotes"])
    assert any(e["store_entity_id"] for e in doc["entities"])
    assert [c["id"] for c in body["copies"]] == ["copy-of-sample"]
    for q in doc["quotes"]:
        assert doc["text"][q["start"] : q["end"]] == q["text"]
    csv = client.get(f"/articles/{SAMPLE_ID}.csv")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.lstrip("\ufeff").strip().splitlines()
    assert lines[0].startswith("quote_id,speaker,") and ",confidence," in lines[0]
    assert len(lines) == 1 + len(doc["quotes"])


def test_hostile_article_renders_as_text(client) -> None:
    html = client.get(f"/articles/{HOSTILE_ID}").text
    assert "<script" not in html and "<img" not in html and "<i>" not in html and "<b>" not in html
    assert "&lt;" in html and "alert" in html  # shown, escaped
    assert 'href="javascript:' not in html  # a javascript: URL is not made a link
    assert "default-src 'none'" in client.get(f"/articles/{HOSTILE_ID}").headers["content-security-policy"]
    search = client.get("/search?q=" + quote("الحكومة")).text
    assert "<script" not in search
    home = client.get("/").text
    assert "<i>" not in home and "&lt;i&gt;" in home.replace('<bdi dir="ltr">i</bdi>', "i")


def test_search_finds_highlights_and_facets(client) -> None:
    body = get_json(client, "/search.json?q=" + quote("بوتين"))
    ids = [row["id"] for row in body["rows"]]
    assert SAMPLE_ID in ids and "copy-of-sample" in ids and body["total"] == len(ids)
    row = body["rows"][ids.index(SAMPLE_ID)]
    marked = [row["snippet"][s:e] for s, e in row["highlights"]]
    assert marked and all("بوتين" in word for word in marked)
    facets = body["facets"]
    assert {"الجزيرة نت", "وكالة الأنباء"} <= {f["value"] for f in facets["media"]}
    assert "فلاديمير بوتين" in {f["label"] for f in facets["speakers"]}
    page = client.get("/search?q=" + quote("بوتين")).text
    assert '<mark class="hit">' in page and 'href="/help"' in page
    assert get_json(client, "/search.json?q=" + quote("كلمةلاتوجدابدا"))["total"] == 0


def test_search_filters(client) -> None:
    q = "/search.json?q=" + quote("بوتين")
    only = get_json(client, q + "&media=" + quote("وكالة الأنباء"))
    assert [r["id"] for r in only["rows"]] == ["copy-of-sample"]
    in_query = get_json(client, "/search.json?q=" + quote("بوتين media:الجزيرة"))
    assert {r["media"] for r in in_query["rows"]} == {"الجزيرة نت"} or in_query["total"] == 0
    dated = get_json(client, q + "&since=2015-07-24&until=2015-07-24")
    assert [r["id"] for r in dated["rows"]] == ["copy-of-sample"]
    by_speaker = get_json(client, f"/search.json?speaker={putin_id(client)}")
    assert {r["id"] for r in by_speaker["rows"]} == {SAMPLE_ID, "copy-of-sample"}
    everything = get_json(client, "/search.json?limit=100")
    dates = [r["date"] or "" for r in everything["rows"]]
    assert dates == sorted(dates, reverse=True)  # no query: newest first


def test_search_statements(client) -> None:
    body = get_json(client, "/search.json?scope=quotes&q=" + quote("الأمل"))
    assert body["total"] >= 1 and body["query"]["scope"] == "quotes"
    first = body["rows"][0]
    assert first["speaker_name"] == "فلاديمير بوتين" and isinstance(first["quote_id"], int)
    assert [first["snippet"][s:e] for s, e in first["highlights"]] == ["الأمل"] * len(first["highlights"])
    assert first["highlights"]
    speaker = putin_id(client)
    his = get_json(client, f"/search.json?scope=quotes&speaker={speaker}&limit=100")
    assert his["total"] >= 5 and {r["speaker_entity_id"] for r in his["rows"]} == {speaker}
    by_name = get_json(client, "/search.json?scope=quotes&q=" + quote("speaker:بيسكوف"))
    assert by_name["total"] >= 1 and {r["speaker_name"] for r in by_name["rows"]} == {"دميتري بيسكوف"}
    html = client.get("/search?scope=quotes&q=" + quote("الأمل")).text
    assert 'class="on" aria-current="page">التصريحات' in html and "/quotes/" in html
    assert client.get("/search.csv?scope=quotes").text.lstrip("\ufeff").startswith("quote_id,speaker_name")
    assert get_json(client, "/search.json?scope=people", 400)["code"] == "E301"


def test_search_paging_and_csv(client) -> None:
    first = get_json(client, "/search.json?limit=2")
    assert first["next"] and len(first["rows"]) == 2
    second = get_json(client, f"/search.json?limit=2&cursor={first['next']}")
    assert not {r["id"] for r in first["rows"]} & {r["id"] for r in second["rows"]}
    html = client.get("/search?limit=2").text
    assert "الصفحة التالية" in html and f"cursor={first['next']}" in html
    assert "الصفحة الأولى" in client.get(f"/search?limit=2&cursor={first['next']}").text
    csv = client.get("/search.csv?limit=2")
    assert 'rel="next"' in csv.headers["link"]
    assert csv.text.lstrip("\ufeff").splitlines()[0] == "id,title,media,date,n_quotes,url,snippet"


def test_speaker_page(client) -> None:
    speaker = putin_id(client)
    body = get_json(client, f"/speakers/{speaker}.json")
    assert body["speaker"]["canonical"] == "فلاديمير بوتين"
    rows = body["rows"]
    assert len(rows) >= 5 and all(r["kind"] in ("direct", "indirect", "mixed") and r["cue"] for r in rows)
    keys = [(r["first_date"], r["quote_id"]) for r in rows]
    assert keys == sorted(keys, reverse=True)  # newest first
    assert {"الجزيرة نت", "وكالة الأنباء"} <= set(rows[0]["outlets"])
    assert sum(count for _, count in body["timeline"]["series"]) >= len(rows)
    assert "دميتري بيسكوف" in {p["name"] for p in body["alongside"]}
    html = client.get(f"/speakers/{speaker}").text
    assert '<svg class="chart"' in html and "كل ما قاله" in html
    first = get_json(client, f"/speakers/{speaker}.json?limit=2")
    second = get_json(client, f"/speakers/{speaker}.json?limit=2&cursor={first['next']}")
    assert [r["quote_id"] for r in first["rows"] + second["rows"]] == [r["quote_id"] for r in rows[:4]]


def test_entity_page(client) -> None:
    speaker = putin_id(client)
    body = get_json(client, f"/entities/{speaker}.json")
    entity = body["entity"]
    assert entity["label"] == "PER" and entity["canonical"] == "فلاديمير بوتين"
    assert "بوتين" in {a["form"] for a in entity["aliases"]}
    assert "الرئيس الروسي" in {r["form"] for r in entity["roles"]}
    assert {SAMPLE_ID, "copy-of-sample"} <= {r["id"] for r in body["rows"]}
    assert "دميتري بيسكوف" in {c["name"] for c in body["cooccurring"]}
    assert body["timeline"]["granularity"] == "day"
    html = client.get(f"/entities/{speaker}").text
    assert '<svg class="chart"' in html and "الأسماء الأخرى" in html
    assert client.get(f"/entities/{speaker}.csv").text.lstrip("\ufeff").startswith("id,title,media,date")


def test_quote_page_lists_every_outlet(client) -> None:
    doc = sample_json(client)
    first = doc["quotes"][0]
    body = get_json(client, f"/quotes/{first['quote_id']}.json")
    assert body["quote"]["speaker_name"] == "فلاديمير بوتين"
    assert {r["media"] for r in body["rows"]} == {"الجزيرة نت", "وكالة الأنباء"}
    assert {r["article_id"] for r in body["rows"]} == {SAMPLE_ID, "copy-of-sample"}
    html = client.get(f"/quotes/{first['quote_id']}").text
    assert "كل من نقل هذا التصريح" in html and "وكالة الأنباء" in html


def test_help_and_openapi(client) -> None:
    assert "دليل البحث" in client.get("/help").text
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    expected = {"/index.json", "/search.json", "/articles/{id}.json", "/speakers/{entity_id}.json",
                "/entities/{entity_id}.json", "/quotes/{quote_id}.json"}  # fmt: skip
    assert expected <= set(spec["paths"])
    assert client.get("/static/style.css").status_code == 200


# -- errors and bounds ---------------------------------------------------------------------------


def test_errors_share_one_body(client) -> None:
    assert get_json(client, "/articles/no-such-article.json", 404)["code"] == "E302"
    assert get_json(client, "/entities/abc.json", 404)["code"] == "E302"
    assert get_json(client, "/quotes/999999.json", 404)["code"] == "E302"
    assert get_json(client, "/search.json?limit=1000", 400)["code"] == "E301"
    assert get_json(client, "/search.json?since=2015-13-01", 400)["code"] == "E301"
    assert get_json(client, "/search.json?cursor=not-a-cursor", 400)["code"] == "E301"
    assert get_json(client, "/search.json?q=" + quote("-فقط"), 400)["code"] == "E204"
    assert get_json(client, "/search.json?q=" + quote("س" * 600), 400)["code"] == "E301"
    page = client.get("/articles/no-such-article")
    assert page.status_code == 404 and 'dir="rtl"' in page.text and "لم نجد" in page.text
    assert client.get("/no/such/page").status_code == 404


def test_request_bounds(client) -> None:
    assert client.post("/search.json", content=b"x").status_code == 405
    assert client.get("/search.json?q=" + "a" * 5000).status_code == 414
    response = client.request(
        "GET", "/search.json", content=b"{}", headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


def test_store_is_opened_read_only(store_path: Path) -> None:
    from rasid.web.app import create_app

    before = hashlib.sha256(store_path.read_bytes()).hexdigest()
    app = create_app(store_path)
    with pytest.raises(RasidError):
        app.state.web.store.query("DELETE FROM articles")
    client = starlette_testclient.TestClient(app)
    assert client.get("/").status_code == 200
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == before


def test_bad_database_files(tmp_path: Path) -> None:
    from rasid.web.app import create_app

    with pytest.raises(RasidError) as missing:
        create_app(tmp_path / "absent.db")
    assert missing.value.code == "E101"
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(RasidError) as foreign:
        create_app(other)
    assert foreign.value.code == "E201"
    text = tmp_path / "text.db"
    text.write_text("ليست قاعدة بيانات", encoding="utf-8")
    with pytest.raises(RasidError) as garbage:
        create_app(text)
    assert garbage.value.code == "E201"


def test_serve_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rasid.cli import main

    with pytest.raises(SystemExit) as help_exit:
        main(["serve", "--help"])
    assert help_exit.value.code == 0
    assert "--db" in capsys.readouterr().out
    assert main(["serve", "--db", str(tmp_path / "absent.db")]) != 0
    assert "E101" in capsys.readouterr().err
