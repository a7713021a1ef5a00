"""Shared fixtures: expensive real components are built once per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = REPO / "seeds" / "000_1c60d453f61181e5.txt"


def require_tool(name: str, path: str | None = None) -> str:
    """The path of an external tool; skip the test without it, but fail under CI (CI=true)."""
    found = path if path and Path(path).exists() else shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message}, and CI must run every test (.ci/run installs it)")
    pytest.skip(message)


def require_shared_data() -> Path:
    """The dev data beside the repository (../shared): skip without it, fail under CI."""
    if SHARED.is_dir():
        return SHARED
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{SHARED} is missing: CI runs with ../shared beside the clone")
    pytest.skip(f"{SHARED} is missing")


@pytest.fixture(scope="session")
def nlp_models():
    """natasha's models, loaded once."""
    from graphkit.nlp import load_models

    return load_models()


@pytest.fixture(scope="session")
def gazetteer():
    from graphkit.extract.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def extractor(nlp_models, gazetteer):
    from graphkit.extract.extractor import Extractor

    return Extractor(nlp_models, gazetteer)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return require_shared_data()


# --- graph stores (graphkit.store) ---------------------------------------------------------

TEST_ARTICLE_PREFIX = "test:"


def neo4j_config():
    """Settings of the Neo4j the `neo4j` tests use (NEO4J_URI …), or skip."""
    from graphkit.store import StoreConfig

    config = StoreConfig.from_env()
    if not config.uses_neo4j:
        pytest.skip("NEO4J_URI is not set: no Neo4j to run the store suite against")
    return config


def empty_neo4j(config) -> None:
    """Delete everything in the test database, unless it holds articles the tests did not write."""
    from graphkit.store import open_store

    with open_store(config) as store:
        found = store.run("MATCH (a:Article) WHERE NOT a.id STARTS WITH $prefix RETURN count(a) AS n", {"prefix": TEST_ARTICLE_PREFIX})
        if found.rows[0][0]:
            pytest.skip(f"{config.describe()} holds articles the tests did not write; the neo4j tests empty their database: point NEO4J_URI/NEO4J_DATABASE at a scratch one")
        store.run("MATCH (n) DETACH DELETE n", {})


@pytest.fixture(params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def backend(request) -> str:
    """Each store suite runs on the embedded store, and on Neo4j when NEO4J_URI is set."""
    if request.param == "neo4j":
        neo4j_config()
    return request.param


@pytest.fixture
def empty_graph(backend, tmp_path):
    """A function that returns the settings of an empty graph of the backend under test, each call anew."""
    made = []

    def fresh():
        from graphkit.store import StoreConfig

        if backend == "falkordb":
            made.append(tmp_path / f"store{len(made)}")
            return StoreConfig(store_dir=made[-1])
        config = neo4j_config()
        empty_neo4j(config)
        return config

    yield fresh
    if backend == "neo4j":
        empty_neo4j(neo4j_config())


# --- headless Chromium (tests/test_browser.py and bench/viz_open.py) -------------------------

CHROMIUM = "/usr/bin/chromium"
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


class OfflinePage:
    """A Playwright page that may load file:// URLs only: every other request is blocked and recorded,
    and so are console errors, uncaught exceptions and dialogs."""

    def __init__(self, browser, viewport: dict[str, int] | None = None) -> None:
        self.page = browser.new_page(viewport=viewport or {"width": 1400, "height": 900})
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("request", self._request)
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)

    def _route(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _request(self, request) -> None:
        if not request.url.startswith(("file:", "data:")) and request.url not in self.blocked:
            self.blocked.append(request.url)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path, timeout_ms: int = 120_000) -> None:
        """Open a graphkit page and wait until its layout has settled and been drawn."""
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("() => window.graphkit && window.graphkit.ready", timeout=timeout_ms)

    def close(self) -> None:
        self.page.close()


def launch_chromium(playwright, executable: str = CHROMIUM):
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)


@pytest.fixture(scope="session")
def chromium():
    """Headless Chromium driven by Playwright: skip without them, fail under CI."""
    import importlib.util

    executable = require_tool("chromium", CHROMIUM)
    found = importlib.util.find_spec("playwright")
    require_tool("playwright (pip install -e '.[test]')", found.origin if found else None)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright, executable)
        yield browser
        browser.close()


@pytest.fixture
def offline_page(chromium):
    """A fresh OfflinePage of the session's Chromium."""
    page = OfflinePage(chromium)
    yield page
    page.close()
