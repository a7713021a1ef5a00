"""Load throughput of the embedded store: node and relationship rows per second by batch size.

    python bench/load_throughput.py [--articles 2000] [--runs 3] [--batch-sizes 100 1000 5000]

Builds synthetic but realistic extractions (Russian names, 20 entities and
10 facts per article drawn from a shared pool, so later articles merge into
existing nodes; evidence sentences of news length), loads them with
`graphkit.store.load` into a fresh embedded store per run, and times the
node statements and the fact statements separately, and the settling that
ends every load (cross-article resolution, `resolve/` statements, reads and
writes). Prints the median of the runs for each batch size. The target is 20,000 relationship rows/s at
the best batch size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.store import StoreConfig, load, open_store  # noqa: E402
from graphkit.store.base import GraphStore  # noqa: E402
from graphkit.store.results import Counters, QueryResult  # noqa: E402
from graphkit.store.statements import Statement  # noqa: E402
from graphkit.types import (  # noqa: E402
    COUNTRY,
    HEADS,
    LOCATED_IN,
    MET_WITH,
    ORGANIZATION,
    PERSON,
    PLACE,
    VISITED,
    WORKS_FOR,
    Article,
    Entity,
    Extraction,
    Relation,
    Span,
)

FIRST_NAMES = ["Андрей", "Сергей", "Владимир", "Дмитрий", "Мария", "Анна", "Эмомали", "Михаил", "Ольга", "Алексей", "Елена", "Игорь"]
LAST_NAMES = ["Белоусов", "Лавров", "Собирзода", "Песков", "Захарова", "Шойгу", "Мишустин", "Решетников", "Набиуллина", "Силуанов", "Голикова", "Матвиенко"]
MINISTRIES = ["обороны", "иностранных дел", "финансов", "экономического развития", "юстиции", "здравоохранения", "энергетики", "транспорта"]
SENTENCE = (
    "Министр {0} провел переговоры с коллегой {1} в рамках рабочего визита, "
    "стороны обсудили актуальные вопросы двустороннего взаимодействия и сотрудничества."
)
ENTITIES_PER_ARTICLE = 20
FACTS_PER_ARTICLE = 10


def entity_pool(rng: random.Random) -> list[Entity]:
    """3,000 people, 600 organizations, 150 countries and 400 places with their aliases and props."""
    pool = []
    for index in range(3000):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        name = f"{first} {last} {index}"
        pool.append(Entity(f"person:{first}-{last}-{index}".lower(), PERSON, name, [name, f"{last} {index}"], {"first_name": first, "last_name": last, "titles": [f"министр {rng.choice(MINISTRIES)}"]}))
    for index in range(150):
        pool.append(Entity(f"country:c{index}", COUNTRY, f"Страна {index}", [f"Страны {index}"], {"official_name": f"Республика {index}"}))
    for index in range(600):
        pool.append(Entity(f"org:c{index % 150}:ministry:{index}", ORGANIZATION, f"Министерство {rng.choice(MINISTRIES)} {index}", [], {"short_name": f"Мин{index}", "kind": "ministry"}))
    for index in range(400):
        pool.append(Entity(f"place:c{index % 150}:город-{index}", PLACE, f"Город {index}", [f"Города {index}"], {"kind": "city"}))
    return pool


def synthetic_articles(count: int, seed: int = 7) -> list[Extraction]:
    rng = random.Random(seed)
    pool = entity_pool(rng)
    people = [entity for entity in pool if entity.label == PERSON]
    others = [entity for entity in pool if entity.label != PERSON]
    articles = []
    for number in range(count):
        chosen = rng.sample(people, 12) + rng.sample(others, ENTITIES_PER_ARTICLE - 12)
        sentences, relations = [], []
        for fact in range(FACTS_PER_ARTICLE):
            source = rng.choice(chosen[:12])
            target = rng.choice([entity for entity in chosen if entity is not source])
            relation_type = {PERSON: MET_WITH, COUNTRY: VISITED, PLACE: VISITED, ORGANIZATION: rng.choice([HEADS, WORKS_FOR])}[target.label]
            if source.label != PERSON:
                relation_type = LOCATED_IN
            sentence = SENTENCE.format(source.name, target.name)
            start = sum(len(text) + 1 for text in sentences)
            sentences.append(sentence)
            relations.append(Relation(relation_type, source.id, target.id, Span(start, start + len(sentence), sentence), {"date": "2025-10-08", "kind": "talks"}, 0.8))
        text = " ".join(sentences)
        entities = [Entity(entity.id, entity.label, entity.name, list(entity.aliases), dict(entity.props), [Span(0, 5, text[:5])] * rng.randint(1, 6)) for entity in chosen]
        article = Article(id=f"bench:{number}", path=f"bench/{number}.txt", title=f"Переговоры {number}", text=text, date="2025-10-08", source="bench", authors=("Иван Петров",), tags=("армия",))
        articles.append(Extraction(article, entities, relations))
    return articles


class TimedStore(GraphStore):
    """Times each write statement of another store, by the kind of rows it writes."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.description = store.description
        self.seconds: dict[str, float] = {"node": 0.0, "relationship": 0.0, "settle": 0.0, "other": 0.0}
        self.rows: dict[str, int] = {"node": 0, "relationship": 0, "settle": 0, "other": 0}

    def ensure_schema(self) -> None:
        self.store.ensure_schema()

    def write(self, statement: Statement, parameters: dict[str, Any]) -> Counters:
        started = time.perf_counter()
        counters = self.store.write(statement, parameters)
        self.seconds[kind_of(statement)] += time.perf_counter() - started
        self.rows[kind_of(statement)] += len(next(iter(parameters.values())))
        return counters

    def read(self, statement: Statement, parameters: dict[str, Any]) -> QueryResult:
        started = time.perf_counter()
        result = self.store.read(statement, parameters)
        self.seconds[kind_of(statement)] += time.perf_counter() - started
        return result

    def run(self, cypher: str, parameters: dict[str, Any]) -> QueryResult:
        return self.store.run(cypher, parameters)

    def close(self) -> None:
        self.store.close()


def kind_of(statement: Statement) -> str:
    """What a statement writes: node rows, relationship rows, settling, or other."""
    if "/node_" in statement.name or statement.name == "load/article":
        return "node"
    if "/relationship_" in statement.name:
        return "relationship"
    return "settle" if statement.name.startswith("resolve/") else "other"


def one_run(articles: list[Extraction], batch_size: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as folder:
        with open_store(StoreConfig(store_dir=Path(folder) / "store")) as store:
            timed = TimedStore(store)
            started = time.perf_counter()
            summary = load(timed, articles, batch_size=batch_size)
            elapsed = time.perf_counter() - started
    assert summary.errors == 0 and summary.articles == len(articles)
    return {
        "node rows/s": timed.rows["node"] / timed.seconds["node"],
        "relationship rows/s": timed.rows["relationship"] / timed.seconds["relationship"],
        "articles/s": len(articles) / elapsed,
        "settle s": timed.seconds["settle"],
        "node rows": timed.rows["node"],
        "relationship rows": timed.rows["relationship"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[100, 1000, 5000])
    options = parser.parse_args()
    articles = synthetic_articles(options.articles)
    print(f"{options.articles} synthetic articles, {ENTITIES_PER_ARTICLE} entities and {FACTS_PER_ARTICLE} facts each; median of {options.runs} runs")
    print(f"{'batch size':>10}  {'node rows/s':>12}  {'relationship rows/s':>19}  {'articles/s':>10}  {'settle s':>8}")
    best = 0.0
    for batch_size in options.batch_sizes:
        runs = [one_run(articles, batch_size) for _ in range(options.runs)]
        median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        best = max(best, median["relationship rows/s"])
        print(f"{batch_size:>10}  {median['node rows/s']:>12,.0f}  {median['relationship rows/s']:>19,.0f}  {median['articles/s']:>10,.0f}  {median['settle s']:>8.1f}")
    print(f"best: {best:,.0f} relationship rows/s (target 20,000): {'met' if best >= 20000 else 'NOT met'}")


if __name__ == "__main__":
    main()
