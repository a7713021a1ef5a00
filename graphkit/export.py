"""The stored graph as files for other tools: neo4j-admin's bulk importer, GraphML and node-link JSON.

`read_stored_graph(store)` reads every node (entities and articles) and every
relationship (facts and MENTIONED_IN) with all their properties, through
`cypher/export/`. Then:

- `write_neo4j_admin(graph, folder)` writes, for `neo4j-admin database import
  full` (Neo4j 5), one header file and one data file per label
  (`nodes-Person-header.csv`, `nodes-Person.csv`) and per relationship type
  (`relationships-MET_WITH-header.csv`, …), in the importer's documented
  header format: `id:ID` (one global id space: graphkit's ids are unique
  across labels, and it is what relationships of several target labels need),
  `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, and typed properties
  (`count:long`, `confidence:double`, `aliases:string[]`, untyped = string).
  Every string is quoted (RFC 4180: a quote inside is doubled), so commas,
  quotes and line breaks in evidence sentences survive; an absent property
  is an empty unquoted field. List items are joined by `array_delimiter`,
  and an item holding it is refused (choose another delimiter). Empty lists
  are written as absent properties (CSV import cannot tell them from null).
  `import.sh` in the folder runs the import; `ImportFiles.command()` is the
  same command line to print.
- `to_networkx(graph)` is a `networkx.MultiDiGraph` of the same nodes and
  relationships, written by `write_graphml` (lists joined by the array
  delimiter: GraphML has no list type; a `label` attribute with the name,
  which Gephi shows) and `write_node_link_json` (lists kept).
"""

from __future__ import annotations

import inspect
import json
import shlex
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from graphkit.errors import GraphkitError
from graphkit.store.base import GraphStore
from graphkit.store.statements import statement
from graphkit.types import ARTICLE, ENTITY_LABELS, MENTIONED_IN, RELATION_TYPES

if TYPE_CHECKING:
    import networkx as nx

EXPORT_FORMATS = ("neo4j-admin", "graphml", "json")
DEFAULT_ARRAY_DELIMITER = ";"
NODE_LABELS = (*ENTITY_LABELS, ARTICLE)
RELATIONSHIP_TYPES = (*RELATION_TYPES, MENTIONED_IN)
ID_PROPERTY = "id"
IMPORT_SCRIPT = "import.sh"
CSV_DELIMITER = ","
# The property types of the importer's header format that graphkit's values take.
PYTHON_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


@dataclass(frozen=True)
class StoredRelationship:
    source: str
    target: str
    properties: dict[str, Any]


@dataclass
class StoredGraph:
    """Every node's properties by label, every relationship by type, in a stable order."""

    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    relationships: dict[str, list[StoredRelationship]] = field(default_factory=dict)

    def node_count(self) -> int:
        return sum(map(len, self.nodes.values()))

    def relationship_count(self) -> int:
        return sum(map(len, self.relationships.values()))

    def headline(self) -> str:
        return f"{self.node_count():,} nodes, {self.relationship_count():,} relationships"


def read_stored_graph(store: GraphStore) -> StoredGraph:
    """The whole graph of the store, label by label and type by type."""
    graph = StoredGraph()
    for label in NODE_LABELS:
        rows = store.read(statement("export/nodes"), {"label": label}).records()
        graph.nodes[label] = [row["properties"] for row in rows]
    for relationship_type in RELATIONSHIP_TYPES:
        rows = store.read(statement("export/relationships"), {"type": relationship_type}).records()
        graph.relationships[relationship_type] = [StoredRelationship(row["source"], row["target"], row["properties"]) for row in rows]
    return graph


# --- neo4j-admin database import full ------------------------------------------------------


@dataclass
class ImportFiles:
    """The header and data files written for neo4j-admin, and how to import them."""

    folder: Path
    array_delimiter: str
    nodes: list[tuple[Path, Path]] = field(default_factory=list)
    relationships: list[tuple[Path, Path]] = field(default_factory=list)

    def arguments(self, root: Path | None = None) -> list[str]:
        """The arguments of `neo4j-admin database import full` after the database name, paths relative to `root`."""

        def files(pair: tuple[Path, Path]) -> str:
            return ",".join(str(path.relative_to(root) if root else path) for path in pair)

        return [
            f"--array-delimiter={self.array_delimiter}",
            "--multiline-fields=true",
            *(f"--nodes={files(pair)}" for pair in self.nodes),
            *(f"--relationships={files(pair)}" for pair in self.relationships),
        ]

    def command(self, database: str = "neo4j") -> str:
        """The command line that imports the files into a new database (run where neo4j-admin is)."""
        return shlex.join(["neo4j-admin", "database", "import", "full", database, *self.arguments()])

    def script(self) -> str:
        arguments = " \\\n  ".join(shlex.quote(argument) for argument in self.arguments(self.folder))
        return (
            "#!/bin/sh\n"
            "# Written by graphkit export: imports this folder's CSV files into a new Neo4j 5 database.\n"
            "#   sh import.sh [DATABASE]    (default neo4j; it must not exist yet: stop Neo4j or drop it first)\n"
            "# Set NEO4J_ADMIN to the neo4j-admin to use when it is not on the PATH.\n"
            "set -e\n"
            'cd "$(dirname "$0")"\n'
            f'exec "${{NEO4J_ADMIN:-neo4j-admin}}" database import full "${{1:-neo4j}}" \\\n  {arguments}\n'
        )


def write_neo4j_admin(graph: StoredGraph, folder: Path, *, array_delimiter: str = DEFAULT_ARRAY_DELIMITER) -> ImportFiles:
    """Write the node and relationship files and `import.sh` into `folder` (created if need be)."""
    if len(array_delimiter) != 1 or array_delimiter in f'{CSV_DELIMITER}"\n\r':
        raise GraphkitError(f"the array delimiter must be one character other than {CSV_DELIMITER!r}, a quote or a line break, not {array_delimiter!r}")
    folder.mkdir(parents=True, exist_ok=True)
    written = ImportFiles(folder, array_delimiter)
    for label, nodes in graph.nodes.items():
        if nodes:
            columns = property_columns(nodes, exclude={ID_PROPERTY})
            rows = ([node[ID_PROPERTY], label, *(node.get(name) for name, _ in columns)] for node in nodes)
            header = [f"{ID_PROPERTY}:ID", ":LABEL", *(f"{name}:{kind}" for name, kind in columns)]
            written.nodes.append(write_csv_pair(folder, f"nodes-{label}", header, rows, array_delimiter))
    for relationship_type, relationships in graph.relationships.items():
        if relationships:
            columns = property_columns([relationship.properties for relationship in relationships])
            rows = ([found.source, found.target, relationship_type, *(found.properties.get(name) for name, _ in columns)] for found in relationships)
            header = [":START_ID", ":END_ID", ":TYPE", *(f"{name}:{kind}" for name, kind in columns)]
            written.relationships.append(write_csv_pair(folder, f"relationships-{relationship_type}", header, rows, array_delimiter))
    (folder / IMPORT_SCRIPT).write_text(written.script(), encoding="utf-8")
    return written


def property_columns(items: list[dict[str, Any]], exclude: set[str] = frozenset()) -> list[tuple[str, str]]:
    """Each property name of `items` (sorted) with its importer type: `long`, `string[]`, …"""
    kinds: dict[str, set[str]] = {}
    for properties in items:
        for name, value in properties.items():
            if name not in exclude and value is not None:
                kinds.setdefault(name, set()).add(value_type(value))
    return [(name, merged_type(kinds[name])) for name in sorted(kinds)]


def value_type(value: Any) -> str:
    if isinstance(value, list):
        items = {value_type(item) for item in value}
        return merged_type(items) + "[]" if items else "[]"
    return PYTHON_TYPES.get(type(value), "string")


def merged_type(kinds: set[str]) -> str:
    """One type for values of several: a list type wins over its empty lists; long and double make double; else string."""
    kinds = kinds - {"[]"} or kinds
    if len(kinds) == 1:
        (only,) = kinds
        return "string[]" if only == "[]" else only
    arrays = {kind for kind in kinds if kind.endswith("[]")}
    if arrays:
        return merged_type({kind[:-2] for kind in arrays}) + "[]" if arrays == kinds else "string"
    return "double" if kinds == {"long", "double"} else "string"


def write_csv_pair(folder: Path, stem: str, header: list[str], rows: Iterable[list[Any]], array_delimiter: str) -> tuple[Path, Path]:
    """`<stem>-header.csv` with the header line and `<stem>.csv` with the rows."""
    header_path, data_path = folder / f"{stem}-header.csv", folder / f"{stem}.csv"
    header_path.write_text(CSV_DELIMITER.join(header) + "\n", encoding="utf-8")
    with data_path.open("w", encoding="utf-8", newline="") as stream:
        for row in rows:
            stream.write(CSV_DELIMITER.join(csv_field(value, array_delimiter) for value in row) + "\n")
    return header_path, data_path


def csv_field(value: Any, array_delimiter: str) -> str:
    """One field: absent → empty, booleans and numbers bare, strings quoted, lists joined then quoted."""
    if value is None or value == []:
        return ""
    if isinstance(value, list):
        return quoted(array_delimiter.join(array_item(item, array_delimiter) for item in value))
    text = scalar_text(value)
    return text if isinstance(value, (bool, int, float)) else quoted(text)


def scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, (int, float)) else str(value)


def array_item(item: Any, array_delimiter: str) -> str:
    text = scalar_text(item)
    if array_delimiter in text:
        raise GraphkitError(f"the list value {text!r} holds the array delimiter {array_delimiter!r}: choose another one with --array-delimiter")
    return text


def quoted(text: str) -> str:
    """A string field: in quotes, a quote inside doubled (RFC 4180, the importer's default --quote)."""
    return '"' + text.replace('"', '""') + '"'


# --- networkx: GraphML and node-link JSON --------------------------------------------------


def to_networkx(graph: StoredGraph) -> nx.MultiDiGraph:
    """Nodes keyed by id with `labels` and their properties; one edge per relationship with `type` and its properties."""
    import networkx as nx

    found = nx.MultiDiGraph()
    for label, nodes in graph.nodes.items():
        for properties in nodes:
            found.add_node(properties[ID_PROPERTY], labels=label, **properties)
    for relationship_type, relationships in graph.relationships.items():
        for relationship in relationships:
            found.add_edge(relationship.source, relationship.target, type=relationship_type, **relationship.properties)
    return found


def write_graphml(graph: StoredGraph, stream: TextIO, *, array_delimiter: str = DEFAULT_ARRAY_DELIMITER) -> None:
    """GraphML for Gephi and networkx: lists as delimited text, `label` the name Gephi shows."""
    import networkx as nx

    full, flat = to_networkx(graph), nx.MultiDiGraph()
    for node, attributes in full.nodes(data=True):
        shown = attributes.get("name") or attributes.get("title") or node
        flat.add_node(node, **graphml_attributes(attributes, array_delimiter), label=shown)
    for source, target, attributes in full.edges(data=True):
        flat.add_edge(source, target, **graphml_attributes(attributes, array_delimiter), label=attributes["type"])
    for line in nx.generate_graphml(flat):
        stream.write(line + "\n")


def graphml_attributes(attributes: dict[str, Any], array_delimiter: str) -> dict[str, Any]:
    return {
        name: array_delimiter.join(map(str, value)) if isinstance(value, list) else value
        for name, value in attributes.items()
        if value is not None and name != "label"
    }


def write_node_link_json(graph: StoredGraph, stream: TextIO) -> None:
    """networkx's node-link JSON (`networkx.node_link_graph` reads it back), edges under "edges"."""
    data = node_link_data(to_networkx(graph))
    json.dump(data, stream, ensure_ascii=False, indent=1)
    stream.write("\n")


def node_link_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """`networkx.node_link_data` with edges under "edges" (networkx >= 3.4 names the option `edges`, older ones `link`)."""
    import networkx as nx

    if "edges" in inspect.signature(nx.node_link_data).parameters:
        return nx.node_link_data(graph, edges="edges")
    return nx.node_link_data(graph, link="edges")
