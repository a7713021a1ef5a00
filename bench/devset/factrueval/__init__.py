"""factRuEval-2016: mentions, entities and facts as the official scorers count them, and coreference."""

from __future__ import annotations

from devset.factrueval.coreference import score_coreference
from devset.factrueval.entities import score_entities
from devset.factrueval.facts import score_facts
from devset.factrueval.gold import Document
from devset.factrueval.mentions import score_mentions
from devset.score import Score


def evaluate(gold: dict[str, Document], predictions: dict[str, dict]) -> list[Score]:
    """All factRuEval scores of a split; a document with no prediction counts as predicting nothing."""
    mentions, entities, coreference = Score("mentions"), Score("entities"), Score("coreference")
    any_name = Score("entities, any name")
    occupation, meeting = Score("occupation"), Score("meeting")
    for name, doc in gold.items():
        record = predictions.get(name, {})
        score_mentions(doc, record, mentions)
        score_entities(doc, record, entities)
        score_entities(doc, record, any_name, any_name=True)
        score_coreference(doc, record, coreference)
        score_facts("occupation", doc, record, occupation)
        score_facts("meeting", doc, record, meeting)
    facts = occupation.merged("occupation+meeting", meeting)
    return [mentions, entities, any_name, coreference, occupation, meeting, facts]
