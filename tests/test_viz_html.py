"""graphkit.viz.html: the page is one file that names nothing outside it and carries text only as data.

What the page does when opened is tests/test_browser.py's part.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from graphkit.types import HEADS, MET_WITH, ORGANIZATION, VISITED
from graphkit.viz.build import ViewOptions, build_view
from graphkit.viz.html import render_html
from tests.viz_graphs import HOSTILE_SENTENCE, entity, fact, people, synthetic_graph


class PageParts(HTMLParser):
    """Every attribute that could make a browser fetch something, the text of #graph-data, the header."""

    def __init__(self) -> None:
        super().__init__()
        self.fetching: list[tuple[str, str, str]] = []
        self.tags: list[str] = []
        self.data = ""
        self.header = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "action", "srcset", "poster", "data") or (name == "content" and value and "url=" in value.lower()):
                self.fetching.append((tag, name, value))
        attributes = dict(attrs)
        if attributes.get("id") == "graph-data":
            self._in = "data"
        elif tag in ("h1", "p") and attributes.get("id") in ("headline", "filters", "left-out"):
            self._in = "header"

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "data":
            self.data += data
        elif self._in == "header":
            self.header.append(data)


def parts(page: str) -> PageParts:
    parser = PageParts()
    parser.feed(page)
    return parser


@pytest.fixture
def meeting_graph():
    graph = people("Лавров", "Ван")
    entity(graph, "мид", ORGANIZATION, "Министерство иностранных дел", short_name="МИД России")
    fact(graph, "лавров", "ван", MET_WITH, "2024-03-01", evidence=HOSTILE_SENTENCE, article_title="</script><b>Итоги</b>", article_url="https://example.org/a?x=1&y=<2>")
    fact(graph, "ван", "лавров", MET_WITH, "2025-01-15", article_url="javascript:alert(1)")
    fact(graph, "лавров", "мид", HEADS, "2024-03-01", title="министр иностранных дел")
    return graph


def test_the_page_fetches_nothing_it_names_no_other_file(meeting_graph):
    page = render_html(build_view(meeting_graph))
    found = parts(page)
    assert found.fetching == []
    assert found.tags.count("script") == 3  # the data, vis-network, the page's own script
    assert "sourceMappingURL" not in page
    assert not re.search(r"(cdn|jsdelivr|cdnjs|unpkg|googleapis|bootstrap)[.a-z]*/", page, re.IGNORECASE)
    assert "default-src 'none'" in page  # and the page forbids any fetch it might still try


def test_article_text_is_data_never_markup(meeting_graph):
    page = render_html(build_view(meeting_graph))
    assert "<img src=x" not in page
    assert "<script>window.__xss" not in page
    assert "</script><b>" not in page
    data = json.loads(parts(page).data)
    edge = next(edge for edge in data["edges"] if edge["type"] == MET_WITH)
    newest, oldest = edge["info"]["facts"]
    assert oldest["evidence"] == HOSTILE_SENTENCE  # intact once parsed
    assert oldest["article"]["title"] == "</script><b>Итоги</b>"
    assert oldest["article"]["url"] == "https://example.org/a?x=1&y=<2>"
    assert newest["article"]["url"] is None  # a javascript: URL never becomes a link


def test_one_edge_per_link_with_every_fact_newest_first_and_arrows_only_where_direction_means_something(meeting_graph):
    data = json.loads(parts(render_html(build_view(meeting_graph))).data)
    assert len(data["nodes"]) == 3
    by_type = {edge["type"]: edge for edge in data["edges"]}
    assert sorted(by_type) == [HEADS, MET_WITH]
    meeting = by_type[MET_WITH]
    assert (meeting["width"], meeting["arrows"]["to"]["enabled"]) == (3.0, False)  # two facts: thicker than one
    assert by_type[HEADS]["width"] == 1.5
    assert [item["date"] for item in meeting["info"]["facts"]] == ["2025-01-15", "2024-03-01"]
    assert meeting["info"]["dates"] == ["2024-03-01", "2025-01-15"]
    assert by_type[HEADS]["arrows"]["to"]["enabled"] is True
    lavrov = next(node for node in data["nodes"] if node["id"] == "лавров")
    assert (lavrov["label"], lavrov["group"], lavrov["shape"], lavrov["value"]) == ("Лавров", "Person", "dot", 2)
    ministry = next(node for node in data["nodes"] if node["id"] == "мид")
    assert (ministry["shape"], ministry["info"]["aliases"]) == ("square", ["МИД России"])


def test_the_title_line_says_what_is_shown_and_what_was_left_out():
    graph = people("Хаб", *[f"Л{number}" for number in range(6)])
    for number in range(6):
        fact(graph, "хаб", f"л{number}", VISITED if number % 2 else MET_WITH, f"2024-0{number + 1}-01", status="planned")
    view = build_view(graph, ViewOptions(max_nodes=4, since="2024-01-01", types=(MET_WITH, VISITED)))
    found = parts(render_html(view))
    assert [text.strip() for text in found.header] == [
        "4 entities, 3 links (3 facts), 2024-01-01 – 2024-03-01",  # the hub and Л0–Л2 (ties by id)
        "facts dated 2024-01-01 – …; types MET_WITH, VISITED",
        "left out 3 entities and 3 links: only the 4 most connected are shown (max nodes 4)",
    ]
    data = json.loads(found.data)
    assert [edge["dashes"] for edge in data["edges"] if edge["type"] == VISITED] == [True]  # only planned


def test_entity_names_in_the_title_line_are_escaped():
    graph = people("<b>Лавров</b>", "Ван")
    fact(graph, "<b>лавров</b>", "ван", MET_WITH)
    page = render_html(build_view(graph, ViewOptions(person="<b>Лавров</b>")))
    assert "within 1 link of &lt;b&gt;Лавров&lt;/b&gt;" in page
    assert "<b>Лавров" not in page


def test_big_graphs_get_the_faster_layout():
    small = json.loads(parts(render_html(build_view(synthetic_graph(60, 100)))).data)
    big = json.loads(parts(render_html(build_view(synthetic_graph(2000, 5000)))).data)
    assert (small["freezeAfterLayout"], big["freezeAfterLayout"]) == (False, True)
    assert small["options"]["edges"]["smooth"]["enabled"] and not big["options"]["edges"]["smooth"]["enabled"]
    assert small["options"]["layout"]["improvedLayout"] and not big["options"]["layout"]["improvedLayout"]
    assert (small["options"]["physics"]["stabilization"]["iterations"], big["options"]["physics"]["stabilization"]["iterations"]) == (400, 100)
