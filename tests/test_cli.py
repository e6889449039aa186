"""`rasid extract`: output contract, files and stdin, bad inputs, exit statuses and options."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasid.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main
from rasid.model import Article

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
BASIC = "--stages=clean,language,segment"
CONTRACT_KEYS = {
    "id", "url", "title", "media", "published", "language", "text", "paragraphs", "sentences",
    "entities", "quotes", "dates", "events", "warnings",
}  # fmt: skip

NEWS = (
    "أكد رئيس الوزراء اللبناني في كلمة أمام مجلس النواب اليوم الثلاثاء أن الحكومة ماضية في خطة "
    'الإصلاح المالي، مشيرا إلى أن المفاوضات مع صندوق النقد الدولي "دخلت مرحلتها الأخيرة".\n\n'
    "وأضاف: «لن نقبل بأي شروط تمس الودائع الصغيرة».\n"
)
ENGLISH = "The prime minister told parliament on Tuesday that the government would press ahead with reform."


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["extract", *args])
    out, err = capsys.readouterr()
    return status, out, err


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_examples_give_one_contract_object_per_article(capsys) -> None:
    status, out, err = run(capsys, str(EXAMPLES))
    assert status == EXIT_OK, err
    records = jsonl(out)
    assert len(records) == 10
    for record in records:
        assert record.keys() >= CONTRACT_KEYS
        assert record["language"] == "ar"
        assert record["sentences"] and record["paragraphs"]
        article = Article.from_dict(record)  # the contract reads back, spans and all
        for s in article.sentences:
            assert article.text[s.start : s.end].strip()
    by_id = {r["id"]: r for r in records}
    scraped = by_id["05_scraped_port_strike"]
    assert scraped["text"].startswith("أعلنت نقابة عمال الموانئ")
    assert "Exit mobile version" not in scraped["text"] and "جميع الحقوق" not in scraped["text"]
    assert by_id["rasid-example-0701"]["media"] == "news.example.org"
    assert by_id["rasid-example-0701"]["published"] == "2025-03-06"
    assert "10 articles ok, 0 failed" in err


def test_output_file_and_json_array_format(capsys, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    status, out, _ = run(
        capsys, str(EXAMPLES / "records.jsonl"), "-o", str(target), "--format", "json", BASIC
    )
    assert status == EXIT_OK and out == ""
    records = json.loads(target.read_text(encoding="utf-8"))
    assert [r["id"] for r in records][:1] == ["rasid-example-0701"] and len(records) == 4
    assert not list(tmp_path.glob(".out.json.*"))  # no temporary file left behind


def test_empty_json_array_output_is_valid(capsys, tmp_path: Path) -> None:
    (tmp_path / "empty.json").write_text("[]", encoding="utf-8")
    status, out, _ = run(capsys, str(tmp_path / "empty.json"), "--format", "json")
    assert status == EXIT_OK and json.loads(out) == []


def test_bad_inputs_are_reported_one_line_each_and_the_run_goes_on(capsys, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "english.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"id": "x", "text": "مقطوع\n{"id": "y"}\n', encoding="utf-8")
    status, out, err = run(capsys, str(tmp_path), BASIC)
    assert status == EXIT_SOME_FAILED
    assert [r["id"] for r in jsonl(out)] == ["good"]
    lines = [line for line in err.splitlines() if line.startswith("rasid: [E")]
    assert len(lines) == 4
    assert any("E102" in line and "empty.txt" in line for line in lines)
    assert any("E108" in line and "english.txt" in line for line in lines)
    assert any("E105" in line and "feed.jsonl:1" in line for line in lines)
    assert any("E106" in line and "feed.jsonl:2" in line for line in lines)
    assert "1 article ok, 4 failed" in err


def test_errors_file_lists_the_failures(capsys, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "english.txt").write_text(ENGLISH, encoding="utf-8")
    log = tmp_path / "failed.jsonl"
    status, out, _ = run(
        capsys, str(tmp_path), BASIC, "--errors", str(log), "-o", str(tmp_path / "out.jsonl")
    )
    assert status == EXIT_SOME_FAILED and out == ""
    assert [r["id"] for r in jsonl((tmp_path / "out.jsonl").read_text(encoding="utf-8"))] == ["good"]
    (entry,) = jsonl(log.read_text(encoding="utf-8"))
    assert entry["code"] == "E108" and entry["where"] == str(tmp_path / "english.txt")
    assert "not Arabic" in entry["message"]


def test_missing_path_is_an_input_failure_not_a_crash(capsys, tmp_path: Path) -> None:
    status, out, err = run(capsys, str(tmp_path / "nowhere.txt"))
    assert status == EXIT_SOME_FAILED and out == ""
    assert "E101" in err and "nowhere.txt" in err


def test_allow_non_arabic(capsys, tmp_path: Path) -> None:
    (tmp_path / "english.txt").write_text(ENGLISH, encoding="utf-8")
    status, out, _ = run(capsys, str(tmp_path / "english.txt"), "--allow-non-arabic", BASIC)
    assert status == EXIT_OK and jsonl(out)[0]["language"] == "en"


def test_stdin(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NEWS.encode("cp1256"))))
    status, out, _ = run(capsys, "-", BASIC)
    record = jsonl(out)[0]
    assert status == EXIT_OK
    assert record["source"] == "<stdin>" and record["text"].startswith("أكد رئيس الوزراء")


@pytest.mark.parametrize(
    "args",
    [
        ["--date", "2025-13-01", "x.txt"],
        ["--date", "yesterday", "x.txt"],
        ["--stages", "clean,bogus", "x.txt"],
        ["--stages", "segment", "x.txt"],  # segment reads text that no earlier stage writes
        ["--workers", "0", "x.txt"],
        ["--format", "xml", "x.txt"],
        ["-", "-"],
        [],
    ],
)
def test_usage_errors_exit_2(capsys, args: list[str]) -> None:
    try:
        status = main(["extract", *args])
    except SystemExit as exc:
        status = exc.code
    assert status == EXIT_USAGE
    assert capsys.readouterr().err


def test_date_and_stages_reach_the_options(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    import rasid.pipeline

    seen = {}
    real = rasid.pipeline.process_many

    def spy(items, options, workers=1):
        seen["options"], seen["workers"] = options, workers
        return real(items, options, workers=1)

    monkeypatch.setattr(rasid.pipeline, "process_many", spy)
    status, out, _ = run(
        capsys, str(EXAMPLES / "01_water_ministers.txt"), "--date", "2025-02-20", "--stages", "clean,language"
    )
    assert status == EXIT_OK
    assert seen["options"].reference_date == "2025-02-20"
    assert seen["options"].stages == ("clean", "language")
    assert jsonl(out)[0]["sentences"] == []  # segmentation was not asked for


def test_boilerplate_is_learned_from_a_collection(capsys, tmp_path: Path) -> None:
    """A line that closes every article of one outlet is removed even though no lexicon lists it."""
    footer = "خدمة أخبار المنطقة على مدار الساعة"
    towns = ["جدة", "الطائف", "أبها", "تبوك", "حائل", "جازان", "نجران", "الباحة"]
    records = [
        {
            "id": f"n{i}",
            "media": "akhbar",
            "text": f"افتتح أمير المنطقة مشروعا للطرق في محافظة {town} بطول {i + 3} كيلومترات.\n{footer}",
        }
        for i, town in enumerate(towns * 4)
    ]
    feed = tmp_path / "akhbar.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    status, out, _ = run(capsys, str(feed), BASIC)
    assert status == EXIT_OK
    assert all(footer not in r["text"] for r in jsonl(out))
    status, out, _ = run(capsys, str(feed), BASIC, "--no-learn-boilerplate")
    assert all(footer in r["text"] for r in jsonl(out))


def test_include_raw_and_tokens(capsys) -> None:
    _, out, _ = run(capsys, str(EXAMPLES / "05_scraped_port_strike.txt"), "--include-raw", "--include-tokens")
    record = jsonl(out)[0]
    assert record["raw"].startswith("|") and record["tokens"]
    assert Article.from_dict(record).raw == record["raw"]


def test_workers_give_the_same_output(capsys) -> None:
    _, one, _ = run(capsys, str(EXAMPLES), BASIC)
    _, two, _ = run(capsys, str(EXAMPLES), BASIC, "--workers", "2")
    assert one == two


def test_console_script_version_and_exit_status(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "rasid", "extract", str(tmp_path / "empty.txt"), "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == EXIT_SOME_FAILED and done.stdout == ""
    assert "E102" in done.stderr and "articles ok" not in done.stderr
    version = subprocess.run([sys.executable, "-m", "rasid", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("rasid ")


def test_progress_bar_and_quiet(capsys) -> None:
    _, _, err = run(capsys, str(EXAMPLES), BASIC, "--progress")
    assert "10/10" in err and "article/s" in err  # total known from the boilerplate pre-pass
    assert "10 articles ok" in err
    _, out, err = run(capsys, str(EXAMPLES), BASIC, "--quiet")
    assert err == "" and len(jsonl(out)) == 10


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_a_bad_word_cache_size_is_a_usage_error_not_a_traceback(value: str) -> None:
    env = {**__import__("os").environ, "RASID_WORD_CACHE_SIZE": value}
    done = subprocess.run(
        [sys.executable, "-c", "from rasid.cli import main; raise SystemExit(main())", "extract", "-"],
        input="قال الوزير إن الاجتماع انتهى.",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == EXIT_USAGE
    assert "E050" in done.stderr and "RASID_WORD_CACHE_SIZE" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_smaller_word_cache_gives_the_same_article() -> None:
    """The cache size trades memory for time only: the extracted article is identical."""
    script = (
        "import json, sys; from rasid.model import Article; from rasid.pipeline import Options, process;"
        "a = process(Article(id='x', raw=sys.stdin.read()), Options());"
        "print(json.dumps(a.to_dict(), ensure_ascii=False, sort_keys=True))"
    )
    text = (
        "قال وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض يوم الأحد إن المحادثات مع الجانب "
        "الأمريكي كانت مثمرة. وأضاف فيصل بن فرحان أن الرياض ستستضيف جولة ثانية الشهر المقبل."
    )
    outputs = []
    for size in ("200000", "3"):
        env = {**__import__("os").environ, "RASID_WORD_CACHE_SIZE": size}
        done = subprocess.run(
            [sys.executable, "-c", script], input=text, capture_output=True, text=True, env=env, check=True
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] and '"entities"' in outputs[0]
