"""The review page of the example article in a real browser: Debian's headless Chromium driven by Playwright.

Playwright never downloads a browser here: it launches /usr/bin/chromium (``.ci/run`` installs it). Without
that binary the tests skip, unless CLAIMS_REQUIRE_BROWSER=1 (set by ``.ci/run``), where they fail.
``CLAIMS_UPDATE_SCREENSHOT=1`` also writes the screenshot to docs/review-page.png.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from claims.extraction import extract
from claims.report import category, render_page
from claims.types import Document, Label

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "fixtures" / "articles" / "us-china-north-korea-spun.txt"
SCREENSHOT = ROOT / "docs" / "review-page.png"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1440, "height": 1000}

CLAIM_TEXTS_JS = """() => {
  const out = {};
  for (const el of document.querySelectorAll("[data-claim-id]")) {
    const id = el.getAttribute("data-claim-id");
    out[id] = (out[id] || "") + el.textContent;
  }
  return out;
}"""

MARKED_JS = """(cls) => {
  const out = {};
  const attr = cls === "src" ? "data-source-of" : "data-cue-of";
  for (const el of document.querySelectorAll("." + cls + "[" + attr + "]")) {
    for (const id of el.getAttribute(attr).split(" ")) { out[id] = el.textContent; }
  }
  return out;
}"""

ACTIVE_JS = """() => {
  const el = document.activeElement;
  const r = el.getBoundingClientRect();
  const entry = el.closest(".entry");
  return {
    id: el.id, claim: el.getAttribute("data-claim-id"), cls: el.className, tag: el.tagName,
    entry: entry ? entry.getAttribute("data-entry-for") : null,
    inView: r.bottom > 0 && r.top < window.innerHeight && r.height > 0,
    outline: getComputedStyle(el).outlineStyle, outlineWidth: getComputedStyle(el).outlineWidth,
  };
}"""

OBSCURED_JS = """() => {
  const el = document.activeElement;
  const entry = el.closest(".entry");
  if (!entry) { return null; }
  const r = el.getBoundingClientRect();
  return {
    entry: entry.getAttribute("data-entry-for"), top: r.top, bottom: r.bottom,
    headBottom: document.querySelector(".panel-head").getBoundingClientRect().bottom,
    viewport: window.innerHeight,
  };
}"""


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = (
        f"{CHROMIUM} not found: the browser test needs Debian's chromium package "
        "(apt-get install chromium); .ci/run installs it"
    )
    if os.environ.get("CLAIMS_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass
class Seed:
    document: Document
    path: Path


@dataclass
class Opened:
    page: Page
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def seed(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Seed:
    text = ARTICLE.read_text(encoding="utf-8")
    document = extract(text, nlp=nlp, doc_id="us-china-north-korea-spun", origin=ARTICLE.name)
    path = tmp_path_factory.mktemp("report") / "us-china-north-korea-spun.html"
    path.write_text(render_page(document, text), encoding="utf-8")
    return Seed(document, path)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _open(browser: Browser, seed: Seed, **context: Any) -> Iterator[Opened]:
    ctx = browser.new_context(viewport=VIEWPORT, **context)
    page = ctx.new_page()
    opened = Opened(page, seed.path.as_uri())
    page.on("request", lambda request: opened.requests.append(request.url))
    page.on("console", lambda msg: opened.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
    page.goto(opened.url)
    try:
        yield opened
    finally:
        ctx.close()


@pytest.fixture
def opened(browser: Browser, seed: Seed) -> Iterator[Opened]:
    # reduced motion: the page scrolls instantly, so positions can be checked right after a click
    yield from _open(browser, seed, reduced_motion="reduce")


def _claims(seed: Seed, label: str | None = None) -> list[str]:
    return [c.id for c in seed.document.claims if label is None or category(c) == label]


def test_each_highlight_reads_exactly_its_claim(opened: Opened, seed: Seed) -> None:
    page = opened.page
    assert len(seed.document.claims) > 10
    assert page.evaluate(CLAIM_TEXTS_JS) == {c.id: c.text for c in seed.document.claims}
    sources = {c.id: c.source.text for c in seed.document.claims if c.source is not None}
    cues = {c.id: c.cue.text for c in seed.document.claims if c.cue is not None}
    assert page.evaluate(MARKED_JS, "src") == sources
    assert page.evaluate(MARKED_JS, "cue") == cues
    skipped = page.eval_on_selector_all(
        "[data-skip-reason]", "els => els.map(e => [e.textContent, e.getAttribute('data-skip-reason')])"
    )
    assert skipped == [[s.text, s.reason] for s in seed.document.skipped]


def test_the_inline_style_and_script_run_under_the_page_policy(opened: Opened) -> None:
    page = opened.page
    # the Content-Security-Policy admits the inline CSS and JS by hash: both must have been applied
    styles = page.evaluate(
        """() => ["accusation", "denial", "statement", "unattributed"].map(cat => {
             const el = document.querySelector(".c-" + cat + ".part-content");
             return el ? getComputedStyle(el).borderBottomStyle : null;
           })"""
    )
    present = [s for s in styles if s is not None]
    assert len(set(present)) == len(present) >= 3, styles
    page.uncheck('#filters input[value="denial"]')
    assert "Showing" in page.inner_text("#filter-status")
    assert not opened.errors, opened.errors
    assert opened.requests == [opened.url], "the page must load nothing but itself"


def test_label_filter_hides_exactly_that_label(opened: Opened, seed: Seed) -> None:
    page = opened.page
    statements = _claims(seed, "statement")
    others = [i for i in _claims(seed) if i not in statements]
    assert statements and others
    page.uncheck('#filters input[value="statement"]')
    for claim_id in statements:
        assert page.locator(f'.entry[data-entry-for="{claim_id}"]').is_hidden()
        muted = page.eval_on_selector_all(
            f'[data-claim-id="{claim_id}"]', "els => els.every(e => e.classList.contains('is-muted'))"
        )
        assert muted, claim_id
    for claim_id in others:
        assert page.locator(f'.entry[data-entry-for="{claim_id}"]').is_visible()
    total = len(seed.document.claims)
    assert page.inner_text("#filter-status") == f"Showing {len(others)} of {total} claims"
    page.check('#filters input[value="statement"]')
    assert page.locator(".entry:visible").count() == total


def test_source_filter_keeps_one_entity(opened: Opened, seed: Seed) -> None:
    page = opened.page
    value = page.eval_on_selector(
        "#source-filter", "s => [...s.options].find(o => o.text.startsWith('the State Department')).value"
    )
    page.select_option("#source-filter", value)
    visible = page.eval_on_selector_all(
        ".entry:not([hidden])", "els => els.map(e => e.getAttribute('data-entry-for'))"
    )
    expected = [
        c.id
        for c in seed.document.claims
        if c.source is not None and (c.source.resolved or c.source).text.casefold() == "the state department"
    ]
    assert len(expected) >= 3  # "the State Department", "the division", "It", ...
    assert sorted(visible) == sorted(expected)


def test_activating_an_entry_focuses_its_span(opened: Opened, seed: Seed) -> None:
    page = opened.page
    denial = next(c for c in seed.document.claims if c.label is Label.DENIAL and c.responds_to)
    page.click(f'.entry[data-entry-for="{denial.id}"] .entry-link')
    active = page.evaluate(ACTIVE_JS)
    assert active["claim"] == denial.id and active["id"].startswith("claim-")
    assert active["inView"], "the span was not scrolled into view"
    assert page.locator(f'.entry[data-entry-for="{denial.id}"]').get_attribute("class") == (
        "entry entry-denial is-current"
    )
    # the "Answers:" link goes to the accusation the denial answers
    page.click(f'.entry[data-entry-for="{denial.id}"] .rel-answers a')
    active = page.evaluate(ACTIVE_JS)
    assert active["claim"] == denial.responds_to and active["inView"]


def test_clicking_a_span_selects_its_entry(opened: Opened, seed: Seed) -> None:
    page = opened.page
    nested = next(c for c in seed.document.claims if c.parent is not None)
    page.click(f'[data-claim-id="{nested.id}"]')  # inside its parent's span: the innermost claim wins
    current = page.eval_on_selector_all(".entry.is-current", "els => els.map(e => e.dataset.entryFor)")
    assert current == [nested.id]


def test_keyboard_reaches_the_list_and_the_spans(opened: Opened, seed: Seed) -> None:
    page = opened.page
    page.keyboard.press("Tab")
    assert page.evaluate(ACTIVE_JS)["cls"] == "skip"  # first stop: the skip link
    page.focus("#source-filter")
    page.keyboard.press("Tab")
    first = min(seed.document.claims, key=lambda c: (c.start, -c.end))
    active = page.evaluate(ACTIVE_JS)
    assert (active["tag"], active["entry"]) == ("A", first.id)
    assert active["outline"] != "none" and active["outlineWidth"] != "0px", "focus is not visible"
    page.keyboard.press("Tab")
    assert page.evaluate(ACTIVE_JS)["entry"] != first.id  # on to the next entry
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    active = page.evaluate(ACTIVE_JS)
    assert active["claim"] == first.id and active["inView"]
    # every stop down the list is in view, not hidden under the filters that stay at the top of it
    # (down the list, then back up: the way up is where a sticky header hides the focused entry)
    page.focus("#source-filter")
    for key in ("Tab", "Shift+Tab"):
        seen = set()
        for _ in range(3 * len(seed.document.claims)):
            page.keyboard.press(key)
            box = page.evaluate(OBSCURED_JS)
            if box is None:  # out of the list
                break
            seen.add(box["entry"])
            assert box["top"] >= box["headBottom"] - 1 and box["bottom"] <= box["viewport"] + 1, box
        assert len(seen) == len(seed.document.claims), key


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshot(browser: Browser, seed: Seed, tmp_path: Path) -> None:
    size = {"width": 1440, "height": 1280}
    for opened in _open(browser, seed):
        page = opened.page
        page.set_viewport_size(size)
        denial = next(c for c in seed.document.claims if c.label is Label.DENIAL)
        # select the denial from its span: the list, not the page, scrolls to its entry
        page.click(f'[data-claim-id="{denial.id}"]')
        assert page.locator(f'.entry[data-entry-for="{denial.id}"]').is_visible()
        assert page.eval_on_selector(".panel", "p => p.scrollTop") > 0
        shot = tmp_path / "review-page.png"
        page.screenshot(path=str(shot))
        assert _png_size(shot.read_bytes()) == (size["width"], size["height"])
        assert page.evaluate("() => window.scrollY") == 0
        assert not opened.errors
    if os.environ.get("CLAIMS_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(shot, SCREENSHOT)
    assert _png_size(SCREENSHOT.read_bytes())[0] >= 1000, f"{SCREENSHOT} is missing or too small"
