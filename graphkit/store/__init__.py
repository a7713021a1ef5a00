"""Graph stores: Neo4j 5 over Bolt, or the embedded FalkorDB store graphkit runs itself.

    from graphkit.pipeline import extract_paths
    from graphkit.store import StoreConfig, load, open_store
    from graphkit.store.statements import statement

    with open_store(StoreConfig.from_env()) as store:      # reachable, or StoreUnavailable
        summary = load(store, extract_paths(["news/"]))
        print(summary.line())
        meetings = store.run(statement("meetings_of_person").text, {"person": "person:андрей-белоусов"})
"""

from __future__ import annotations

from collections.abc import Callable

from graphkit.store.base import GraphStore
from graphkit.store.config import StoreConfig
from graphkit.store.errors import StoreError, StoreUnavailable
from graphkit.store.results import Counters, GraphNode, GraphPath, GraphRelationship, QueryResult
from graphkit.store.writer import DEFAULT_BATCH_SIZE, LoadSummary, load

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "Counters",
    "GraphNode",
    "GraphPath",
    "GraphRelationship",
    "GraphStore",
    "LoadSummary",
    "QueryResult",
    "StoreConfig",
    "StoreError",
    "StoreUnavailable",
    "load",
    "open_store",
]


def open_store(config: StoreConfig, *, create: bool = True, on_wait: Callable[[str], None] | None = None) -> GraphStore:
    """Connect to Neo4j if `config.uri` is set, else start the embedded store in `config.store_dir`.

    The store is reachable (and Neo4j has accepted the password) when this
    returns. `create=False` refuses to make a new embedded store where there
    is none (for commands that only read). `on_wait` is told when another
    graphkit holds the embedded store and this one waits for it (default:
    a line on stderr).
    """
    if config.uses_neo4j:
        from graphkit.store.neo4j_store import Neo4jStore

        return Neo4jStore.open(config)
    from graphkit.store.falkordb_store import FalkorDBStore

    if not create and not config.store_dir.is_dir():
        raise StoreUnavailable(f"there is no graphkit store in {config.store_dir}: load articles first (graphkit load PATH...)")
    if on_wait is None:
        return FalkorDBStore.open(config.store_dir)
    return FalkorDBStore.open(config.store_dir, on_wait=on_wait)
