"""The leaderboard page in a real browser: headless Chromium (Debian's ``chromium``
and ``chromium-driver``) through selenium, opened from disk (file://)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from tests.leaderboard_data import BENCH, XSS_NAME

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM.exists(),
                                 reason="needs Debian's chromium (apt-get install chromium "
                                        "chromium-driver)")]


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    assert CHROMEDRIVER.exists(), "apt-get install chromium-driver (Debian's chromedriver)"
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--mute-audio",
                f"--user-data-dir={profile}", "--window-size=1280,900"):
        opts.add_argument(arg)
    # an explicit driver path: selenium does not look for (or download) a driver
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_page_in_chromium(browser, board, tmp_path_factory, capsys) -> None:
    index = board.site / "index.html"
    browser.get(index.as_uri())
    assert browser.title == "Secret Sauce leaderboard"

    # the tiny benchmark's table: three ranked rows, names shown as text
    rows = browser.execute_script(
        "return [...document.querySelectorAll(`table.board[data-benchmark='" + BENCH + "'] "
        "tbody tr`)].map(r => [...r.cells].map(c => c.innerText))")
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert [r[1].splitlines()[0] for r in rows] == ["oracle", XSS_NAME + "external data", "naive"]
    heads = browser.execute_script(
        "return [...document.querySelectorAll(`table.board[data-benchmark='" + BENCH + "'] "
        "thead th`)].map(c => c.innerText)")
    cell = {h.split()[0]: v for h, v in zip(heads, rows[0])}
    assert heads[2].startswith("MR-STFT")  # the primary audio metric ranks first
    assert cell["switch"] == "1.000" and cell["knob"] == "0.000"   # the oracle's
    # the names and descriptions did not run as script or inject elements
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.execute_script("return document.scripts.length") == 0
    assert browser.execute_script(
        "return document.querySelectorAll('main img[src=\"x\"], main b, main i').length") == 0

    # every <audio> points to a file that exists; a clip loads and lasts 0.9 s
    srcs = browser.execute_script(
        "return [...document.querySelectorAll('audio')].map(a => a.src)")
    assert len(srcs) == 12
    for s in srcs:
        u = urlparse(s)
        assert u.scheme == "file" and Path(unquote(u.path)).is_file(), s
    duration = browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const a = document.querySelector('audio');
        a.addEventListener('loadedmetadata', () => done(a.duration));
        a.addEventListener('error', () => done(-1));
        a.preload = 'metadata'; a.load();""")
    assert abs(duration - 0.9) < 0.01
    # every spectrogram image decoded
    assert browser.execute_script(
        "return [...document.querySelectorAll('img')].every(i => i.complete && i.naturalWidth > 0)")
    # one chart per entry, the top one open
    assert browser.execute_script(
        f"return document.querySelectorAll('#{BENCH} details svg.chart').length") == 3

    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, min(height + 40, 8000))
    shot = Path(os.environ.get("LEADERBOARD_SCREENSHOT_DIR") or tmp_path_factory.mktemp("shot"))
    shot.mkdir(parents=True, exist_ok=True)
    path = shot / "leaderboard.png"
    assert browser.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
    with capsys.disabled():
        print(f"\nleaderboard screenshot: {path}")
