"""A `GraphView` as one self-contained HTML page: vis-network drawn by pyvis's data model, nothing fetched.

pyvis assembles the vis-network nodes and edges; the page itself is
graphkit's template (`templates/graph.html`, with `graph.js` and
`graph.css`), because pyvis's own template links Bootstrap and other files
from CDNs. vis-network's script and stylesheet are inlined from the copy
that ships inside the pyvis wheel, so the page opens offline and sends no
request anywhere.

Article text never becomes markup: the page's data is one JSON block
(serialised with `<`, `>`, `&` and `'` escaped, so no text can close the
script element), the page builds its tooltips with `textContent`, vis-network
draws labels on a canvas, and only http(s) URLs become links.
"""

from __future__ import annotations

import functools
import math
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from graphkit.types import COUNTRY, HEADS, LOCATED_IN, MET_WITH, ORGANIZATION, PERSON, PLACE, VISITED, WORKS_FOR
from graphkit.viz.build import UNDIRECTED_TYPES, GraphView, Link

TEMPLATES = Path(__file__).resolve().parent / "templates"
PYVIS_LIB = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$", re.MULTILINE)

# Colour and vis-network shape of each label, colour of each type; the legend draws the same.
LABEL_STYLES = {
    PERSON: {"color": "#4e79a7", "shape": "dot"},
    ORGANIZATION: {"color": "#f28e2b", "shape": "square"},
    COUNTRY: {"color": "#59a14f", "shape": "diamond"},
    PLACE: {"color": "#b07aa1", "shape": "triangle"},
}
TYPE_STYLES = {
    MET_WITH: {"color": "#e15759", "meaning": "met with"},
    VISITED: {"color": "#76b7b2", "meaning": "visited"},
    HEADS: {"color": "#1f3b73", "meaning": "heads"},
    WORKS_FOR: {"color": "#9c755f", "meaning": "works for"},
    LOCATED_IN: {"color": "#a0a0a0", "meaning": "is located in"},
}
# Above these sizes the page trades looks for speed (bench/viz_open.py): straight edges, a coarser
# and shorter layout without vis-network's improved initial one, physics off once it has settled.
SMALL_GRAPH = 300
IMPROVED_LAYOUT_UP_TO = 150
LAYOUT_ITERATIONS = (100, 400)  # fewest, most
LAYOUT_BUDGET = 200_000  # iterations x entities
# A link whose facts all say it did not (yet) happen is dashed.
NOT_MADE = frozenset({"planned", "cancelled"})


def render_html(view: GraphView) -> str:
    """The page of `view` as a string."""
    network = Network(directed=True)
    for entity, node in view.entities.items():
        style = LABEL_STYLES[node["label"]]
        network.add_node(entity, label=node["name"], group=node["label"], shape=style["shape"], value=view.degree.get(entity, 0), info=node_info(node, view))
    names = {entity: node["name"] for entity, node in view.entities.items()}
    for link, curve in zip(view.links, parallel_curves(view.links)):
        network.add_edge(link.source, link.target, **edge_options(link, names, curve))
    nodes = len(network.nodes)
    data = {
        "nodes": network.nodes,
        "edges": network.edges,
        "options": vis_options(nodes),
        "freezeAfterLayout": nodes > SMALL_GRAPH,
    }
    label_counts = {label: sum(1 for node in view.entities.values() if node["label"] == label) for label in LABEL_STYLES}
    type_counts = {kind: sum(1 for link in view.links if link.type == kind) for kind in TYPE_STYLES}
    return page_template().render(
        headline=view.headline(),
        filters=view.filters(),
        left_out=view.left_out(),
        data=data,
        labels=[{"name": label, "count": label_counts[label], **style} for label, style in LABEL_STYLES.items()],
        types=[{"name": kind, "count": type_counts[kind], "directed": kind not in UNDIRECTED_TYPES, **style} for kind, style in TYPE_STYLES.items()],
        vis_script=Markup(asset("vis-network.min.js")),
        vis_style=Markup(asset("vis-network.css")),
        page_script=Markup((TEMPLATES / "graph.js").read_text(encoding="utf-8")),
        page_style=Markup((TEMPLATES / "graph.css").read_text(encoding="utf-8")),
    )


def node_info(node: dict[str, Any], view: GraphView) -> dict[str, Any]:
    """What a node's tooltip says."""
    other_names = [name for name in (node.get("short_name"), node.get("official_name")) if name and name != node["name"]]
    return {
        "label": node["label"],
        "name": node["name"],
        "titles": node.get("titles", []),
        "ranks": node.get("ranks", []),
        "aliases": sorted(set(other_names + [alias for alias in node.get("aliases", []) if alias != node["name"]])),
        "articles": node.get("article_count", 0),
        "links": view.degree.get(node["id"], 0),
    }


def edge_options(link: Link, names: dict[str, str], curve: float) -> dict[str, Any]:
    """vis-network options of one link, and what its tooltip says (`names`: entity id -> name)."""
    options: dict[str, Any] = {
        "type": link.type,
        "color": TYPE_STYLES[link.type]["color"],
        "arrows": {"to": {"enabled": link.directed}},
        "dashes": all(fact.get("status") in NOT_MADE for fact in link.facts),
        "width": edge_width(len(link.facts)),
        "info": {
            "type": link.type,
            "meaning": TYPE_STYLES[link.type]["meaning"],
            "source": names[link.source],
            "target": names[link.target],
            "directed": link.directed,
            "dates": link.dates,
            "facts": [fact_info(fact, names) for fact in reversed(link.facts)],
        },
    }
    if curve:
        options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": curve}
    return options


def fact_info(fact: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    place = fact.get("place")
    return {
        "date": fact.get("date"),
        "status": fact.get("status"),
        "title": fact.get("title"),
        "kind": fact.get("kind"),
        "place": names.get(place, place) if place else None,
        "evidence": fact.get("evidence"),
        "confidence": fact.get("confidence"),
        "article": {
            "title": fact.get("article_title"),
            "date": fact.get("article_date"),
            "source": fact.get("article_source"),
            "url": web_url(fact.get("article_url")),
        },
    }


def web_url(url: str | None) -> str | None:
    """The URL if it is an http(s) one (which the page may link to), else None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def edge_width(facts: int) -> float:
    """1.5 px for one fact, thicker as they double, 7.5 px at most (16 facts and more)."""
    return min(1.5 + 1.5 * math.log2(facts), 7.5)


def parallel_curves(links: list[Link]) -> list[float]:
    """A curve for each link that shares its two entities with other links, so that none hides another."""
    seen: dict[frozenset[str], int] = {}
    curves = []
    for link in links:
        pair = frozenset((link.source, link.target))
        index = seen.get(pair, 0)
        seen[pair] = index + 1
        curves.append(0.2 * index)
    return curves


def vis_options(node_count: int) -> dict[str, Any]:
    """vis-network options: styles by label, and physics that settles quickly at this size."""
    small = node_count <= SMALL_GRAPH
    return {
        "groups": {label: {"color": node_colours(style["color"])} for label, style in LABEL_STYLES.items()},
        "nodes": {
            "scaling": {"min": 8, "max": 32, "label": {"enabled": True, "min": 12, "max": 20, "drawThreshold": 7}},
            "font": {"face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "smooth": {"enabled": True, "type": "continuous"} if small else {"enabled": False},
            "arrows": {"to": {"scaleFactor": 0.6}},
            "selectionWidth": 2,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not small, "keyboard": {"enabled": True, "bindToWindow": False}},
        "layout": {"randomSeed": 7, "improvedLayout": node_count <= IMPROVED_LAYOUT_UP_TO},
        "physics": {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.3 if small else 0, "theta": 0.5 if small else 0.9},
            "stabilization": {"enabled": True, "iterations": layout_iterations(node_count), "updateInterval": 25, "fit": True},
        },
    }


def node_colours(colour: str) -> dict[str, Any]:
    """A label's colour in every state of a node, the selected and pointed-at ones outlined in black."""
    outlined = {"background": colour, "border": "#111111"}
    return {"background": colour, "border": colour, "highlight": outlined, "hover": outlined}


def layout_iterations(node_count: int) -> int:
    """Layout steps before the page is shown: a step costs about as much as there are nodes, so
    bigger graphs get fewer (400 up to 500 entities, 100 from 2,000 on)."""
    return max(LAYOUT_ITERATIONS[0], min(LAYOUT_ITERATIONS[1], LAYOUT_BUDGET // max(node_count, 1)))


@functools.cache
def asset(name: str) -> str:
    """A file of the newest vis-network that ships in the pyvis wheel, without its source-map comment."""
    folders = sorted(PYVIS_LIB.glob("vis-*"), key=lambda folder: [int(part) for part in re.findall(r"\d+", folder.name)])
    if not folders:
        raise FileNotFoundError(f"pyvis ships no vis-network in {PYVIS_LIB}")
    return SOURCE_MAP.sub("", (folders[-1] / name).read_text(encoding="utf-8"))


@functools.cache
def page_template() -> jinja2.Template:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined)
    # Cyrillic as UTF-8, not \uXXXX escapes (a third of the size); `tojson` still escapes < > & '.
    environment.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    return environment.get_template("graph.html")
