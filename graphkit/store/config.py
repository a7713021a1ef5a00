"""Which graph store to use, from command-line options or the environment.

A Neo4j URI selects Neo4j; without one graphkit uses its embedded FalkorDB
store in a folder. The password is kept out of `repr()` so that it never
reaches a log line or a traceback.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_STORE_DIR = ".graphkit"
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"


@dataclass(frozen=True)
class StoreConfig:
    """Connection settings: Neo4j when `uri` is set, else the embedded store in `store_dir`."""

    uri: str | None = None
    user: str = DEFAULT_USER
    password: str | None = field(default=None, repr=False)
    database: str = DEFAULT_DATABASE
    store_dir: Path = Path(DEFAULT_STORE_DIR)

    def __post_init__(self) -> None:
        object.__setattr__(self, "uri", self.uri or None)
        object.__setattr__(self, "store_dir", Path(self.store_dir))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> StoreConfig:
        """The settings of NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE and GRAPHKIT_HOME."""
        return cls(
            uri=environ.get("NEO4J_URI"),
            user=environ.get("NEO4J_USER") or DEFAULT_USER,
            password=environ.get("NEO4J_PASSWORD"),
            database=environ.get("NEO4J_DATABASE") or DEFAULT_DATABASE,
            store_dir=Path(environ.get("GRAPHKIT_HOME") or DEFAULT_STORE_DIR),
        )

    @property
    def uses_neo4j(self) -> bool:
        return self.uri is not None

    def describe(self) -> str:
        """Where the graph lives, for messages (never with the password)."""
        if self.uses_neo4j:
            return f"Neo4j at {self.uri} (database {self.database})"
        return f"the embedded store in {self.store_dir}"
