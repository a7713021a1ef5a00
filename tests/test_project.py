"""What users and CI rely on: the README's commands, CI running exactly the README's test command."""

from __future__ import annotations

import re

from tests.conftest import REPO


def readme_commands() -> list[str]:
    return re.findall(r"```bash\n(.+?)\n```", (REPO / "README.md").read_text(encoding="utf-8"))


def test_readme_opens_with_setup_and_test_commands():
    setup, test = readme_commands()[:2]
    assert setup.startswith("python3 -m venv .venv && .venv/bin/pip install -e .")
    assert "graphkit" in setup and "seeds/" in setup
    assert "pytest" in test


def test_ci_runs_the_readme_test_command_verbatim():
    test_command = readme_commands()[1]
    assert test_command in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_graph_model_contract_is_kept_with_the_code():
    from graphkit.types import ENTITY_LABELS, RELATION_TYPES

    contract = (REPO / "docs" / "graph-model.md").read_text(encoding="utf-8")
    for name in (*ENTITY_LABELS, *RELATION_TYPES, "Article", "MENTIONED_IN"):
        assert f"`{name}`" in contract, name
