"""Which store graphkit opens, from options or the environment, and the password kept out of sight."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.store import StoreConfig
from graphkit.store.neo4j_store import connection_failure

SECRET = "Sekret-Parol-9431"


@pytest.mark.parametrize(
    "environment, expected",
    [
        ({}, StoreConfig(uri=None, user="neo4j", password=None, database="neo4j", store_dir=Path(".graphkit"))),
        ({"NEO4J_URI": ""}, StoreConfig()),
        ({"GRAPHKIT_HOME": "/data/graph"}, StoreConfig(store_dir=Path("/data/graph"))),
        (
            {"NEO4J_URI": "bolt://db:7687", "NEO4J_USER": "analyst", "NEO4J_PASSWORD": SECRET, "NEO4J_DATABASE": "news"},
            StoreConfig(uri="bolt://db:7687", user="analyst", password=SECRET, database="news"),
        ),
    ],
)
def test_settings_from_the_environment(environment, expected):
    assert StoreConfig.from_env(environment) == expected


def test_neo4j_only_with_a_uri():
    assert not StoreConfig().uses_neo4j
    assert StoreConfig(uri="bolt://localhost:7687").uses_neo4j
    assert StoreConfig(store_dir="x").describe() == "the embedded store in x"
    assert StoreConfig(uri="bolt://localhost:7687").describe() == "Neo4j at bolt://localhost:7687 (database neo4j)"


def test_the_password_is_in_no_representation():
    config = StoreConfig(uri="bolt://localhost:7687", password=SECRET)
    assert SECRET not in repr(config) + str(config) + config.describe()


@pytest.mark.parametrize(
    "message, reason",
    [
        (
            "Couldn't connect to 127.0.0.1:7699 (resolved to ('127.0.0.1:7699',)):\nFailed to establish connection to "
            "ResolvedIPv4Address(('127.0.0.1', 7699)) (reason [Errno 111] Connection refused)",
            "Connection refused",
        ),
        ("Failed to DNS resolve address nohost:7687: [Errno -2] Name or service not known", "Failed to DNS resolve address nohost:7687: [Errno -2] Name or service not known"),
        ("Unable to retrieve routing information", "Unable to retrieve routing information"),
    ],
)
def test_the_reason_a_connection_failed_is_one_short_line(message, reason):
    assert connection_failure(Exception(message)) == reason
