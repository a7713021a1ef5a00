"""The small interface both graph stores implement."""

from __future__ import annotations

from abc import ABC, abstractmethod
from types import TracebackType
from typing import Any

from graphkit.store.results import Counters, QueryResult
from graphkit.store.statements import Statement


class GraphStore(ABC):
    """A graph database graphkit writes to and queries; open one with `graphkit.store.open_store`.

    `write` runs one statement in one transaction; `read` and `run` return
    plain values (see `graphkit.store.results`). A store is a context
    manager: leaving the `with` block closes it.
    """

    #: Where the graph lives, for messages ("Neo4j at bolt://…", "the embedded store in DIR").
    description: str

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create the indexes or constraints on `id` that loading relies on (idempotent)."""

    @abstractmethod
    def write(self, statement: Statement, parameters: dict[str, Any]) -> Counters:
        """Run a write statement of graphkit's in one transaction and return what it changed."""

    @abstractmethod
    def read(self, statement: Statement, parameters: dict[str, Any]) -> QueryResult:
        """Run a read-only statement of graphkit's."""

    @abstractmethod
    def run(self, cypher: str, parameters: dict[str, Any]) -> QueryResult:
        """Run a user's Cypher (which may write) with its parameters."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection (and stop the embedded server graphkit started)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()
