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


def test_a_built_wheel_holds_the_cypher_data_and_templates(tmp_path):
    """A non-editable install has every module and reads its Cypher, gazetteer and page templates from the wheel."""
    import shutil
    import subprocess
    import sys
    import zipfile

    source = tmp_path / "source"
    for name in ("graphkit", "cypher"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(source)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("graphkit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    repository_cypher = {f"graphkit/cypher/{path.relative_to(REPO / 'cypher').as_posix()}" for path in (REPO / "cypher").rglob("*.cypher")}
    assert repository_cypher and repository_cypher <= names
    assert "graphkit/data/forms.tsv" in names
    modules = {path.relative_to(REPO).as_posix() for path in (REPO / "graphkit").rglob("*.py")}
    assert modules - names == set(), "modules missing from the wheel: list their packages in pyproject.toml"
    assert {"graphkit/viz/templates/graph.html", "graphkit/viz/templates/graph.js"} <= names
