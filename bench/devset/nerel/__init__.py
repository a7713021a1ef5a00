"""NEREL v1.1: NER, workplaces, meetings and cross-document entity resolution."""

from __future__ import annotations

from devset.nerel.gold import Document
from devset.nerel.ner import score_ner
from devset.nerel.relations import score_meetings, score_workplace
from devset.nerel.resolution import resolution_items, score_resolution
from devset.score import Score


def evaluate(gold: dict[str, Document], predictions: dict[str, dict]) -> list[Score]:
    """All NEREL scores of a split; a document with no prediction counts as predicting nothing."""
    ner, workplace, extended = Score("nerel ner"), Score("workplace"), Score("workplace extended")
    meetings, resolution, across = Score("nerel meetings"), Score("nerel resolution"), Score("resolution across docs")
    items = []
    for name, doc in gold.items():
        record = predictions.get(name, {})
        score_ner(doc, record, ner)
        score_workplace(doc, record, workplace)
        score_workplace(doc, record, extended, extended=True)
        score_meetings(doc, record, meetings)
        items.extend(resolution_items(doc, record))
    score_resolution(items, resolution, across)
    return [ner, workplace, extended, meetings, resolution, across]
