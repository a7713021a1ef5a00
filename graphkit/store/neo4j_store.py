"""Neo4j 5 through the official `neo4j` driver over Bolt.

Writes are managed transactions (`execute_write`), which the driver retries
on transient errors; each write statement is one transaction. The
connection and the password are checked when the store opens, before
anything is extracted or written, and no message ever shows the password.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired
from neo4j.graph import Node, Path, Relationship

from graphkit import __version__
from graphkit.store.base import GraphStore
from graphkit.store.config import StoreConfig
from graphkit.store.errors import StoreError, StoreUnavailable
from graphkit.store.results import Counters, GraphNode, GraphPath, GraphRelationship, QueryResult
from graphkit.store.statements import Statement, statements

BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
START_HINT = "is it running? (docker compose up -d)"


class Neo4jStore(GraphStore):
    """A Neo4j database; `open()` connects and authenticates, `close()` disconnects."""

    def __init__(self, driver: neo4j.Driver, config: StoreConfig) -> None:
        self._driver = driver
        self._uri = config.uri
        self._database = config.database
        self.description = config.describe()

    @classmethod
    def open(cls, config: StoreConfig) -> Neo4jStore:
        uri = config.uri or ""
        if uri.split("://", 1)[0] not in BOLT_SCHEMES or "://" not in uri:
            raise StoreUnavailable(f"{uri!r} is not a Neo4j Bolt URI (expected e.g. bolt://localhost:7687)")
        # The driver also logs what it raises; graphkit reports it once, as one line.
        logging.getLogger("neo4j").addHandler(logging.NullHandler())
        auth = (config.user, config.password) if config.password is not None else None
        try:
            driver = GraphDatabase.driver(uri, auth=auth, user_agent=f"graphkit/{__version__}")
        except (ConfigurationError, ValueError) as error:
            raise StoreUnavailable(f"cannot use the Neo4j URI {uri}: {one_line(error)}") from None
        try:
            driver.verify_connectivity()
        except AuthError:
            driver.close()
            raise StoreUnavailable(f"Neo4j at {uri} refused user {config.user!r}: wrong user or password") from None
        except (DriverError, Neo4jError, OSError) as error:
            driver.close()
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {connection_failure(error)}; {START_HINT}") from None
        return cls(driver, config)

    def ensure_schema(self) -> None:
        for constraint in statements("schema"):
            self.write(constraint, {})

    def write(self, statement: Statement, parameters: dict[str, Any]) -> Counters:
        def transaction(tx: neo4j.ManagedTransaction) -> neo4j.ResultSummary:
            return tx.run(statement.text, parameters).consume()

        with self._failures(statement.name):
            with self._driver.session(database=self._database) as session:
                summary = session.execute_write(transaction)
        return counters(summary)

    def read(self, statement: Statement, parameters: dict[str, Any]) -> QueryResult:
        def transaction(tx: neo4j.ManagedTransaction) -> QueryResult:
            result = tx.run(statement.text, parameters)
            columns = list(result.keys())
            rows = [[plain(value) for value in record.values()] for record in result]
            return QueryResult(columns, rows, counters(result.consume()))

        with self._failures(statement.name):
            with self._driver.session(database=self._database) as session:
                return session.execute_read(transaction)

    def run(self, cypher: str, parameters: dict[str, Any]) -> QueryResult:
        with self._failures("the query"):
            records, summary, keys = self._driver.execute_query(
                cypher, parameters, database_=self._database, routing_=RoutingControl.WRITE
            )
        return QueryResult(list(keys), [[plain(value) for value in record.values()] for record in records], counters(summary))

    def close(self) -> None:
        self._driver.close()

    def _failures(self, what: str) -> AbstractContextManager[None]:
        return translated_failures(self._uri or "", what)


@contextmanager
def translated_failures(uri: str, what: str) -> Iterator[None]:
    """Turn the driver's exceptions during a statement into graphkit's, as one line."""
    try:
        yield
    except AuthError:
        raise StoreUnavailable(f"Neo4j at {uri} refused the user: wrong user or password") from None
    except (ServiceUnavailable, SessionExpired) as error:
        raise StoreUnavailable(f"lost Neo4j at {uri}: {connection_failure(error)}; {START_HINT}") from None
    except Neo4jError as error:
        raise StoreError(f"Neo4j refused {what}: {one_line(error.message or error)}") from None
    except DriverError as error:
        raise StoreError(f"Neo4j driver failed on {what}: {one_line(error)}") from None


def counters(summary: neo4j.ResultSummary) -> Counters:
    found = summary.counters
    return Counters(
        nodes_created=found.nodes_created,
        nodes_deleted=found.nodes_deleted,
        relationships_created=found.relationships_created,
        relationships_deleted=found.relationships_deleted,
        properties_set=found.properties_set,
    )


def plain(value: Any) -> Any:
    """A Neo4j driver value as a plain value of `graphkit.store.results`."""
    if isinstance(value, Node):
        return GraphNode(tuple(sorted(value.labels)), {key: plain(item) for key, item in value.items()})
    if isinstance(value, Relationship):
        return GraphRelationship(value.type, {key: plain(item) for key, item in value.items()})
    if isinstance(value, Path):
        return GraphPath(tuple(plain(node) for node in value.nodes), tuple(plain(rel) for rel in value.relationships))
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if hasattr(value, "iso_format"):  # neo4j.time Date, DateTime, Time, Duration
        return value.iso_format()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # points, durations and other types graphkit does not write


def one_line(error: object) -> str:
    return " ".join(str(error).split())


def connection_failure(error: BaseException) -> str:
    """The reason under the driver's wording: `Connection refused`, `Name or service not known`, …"""
    text = one_line(error)
    reason = re.search(r"\(reason (?:\[Errno -?\d+\] )?(.+?)\)$", text)
    return reason[1] if reason else text
