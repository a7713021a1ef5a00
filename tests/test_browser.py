"""`graphkit viz` pages opened in headless Chromium (Playwright), with every network request blocked.

Each test checks what a person would see: the numbers of entities and links
in the page's vis-network data sets, tooltips and the details panel, search,
filters and physics, no console error, no request leaving the machine, and
article text that tries to run code running none.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import cli
from graphkit.store import StoreConfig, load, open_store
from graphkit.types import MET_WITH, PERSON
from graphkit.viz.build import ViewOptions, build_view
from graphkit.viz.html import render_html
from graphkit.viz.read import read_graph
from tests import store_articles
from tests.conftest import REPO
from tests.store_articles import BELOUSOV
from tests.viz_graphs import HOSTILE_NAME, HOSTILE_SENTENCE, LAVROV, WANG_YI, fact, hostile_article, people, synthetic_graph

pytestmark = pytest.mark.browser

NODE_POSITION = """(id) => {
  const network = window.graphkit.network;
  const point = network.canvasToDOM(network.getPosition(id));
  const box = document.getElementById("graph").getBoundingClientRect();
  return { x: box.left + point.x, y: box.top + point.y };
}"""
EDGE_MIDDLE = """(id) => {
  const network = window.graphkit.network;
  const point = network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5));
  const box = document.getElementById("graph").getBoundingClientRect();
  return { x: box.left + point.x, y: box.top + point.y };
}"""
EDGE_ID = "([type, name]) => window.graphkit.edges.get({ filter: (edge) => edge.type === type && [edge.info.source, edge.info.target].includes(name) })[0].id"


def linked_entities_and_links(extractions) -> tuple[set[str], set[tuple]]:
    """What the page must draw, counted from the extractions themselves: every entity some fact
    names, and one link per type and pair (a meeting's pair unordered)."""
    entities, links = set(), set()
    for extraction in extractions:
        for relation in extraction.relations:
            entities |= {relation.source, relation.target}
            ends = tuple(sorted((relation.source, relation.target))) if relation.type == MET_WITH else (relation.source, relation.target)
            links.add((relation.type, *ends))
    return entities, links


def page_of(graph, path: Path, options: ViewOptions = ViewOptions()) -> Path:
    path.write_text(render_html(build_view(graph, options)), encoding="utf-8")
    return path


def hover(offline_page, position_script: str, target: str) -> str:
    """Point at a node or edge with the mouse and return the tooltip's text."""
    page = offline_page.page
    point = page.evaluate(position_script, target)
    page.mouse.move(point["x"] - 3, point["y"] - 3)
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("#tooltip:not([hidden])")
    return page.inner_text("#tooltip")


def settle(offline_page) -> None:
    """Switch physics off (with the page's own checkbox) so that nothing moves under the mouse."""
    offline_page.page.uncheck("#physics")
    assert offline_page.page.evaluate("() => window.graphkit.network.physics.options.enabled") is False


def assert_clean(offline_page) -> None:
    assert offline_page.blocked == [], "the page tried to reach the network"
    assert offline_page.errors == []
    assert offline_page.dialogs == []
    assert offline_page.page.evaluate("() => typeof window.__xss") == "undefined"


def test_the_checks_catch_a_page_that_fetches_runs_injected_code_or_logs_errors(offline_page, tmp_path):
    """The harness itself: a page doing everything the graphkit pages must not do is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<img src="https://example.org/pixel.png"><img src=x onerror="window.__xss=1">'
        '<script>fetch("http://example.org/data").catch(() => {}); console.error("broken"); window.graphkit = {ready: true};</script>',
        encoding="utf-8",
    )
    offline_page.open(bad)
    offline_page.page.wait_for_function("() => window.__xss === 1")
    assert "https://example.org/pixel.png" in offline_page.blocked
    assert "http://example.org/data" in offline_page.blocked
    assert "broken" in offline_page.errors
    with pytest.raises(AssertionError):
        assert_clean(offline_page)


@pytest.fixture(scope="module")
def articles_page(tmp_path_factory) -> Path:
    """The page of the four known articles and the hostile one, read from the embedded store."""
    folder = tmp_path_factory.mktemp("browser")
    with open_store(StoreConfig(store_dir=folder / "store")) as store:
        load(store, [*store_articles.all_articles(), hostile_article()])
        graph = read_graph(store)
    return page_of(graph, folder / "articles.html")


def test_the_page_draws_every_linked_entity_and_one_edge_per_link(offline_page, articles_page, tmp_path):
    entities, links = linked_entities_and_links([*store_articles.all_articles(), hostile_article()])
    offline_page.open(articles_page)
    page = offline_page.page
    assert page.evaluate("() => [window.graphkit.nodes.length, window.graphkit.edges.length]") == [len(entities), len(links)]
    assert sorted(page.evaluate("() => window.graphkit.nodes.getIds()")) == sorted(entities)
    assert page.evaluate("() => window.graphkit.network.body.nodeIndices.length") == len(entities)  # all drawn
    assert page.inner_text("#headline").startswith(f"{len(entities)} entities, {len(links)} links")
    page.screenshot(path=tmp_path / "articles.png")
    assert (tmp_path / "articles.png").stat().st_size > 10_000
    assert_clean(offline_page)


def test_hostile_article_text_is_shown_as_text_and_runs_no_code(offline_page, articles_page):
    offline_page.open(articles_page)
    settle(offline_page)
    page = offline_page.page
    meeting = page.evaluate(EDGE_ID, [MET_WITH, "Сергей Лавров"])
    text = hover(offline_page, EDGE_MIDDLE, meeting)
    assert HOSTILE_SENTENCE in text
    assert "</script><script>window.__xss='title'</script> Переговоры <b>в Москве</b>" in text
    assert page.evaluate("() => document.querySelectorAll('#tooltip img, #tooltip script, #tooltip svg, #tooltip b, #tooltip a').length") == 0
    assert HOSTILE_NAME in hover(offline_page, NODE_POSITION, WANG_YI)
    assert "глава МИД <u>России</u>" in hover(offline_page, NODE_POSITION, LAVROV)
    point = page.evaluate(EDGE_MIDDLE, meeting)
    page.mouse.click(point["x"], point["y"])
    assert HOSTILE_SENTENCE in page.inner_text("#details")
    assert page.evaluate("() => document.querySelectorAll('#details a').length") == 0  # its javascript: URL is no link
    assert page.evaluate("() => document.querySelectorAll('img:not(.vis-network img), script[src], iframe').length") == 0
    assert_clean(offline_page)


def test_find_a_name_and_filter_by_label_and_type(offline_page, articles_page):
    offline_page.open(articles_page)
    page = offline_page.page
    page.fill("#find-name", "белоусов")
    page.press("#find-name", "Enter")
    assert page.evaluate("() => window.graphkit.network.getSelectedNodes()") == [BELOUSOV]
    assert page.inner_text("#details h2") == "Андрей Белоусов"
    page.fill("#find-name", "Шойгу")
    page.press("#find-name", "Enter")
    assert page.inner_text("#find-result") == "No entity is named “Шойгу”."

    nodes, edges = page.evaluate("() => [window.graphkit.shownNodes.length, window.graphkit.shownEdges.length]")
    meetings = page.evaluate(f"() => window.graphkit.edges.get({{ filter: (edge) => edge.type === '{MET_WITH}' }}).length")
    people_count = page.evaluate(f"() => window.graphkit.nodes.get({{ filter: (node) => node.group === '{PERSON}' }}).length")
    page.uncheck(f"input[data-type='{MET_WITH}']")
    assert page.evaluate("() => window.graphkit.shownEdges.length") == edges - meetings
    page.uncheck(f"input[data-label='{PERSON}']")
    assert page.evaluate("() => window.graphkit.shownNodes.length") == nodes - people_count
    assert page.evaluate("() => window.graphkit.network.body.nodeIndices.length") == nodes - people_count
    page.check(f"input[data-label='{PERSON}']")
    page.check(f"input[data-type='{MET_WITH}']")
    assert page.evaluate("() => [window.graphkit.shownNodes.length, window.graphkit.shownEdges.length]") == [nodes, edges]

    settle(offline_page)
    page.check("#physics")
    assert page.evaluate("() => window.graphkit.network.physics.options.enabled") is True
    assert_clean(offline_page)


def test_five_meetings_are_one_edge_with_every_date(offline_page, tmp_path):
    graph = people("Сергей Лавров", "Ван И")
    dates = ["2021-02-03", "2022-04-05", "2023-06-07", "2024-08-09", "2025-10-11"]
    for date in dates:
        fact(graph, "сергей лавров", "ван и", MET_WITH, date, evidence=f"Лавров и Ван И встретились {date}.")
    offline_page.open(page_of(graph, tmp_path / "meetings.html"))
    settle(offline_page)
    page = offline_page.page
    assert page.evaluate("() => window.graphkit.edges.length") == 1
    meeting = page.evaluate(EDGE_ID, [MET_WITH, "Сергей Лавров"])
    text = hover(offline_page, EDGE_MIDDLE, meeting)
    assert "5 facts" in text
    assert "; ".join(dates) in text
    assert "… 2 more: click the link to see all" in text
    assert page.evaluate("() => document.querySelectorAll('#tooltip .fact').length") == 3
    point = page.evaluate(EDGE_MIDDLE, meeting)
    page.mouse.click(point["x"], point["y"])
    assert page.evaluate("() => document.querySelectorAll('#details .fact').length") == 5
    assert_clean(offline_page)


def test_the_seed_loaded_and_drawn_from_the_command_line(offline_page, tmp_path):
    """`graphkit load seeds/ && graphkit viz -o graph.html`, then the page in Chromium."""
    store, output = tmp_path / "store", tmp_path / "graph.html"
    runner = CliRunner()
    loaded = runner.invoke(cli, ["load", str(REPO / "seeds"), "--store", str(store)])
    assert loaded.exit_code == 0, loaded.output
    drawn = runner.invoke(cli, ["viz", "-o", str(output), "--store", str(store)])
    assert drawn.exit_code == 0, drawn.output
    with open_store(StoreConfig(store_dir=store), create=False) as graph_store:
        rows = graph_store.run("MATCH (a)-[r]->(b) WHERE type(r) <> 'MENTIONED_IN' RETURN a.id AS a, type(r) AS t, b.id AS b, a.name AS an, b.name AS bn", {}).records()
    entities = {row[end] for row in rows for end in ("a", "b")}
    links = {(row["t"], *sorted((row["a"], row["b"]))) if row["t"] == MET_WITH else (row["t"], row["a"], row["b"]) for row in rows}
    assert drawn.output.startswith(f"wrote {output}: {len(entities)} entities, {len(links)} links")

    offline_page.open(output)
    page = offline_page.page
    assert page.evaluate("() => [window.graphkit.nodes.length, window.graphkit.edges.length]") == [len(entities), len(links)]
    names = set(page.evaluate("() => window.graphkit.nodes.map((node) => node.label)"))
    assert {"Андрей Белоусов", "Эмомали Собирзода", "Владимир Путин", "Таджикистан", "Душанбе"} <= names
    page.screenshot(path=tmp_path / "seed.png")
    assert_clean(offline_page)


def test_two_thousand_entities_and_five_thousand_links_open_and_settle(offline_page, tmp_path):
    """The size bench/viz_open.py times; here only that it opens, draws everything and freezes its layout."""
    offline_page.open(page_of(synthetic_graph(2000, 5000), tmp_path / "big.html"))
    page = offline_page.page
    assert page.evaluate("() => [window.graphkit.nodes.length, window.graphkit.edges.length]") == [2000, 5000]
    assert page.evaluate("() => window.graphkit.network.physics.options.enabled") is False
    assert page.is_checked("#physics") is False
    assert_clean(offline_page)


def test_over_max_nodes_the_page_says_what_it_left_out(offline_page, tmp_path):
    view_options = ViewOptions(max_nodes=300)
    offline_page.open(page_of(synthetic_graph(2000, 5000), tmp_path / "capped.html", view_options))
    page = offline_page.page
    shown = page.evaluate("() => window.graphkit.nodes.length")
    assert shown <= 300
    assert page.inner_text("#left-out").startswith("left out ")
    assert f"only the {shown} most connected are shown (max nodes 300)" in page.inner_text("#left-out")
    assert_clean(offline_page)


def test_a_view_with_nothing_in_it_says_so(offline_page, tmp_path):
    offline_page.open(page_of(people("Одинокий"), tmp_path / "empty.html"))
    page = offline_page.page
    assert page.evaluate("() => [window.graphkit.nodes.length, window.graphkit.edges.length]") == [0, 0]
    assert page.inner_text("#status") == "Nothing to show."
    assert page.inner_text("#headline") == "0 entities, 0 links (0 facts)"
    assert_clean(offline_page)
