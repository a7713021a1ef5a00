"""In-document coreference on factRuEval-2016 (not an official task).

The gold mentions of persons, organisations and places that contain a name
span should fall into our entities the way `.coref` groups them. Each gold
mention takes the entity of the mention of ours that overlaps it (of the
matching label first, then the largest overlap); pairs of gold mentions of
one gold entity are compared with pairs that share one of ours.
"""

from __future__ import annotations

from devset.factrueval.gold import Document, Mention
from devset.prediction import best_cover, mentions_of, sentence_around
from devset.score import Score, pairs

NAME_TAGS = {"name", "surname", "patronymic", "nickname", "org_name", "loc_name"}
OUR_LABELS = {"per": ("Person",), "org": ("Organization",), "loc": ("Country", "Place"), "locorg": ("Country", "Place")}


def named_mentions(doc: Document) -> dict[str, list[Mention]]:
    """Named gold mentions of the scored kinds, by gold entity id."""
    groups = {}
    for entity in doc.entities:
        named = [m for m in entity.mentions if m.kind in OUR_LABELS and any(s.tag in NAME_TAGS for s in m.spans)]
        if named:
            groups[entity.id] = named
    return groups


def score_coreference(doc: Document, record: dict, score: Score) -> None:
    ours = mentions_of(record)
    gold_groups = named_mentions(doc)
    owner: dict[str, str] = {}
    for named in gold_groups.values():
        for mention in named:
            cover = best_cover((mention.start, mention.end), OUR_LABELS[mention.kind], ours)
            if cover is not None:
                owner[mention.id] = cover.entity_id
    our_groups: dict[str, set[str]] = {}
    for mention_id, entity_id in owner.items():
        our_groups.setdefault(entity_id, set()).add(mention_id)
    score.add_sets(pairs(our_groups), pairs({k: {m.id for m in v} for k, v in gold_groups.items()}))

    def show(mention: Mention) -> str:
        return f"{doc.text[mention.start:mention.end]}->{owner.get(mention.id, 'none')}"

    for named in gold_groups.values():
        if len(named) > 1 and len({owner.get(m.id) for m in named}) > 1:
            score.error("FN", doc.name, "split: " + " | ".join(show(m) for m in named), sentence_around(doc.text, named[0].start, named[0].end))
    gold_of = {m.id: entity_id for entity_id, named in gold_groups.items() for m in named}
    by_id = {m.id: m for named in gold_groups.values() for m in named}
    for entity_id, members in our_groups.items():
        if len({gold_of[m] for m in members}) > 1:
            shown = sorted(members, key=lambda m: (by_id[m].start, by_id[m].end, m))
            first = by_id[shown[0]]
            score.error("FP", doc.name, f"merged in {entity_id}: " + " | ".join(f"{doc.text[by_id[m].start:by_id[m].end]}(gold {gold_of[m]})" for m in shown), sentence_around(doc.text, first.start, first.end))
