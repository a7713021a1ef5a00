"""The Cypher graphkit sends, loaded by name from the repository's `cypher/` folder.

Every statement lives in a `.cypher` file, never in a Python string: the
files are what Neo4j Browser users read and what the linter checks. A file
opens with `//` comment lines saying what it does; `// :param name => VALUE`
lines among them declare each parameter with an example (VALUE is JSON,
which is also a Cypher literal, so the line works in Neo4j Browser without
the `//`). A file may hold several statements, each ended by `;` at the end
of a line (the schema files do).

Labels and relationship types cannot be Cypher parameters, so there is one
load statement per label and per relationship type, chosen here from the
fixed constants of `graphkit.types`.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphkit.types import ENTITY_LABELS, RELATION_TYPES

PACKAGE_DIR = Path(__file__).resolve().parents[1]
# A wheel installs the repository's cypher/ as graphkit/cypher (pyproject.toml);
# a source checkout or editable install reads it where it is.
CYPHER_DIR = next((folder for folder in (PACKAGE_DIR / "cypher", PACKAGE_DIR.parent / "cypher") if folder.is_dir()), PACKAGE_DIR.parent / "cypher")
SCHEMA_FILES = ("schema", "schema_falkordb")
PARAM_LINE = re.compile(r"^//\s*:param\s+(\w+)\s*=>\s*(.+?)\s*$")
STATEMENT_END = re.compile(r";[ \t]*$", re.MULTILINE)
# What can hide a `$name` that is no parameter: strings, quoted names, comments.
NOT_CODE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
PARAMETER = re.compile(r"\$(\w+)")


@dataclass(frozen=True)
class Statement:
    """One Cypher statement: its file's name, text, description and example parameters."""

    name: str
    text: str
    description: str
    examples: dict[str, Any]

    @property
    def parameters(self) -> set[str]:
        """The parameters the statement uses."""
        return referenced_parameters(self.text)


def referenced_parameters(cypher: str) -> set[str]:
    """Every `$name` in the Cypher text outside strings and comments."""
    return set(PARAMETER.findall(NOT_CODE.sub(" ", cypher)))


def parse(name: str, source: str) -> list[Statement]:
    """The statements of one file's text; the leading comment block describes all of them."""
    lines = source.splitlines()
    header = []
    while lines and (lines[0].startswith("//") or not lines[0].strip()):
        header.append(lines.pop(0))
    examples = {}
    description = []
    for line in header:
        match = PARAM_LINE.match(line)
        if match:
            examples[match[1]] = json.loads(match[2])
        elif line.startswith("//"):
            description.append(line[2:].strip())
    body = "\n".join(lines)
    texts = [text.strip() for text in STATEMENT_END.split(body) if text.strip()]
    return [Statement(name, text, " ".join(description), examples) for text in texts]


@functools.cache
def statements(name: str) -> tuple[Statement, ...]:
    """Every statement of `cypher/<name>.cypher`."""
    path = CYPHER_DIR / f"{name}.cypher"
    return tuple(parse(name, path.read_text(encoding="utf-8")))


def statement(name: str) -> Statement:
    """The single statement of `cypher/<name>.cypher`."""
    (only,) = statements(name)
    return only


def node_statement(label: str) -> Statement:
    """The statement that merges nodes of one entity label."""
    if label not in ENTITY_LABELS:
        raise ValueError(f"{label!r} is not an entity label of the graph model")
    return statement(f"load/node_{label}")


def relationship_statement(relation_type: str) -> Statement:
    """The statement that writes facts of one relationship type."""
    if relation_type not in RELATION_TYPES:
        raise ValueError(f"{relation_type!r} is not a relationship type of the graph model")
    return statement(f"load/relationship_{relation_type}")


def statement_names() -> list[str]:
    """The name of every `.cypher` file, e.g. `schema`, `load/article`, `meetings_of_person`."""
    return sorted(path.relative_to(CYPHER_DIR).with_suffix("").as_posix() for path in CYPHER_DIR.rglob("*.cypher"))


def library_names() -> list[str]:
    """The query library: the top-level files other than the schema, for Neo4j Browser users."""
    return [name for name in statement_names() if "/" not in name and name not in SCHEMA_FILES]
