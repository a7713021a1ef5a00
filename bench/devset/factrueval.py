"""factRuEval-2016 dev set: gold reading and the scores of ../shared/data/README.md.

Approximations of the official scorers, documented where they differ:
- mentions: token-based partial credit (overlap / union of tokens), one to
  one, greedy by credit; descriptor tokens (org_descr, loc_descr, job) of a
  gold mention neither help nor hurt; a gold mention embedded in another
  gold mention is required only when something of ours matches it.
- entities: our entities with a capitalised mention against .coref entities,
  by name fields (case, ё/е, quotes ignored; 1-2 typos allowed).
- facts: Occupation (easy mode: hard cases left out) matched on who and
  where by mention overlap, position by its stem; Meeting as pairs of participants.
- coreference: pairwise over gold mentions that contain a name span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from devset.scoring import Score, close, norm, overlaps, pairs

CLASSES = {"Person": "per", "Org": "org", "Location": "loc", "LocOrg": "loc"}
OUR_CLASSES = {"Person": "per", "Organization": "org", "Country": "loc", "Place": "loc"}
NEUTRAL_TAGS = {"org_descr", "loc_descr", "job", "prj_descr"}
NAME_TAGS = {"name", "surname", "patronymic", "nickname", "org_name", "loc_name"}
FACT_HEADER = re.compile(r"^\d+-\d+ (\w+)")


@dataclass
class GoldMention:
    id: str
    cls: str
    tokens: frozenset[int]
    neutral: frozenset[int]
    start: int
    end: int
    named: bool


@dataclass
class GoldDoc:
    name: str
    text: str
    token_spans: list[tuple[int, int]]
    mentions: dict[str, GoldMention]
    entities: dict[str, tuple[list[str], dict[str, str]]]
    facts: list[tuple[str, dict[str, list[str]], bool]] = field(default_factory=list)

    def tokens_in(self, start: int, end: int) -> frozenset[int]:
        return frozenset(i for i, (s, e) in enumerate(self.token_spans) if s < end and start < e)

    def entity_spans(self, entity_id: str) -> list[tuple[int, int]]:
        ids = self.entities.get(entity_id, ([], {}))[0]
        return [(self.mentions[m].start, self.mentions[m].end) for m in ids if m in self.mentions]


def read_doc(base: Path) -> GoldDoc:
    text = base.with_suffix(".txt").read_text(encoding="utf-8")
    token_ids, token_spans = {}, []
    for line in base.with_suffix(".tokens").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 3:
            token_ids[parts[0]] = len(token_spans)
            token_spans.append((int(parts[1]), int(parts[1]) + int(parts[2])))
    spans = {}
    for line in base.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
        parts = line.split("#")[0].split()
        if len(parts) >= 6:
            first = token_ids.get(parts[4])
            count = int(parts[5])
            tokens = frozenset(range(first, first + count)) if first is not None else frozenset()
            spans[parts[0]] = (parts[1], int(parts[2]), int(parts[2]) + int(parts[3]), tokens)
    mentions = {}
    for line in base.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
        parts = line.split("#")[0].split()
        if len(parts) < 3 or parts[1] not in CLASSES:
            continue
        own = [spans[s] for s in parts[2:] if s in spans]
        if not own:
            continue
        tokens = frozenset().union(*(s[3] for s in own))
        neutral = frozenset().union(*(s[3] for s in own if s[0] in NEUTRAL_TAGS)) - frozenset().union(*(s[3] for s in own if s[0] not in NEUTRAL_TAGS))
        mentions[parts[0]] = GoldMention(
            parts[0], CLASSES[parts[1]], tokens, neutral, min(s[1] for s in own), max(s[2] for s in own), any(s[0] in NAME_TAGS for s in own)
        )
    entities = {}
    for block in base.with_suffix(".coref").read_text(encoding="utf-8").split("\n\n"):
        lines = block.strip().splitlines()
        if not lines:
            continue
        head = lines[0].split()
        attributes = {}
        for line in lines[1:]:
            key, _, value = line.partition(" ")
            if value.strip() and key not in attributes:
                attributes[key] = value.strip()
        entities[head[0]] = (head[1:], attributes)
    facts = []
    for block in re.split(r"\n(?=\d+-\d+ )", base.with_suffix(".facts").read_text(encoding="utf-8")):
        lines = block.strip().splitlines()
        if not lines or not (header := FACT_HEADER.match(lines[0])):
            continue
        arguments: dict[str, list[str]] = {}
        for line in lines[1:]:
            parts = line.split()
            if len(parts) >= 2:
                arguments.setdefault(parts[0], []).append(parts[1][3:] if parts[1].startswith("obj") else " ".join(parts[2:]) or parts[1])
        facts.append((header[1], arguments, any(line.startswith("Сложность") for line in lines)))
    return GoldDoc(base.name, text, token_spans, mentions, entities, facts)


def read_gold(directory: Path) -> dict[str, GoldDoc]:
    return {p.stem + ".txt": read_doc(p.with_suffix("")) for p in sorted(directory.glob("*.objects"))}


def our_mentions(doc: GoldDoc, record: dict) -> list[tuple[str, tuple[int, int], str]]:
    """(class, span, entity id) of our mentions as the README scores them.

    Nested mentions stay (the country in "Минобороны России"): factRuEval
    annotates them too; only NEREL's scoring drops them.
    """
    found = []
    for entity in record.get("entities", []):
        cls = OUR_CLASSES.get(entity["label"])
        for m in entity["mentions"] if cls else ():
            span = (m["start"], m["end"])
            touches = any(overlaps(span, (g.start, g.end)) for g in doc.mentions.values())
            if m["text"][:1].isupper() or touches:
                found.append((cls, span, entity["id"]))
    return found


def score_mentions(doc: GoldDoc, record: dict, score: Score) -> None:
    ours = our_mentions(doc, record)
    gold = list(doc.mentions.values())
    embedded = {g.id for g in gold if any(o.id != g.id and g.tokens < o.tokens for o in gold)}
    candidates = []
    for p_index, (cls, span, _) in enumerate(ours):
        p_tokens = doc.tokens_in(*span)
        for g in gold:
            if g.cls != cls:
                continue
            shared = (g.tokens & p_tokens) - g.neutral
            if shared:
                credit = len(shared) / len((g.tokens | p_tokens) - g.neutral)
                candidates.append((credit, p_index, g.id))
    used_p, used_g = set(), {}
    for credit, p_index, g_id in sorted(candidates, reverse=True):
        if p_index not in used_p and g_id not in used_g:
            used_p.add(p_index)
            used_g[g_id] = credit
    score.matched_predicted += sum(used_g.values())
    score.matched_gold += sum(used_g.values())
    score.predicted += len(ours)
    score.gold += sum(1 for g in gold if g.id not in embedded or g.id in used_g)


def person_fields(entity: dict) -> dict[str, str]:
    props = entity.get("props", {})
    fields = {"firstname": props.get("first_name"), "lastname": props.get("last_name"), "patronymic": props.get("patronymic")}
    if not any(fields.values()):
        words = entity["name"].split()
        fields = {"lastname": words[-1], "firstname": words[0] if len(words) > 1 else None, "patronymic": words[1] if len(words) == 3 else None}
    return {k: v for k, v in fields.items() if v}


def same_entity(cls: str, ours: dict, gold: dict[str, str]) -> bool:
    if cls == "per":
        mine = person_fields(ours)
        shared = [k for k in ("firstname", "lastname", "patronymic") if k in gold and k in mine]
        return bool(shared) and all(close(mine[k], gold[k]) for k in shared) and ("lastname" not in gold or "lastname" in shared)
    name = gold.get("name")
    return bool(name) and any(close(n, name) for n in [ours["name"], *ours.get("aliases", [])])


def score_entities(doc: GoldDoc, record: dict, score: Score) -> None:
    gold = []
    for entity_id, (mention_ids, attributes) in doc.entities.items():
        classes = {doc.mentions[m].cls for m in mention_ids if m in doc.mentions}
        if classes and (attributes.get("name") or attributes.get("lastname") or attributes.get("firstname")):
            gold.append((entity_id, classes.pop(), attributes))
    ours = [
        (OUR_CLASSES[e["label"]], e)
        for e in record.get("entities", [])
        if e["label"] in OUR_CLASSES and any(m["text"][:1].isupper() for m in e["mentions"])
    ]
    used = set()
    matched = 0
    for cls, entity in ours:
        hit = next((g for g in gold if g[0] not in used and g[1] == cls and same_entity(cls, entity, g[2])), None)
        if hit is not None:
            used.add(hit[0])
            matched += 1
    score.matched_predicted += matched
    score.matched_gold += matched
    score.predicted += len(ours)
    score.gold += len(gold)


def score_coreference(doc: GoldDoc, record: dict, score: Score) -> None:
    """Pairwise: gold mentions with a name, grouped by .coref entity vs by our entity id."""
    ours = our_mentions(doc, record)
    gold_groups, our_groups = {}, {}
    for entity_id, (mention_ids, _) in doc.entities.items():
        for m in mention_ids:
            mention = doc.mentions.get(m)
            if mention is None or not mention.named:
                continue
            gold_groups.setdefault(entity_id, set()).add(m)
            hits = [o for o in ours if overlaps(o[1], (mention.start, mention.end))]
            hits.sort(key=lambda o: (o[0] != mention.cls, -(min(o[1][1], mention.end) - max(o[1][0], mention.start))))
            if hits:
                our_groups.setdefault(hits[0][2], set()).add(m)
    score.add_sets(pairs(our_groups), pairs(gold_groups))


def relation_ends(record: dict, types: tuple[str, ...]) -> list[tuple[dict, dict, dict]]:
    by_id = {e["id"]: e for e in record.get("entities", [])}
    return [(by_id[r["source"]], by_id[r["target"]], r) for r in record.get("relations", []) if r["type"] in types and r["source"] in by_id and r["target"] in by_id]


def names_span(entity: dict, spans: list[tuple[int, int]]) -> bool:
    return any(overlaps((m["start"], m["end"]), span) for m in entity["mentions"] for span in spans)


def position_fits(title: str | None, positions: list[str]) -> bool:
    """Our title and the gold position name the same post: same stem of some word ("министра" ~ "министр обороны")."""
    if not positions:
        return True
    if not title:
        return False
    ours = {norm(w)[:5] for w in title.split() if len(w) > 2}
    return any({norm(w)[:5] for w in p.split() if len(w) > 2} & ours for p in positions)


def score_occupations(doc: GoldDoc, record: dict, score: Score) -> None:
    gold = [args for kind, args, hard in doc.facts if kind == "Occupation" and not hard and "Who" in args]
    ours = relation_ends(record, ("HEADS", "WORKS_FOR"))

    def fits(fact: dict, person: dict, target: dict, relation: dict) -> bool:
        where = fact.get("Where")
        return (
            names_span(person, doc.entity_spans(fact["Who"][0]))
            and (not where or names_span(target, doc.entity_spans(where[0])))
            and position_fits(relation["props"].get("title"), fact.get("Position", []))
        )

    score.matched_gold += sum(1 for fact in gold if any(fits(fact, *o) for o in ours))
    score.matched_predicted += sum(1 for o in ours if any(fits(fact, *o) for fact in gold))
    score.gold += len(gold)
    score.predicted += len(ours)


def score_meetings(doc: GoldDoc, record: dict, score: Score) -> None:
    """Pairs of people who met: gold Meeting participants against our MET_WITH ends."""
    gold_pairs = set()
    for kind, args, hard in doc.facts:
        if kind == "Meeting" and not hard:
            people = sorted(args.get("Participant", []))
            gold_pairs.update(frozenset((a, b)) for i, a in enumerate(people) for b in people[i + 1 :])
    ours = set()
    for a, b, _ in relation_ends(record, ("MET_WITH",)):
        ids_a = {g for g in doc.entities if names_span(a, doc.entity_spans(g))}
        ids_b = {g for g in doc.entities if names_span(b, doc.entity_spans(g))}
        match = next((frozenset((x, y)) for x in ids_a for y in ids_b if frozenset((x, y)) in gold_pairs), None)
        ours.add(match if match else frozenset((a["id"], b["id"], "ours")))
    score.add_sets(ours, gold_pairs)
