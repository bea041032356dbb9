"""The page as a person uses it: `namecheck serve` on a free local port, driven in headless
Chromium (Debian's chromium and chromium-driver, through Selenium; nothing is downloaded).

The server and the browser start once for the module. Without a browser the tests are skipped
and say why, unless NAMECHECK_REQUIRE_BROWSER=1 (set by .ci/run once it has installed one):
then they fail. NAMECHECK_SCREENSHOT=docs/web-page.png also writes the screenshot there.
"""
from __future__ import annotations

import os
import re
import shutil
import time

import pytest

from tests.serve_process import start_serve

pytest.importorskip("starlette", reason="the web extra is not installed: pip install -e '.[web]'")

CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = ("/usr/bin/chromedriver",)
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1000,1200")
WAIT = 15   # seconds for the page to answer (the machine may be busy)
TEXT = "Nikolai Karpenkov visited Mogilev on Monday."


def _no_browser(reason: str):
    if os.environ.get("NAMECHECK_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}, and NAMECHECK_REQUIRE_BROWSER=1 says one was installed")
    pytest.skip(f"{reason}: the browser tests need Debian's chromium and chromium-driver "
                "(.ci/run installs them)")


@pytest.fixture(scope="module")
def server():
    """`namecheck serve` on a free port over the fixture glossary: its base URL."""
    proc = start_serve()
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        match = re.search(r"serving on (http://\S+/)", line)
        assert match, f"no address from namecheck serve: {line!r}"
        yield match.group(1)
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium (the test extra) is not installed")
    binary = next((p for p in CHROMIUM if os.path.exists(p)), None)
    driver_path = next((p for p in CHROMEDRIVER if os.path.exists(p)), None) or shutil.which("chromedriver")
    if binary is None or driver_path is None:
        _no_browser("no Chromium or chromedriver found")
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")   # Selenium Manager must not fetch anything
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def page(server, browser):
    """The page, freshly loaded, with the clipboard allowed to this origin."""
    browser.set_window_size(1000, 1200)
    browser.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": server.rstrip("/"), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    browser.get(server)
    browser.get_log("browser")   # start each test with an empty console
    yield browser
    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe   # a blocked script or style, a failed request, an error thrown


def wait_for(driver, condition, what: str):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # an element read while the page draws it again is read again at the next poll
    return WebDriverWait(driver, WAIT, poll_frequency=0.05,
                         ignored_exceptions=(StaleElementReferenceException,)
                         ).until(lambda d: condition(d), what)


def by_css(driver, selector):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def clipboard(driver) -> str:
    return driver.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, (e) => done('! ' + e));")


def text_of(driver, selector) -> str:
    found = by_css(driver, selector)
    return found[0].text if found else ""


def answered(driver, query: str) -> bool:
    """Whether the answer shown is the one for `query` (typing may show answers on the way)."""
    panel = by_css(driver, "#answer-panel")
    return bool(panel) and panel[0].get_attribute("data-query") == query


def shows(driver, query: str, canonical: str) -> None:
    """Wait until the answer for `query` shows `canonical` as the house form."""
    wait_for(driver, lambda d: answered(d, query) and text_of(d, "#canonical") == canonical,
             f"{canonical} for {query}")


# -- look-up --------------------------------------------------------------------------------------
def test_typing_a_variant_shows_the_house_form_and_every_schemes_romanization(page):
    q = by_css(page, "#q")[0]
    q.send_keys("KARPENKOV, Nikolai")
    shows(page, "KARPENKOV, Nikolai", "Mikalai Karpiankou")
    panel = by_css(page, "#answer-panel")[0].get_attribute("textContent")
    assert "a variant of" in panel and "score 100" in panel
    assert "Мікалай Карпянкоў" in panel and "Николай Карпенков" in panel
    assert "Nikolai Karpenkov" in panel   # a listed variant
    rows = {r.get_attribute("textContent") for r in by_css(page, "#romanizations tbody tr")}
    assert "be-pressMikalai Karpiankou" in rows
    assert any(r.startswith("ru-bgn-pcgn") for r in rows)


def test_an_inflected_cyrillic_form_is_answered(page):
    by_css(page, "#q")[0].send_keys("Тарайкоўскага")
    shows(page, "Тарайкоўскага", "Aliaksandr Taraikouski")


def test_an_unsure_answer_lists_candidates_with_scores_and_one_can_be_chosen(page):
    by_css(page, "#q")[0].send_keys("Karpinkov")
    wait_for(page, lambda d: answered(d, "Karpinkov") and by_css(d, "#candidates li"), "the candidates")
    panel = text_of(page, "#answer-panel")
    assert "probably" in panel and "Not sure" in panel
    # the list may be drawn again while the page settles: read and click the one on the page
    wait_for(page, lambda d: _choose_first_candidate(d, r"Ihar Karpenka\s+score \d+"),
             "a candidate to choose")
    wait_for(page, lambda d: text_of(d, "#canonical") == "Ihar Karpenka", "the chosen entry")
    assert "Ігар Карпенка" in text_of(page, "#answer-panel")


def _choose_first_candidate(page, pattern: str) -> bool:
    """Click the first candidate's button once its text matches `pattern`; False (to be
    tried again) when the list was drawn again between reading it and clicking."""
    from selenium.common.exceptions import StaleElementReferenceException

    try:
        candidate = by_css(page, "#candidates li")[0]
        assert re.search(pattern, candidate.text), candidate.text
        candidate.find_element("css selector", "button").click()
    except (StaleElementReferenceException, IndexError):
        return False
    return True


def test_the_latest_spelling_wins_when_typing_fast(page):
    q = by_css(page, "#q")[0]
    for ch in "Mogilev":
        q.send_keys(ch)
    q.send_keys("\b" * 7 + "Тарайкоўскага")
    wait_for(page, lambda d: text_of(d, "#canonical") == "Aliaksandr Taraikouski", "the last answer")
    time.sleep(0.5)
    assert text_of(page, "#canonical") == "Aliaksandr Taraikouski"


def test_the_copy_button_copies_the_canonical_form(page):
    by_css(page, "#q")[0].send_keys("Mogilev")
    shows(page, "Mogilev", "Mahiliou")
    by_css(page, "#answer-panel button.copy")[0].click()
    wait_for(page, lambda d: "Copied" in text_of(d, "#answer-panel"), "the copy note")
    assert clipboard(page) == "Mahiliou"


def test_the_page_works_with_the_keyboard_alone(page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    keys = ActionChains(page)
    keys.send_keys("/").send_keys("Mogilev").perform()      # / puts the cursor in the look-up box
    shows(page, "Mogilev", "Mahiliou")
    ActionChains(page).send_keys(Keys.TAB).perform()         # the answer's copy button is next
    assert page.switch_to.active_element.get_attribute("class") == "small copy"
    ActionChains(page).send_keys(Keys.ENTER).perform()
    wait_for(page, lambda d: clipboard(d) == "Mahiliou", "the copied form")
    page.execute_script("document.getElementById('text').focus()")
    ActionChains(page).send_keys(TEXT).key_down(Keys.CONTROL).send_keys(Keys.ENTER).key_up(Keys.CONTROL).perform()
    wait_for(page, lambda d: len(by_css(d, "#findings li")) == 2, "the findings")
    for _ in range(8):   # Tab reaches each fix button
        ActionChains(page).send_keys(Keys.TAB).perform()
        if "fix" in (page.switch_to.active_element.get_attribute("class") or ""):
            break
    assert page.switch_to.active_element.text.startswith("Change to")
    ActionChains(page).send_keys(Keys.ENTER).perform()
    wait_for(page, lambda d: len(by_css(d, "#findings li")) == 1, "one finding fewer")


# -- check ----------------------------------------------------------------------------------------
def paste(driver, text: str) -> None:
    """Put `text` on the clipboard and paste it into the text area with Ctrl+V."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver.execute_async_script(
        "const done = arguments[1]; navigator.clipboard.writeText(arguments[0]).then(done, done);", text)
    area = by_css(driver, "#text")[0]
    area.click()
    ActionChains(driver).key_down(Keys.CONTROL).send_keys("v").key_up(Keys.CONTROL).perform()


def test_a_pasted_paragraph_comes_back_with_its_findings_marked_in_place(page):
    paste(page, TEXT)
    wait_for(page, lambda d: len(by_css(d, "#marked mark")) == 2, "two marks")
    assert by_css(page, "#text")[0].get_attribute("value") == TEXT
    assert [m.text for m in by_css(page, "#marked mark")] == ["Nikolai Karpenkov", "Mogilev"]
    assert text_of(page, "#marked") == TEXT
    items = by_css(page, "#findings li")
    assert "variant spelling of Mikalai Karpiankou" in items[0].text
    link = items[0].find_element("css selector", "a.code")
    assert link.text == "NC001" and link.get_attribute("href").endswith("/rules/NC001")
    assert "2 findings, 2 with a safe fix" in text_of(page, "#check-status")


def test_marks_land_on_their_names_after_line_breaks_and_characters_outside_the_bmp(page):
    text = "First line 🙂🙂 then Mogilev.\r\nSecond 𝒜 line: Nikolai Karpenkov 🙂 and Mogilev again."
    page.execute_script("const t = document.getElementById('text'); t.value = arguments[0];"
                        "t.dispatchEvent(new Event('input'));", text)
    wait_for(page, lambda d: len(by_css(d, "#marked mark")) == 3, "three marks")
    assert [m.text for m in by_css(page, "#marked mark")] == ["Mogilev", "Nikolai Karpenkov", "Mogilev"]


def test_applying_a_fix_changes_the_text_and_checks_it_again(page):
    paste(page, TEXT)
    wait_for(page, lambda d: len(by_css(d, "#findings button.fix")) == 2, "two fix buttons")
    by_css(page, "#findings button.fix")[1].click()
    wait_for(page, lambda d: len(by_css(d, "#findings li")) == 1, "one finding left")
    assert by_css(page, "#text")[0].get_attribute("value") == TEXT.replace("Mogilev", "Mahiliou")
    assert [m.text for m in by_css(page, "#marked mark")] == ["Nikolai Karpenkov"]


def test_all_safe_fixes_at_once_then_the_corrected_text_is_copied(page):
    paste(page, TEXT)
    wait_for(page, lambda d: by_css(d, "#fix-all")[0].is_enabled(), "the fix-all button")
    by_css(page, "#fix-all")[0].click()
    fixed = "Mikalai Karpiankou visited Mahiliou on Monday."
    wait_for(page, lambda d: d.find_element("id", "text").get_attribute("value") == fixed, "the fixed text")
    wait_for(page, lambda d: "No findings" in text_of(d, "#check-status"), "a clean check")
    assert by_css(page, "#fix-all")[0].is_enabled() is False
    by_css(page, "#copy-text")[0].click()
    wait_for(page, lambda d: clipboard(d) == fixed, "the corrected text on the clipboard")


def test_a_rules_link_opens_its_page(page, server):
    paste(page, TEXT)
    wait_for(page, lambda d: by_css(d, "#findings a.code"), "the findings")
    by_css(page, "#findings a.code")[0].click()
    wait_for(page, lambda d: "NC001 known-variant" in text_of(d, "pre"), "the rule page")
    page.back()


# -- on a phone, and a picture ---------------------------------------------------------------------
def test_on_a_phone_sized_screen_nothing_scrolls_sideways(page):
    page.set_window_size(390, 844)
    by_css(page, "#q")[0].send_keys("Карпянкоў")
    shows(page, "Карпянкоў", "Mikalai Karpiankou")
    paste(page, TEXT)
    wait_for(page, lambda d: len(by_css(d, "#marked mark")) == 2, "two marks")
    width = page.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], width
    for button in by_css(page, "button"):
        if button.is_displayed():
            assert button.size["height"] >= 36, button.text   # big enough for a finger


def test_a_screenshot_of_the_page_in_use(page, tmp_path):
    by_css(page, "#q")[0].send_keys("Karpenkov")
    shows(page, "Karpenkov", "Mikalai Karpiankou")
    paste(page, "Nikolai Karpenkov visited Mogilev on Monday.\nThe next day people in Minsk "
                "remembered Alexander Taraikovsky, and Karpinkov spoke again.")
    wait_for(page, lambda d: len(by_css(d, "#marked mark")) == 4, "the marks")
    page.set_window_size(760, 1700)   # the whole page: the answer, the marks and the findings
    page.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
    shot = tmp_path / "page.png"
    assert page.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    target = os.environ.get("NAMECHECK_SCREENSHOT")
    if target:
        shutil.copyfile(shot, target)
