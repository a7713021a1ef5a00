"""graphkit's JSONL output (docs/graph-model.md) as the scorers read it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

SCORED_LABELS = ("Person", "Organization", "Country", "Place")
SENTENCE_END = re.compile(r"[.!?…]\s|\n")
MAX_CONTEXT = 400


@dataclass(frozen=True)
class Mention:
    """One mention of one of our entities."""

    start: int
    end: int
    text: str
    label: str
    entity_id: str
    form: str | None = None


def load_predictions(path: Path) -> dict[str, dict]:
    """Records of a JSONL file by the file name of `article.path` (the gold's own file name)."""
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[Path(record["article"]["path"]).name] = record
    return records


def resolved_together(*prediction_sets: dict[str, dict]) -> list[dict[str, dict]]:
    """The predictions with graphkit's cross-article resolution applied over all of them at once,
    as loading them all into one store would give (graphkit.resolve)."""
    from graphkit.resolve import resolve_extractions
    from graphkit.types import Extraction

    names = [(index, name) for index, predictions in enumerate(prediction_sets) for name in predictions]
    extractions = resolve_extractions([Extraction.from_dict(prediction_sets[index][name]) for index, name in names])
    results: list[dict[str, dict]] = [{} for _ in prediction_sets]
    for (index, name), extraction in zip(names, extractions):
        results[index][name] = extraction.to_dict()
    return results


def entities_by_id(record: dict) -> dict[str, dict]:
    return {entity["id"]: entity for entity in record.get("entities", [])}


def mentions_of(record: dict, labels: tuple[str, ...] = SCORED_LABELS) -> list[Mention]:
    """Every mention of the entities with one of `labels`, in text order."""
    found = [
        Mention(m["start"], m["end"], m["text"], entity["label"], entity["id"], m.get("form"))
        for entity in record.get("entities", [])
        if entity["label"] in labels
        for m in entity["mentions"]
    ]
    return sorted(found, key=lambda m: (m.start, m.end, m.label, m.entity_id))


def relations_of(record: dict, types: tuple[str, ...]) -> list[tuple[dict, dict, dict]]:
    """(source entity, target entity, relation) of the relations of `types` whose ends are known."""
    by_id = entities_by_id(record)
    return [
        (by_id[r["source"]], by_id[r["target"]], r)
        for r in record.get("relations", [])
        if r["type"] in types and r["source"] in by_id and r["target"] in by_id
    ]


def has_capital(text: str) -> bool:
    return any(c.isupper() for c in text)


UNNAMED_FORMS = ("description", "pronoun")


def is_named(text: str, form: str | None) -> bool:
    """Whether a mention of ours names its entity, as the gold's names do: it has a capital letter, and graphkit
    does not mark it as a description or pronoun, whose capital only opens a sentence ("Он", "Глава ведомства").
    Output without forms is judged by the capital alone."""
    return has_capital(text) and form not in UNNAMED_FORMS


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def best_cover(span: tuple[int, int], labels: tuple[str, ...], mentions: list[Mention]) -> Mention | None:
    """Our mention that stands for a gold span: overlapping it, of one of `labels` first, then the largest overlap,
    then the tightest ("Таиланда" is "Таиланда", not the "столицы Таиланда" around it)."""
    hits = [m for m in mentions if overlaps((m.start, m.end), span)]
    if not hits:
        return None
    return min(hits, key=lambda m: (m.label not in labels, -overlap((m.start, m.end), span), m.end - m.start, m.start))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) holding text[start:end], with the span in [[ ]], for error lists."""
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    found = SENTENCE_END.search(text, end)
    right = found.start() + 1 if found else len(text)
    left, right = max(left, start - MAX_CONTEXT // 2), min(right, end + MAX_CONTEXT // 2)
    return f"{text[left:start]}[[{text[start:end]}]]{text[end:right]}".strip()
