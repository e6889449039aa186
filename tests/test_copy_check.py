"""benchmarks/copy_check.py: the six-word windows it looks up (the corpus lookup itself runs in the
benchmark, not here). Sentences written for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "copy_check.py"


def load():
    spec = importlib.util.spec_from_file_location("copy_check", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_seven_word_arabic_run_gives_two_normalised_windows():
    from rasid.text.normalize import normalize

    windows = load().windows('text = "وقالت الهيئة إن الأمطار الغزيرة أغلقت الطرق"  # English stays out')
    expected = ["وقالت الهيئة إن الأمطار الغزيرة أغلقت", "الهيئة إن الأمطار الغزيرة أغلقت الطرق"]
    assert sorted(windows) == sorted(normalize(w) for w in expected)


def test_a_short_run_gives_no_window():
    assert load().windows("«وقال الوزير إن»") == {}


def test_whole_files_are_read_when_named(tmp_path):
    path = tmp_path / "sample.py"
    path.write_text('x = "أعلنت البلدية افتتاح الحديقة الجديدة في الحي الشمالي"\n', encoding="utf-8")
    module = load()
    assert len(module.windows(module.added_text(None, [str(path)]))) == 3
