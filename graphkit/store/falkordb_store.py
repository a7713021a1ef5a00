"""The embedded store: a FalkorDB graph served by the `EmbeddedServer` of the store folder.

Talks to the server through the `falkordb` client over the folder's unix
socket. Every GRAPH.QUERY runs atomically in the server, so each write
statement is one transaction. Parameters travel as FalkorDB's `CYPHER
name=value` header, which the client builds from Python values (strings
quoted and escaped); nothing is ever formatted into the statement itself.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FalkorPath

from graphkit.store.base import GraphStore
from graphkit.store.embedded_server import EmbeddedServer, tell_user
from graphkit.store.errors import StoreError, StoreUnavailable
from graphkit.store.results import Counters, GraphNode, GraphPath, GraphRelationship, QueryResult
from graphkit.store.statements import Statement, statements

GRAPH_NAME = "graphkit"
# FalkorDB's answer to CREATE INDEX for an index that exists (it has no IF NOT EXISTS there).
ALREADY_INDEXED = "already indexed"


class FalkorDBStore(GraphStore):
    """The graph in a store folder; `open()` starts the folder's server, `close()` stops it."""

    def __init__(self, server: EmbeddedServer, graph_name: str = GRAPH_NAME) -> None:
        self.server = server
        self.description = f"the embedded store in {server.folder}"
        self._client = FalkorDB(unix_socket_path=str(server.socket_path))
        self._graph = self._client.select_graph(graph_name)

    @classmethod
    def open(cls, folder: Path, *, on_wait: Callable[[str], None] = tell_user) -> FalkorDBStore:
        server = EmbeddedServer(folder, on_wait=on_wait)
        server.start()
        try:
            return cls(server)
        except BaseException:
            server.stop()
            raise

    def ensure_schema(self) -> None:
        for index in statements("schema_falkordb"):
            try:
                self._graph.query(index.text)
            except redis.ResponseError as error:
                if ALREADY_INDEXED not in str(error):
                    raise StoreError(f"FalkorDB refused the schema statement {index.text!r}: {error}") from error
            except redis.ConnectionError as error:
                raise self._server_lost(error) from error

    def write(self, statement: Statement, parameters: dict[str, Any]) -> Counters:
        return self._query(statement.text, parameters, what=statement.name).counters

    def read(self, statement: Statement, parameters: dict[str, Any]) -> QueryResult:
        return self._query(statement.text, parameters, what=statement.name)

    def run(self, cypher: str, parameters: dict[str, Any]) -> QueryResult:
        return self._query(cypher, parameters, what="the query")

    def close(self) -> None:
        try:
            self._client.close()
        finally:
            self.server.stop()

    def _query(self, cypher: str, parameters: dict[str, Any], *, what: str) -> QueryResult:
        try:
            result = self._graph.query(cypher, parameters)
        except redis.ConnectionError as error:
            raise self._server_lost(error) from error
        except redis.ResponseError as error:
            raise StoreError(f"FalkorDB refused {what}: {error}") from error
        columns = [str(name) for _, name in result.header] if result.header else []
        return QueryResult(
            columns=columns,
            rows=[[plain(value) for value in row] for row in result.result_set],
            counters=Counters(
                nodes_created=int(result.nodes_created),
                nodes_deleted=int(result.nodes_deleted),
                relationships_created=int(result.relationships_created),
                relationships_deleted=int(result.relationships_deleted),
                properties_set=int(result.properties_set),
            ),
        )

    def _server_lost(self, error: Exception) -> StoreUnavailable:
        return StoreUnavailable(
            f"the embedded FalkorDB server in {self.server.folder} stopped answering ({error}); "
            f"see {self.server.log_path}, then run the command again"
        )


def plain(value: Any) -> Any:
    """A FalkorDB result value as a plain value of `graphkit.store.results`."""
    if isinstance(value, Node):
        return GraphNode(tuple(value.labels or ()), plain(value.properties))
    if isinstance(value, Edge):
        return GraphRelationship(value.relation, plain(value.properties))
    if isinstance(value, FalkorPath):
        return GraphPath(tuple(plain(node) for node in value.nodes()), tuple(plain(edge) for edge in value.edges()))
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # points, durations and other types graphkit does not write
