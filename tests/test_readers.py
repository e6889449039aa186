"""Readers: every input kind, every encoding, every kind of bad input, and SaudiNewsNet as shipped."""

from __future__ import annotations

import io
import itertools
import json
import zipfile
from pathlib import Path

import pytest

from rasid.corpus import readers
from rasid.corpus.readers import (
    arabic_plausibility,
    article_from_record,
    decode_bytes,
    normalize_date,
    normalize_url,
    read_inputs,
    read_path,
    stable_id,
)
from rasid.errors import InputError
from rasid.model import Article

NEWS = (
    "قال وزير الخارجية العماني في مؤتمر صحفي اليوم الخميس إن المحادثات مع الجانب الإيراني "
    "تسير في الاتجاه الصحيح، مؤكدا أن بلاده لن تتخلى عن دور الوسيط الذي اضطلعت به منذ سنوات.\n\n"
    'وأضاف أن "الحوار هو الطريق الوحيد"، مشيرا إلى أن الجولة المقبلة ستعقد في مسقط.'
)
SHORT_NEWS = "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في مدينة الدمام بسعة مئتي سرير."


def articles(items) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def errors(items) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


def only(items) -> Article | InputError:
    items = list(items)
    assert len(items) == 1, items
    return items[0]


# ---------------------------------------------------------------- text files and encodings


def test_txt_file_becomes_one_article_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "oman_talks.txt"
    path.write_text(NEWS, encoding="utf-8")
    article = only(read_path(path))
    assert isinstance(article, Article)
    assert article.id == "oman_talks"
    assert article.raw == NEWS
    assert article.source == str(path)
    assert article.text == ""  # cleaning is a pipeline stage, not the reader's job


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "cp1256", "iso8859_6"],
)
def test_encodings_come_out_as_the_same_arabic(tmp_path: Path, encoding: str) -> None:
    if encoding.endswith("-bom"):
        codec = encoding.removesuffix("-bom")
        bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
        data = bom + NEWS.encode(codec)
    else:
        data = NEWS.encode(encoding)
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    article = only(read_path(path))
    assert isinstance(article, Article), article
    assert article.raw == NEWS


def test_legacy_code_pages_are_told_apart() -> None:
    """cp1256 and ISO-8859-6 both map bytes to Arabic letters; only the right one reads as Arabic."""
    for right, wrong in (("cp1256", "iso8859_6"), ("iso8859_6", "cp1256")):
        data = NEWS.encode(right)
        assert decode_bytes(data) == NEWS
        try:
            misread = data.decode(wrong)
        except UnicodeDecodeError:
            continue
        assert (
            arabic_plausibility(misread) < readers.MIN_ARABIC_PLAUSIBILITY < 0.4 < arabic_plausibility(NEWS)
        )


def test_short_legacy_text_still_decodes() -> None:
    assert decode_bytes(SHORT_NEWS.encode("cp1256")) == SHORT_NEWS
    assert decode_bytes(SHORT_NEWS.encode("iso8859_6")) == SHORT_NEWS


def test_legacy_latin_text_is_decoded_for_the_language_check() -> None:
    french = "Le ministre a déclaré jeudi que les négociations avançaient lentement."
    assert decode_bytes(french.encode("cp1252")) == french


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E102"),
        (b"  \n\t\n", "E102"),
        ("\ufeff".encode(), "E102"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "E103"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "E103"),
        (bytes(range(256)) * 4, "E103"),
        (b"\x01\x02\x03\x04\x05\x06 abc \x07\x08\x0e\x0f" * 20, "E103"),
        (bytes(range(0x80, 0x100)) * 4, "E104"),
    ],
    ids=["empty", "blank", "bom-only", "png", "pdf", "nul-bytes", "controls", "unknown-encoding"],
)
def test_bad_bytes_give_one_coded_error_naming_the_file(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    error = only(read_path(path))
    assert isinstance(error, InputError)
    assert error.code == code
    assert str(path) in str(error)


def test_five_megabyte_article_is_refused_but_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_huge.txt").write_text(NEWS * (5_000_000 // len(NEWS.encode())), encoding="utf-8")
    (tmp_path / "b_fine.txt").write_text(NEWS, encoding="utf-8")
    items = list(read_path(tmp_path))
    assert [type(i).__name__ for i in items] == ["InputError", "Article"]
    assert items[0].code == "E107" and "a_huge.txt" in str(items[0])


def test_unsupported_types_named_explicitly(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>" + NEWS + "</p></body></html>", encoding="utf-8")
    error = only(read_path(page))
    assert error.code == "E109" and "page.html" in str(error)
    plain = tmp_path / "article"  # no suffix: sniffed, read as text
    plain.write_text(NEWS, encoding="utf-8")
    assert only(read_path(plain)).raw == NEWS


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("ا" * 5000, encoding="utf-8")
    assert only(read_path(path, max_chars=1000)).code == "E107"


# ---------------------------------------------------------------- JSON and JSONL


def record(**fields) -> dict:
    return {"title": "عنوان الخبر", "content": NEWS, **fields}


def test_json_array_of_records(tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    recs = [
        record(
            source="okaz", url="http://www.okaz.com.sa/article/1001", date_extracted="2015-07-21 02:51:32"
        ),
        record(source="alriyadh", url="http://www.alriyadh.com/1002", author="الرياض - واس"),
    ]
    path.write_text(json.dumps(recs, ensure_ascii=False, indent=4), encoding="utf-8")
    first, second = read_path(path)
    assert first.media == "okaz" and second.media == "alriyadh"
    assert first.source == f"{path}[0]" and second.source == f"{path}[1]"
    assert first.title == "عنوان الخبر" and first.raw == NEWS
    assert first.metadata == {"date_extracted": "2015-07-21 02:51:32"}
    assert first.published is None  # the crawl time is only an upper bound on publication
    assert second.author == "الرياض - واس"
    assert first.id == stable_id(normalize_url("http://www.okaz.com.sa/article/1001"))


def test_json_single_record_and_wrapper(tmp_path: Path) -> None:
    single = tmp_path / "one.json"
    single.write_text(json.dumps(record(id="A-1"), ensure_ascii=False), encoding="utf-8")
    assert only(read_path(single)).id == "A-1"
    wrapped = tmp_path / "feed.json"
    wrapped.write_text(json.dumps({"articles": [record(id="x"), record(id="y")]}), encoding="utf-8")
    assert [a.id for a in read_path(wrapped)] == ["x", "y"]


def test_jsonl_with_bad_lines_reports_each_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(record(id="ok-1"), ensure_ascii=False),
        '{"id": "broken", "text": "نص بلا نهاية',
        "",
        json.dumps({"id": "no-text", "title": "عنوان فقط"}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "number", "text": 42}),
        json.dumps(record(id="ok-2"), ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_path(path))
    assert [a.id for a in articles(items)] == ["ok-1", "ok-2"]
    assert [(e.code, e.where) for e in errors(items)] == [
        ("E105", f"{path}:2"),
        ("E106", f"{path}:4"),
        ("E110", f"{path}:5"),
        ("E106", f"{path}:6"),
        ("E106", f"{path}:7"),
    ]


def test_json_lines_saved_as_json_are_still_read(tmp_path: Path) -> None:
    path = tmp_path / "mislabelled.json"
    path.write_text("\n".join(json.dumps(record(id=str(i))) for i in range(3)), encoding="utf-8")
    assert [a.id for a in read_path(path)] == ["0", "1", "2"]


def test_malformed_array_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    good = json.dumps([record(id="1"), record(id="2")], ensure_ascii=False)
    path.write_text(good[:-1] + ', {"id": "3", "content": "مقطوع', encoding="utf-8")
    items = list(read_path(path))
    assert [a.id for a in articles(items)] == ["1", "2"]
    assert [(e.code, e.where) for e in errors(items)] == [("E105", f"{path}[2]")]


def test_array_of_non_records(tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    path.write_text('[1, "نص", null, {"text": "' + SHORT_NEWS + '"}]', encoding="utf-8")
    items = list(read_path(path))
    assert [getattr(i, "code", "ok") for i in items] == ["E110", "E110", "E110", "ok"]


def test_array_parser_is_exact_across_chunk_boundaries(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    recs = [record(id=f"r{i}", note={"n": i, "x": [1.5, -2e3]}, title=f"«خبر» رقم {i}") for i in range(40)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(recs, ensure_ascii=False, indent=2), encoding="utf-8")
    monkeypatch.setattr(readers, "CHUNK_BYTES", 97)
    monkeypatch.setattr(readers, "SNIFF_BYTES", 50)
    got = list(read_path(path))
    assert [a.id for a in got] == [r["id"] for r in recs]
    assert [a.title for a in got] == [r["title"] for r in recs]
    assert got[7].metadata == {"note": {"n": 7, "x": [1.5, -2e3]}}


def test_json_array_is_streamed_not_loaded_whole(tmp_path: Path) -> None:
    """The first record comes out after reading a small part of a large array."""
    path = tmp_path / "big.json"
    path.write_text(
        json.dumps([record(id=str(i)) for i in range(3000)], ensure_ascii=False), encoding="utf-8"
    )
    size = path.stat().st_size

    class CountingFile(io.FileIO):
        read_bytes = 0

        def read(self, n: int = -1) -> bytes:
            data = super().read(n)
            CountingFile.read_bytes += len(data)
            return data

    stream = readers._read_json_stream(CountingFile(path), str(path), path.name, False, 10_000)
    first = next(stream)
    assert first.id == "0"
    assert CountingFile.read_bytes < size / 2


def test_invalid_utf8_inside_a_streamed_array_is_reported(tmp_path: Path) -> None:
    good = json.dumps([record(id=str(i)) for i in range(600)], ensure_ascii=False).encode()
    cut = len(good) - 200
    path = tmp_path / "mixed.json"
    path.write_bytes(good[:cut] + b"\xff\xfe" + good[cut:])
    items = list(read_path(path))
    assert len(articles(items)) >= 590
    assert errors(items)[-1].code in {"E104", "E105"}


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1256"])
def test_jsonl_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps(record(id=f"e{i}"), ensure_ascii=False) for i in range(3)]
    path.write_bytes("\r\n".join(lines).encode(encoding))
    got = list(read_path(path))
    assert [a.id for a in got] == ["e0", "e1", "e2"]
    assert all(a.raw == NEWS for a in got)


def test_legacy_encoded_json_file(tmp_path: Path) -> None:
    path = tmp_path / "old_site.json"
    path.write_bytes(json.dumps([record(id="legacy")], ensure_ascii=False).encode("cp1256"))
    article = only(read_path(path))
    assert article.raw == NEWS


# ---------------------------------------------------------------- records: ids, dates, fields


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-07-21", "2015-07-21"),
        ("2015-07-21 02:51:32", "2015-07-21"),
        ("2025-03-06T23:15:00+03:00", "2025-03-06"),
        ("2025/3/6", "2025-03-06"),
        ("06/03/2025", "2025-03-06"),
        ("25/12/2024", "2024-12-25"),
        ("12/25/2024", "2024-12-25"),
        ("٢٠٢٥-٠٣-٠٦", "2025-03-06"),
        ("20250306", "2025-03-06"),
        ("Thu, 06 Mar 2025 09:15:00 +0300", "2025-03-06"),
        (1741252500, "2025-03-06"),
        (1741252500000, "2025-03-06"),
        ("2025-02-30", None),
        ("الخميس الماضي", None),
        ("", None),
        (True, None),
    ],
)
def test_published_dates_normalise_to_iso(value, expected) -> None:
    assert normalize_date(value) == expected


def test_unreadable_published_date_is_kept_with_a_warning() -> None:
    article = article_from_record(record(published="منتصف رمضان"), "f.json[0]", "f.json[0]")
    assert article.published is None
    assert article.metadata["published_raw"] == "منتصف رمضان"
    assert "published date" in article.warnings[0]


def test_date_field_and_published_field() -> None:
    assert article_from_record(record(date="2015-08-01"), "w", "k").published == "2015-08-01"
    assert (
        article_from_record(record(published="2015-08-02", date="2015-08-01"), "w", "k").published
        == "2015-08-02"
    )


@pytest.mark.parametrize(
    "variant",
    [
        "http://www.example.com/news/أخبار-الخليج/",
        "https://example.com/news/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%AE%D9%84%D9%8A%D8%AC",
        "https://EXAMPLE.com/news/أخبار-الخليج?utm_source=twitter&fbclid=abc#comments",
    ],
)
def test_url_variants_give_the_same_id(variant: str) -> None:
    base = article_from_record(record(url="https://example.com/news/أخبار-الخليج"), "w", "k").id
    assert article_from_record(record(url=variant), "w", "k").id == base


def test_different_pages_get_different_ids() -> None:
    ids = {article_from_record(record(url=f"https://example.com/news?id={i}"), "w", "k").id for i in range(5)}
    assert len(ids) == 5


def test_id_precedence_and_stability() -> None:
    assert article_from_record(record(id=7703, url="https://x.org/a"), "w", "k").id == "7703"
    no_url = article_from_record(record(), "folder/day.json[3]", "day.json[3]")
    assert (
        no_url.id
        == stable_id("day.json[3]")
        == article_from_record(record(), "other/day.json[3]", "day.json[3]").id
    )
    assert len(no_url.id) == 16


def test_other_fields_go_to_metadata_and_media_comes_from_source() -> None:
    article = article_from_record(record(source="sabq", tags=["سياسة"], lang="ar", author="  "), "w", "k")
    assert article.media == "sabq"
    assert article.author is None
    assert article.metadata == {"tags": ["سياسة"], "lang": "ar"}


# ---------------------------------------------------------------- folders, zips, stdin


def test_folder_is_read_recursively_in_order_skipping_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps(record(id="c1")) + "\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / ".hidden.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(NEWS, encoding="utf-8")
    assert [a.id for a in read_path(tmp_path)] == ["a", "2", "c1"]


def test_empty_folder_and_missing_path(tmp_path: Path) -> None:
    assert only(read_path(tmp_path)).code == "E102"
    missing = only(read_path(tmp_path / "nope.json"))
    assert missing.code == "E101" and "nope.json" in str(missing)


def test_zip_with_every_kind_of_member(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("deep.txt", SHORT_NEWS.encode("cp1256"))
    path = tmp_path / "corpus.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("2015-07-21.json", json.dumps([record(id=str(i)) for i in range(3)] + [{"title": "x"}]))
        z.writestr("extra/feed.jsonl", json.dumps(record(id="j")) + "\n{oops\n")
        z.writestr("notes/one.txt", NEWS.encode("utf-16"))
        z.writestr("nested.zip", inner.getvalue())
        z.writestr("__MACOSX/._one.txt", b"\x00\x05\x16\x07")
        z.writestr("README.md", "ignored")
    items = list(read_path(path))
    assert [a.id for a in articles(items)] == ["0", "1", "2", "j", "deep", "one"]
    assert [e.where for e in errors(items)] == [f"{path}:2015-07-21.json[3]", f"{path}:extra/feed.jsonl:2"]
    deep = articles(items)[4]
    assert deep.raw == SHORT_NEWS and deep.source == f"{path}:nested.zip:deep.txt"


def test_broken_zip(tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    assert only(read_path(path)).code == "E103"


def test_stdin_text_and_json() -> None:
    article = only(read_path("-", stdin=io.BytesIO(NEWS.encode())))
    assert article.raw == NEWS and article.source == "<stdin>"
    assert article.id == stable_id(NEWS)
    feed = "\n".join(json.dumps(record(id=str(i))) for i in range(2)).encode()
    assert [a.id for a in read_path("-", stdin=io.BytesIO(feed))] == ["0", "1"]
    assert [a.id for a in read_path("-", stdin=io.BytesIO(json.dumps([record(id="z")]).encode()))] == ["z"]


def test_read_inputs_chains_paths(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(NEWS, encoding="utf-8")
    items = list(read_inputs([tmp_path / "x.txt", tmp_path / "missing.txt", tmp_path / "x.txt"]))
    assert [i.code if isinstance(i, InputError) else i.id for i in items] == ["x", "E101", "x"]


def test_examples_folder_reads_cleanly() -> None:
    examples = Path(__file__).resolve().parents[1] / "examples"
    items = list(read_path(examples))
    assert not errors(items)
    assert len(items) >= 8
    by_id = {a.id: a for a in items}
    assert by_id["rasid-example-0701"].published == "2025-03-06"
    assert by_id["7703"].published == "2025-03-05"


# ---------------------------------------------------------------- SaudiNewsNet as shipped


@pytest.mark.slow
def test_saudinewsnet_zip_reads_as_is(saudinewsnet_dir: Path) -> None:
    path = saudinewsnet_dir / "2015-07-23.zip"
    items = list(read_path(path))
    good = articles(items)
    assert len(items) > 1000
    assert all(e.code == "E106" for e in errors(items))  # the corpus has some empty contents
    assert len(errors(items)) < 0.05 * len(items)
    media = {a.media for a in good}
    assert media <= {
        "aawsat", "aleqtisadiya", "aljazirah", "almadina", "alriyadh", "alwatan", "alweeam", "alyaum",
        "arreyadi", "arreyadiyah", "okaz", "sabq", "was", "3alyoum",
    }  # fmt: skip
    assert len(media) > 5
    first = good[0]
    assert first.source.startswith(f"{path}:2015-07-23.json[")
    assert first.metadata["date_extracted"].startswith("2015-07-2")
    assert first.url and first.id == stable_id(normalize_url(first.url))
    assert any("\u0627" in a.raw for a in itertools.islice(good, 10))


def test_titles_and_authors_lose_scraped_html_entities(tmp_path) -> None:
    path = tmp_path / "records.jsonl"
    record = {
        "title": "وزير الطاقة: &quot;الأسعار ستستقر&quot; &amp; الطلب ينمو",
        "author": " سارة&nbsp;العلي ",
        "content": "قال وزير الطاقة إن الأسعار ستستقر خلال الربع المقبل.",
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = list(read_inputs([str(path)]))
    assert article.title == 'وزير الطاقة: "الأسعار ستستقر" & الطلب ينمو'
    assert article.author == "سارة العلي"


def test_a_folder_never_yields_the_file_standard_output_is_written_to(tmp_path, monkeypatch) -> None:
    """`rasid extract news/ > news/out.jsonl` must not read its own growing output back as input."""
    from rasid.corpus import readers

    (tmp_path / "a.txt").write_text("قال المتحدث باسم الوزارة إن الاجتماع انعقد في الرياض.", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    output.write_text('{"id": "x", "text": "نص مقروء من ملف الإخراج"}\n', encoding="utf-8")
    info = output.stat()
    monkeypatch.setattr(readers, "_stdout_identity", lambda: (info.st_dev, info.st_ino))
    ids = [item.id for item in readers.read_inputs([tmp_path]) if isinstance(item, Article)]
    assert len(ids) == 1 and "x" not in ids
