"""The HTML report in a real browser: Debian's Chromium, headless, driven by Selenium.

The fused-MoE sample is dumped for gfx1151 and gfx950 with ``--out`` and ``--html``. What the
page must show is taken from the compiler's own output in ``--out``: the source lines of the
FP8 conversions from Triton's TTGIR (``tt.fp_to_fp`` from an f8 type, and its ``loc``), the
hardware FP8 intrinsics from the LLVM IR. Selenium is given Debian's chromedriver explicitly,
so Selenium Manager never downloads a browser or a driver. A screenshot is kept under
``.pytest_cache/artifacts/`` (ignored by git) for a person to look at.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from conftest import REPO, SAMPLES
from isacheck.analysis.attribution import LEVELS
from test_html_report import ttgir_conversion_lines

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = REPO / ".pytest_cache" / "artifacts"
# ColorBrewer YlOrBr, the darkest of the five classes (isacheck.report.html.PALETTE[-1]).
DARKEST = (153, 52, 4)

pytestmark = [
    pytest.mark.compile,
    pytest.mark.skipif(not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)),
                       reason="Debian's chromium and chromium-driver are not installed "
                              "(.ci/run installs them: apt-get install chromium chromium-driver)"),
]
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from isacheck.cli import main

    tmp = tmp_path_factory.mktemp("browser")
    page = tmp / "fused_moe.html"
    code = main(["dump", str(SAMPLES / "kernels" / "fused_moe.py"), "--spec", str(SAMPLES / "kernels" / "fused_moe.toml"),
                 "--target", "gfx1151,gfx950", "--jobs", "2", "--progress", "never", "-q",
                 "--out", str(tmp / "out"), "--html", str(page)])
    assert code == 0
    return page, tmp / "out" / "fused_moe_kernel"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _variant_dir(out: Path) -> Path:
    (variant,) = [p for p in out.iterdir() if p.is_dir()]
    return variant


def hottest_lines_are_the_conversions_and_clicking_shows_their_assembly(report, browser):
    from selenium.webdriver.common.by import By

    page, out = report
    truth = ttgir_conversion_lines((_variant_dir(out) / "gfx1151.ttgir").read_text(), "fused_moe.py")
    assert len(truth) >= 2, "Triton's TTGIR converts both FP8 operands of the dot"
    browser.get(page.as_uri())
    tab = browser.find_element(By.CSS_SELECTOR, '[role=tab][data-target="gfx1151"]')
    tab.click()
    panel = browser.find_element(By.ID, tab.get_attribute("aria-controls"))
    assert panel.is_displayed() and panel.get_attribute("data-fp8") == "emulated"

    rows = panel.find_elements(By.CSS_SELECTOR, 'table.src[data-file="fused_moe.py"] tr.line')
    cost = {int(r.get_attribute("data-line")): int(r.get_attribute("data-emulation")) + int(r.get_attribute("data-spills"))
            for r in rows}
    hottest = sorted(cost, key=cost.get, reverse=True)[:len(truth)]
    assert set(hottest) == truth
    # The costliest is drawn in the darkest shade, with its text marker.
    top = panel.find_element(By.CSS_SELECTOR, f'tr.line[data-line="{hottest[0]}"]')
    assert top.get_attribute("data-level") == str(LEVELS)
    colour = top.find_element(By.CSS_SELECTOR, "td.code").value_of_css_property("background-color")
    assert tuple(int(x) for x in re.findall(r"\d+", colour)[:3]) == DARKEST
    assert top.find_element(By.CSS_SELECTOR, "td.bar").text == "▮" * LEVELS

    # Clicking the other conversion line shows its assembly, with the emulation sites marked.
    other = panel.find_element(By.CSS_SELECTOR, f'tr.line[data-line="{hottest[1]}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", other)
    other.find_element(By.CSS_SELECTOR, "td.code").click()
    block = browser.find_element(By.ID, other.get_attribute("data-asm"))
    assert block.is_displayed()
    assert f"fused_moe.py:{hottest[1]}" in block.text
    marked = block.find_elements(By.CSS_SELECTOR, ".mark-emulation")
    assert marked and all(m.find_element(By.CSS_SELECTOR, ".tag").text == "E" for m in marked)
    asm = (_variant_dir(out) / "gfx1151.amdgcn").read_text().split("\n")
    first = marked[0]
    number = int(first.get_attribute("data-asm-line"))
    # The line shown is that line of the assembly the compiler wrote.
    assert first.get_attribute("textContent").endswith(" ".join(asm[number - 1].split()))
    # Only one line's assembly at a time.
    shown = [b for b in panel.find_elements(By.CSS_SELECTOR, ".asm-block") if b.is_displayed()]
    assert shown == [block]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "html_report_gfx1151.png"))


def gfx950_tab_says_hardware_fp8(report, browser):
    from selenium.webdriver.common.by import By

    page, out = report
    llir = (_variant_dir(out) / "gfx950.llir").read_text()
    assert re.search(r"@llvm\.amdgcn\.(cvt\.\w*fp8|mfma\.scale\.f32\.\w+\.f8f6f4|mfma\.\w*(fp8|f8f6f4))", llir)
    browser.get(page.as_uri())
    tab = browser.find_element(By.CSS_SELECTOR, '[role=tab][data-target="gfx950"]')
    tab.click()
    assert tab.get_attribute("aria-selected") == "true"
    panel = browser.find_element(By.ID, tab.get_attribute("aria-controls"))
    assert panel.is_displayed()
    verdict = panel.find_element(By.CSS_SELECTOR, ".verdict .badge").text
    assert verdict == "✓ hardware FP8"
    # and the gfx1151 panel is hidden meanwhile
    other = browser.find_element(By.CSS_SELECTOR, '[role=tab][data-target="gfx1151"]')
    assert not browser.find_element(By.ID, other.get_attribute("aria-controls")).is_displayed()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "html_report_gfx950.png"))
    # The keyboard reaches the other tab too (left arrow, as in WAI-ARIA's tabs pattern).
    from selenium.webdriver.common.keys import Keys
    tab.send_keys(Keys.ARROW_LEFT)
    assert other.get_attribute("aria-selected") == "true" and tab.get_attribute("aria-selected") == "false"
    assert browser.find_element(By.ID, other.get_attribute("aria-controls")).is_displayed()


def page_makes_no_network_request(report, browser):
    page, _ = report
    browser.get(page.as_uri())
    urls = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert urls == []
    # the page's own script ran: the first tab is selected
    assert browser.execute_script("return document.querySelector('[role=tab][aria-selected=true]') !== null")


def test_the_report_in_a_real_browser(report, browser):
    # One test, not three: under pytest-xdist each test module's fixtures are built once per worker,
    # and this one's compiles the fused-MoE sample for two targets.
    hottest_lines_are_the_conversions_and_clicking_shows_their_assembly(report, browser)
    gfx950_tab_says_hardware_fp8(report, browser)
    page_makes_no_network_request(report, browser)
