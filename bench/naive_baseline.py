"""A naive extractor, the documented floor that graphkit must beat on the dev sets.

    python bench/naive_baseline.py PATH... -o OUT.jsonl
    python bench/eval_dev.py --pred-factrueval OUT.jsonl ...

natasha's NER spans and nothing else: a PER/ORG/LOC span is a mention; the
spans of one article with the same normal form (a person: the same last
name) are one entity, whose id is its label and normal form (so the same
name is one entity across articles); a LOC is a Country when its normal form
is a country name of graphkit's gazetteer table, else a Place. Relations:
  - a title word ("министр", "мэр", "заместитель", ...) followed by an
    ORG/LOC span and then a PER span ("мэра Москвы Юрия Лужкова"), or a PER
    span, a comma, a title and an ORG/LOC span ("Сергей Удальцов,
    координатор движения «Левый фронт»"): HEADS or WORKS_FOR with the title;
  - a sentence with a meeting word ("встреча", "переговоры", ...) and two or
    more persons: MET_WITH between each two of them.
Output: graphkit's JSONL (docs/graph-model.md), one line per .txt file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path

from natasha import Doc, MorphVocab, NamesExtractor, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

COUNTRIES_TABLE = Path(__file__).resolve().parent.parent / "graphkit" / "data" / "countries.tsv"
HEAD_TITLES = {
    "президент", "премьер", "премьер-министр", "министр", "мэр", "губернатор", "глава", "председатель", "руководитель",
    "директор", "гендиректор", "лидер", "канцлер", "король", "начальник", "командующий", "главнокомандующий", "генсек",
    "секретарь", "координатор", "основатель", "владелец", "ректор", "прокурор", "генпрокурор", "шеф", "председательница",
}
MEMBER_TITLES = {
    "заместитель", "замминистра", "вице-премьер", "вице-президент", "советник", "помощник", "пресс-секретарь", "сотрудник",
    "депутат", "посол", "представитель", "член", "сопредседатель", "спикер", "сенатор", "аналитик", "эксперт", "менеджер",
    "корреспондент", "редактор", "замглавы", "зампред", "официальный", "генерал", "полковник", "тренер",
}
MEETING_WORDS = {"встреча", "встретиться", "встречаться", "переговоры", "беседа", "побеседовать", "разговор", "переговорить", "саммит"}
LABELS = {"PER": "Person", "ORG": "Organization"}
TITLE_REACH = 4
"""Tokens at most between a title word and the organisation or place it is of."""


@dataclass
class NaiveEntity:
    id: str
    label: str
    name: str
    props: dict
    mentions: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        aliases = sorted({m["text"] for m in self.mentions})
        return {"id": self.id, "label": self.label, "name": self.name, "aliases": aliases, "props": self.props, "mentions": self.mentions}


class NaiveExtractor:
    def __init__(self) -> None:
        embedding = NewsEmbedding()
        self.segmenter = Segmenter()
        self.ner = NewsNERTagger(embedding)
        self.morph = NewsMorphTagger(embedding)
        self.vocab = MorphVocab()
        self.names = NamesExtractor(self.vocab)
        self.countries = country_names()

    def extract(self, path: Path) -> dict:
        text = path.read_text(encoding="utf-8-sig")
        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.ner)
        doc.tag_morph(self.morph)
        for token in doc.tokens:
            token.lemmatize(self.vocab)
        entities: dict[str, NaiveEntity] = {}
        entity_of_span = {}
        for span in doc.spans:
            entity = self.entity_for(span, entities)
            entity.mentions.append({"start": span.start, "end": span.stop, "text": span.text})
            entity_of_span[id(span)] = entity
        relations = []
        for sentence in doc.sents:
            spans = [s for s in doc.spans if sentence.start <= s.start and s.stop <= sentence.stop]
            tokens = [t for t in doc.tokens if sentence.start <= t.start and t.stop <= sentence.stop]
            evidence = {"start": sentence.start, "end": sentence.stop, "text": sentence.text}
            relations += post_relations(spans, tokens, entity_of_span, evidence)
            relations += meeting_relations(spans, tokens, entity_of_span, evidence)
        article_id = "naive_" + hashlib.sha1(str(path).encode()).hexdigest()[:16]
        article = {"id": article_id, "path": str(path), "title": text.strip().split("\n", 1)[0][:200], "date": None, "published": None,
                   "source": None, "url": None, "authors": [], "tags": [], "text": text}
        return {"article": article, "entities": [e.as_json() for e in entities.values()], "relations": relations}

    def entity_for(self, span, entities: dict[str, NaiveEntity]) -> NaiveEntity:
        span.normalize(self.vocab)
        normal = span.normal or span.text
        if span.type == "PER":
            span.extract_fact(self.names)
            parts = span.fact.as_dict if span.fact else {}
            key = (parts.get("last") or normal.split()[-1]).lower()
            props = {k: v for k, v in (("first_name", parts.get("first")), ("last_name", parts.get("last")), ("patronymic", parts.get("middle"))) if v}
            label, name = "Person", " ".join(p for p in (parts.get("first"), parts.get("middle"), parts.get("last")) if p) or normal
        else:
            label = LABELS.get(span.type) or ("Country" if normal.lower() in self.countries else "Place")
            key, props, name = normal.lower(), {}, normal
        entity_id = f"{label.lower()}:{key}"
        if entity_id not in entities:
            entities[entity_id] = NaiveEntity(entity_id, label, name, props)
        elif label == "Person" and len(props) > len(entities[entity_id].props):
            entities[entity_id].props, entities[entity_id].name = props, name
        return entities[entity_id]


def country_names() -> set[str]:
    with COUNTRIES_TABLE.open(encoding="utf-8") as table:
        rows = list(csv.DictReader(table, delimiter="\t"))
    names = set()
    for row in rows:
        names.update(n.lower() for n in (row["name"], row["official_name"], *row["aliases"].split("|")) if n)
    return names


def relation(kind: str, source: NaiveEntity, target: NaiveEntity, evidence: dict, props: dict | None = None) -> dict:
    return {"type": kind, "source": source.id, "target": target.id, "props": props or {}, "evidence": evidence, "confidence": 0.5}


def title_before(tokens: list, end: int) -> tuple[str, str] | None:
    """(relation type, title) of a title word followed by lower-case words only, among the few tokens ending at `end`."""
    before = [t for t in tokens if t.stop <= end][-TITLE_REACH:]
    for index, token in enumerate(before):
        if token.lemma in HEAD_TITLES or token.lemma in MEMBER_TITLES:
            rest = before[index:]
            if all(t.text[:1].islower() for t in rest[1:]):
                kind = "HEADS" if token.lemma in HEAD_TITLES else "WORKS_FOR"
                return kind, " ".join([token.lemma] + [t.text for t in rest[1:]])
    return None


def post_relations(spans: list, tokens: list, entity_of_span: dict, evidence: dict) -> list[dict]:
    found = []
    for employer, person in zip(spans, spans[1:]):
        between = [t for t in tokens if employer.stop <= t.start and t.stop <= person.start]
        if person.type == "PER" and employer.type in ("ORG", "LOC") and all(t.text in "«»\"" for t in between):
            title = title_before(tokens, employer.start)
            if title:
                found.append(relation(title[0], entity_of_span[id(person)], entity_of_span[id(employer)], evidence, {"title": title[1]}))
    for person, employer in zip(spans, spans[1:]):
        between = [t for t in tokens if person.stop <= t.start and t.stop <= employer.start]
        if person.type == "PER" and employer.type in ("ORG", "LOC") and between and between[0].text == ",":
            title = title_before(between[1:], employer.start)
            if title:
                found.append(relation(title[0], entity_of_span[id(person)], entity_of_span[id(employer)], evidence, {"title": title[1]}))
    return found


def meeting_relations(spans: list, tokens: list, entity_of_span: dict, evidence: dict) -> list[dict]:
    if not any(t.lemma in MEETING_WORDS for t in tokens):
        return []
    people = list({entity_of_span[id(s)].id: entity_of_span[id(s)] for s in spans if s.type == "PER"}.values())
    return [relation("MET_WITH", a, b, evidence, {"kind": "meeting"}) for a, b in itertools.combinations(people, 2)]


def text_files(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        found += sorted(path.rglob("*.txt")) if path.is_dir() else [path]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help=".txt files or folders of them")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    extractor = NaiveExtractor()
    with args.output.open("w", encoding="utf-8") as out:
        for path in text_files(args.paths):
            out.write(json.dumps(extractor.extract(path), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
