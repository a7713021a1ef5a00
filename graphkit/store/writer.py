"""Loading extractions into a graph store: batched, idempotent, and safe to run again after a crash.

Articles are gathered until they make `batch_size` rows, then written in
this order, each statement one transaction of at most `batch_size` rows:

1. read the stored fingerprints of these articles; an article stored with
   the same fingerprint is unchanged and skipped;
2. an article stored with another fingerprint (or none: an interrupted
   load) is replaced: its fingerprint removed, its facts deleted, the
   entities only it mentioned deleted, its MENTIONED_IN links deleted;
3. the Article nodes, then the entity nodes with their MENTIONED_IN links
   (label by label), then the facts (type by type);
4. last, the articles' fingerprints ("sealed").

After the last batch the whole graph is settled (`graphkit.store.settle`).

An article is thus complete exactly when it is sealed. If the load stops
anywhere (the server killed, the machine down), the next load of the same
articles replaces the unsealed ones and ends with the same graph as a load
that was never interrupted. Every write is a MERGE, so repeating one
changes nothing either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from graphkit.errors import ReadError
from graphkit.store.base import GraphStore
from graphkit.store.results import Counters
from graphkit.resolve import Corrections
from graphkit.store.rows import ArticleRows, article_rows
from graphkit.store.settle import settle
from graphkit.store.statements import Statement, node_statement, relationship_statement, statement
from graphkit.types import ENTITY_LABELS, RELATION_TYPES, Extraction

DEFAULT_BATCH_SIZE = 5000  # the fastest of 100, 1000 and 5000 in bench/load_throughput.py
FORGET_STEPS = ("load/forget_facts", "load/forget_orphans", "load/forget_mentions")
T = TypeVar("T")


@dataclass
class LoadSummary:
    """What a load did, from the stores' own statistics."""

    articles: int = 0
    replaced: int = 0
    unchanged: int = 0
    node_rows: int = 0
    errors: int = 0
    interrupted: bool = False
    counters: Counters = field(default_factory=Counters)

    @property
    def nodes_updated(self) -> int:
        """Node rows that merged into a node that was there already."""
        return max(self.node_rows - self.counters.nodes_created, 0)

    def line(self) -> str:
        found = self.counters
        return (
            f"loaded {self.articles} articles ({self.replaced} replaced, {self.unchanged} unchanged): "
            f"{found.nodes_created} nodes created, {self.nodes_updated} updated, {found.nodes_deleted} deleted; "
            f"{found.relationships_created} relationships created, {found.relationships_deleted} deleted; "
            f"{self.errors} errors"
        )


def load(
    store: GraphStore,
    items: Iterable[Extraction | ReadError],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_problem: Callable[[str], None] = lambda message: None,
    on_batch: Callable[[str, int], None] = lambda name, rows: None,
    force: bool = False,
    stop: Callable[[], bool] = lambda: False,
    corrections: Corrections = Corrections(),
) -> LoadSummary:
    """Write extractions into the store and say what changed.

    `items` may hold `ReadError`s (from `graphkit.pipeline.extract_paths`):
    each counts as an error and is passed to `on_problem` as `path: reason`,
    as is anything an extraction holds that cannot be written.
    `on_batch(statement name, rows)` is called after each committed transaction.
    The schema is ensured before the first item is taken from `items`.
    `force` writes unchanged articles again (as if changed). `stop()` is asked
    after each item: when it says yes, the articles gathered so far are
    written and the load ends with `interrupted` set; a later load of the
    same items goes on from there (unchanged articles are skipped).
    Last, the graph is settled (`graphkit.store.settle`): entities resolved
    across articles, with the analyst's `corrections`, and every node's
    properties made independent of the load order.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    store.ensure_schema()
    writer = BatchWriter(store, batch_size, on_batch, force=force)
    pending: dict[str, ArticleRows] = {}
    for item in items:
        if isinstance(item, ReadError):
            writer.summary.errors += 1
            on_problem(f"{item.path}: {item.reason}")
            continue
        rows = article_rows(item)
        writer.summary.errors += len(rows.problems)
        for problem in rows.problems:
            on_problem(problem)
        pending.pop(rows.article_id, None)
        pending[rows.article_id] = rows
        if sum(article.row_count for article in pending.values()) >= batch_size:
            writer.write(list(pending.values()))
            pending.clear()
        if stop():
            writer.summary.interrupted = True
            break
    if pending:
        writer.write(list(pending.values()))
    writer.summary.counters += settle(store, corrections, batch_size).counters
    return writer.summary


class BatchWriter:
    """Writes groups of articles in the order the module docstring gives."""

    def __init__(self, store: GraphStore, batch_size: int, on_batch: Callable[[str, int], None], *, force: bool = False) -> None:
        self.store = store
        self.batch_size = batch_size
        self.on_batch = on_batch
        self.force = force
        self.summary = LoadSummary()

    def write(self, articles: list[ArticleRows]) -> None:
        stored = self.stored_fingerprints([article.article_id for article in articles])
        todo = [article for article in articles if self.force or stored.get(article.article_id, "") != article.fingerprint]
        replaced = [article.article_id for article in todo if article.article_id in stored]
        self.summary.unchanged += len(articles) - len(todo)
        self.summary.replaced += len(replaced)
        self.summary.articles += len(todo)
        if not todo:
            return
        for step in FORGET_STEPS:
            self.run(statement(step), "ids", replaced)
        self.run(statement("load/article"), "rows", [article.article for article in todo])
        self.summary.node_rows += len(todo)
        for label in ENTITY_LABELS:
            rows = [row for article in todo for row in article.nodes.get(label, [])]
            self.run(node_statement(label), "rows", rows)
            self.summary.node_rows += len(rows)
        for relation_type in RELATION_TYPES:
            self.run(relationship_statement(relation_type), "rows", [row for article in todo for row in article.facts.get(relation_type, [])])
        self.run(statement("load/seal_articles"), "rows", [{"id": article.article_id, "fingerprint": article.fingerprint} for article in todo])

    def stored_fingerprints(self, ids: list[str]) -> dict[str, str | None]:
        """The fingerprint of each of these articles that is stored (None: stored but not sealed)."""
        found: dict[str, str | None] = {}
        for batch in batches(ids, self.batch_size):
            result = self.store.read(statement("load/article_fingerprints"), {"ids": batch})
            found.update((record["id"], record["fingerprint"]) for record in result.records())
        return found

    def run(self, write: Statement, parameter: str, rows: list[Any]) -> None:
        for batch in batches(rows, self.batch_size):
            self.summary.counters += self.store.write(write, {parameter: batch})
            self.on_batch(write.name, len(batch))


def batches(items: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
