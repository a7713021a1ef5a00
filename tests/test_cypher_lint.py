"""Every statement graphkit sends, and every file of cypher/, read by Neo4j's own Cypher front-end.

tests/cypher_lint.mjs runs `@neo4j-cypher/language-support` (pinned in
tests/package.json; install with `npm ci --prefix tests`) over each
statement with the graph model as the database schema and the file's
`// :param` examples as the declared parameters. Errors fail the test;
warnings are listed; a label, relationship type or property the graph
model does not have is a typo and fails too.
"""

from __future__ import annotations

import json
import re
import subprocess
import warnings
from pathlib import Path

import pytest

from graphkit.store.statements import CYPHER_DIR, parse, statement_names, statements
from graphkit.types import ARTICLE, ENTITY_LABELS, MENTIONED_IN, RELATION_TYPES
from tests.conftest import REPO, require_tool

LINTER = REPO / "tests" / "cypher_lint.mjs"
LANGUAGE_SUPPORT = REPO / "tests" / "node_modules" / "@neo4j-cypher" / "language-support"
# Properties the store adds to docs/graph-model.md: the article's load fingerprint and the evidence offsets.
STORE_PROPERTIES = {"fingerprint", "evidence_start", "evidence_end"}
UNKNOWN_NAME = "is not present in the database"


def model_property_keys() -> set[str]:
    """Every property the graph model names: the `backticked` words of its Nodes and Relationships sections."""
    contract = (REPO / "docs" / "graph-model.md").read_text(encoding="utf-8")
    model = contract.split("## Extraction output")[0]
    return set(re.findall(r"`([a-z_]+)`", model)) | STORE_PROPERTIES


def lint(items: list[dict]) -> list[dict]:
    node = require_tool("node")
    if not LANGUAGE_SUPPORT.is_dir():
        require_tool("@neo4j-cypher/language-support (npm ci --prefix tests)", str(LANGUAGE_SUPPORT))
    schema = {
        "labels": [ARTICLE, *ENTITY_LABELS],
        "relationshipTypes": [*RELATION_TYPES, MENTIONED_IN],
        "propertyKeys": sorted(model_property_keys()),
    }
    done = subprocess.run(
        [node, str(LINTER)],
        input=json.dumps({"schema": schema, "statements": items}),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=LINTER.parent,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def every_statement() -> list[dict]:
    """Each statement as graphkit sends it, and each file whole as a Browser user pastes it."""
    items = []
    for name in statement_names():
        found = statements(name)
        examples = {key: value for one in found for key, value in one.examples.items()}
        for index, one in enumerate(found):
            items.append({"name": f"{name} statement {index + 1}", "query": one.text, "parameters": one.examples})
        items.append({"name": f"{name}.cypher", "query": (CYPHER_DIR / f"{name}.cypher").read_text(encoding="utf-8"), "parameters": examples})
    return items


@pytest.fixture(scope="module")
def lint_report() -> list[dict]:
    return lint(every_statement())


def test_every_statement_and_file_is_valid_neo4j_cypher(lint_report):
    errors = [f"{item['name']}:{d['line']}:{d['column']}: {d['message']}" for item in lint_report for d in item["diagnostics"] if d["severity"] == "error"]
    assert errors == []
    for item in lint_report:
        for d in item["diagnostics"]:
            warnings.warn(f"{item['name']}:{d['line']}:{d['column']}: {d['severity']}: {d['message']}", stacklevel=1)


def test_only_labels_types_and_properties_of_the_graph_model_are_used(lint_report):
    unknown = [f"{item['name']}: {d['message']}" for item in lint_report for d in item["diagnostics"] if UNKNOWN_NAME in d["message"]]
    assert unknown == []


def test_the_linter_catches_what_it_must():
    bad = [
        {"name": "syntax", "query": "MATCH (n:Person) RETURN n.id,", "parameters": {}},
        {"name": "undeclared parameter", "query": "MATCH (n:Person {id: $who}) RETURN n", "parameters": {}},
        {"name": "typo", "query": "MATCH (n:Persn) RETURN n.nmae", "parameters": {}},
    ]
    report = {item["name"]: [(d["severity"], d["message"]) for d in item["diagnostics"]] for item in lint(bad)}
    assert ("error", "Parameter $who is not defined.") in report["undeclared parameter"]
    assert any(severity == "error" for severity, _ in report["syntax"])
    assert sum(UNKNOWN_NAME in message for _, message in report["typo"]) == 2


def test_the_library_files_parse_into_statements_and_examples():
    (one,) = parse("example", '// Says what it answers.\n// :param person => "person:x"\n// :param limit => 5\nMATCH (p:Person {id: $person}) RETURN p LIMIT $limit\n')
    assert one.description == "Says what it answers."
    assert one.examples == {"person": "person:x", "limit": 5}
    assert one.parameters == {"person", "limit"}
    assert len(parse("script", "// Two.\nRETURN 1;\nRETURN 2;\n")) == 2


def test_graphkit_sends_no_cypher_that_is_not_in_a_file():
    code = "\n".join(path.read_text(encoding="utf-8") for path in (REPO / "graphkit").rglob("*.py"))
    clauses = re.findall(r"""["'][^"'\n]*\b(?:MATCH|MERGE|UNWIND|CREATE|DETACH DELETE)\s*\(""", code)
    assert clauses == []


def test_the_linter_is_pinned_for_npm_ci():
    manifest = json.loads((REPO / "tests" / "package.json").read_text(encoding="utf-8"))
    assert manifest["dependencies"] == {"@neo4j-cypher/language-support": "2.0.0-next.38"}
    lock = json.loads((REPO / "tests" / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["packages"]["node_modules/@neo4j-cypher/language-support"]["version"] == "2.0.0-next.38"
    assert Path(LINTER).is_file()
