"""How long a `graphkit viz` page takes to become usable in headless Chromium; and page screenshots.

    python bench/viz_open.py [--entities 2000] [--links 5000] [--runs 3]
    python bench/viz_open.py --html graph.html --screenshot docs/graph.png [--find NAME]

Without --html it builds the synthetic news-like graph of tests/viz_graphs.py
(every entity in at least one link, fact sources following a power law),
times graphkit's view and page building, writes the page to a temporary
folder and opens it `--runs` times, each in a fresh page of headless
Chromium with every network request blocked (tests/conftest.py). The page
counts as usable once its layout has settled and been drawn: the page's
`window.graphkit.timings.ready`, in milliseconds since navigation started.
Prints the median and its phases (script started, network built, layout done).

With --html it opens that page once and, with --screenshot, saves a
screenshot of it: after typing --find NAME into the page's search box (the
entity is selected), and after clicking the first link of type --click TYPE
(its facts, sentences and sources are shown), if given. The README's
docs/graph.png is made this way from the seed:

    graphkit load seeds/ --store /tmp/seed && graphkit viz --store /tmp/seed -o /tmp/seed.html
    python bench/viz_open.py --html /tmp/seed.html --screenshot docs/graph.png --click MET_WITH

Exits 1 if a page logs an error or tries to reach the network.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from graphkit.viz.build import ViewOptions, build_view  # noqa: E402
from graphkit.viz.html import render_html  # noqa: E402
from tests.conftest import OfflinePage, launch_chromium  # noqa: E402
from tests.viz_graphs import synthetic_graph  # noqa: E402

PHASES = ("started", "built", "laidOut", "ready")
LINK_MIDDLE = """(type) => {
  const network = window.graphkit.network;
  const [edge] = window.graphkit.edges.getIds({ filter: (item) => item.type === type });
  const point = network.canvasToDOM(network.body.edges[edge].edgeType.getPoint(0.5));
  const box = document.getElementById("graph").getBoundingClientRect();
  return { x: box.left + point.x, y: box.top + point.y };
}"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=2000)
    parser.add_argument("--links", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--html", type=Path, help="open this page instead of the synthetic graph's")
    parser.add_argument("--screenshot", type=Path, help="save a screenshot of the (last) page here")
    parser.add_argument("--find", help="with --screenshot: search for this entity first")
    parser.add_argument("--click", metavar="TYPE", help="with --screenshot: click the first link of this type first")
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        if arguments.html:
            pages, runs = arguments.html, 1
        else:
            pages, runs = Path(folder) / "graph.html", arguments.runs
            build_page(arguments.entities, arguments.links, pages)
        results = []
        for run in range(runs):
            page = OfflinePage(browser)
            page.open(pages)
            results.append(page.page.evaluate("() => window.graphkit.timings"))
            counts = page.page.evaluate("() => [window.graphkit.nodes.length, window.graphkit.edges.length]")
            print(f"run {run + 1}: {counts[0]:,} entities, {counts[1]:,} links: usable after {results[-1]['ready'] / 1000:.2f} s")
            if run == runs - 1 and arguments.screenshot:
                take_screenshot(page, arguments.screenshot, arguments.find, arguments.click)
            problems = page.blocked + page.errors
            page.close()
            if problems:
                print("the page tried to reach the network or logged errors:", *problems, sep="\n  ", file=sys.stderr)
                return 1
        browser.close()
    medians = {phase: statistics.median(result[phase] for result in results) / 1000 for phase in PHASES}
    print("median s since navigation: " + ", ".join(f"{phase} {seconds:.2f}" for phase, seconds in medians.items()))
    return 0


def build_page(entities: int, links: int, path: Path) -> None:
    graph = synthetic_graph(entities, links)
    started = time.perf_counter()
    view = build_view(graph, ViewOptions(max_nodes=entities))
    built = time.perf_counter()
    path.write_text(render_html(view), encoding="utf-8")
    written = time.perf_counter()
    size = path.stat().st_size / 1e6
    print(f"view {built - started:.2f} s, page {written - built:.2f} s ({size:.1f} MB): {view.headline()}")


def take_screenshot(page: OfflinePage, path: Path, find: str | None, click: str | None) -> None:
    if find:
        page.page.fill("#find-name", find)
        page.page.press("#find-name", "Enter")
        page.page.wait_for_timeout(600)  # the page's focus animation takes 400 ms
    if click:
        page.page.uncheck("#physics")
        point = page.page.evaluate(LINK_MIDDLE, click)
        page.page.mouse.click(point["x"], point["y"])
        page.page.mouse.move(0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=path)
    print(f"screenshot: {path}")


if __name__ == "__main__":
    sys.exit(main())
