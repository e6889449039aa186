"""End to end in a real headless Chromium (Debian's ``chromium``, driven by Playwright; no browser is
downloaded): the sample's article page is right-to-left, its quotes and entities are highlighted,
the page loads nothing from elsewhere, and a screenshot is saved to ``benchmarks/out/``."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE_ID
from web_store import build_store

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = REPO / "benchmarks" / "out"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``rasid serve`` over a store of the sample, on a free local port, for this module."""
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does it)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    import uvicorn

    from rasid.web.app import create_app

    db = build_store(tmp_path_factory.mktemp("browser") / "rasid.db", saudinewsnet=0)
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser_page(server: str, tmp_path_factory: pytest.TempPathFactory):
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context.new_page()
        finally:
            context.close()


def test_article_page_in_chromium(server: str, browser_page) -> None:
    page = browser_page
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto(f"{server}/articles/{SAMPLE_ID}")
    assert response is not None and response.status == 200
    page.wait_for_load_state("networkidle")

    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('.doc-text')).direction") == "rtl"
    quotes = page.locator(".doc-text .quote")
    assert quotes.count() >= 10
    assert page.locator(".doc-text .ent").count() >= 10
    assert page.locator(".doc-text .ent-PER").count() >= 3
    # highlights are drawn: tinted backgrounds and visible badges
    tint = "el => getComputedStyle(el).backgroundColor"
    assert quotes.first.evaluate(tint) not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator(".doc-text .ent").first.evaluate(tint) not in ("rgba(0, 0, 0, 0)", "transparent")
    badges = page.locator(".doc-text .quote > .badge").all_inner_texts()
    assert any("فلاديمير بوتين" in badge for badge in badges)
    assert page.locator(".doc-text .ent-PER .badge").first.inner_text() == "شخص"
    # the text column lies to the right of the side panel, as an Arabic reader expects
    text_box = page.locator(".doc").bounding_box()
    side_box = page.locator(".side").bounding_box()
    assert text_box and side_box and text_box["x"] > side_box["x"]
    # everything came from the server itself, and the page raised no errors (CSP included)
    assert all(url.startswith(server) for url in requests), requests
    assert not problems, problems

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / "article_sample.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000


def test_article_page_on_a_phone(server: str, browser_page) -> None:
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{server}/articles/{SAMPLE_ID}")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width}px wide on a 390px screen"
    text_box = page.locator(".doc").bounding_box()
    side_box = page.locator(".side").bounding_box()
    assert text_box and side_box and side_box["y"] > text_box["y"]  # one column, text first
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "article_sample_phone.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_search_and_speaker_pages_in_chromium(server: str, browser_page) -> None:
    page = browser_page
    page.goto(server + "/")
    page.fill(".big-search input[name=q]", "بوتين")
    page.click(".big-search button")
    page.wait_for_url("**/search?q=*")
    assert page.locator(".results li").count() >= 1
    assert page.locator(".snippet mark.hit").count() >= 1
    page.locator(".facets a", has_text="فلاديمير بوتين").first.click()
    assert "speaker=" in page.url
    page.goto(server + f"/articles/{SAMPLE_ID}")
    page.locator(".who-said .meta a", has_text="فلاديمير بوتين").first.click()
    assert "/speakers/" in page.url
    assert page.locator("svg.chart rect.bar").count() >= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "speaker_putin.png"), full_page=True)
