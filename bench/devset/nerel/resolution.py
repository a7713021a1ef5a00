"""Entity resolution on NEREL: one Wikidata item, one graphkit entity id, also across documents.

Items are the outermost scored gold spans that have a Wikidata QID. Each
takes the id of the mention of ours overlapping it (of the matching label
first, then the largest overlap), or none. Pairs of items with one QID are
the gold pairs, pairs with one id of ours the predicted ones; pairs are
counted, not listed, since one country can give 10^5 of them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from devset.nerel.gold import Document
from devset.prediction import best_cover, mentions_of
from devset.score import Score


@dataclass(frozen=True)
class Item:
    doc: str
    text: str
    qid: str
    ours: str | None


def resolution_items(doc: Document, record: dict) -> list[Item]:
    mentions = mentions_of(record)
    items = []
    for span in doc.scored_spans():
        qid = doc.links.get(span.id)
        if qid:
            cover = best_cover((span.start, span.end), (span.label,), mentions)
            items.append(Item(doc.name, doc.text[span.start : span.end], qid, cover.entity_id if cover else None))
    return items


def pair_count(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def score_resolution(items: list[Item], everywhere: Score, across: Score) -> None:
    """Pairwise P/R/F1 over all pairs of items (`everywhere`) and over pairs from different documents (`across`)."""
    resolved = [i for i in items if i.ours is not None]
    totals = {
        "gold": Counter(i.qid for i in items),
        "ours": Counter(i.ours for i in resolved),
        "both": Counter((i.qid, i.ours) for i in resolved),
    }
    within = {
        "gold": Counter((i.doc, i.qid) for i in items),
        "ours": Counter((i.doc, i.ours) for i in resolved),
        "both": Counter((i.doc, i.qid, i.ours) for i in resolved),
    }
    all_pairs = {k: pair_count(c) for k, c in totals.items()}
    cross_pairs = {k: all_pairs[k] - pair_count(within[k]) for k in totals}
    everywhere.add(all_pairs["both"], all_pairs["gold"], all_pairs["both"], all_pairs["ours"])
    across.add(cross_pairs["both"], cross_pairs["gold"], cross_pairs["both"], cross_pairs["ours"])
    report_errors(items, everywhere)


def report_errors(items: list[Item], score: Score) -> None:
    """A QID split over several ids of ours (FN), an id of ours joining several QIDs (FP), largest first."""
    by_qid: dict[str, Counter] = {}
    by_ours: dict[str, Counter] = {}
    for item in items:
        by_qid.setdefault(item.qid, Counter())[item.ours or "none"] += 1
        if item.ours:
            by_ours.setdefault(item.ours, Counter())[item.qid] += 1
    texts: dict[str, Counter] = {}
    for item in items:
        texts.setdefault(item.qid, Counter())[item.text] += 1
    for qid, ours in sorted(by_qid.items(), key=lambda kv: -sum(kv[1].values())):
        if len(ours) > 1:
            score.error("FN", "*", f"{qid} ({texts[qid].most_common(1)[0][0]}) split: " + ", ".join(f"{k}×{n}" for k, n in ours.most_common()))
    for ours_id, qids in sorted(by_ours.items(), key=lambda kv: -sum(kv[1].values())):
        if len(qids) > 1:
            score.error("FP", "*", f"{ours_id} joins: " + ", ".join(f"{q} ({texts[q].most_common(1)[0][0]})×{n}" for q, n in qids.most_common()))
