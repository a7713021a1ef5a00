"""docker-compose.yml: no Docker engine runs here, so the file itself is checked."""

from __future__ import annotations

import re

import yaml

from tests.conftest import REPO


def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))


def env_example() -> dict[str, str]:
    lines = (REPO / ".env.example").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def test_neo4j_5_community_pinned():
    image = compose()["services"]["neo4j"]["image"]
    assert re.fullmatch(r"neo4j:5\.\d+\.\d+-community", image), image


def test_ports_browser_and_bolt():
    assert set(compose()["services"]["neo4j"]["ports"]) == {"7474:7474", "7687:7687"}


def test_named_data_volume():
    config = compose()
    assert "neo4j-data:/data" in config["services"]["neo4j"]["volumes"]
    assert "neo4j-data" in config["volumes"]


def test_password_from_environment_with_documented_default():
    auth = compose()["services"]["neo4j"]["environment"]["NEO4J_AUTH"]
    match = re.fullmatch(r"neo4j/\$\{NEO4J_PASSWORD:-(.+)\}", auth)
    assert match, auth
    assert env_example()["NEO4J_PASSWORD"] == match[1]
    assert len(match[1]) >= 8, "Neo4j 5 rejects passwords shorter than 8 characters"


def test_env_example_points_graphkit_at_the_container():
    example = env_example()
    assert example["NEO4J_URI"] == "bolt://localhost:7687"
    assert example["NEO4J_USER"] == "neo4j"


def test_healthcheck_asks_neo4j_itself_with_the_configured_password():
    service = compose()["services"]["neo4j"]
    check = " ".join(service["healthcheck"]["test"])
    assert "cypher-shell" in check
    assert service["healthcheck"]["retries"] >= 3
    # The check runs in the container: every variable it expands ($$ escapes compose) must be set there.
    used = set(re.findall(r"\$\$\{(\w+)", check))
    assert used and used <= set(service["environment"]), used
