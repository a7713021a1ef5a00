"""The dev-set scorer (bench/eval_dev.py, bench/devset/) on tiny gold/prediction pairs in the real file formats.

Each expected figure is worked out by hand from the scoring rules of
../shared/data/README.md and the official factRuEval-2016 scorers.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, require_shared_data

sys.path.insert(0, str(REPO / "bench"))

from devset import factrueval, nerel  # noqa: E402
from devset.factrueval.gold import read_split as read_factrueval  # noqa: E402
from devset.factrueval.matching import Candidate, best_combination  # noqa: E402
from devset.factrueval.strings import same_string  # noqa: E402
from devset.nerel.gold import read_split as read_nerel  # noqa: E402
from devset.prediction import load_predictions  # noqa: E402

TOKEN = re.compile(r"\w+(?:-\w+)*|[^\w\s]")


# --- building gold and predictions ---------------------------------------------------------


class FactRuEvalDoc:
    """One factRuEval document written in the six files of the official format."""

    def __init__(self, name: str, text: str) -> None:
        self.name, self.text = name, text
        self.tokens = [(100 + i, m.start(), m.end(), m.group()) for i, m in enumerate(TOKEN.finditer(text))]
        self.spans, self.objects, self.coref, self.facts = [], [], [], []

    def at(self, phrase: str, occurrence: int = 0) -> int:
        starts = [m.start() for m in re.finditer(re.escape(phrase), self.text)]
        return starts[occurrence]

    def span(self, tag: str, phrase: str, occurrence: int = 0) -> str:
        start = self.at(phrase, occurrence)
        end = start + len(phrase)
        covered = [t for t in self.tokens if start <= t[1] and t[2] <= end]
        span_id = str(1000 + len(self.spans))
        ids, words = " ".join(str(t[0]) for t in covered), " ".join(t[3] for t in covered)
        self.spans.append(f"{span_id} {tag} {start} {len(phrase)} {covered[0][0]} {len(covered)}  # {ids} {words}")
        return span_id

    def mention(self, kind: str, *span_ids: str) -> str:
        mention_id = str(5000 + len(self.objects))
        self.objects.append(f"{mention_id} {kind} {' '.join(span_ids)}  # comment")
        return mention_id

    def entity(self, mention_ids: list[str], **attributes: str) -> str:
        entity_id = str(9000 + len(self.coref))
        lines = [f"{entity_id} {' '.join(mention_ids)}"] + [f"{key} {value}" for key, value in attributes.items()]
        self.coref.append("\n".join(lines))
        return entity_id

    def fact(self, kind: str, *arguments: tuple[str, str]) -> None:
        lines = [f"{self.name.split('_')[1]}-{len(self.facts)} {kind}"] + [f"{name} {value}" for name, value in arguments]
        self.facts.append("\n".join(lines))

    def write(self, directory: Path) -> None:
        base = directory / self.name
        base.with_suffix(".txt").write_text(self.text, encoding="utf-8")
        base.with_suffix(".tokens").write_text("".join(f"{i} {s} {e - s} {t}\n" for i, s, e, t in self.tokens), encoding="utf-8")
        base.with_suffix(".spans").write_text("".join(line + "\n" for line in self.spans), encoding="utf-8")
        base.with_suffix(".objects").write_text("".join(line + "\n" for line in self.objects), encoding="utf-8")
        base.with_suffix(".coref").write_text("\n\n".join(self.coref) + "\n", encoding="utf-8")
        base.with_suffix(".facts").write_text("\n\n".join(self.facts) + "\n", encoding="utf-8")


def mention(text: str, phrase: str, occurrence: int = 0) -> dict:
    start = [m.start() for m in re.finditer(re.escape(phrase), text)][occurrence]
    return {"start": start, "end": start + len(phrase), "text": phrase}


def entity(entity_id: str, label: str, name: str, mentions: list[dict], **props: str) -> dict:
    return {"id": entity_id, "label": label, "name": name, "aliases": [], "props": props, "mentions": mentions}


def relation(kind: str, source: str, target: str, evidence: tuple[int, int], text: str, **props: str) -> dict:
    start, end = evidence
    return {"type": kind, "source": source, "target": target, "props": props, "evidence": {"start": start, "end": end, "text": text[start:end]}, "confidence": 0.9}


def record(path: str, text: str, entities: list[dict], relations: list[dict] = ()) -> dict:
    return {"article": {"id": path, "path": path, "title": "", "text": text}, "entities": entities, "relations": list(relations)}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def factrueval_scores(tmp_path: Path, doc: FactRuEvalDoc, records: list[dict]) -> dict:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir(exist_ok=True)
    doc.write(gold_dir)
    predictions = load_predictions(write_jsonl(tmp_path / "pred.jsonl", records))
    return {s.name: s for s in factrueval.evaluate(read_factrueval(gold_dir), predictions)}


# --- factRuEval: one small document ---------------------------------------------------------

LUZHKOV_TEXT = "Мэр Москвы Юрий Лужков встретился с Борисом Громовым. Лужков похвалил компанию «Газпром»."


@pytest.fixture
def luzhkov(tmp_path: Path) -> FactRuEvalDoc:
    doc = FactRuEvalDoc("book_1", LUZHKOV_TEXT)
    moscow = doc.mention("LocOrg", doc.span("loc_name", "Москвы"))
    luzhkov = doc.mention("Person", doc.span("name", "Юрий"), doc.span("surname", "Лужков"))
    gromov = doc.mention("Person", doc.span("name", "Борисом"), doc.span("surname", "Громовым"))
    luzhkov_again = doc.mention("Person", doc.span("surname", "Лужков", 1))
    gazprom = doc.mention("Org", doc.span("org_descr", "компанию"), doc.span("org_name", "Газпром"))
    moscow_entity = doc.entity([moscow], name="Москва")
    luzhkov_entity = doc.entity([luzhkov, luzhkov_again], firstname="Юрий", lastname="Лужков")
    gromov_entity = doc.entity([gromov], firstname="Борис", lastname="Громов")
    doc.entity([gazprom], name="Газпром", descriptor="компания")
    position = doc.span("job", "Мэр")
    doc.fact("Occupation", ("Who", f"obj{luzhkov_entity} Лужков Юрий"), ("Position", f"span{position} мэр"), ("Where", f"obj{moscow_entity} Москва"))
    doc.fact("Meeting", ("Participant", f"obj{luzhkov_entity} Лужков Юрий"), ("Participant", f"obj{gromov_entity} Громов Борис"))
    return doc


def perfect_luzhkov(title: str | None = "мэр") -> dict:
    text = LUZHKOV_TEXT
    first_sentence = (0, text.index(".") + 1)
    post = {"title": title} if title else {}
    relations = [
        relation("MET_WITH", "person:luzhkov", "person:gromov", first_sentence, text),
        relation("HEADS", "person:luzhkov", "place:moscow", first_sentence, text, **post),
    ]
    return record("x/book_1.txt", text, [
        entity("place:moscow", "Place", "Москва", [mention(text, "Москвы")]),
        entity("person:luzhkov", "Person", "Юрий Лужков", [mention(text, "Юрий Лужков"), mention(text, "Лужков", 1)], first_name="Юрий", last_name="Лужков"),
        entity("person:gromov", "Person", "Борис Громов", [mention(text, "Борисом Громовым")], first_name="Борис", last_name="Громов"),
        entity("org:gazprom", "Organization", "Газпром", [mention(text, "Газпром")]),
    ], relations)


def test_a_perfect_prediction_scores_one_everywhere(tmp_path, luzhkov):
    scores = factrueval_scores(tmp_path, luzhkov, [perfect_luzhkov()])
    for name in ("mentions", "entities", "coreference", "occupation", "meeting"):
        assert (scores[name].precision, scores[name].recall) == (1.0, 1.0), name
    assert (scores["mentions"].gold, scores["entities"].gold, scores["occupation"].gold, scores["meeting"].gold) == (5, 4, 1, 1)


def test_a_document_missing_from_the_predictions_counts_as_predicting_nothing(tmp_path, luzhkov):
    other = record("x/book_2.txt", "Другой текст.", [])
    scores = factrueval_scores(tmp_path, luzhkov, [other])
    for name in ("mentions", "entities", "coreference", "occupation", "meeting"):
        assert (scores[name].recall, scores[name].predicted) == (0.0, 0), name
        assert scores[name].gold > 0


def test_a_partial_mention_earns_its_share_of_name_tokens(tmp_path, luzhkov):
    """Ours "Лужков" for gold "Юрий Лужков": 1 of 2 name tokens, nothing extra: 0.5 on each side."""
    text = LUZHKOV_TEXT
    scores = factrueval_scores(tmp_path, luzhkov, [record("book_1.txt", text, [entity("p", "Person", "Лужков", [mention(text, "Лужков")])])])
    mentions = scores["mentions"]
    assert (mentions.matched_gold, mentions.gold, mentions.matched_predicted, mentions.predicted) == (0.5, 5, 0.5, 1)


@pytest.mark.parametrize(
    ("phrase", "label", "credit"),
    [
        ("Газпром", "Organization", 1.0),  # the descriptor "компанию" is not required
        ("компанию «Газпром", "Organization", 1.0),  # ... nor does it hurt
        ("похвалил компанию «Газпром", "Organization", 0.5),  # one name token, one token too many
        ("Газпром", "Person", 0.0),  # wrong type
    ],
)
def test_descriptor_words_neither_help_nor_hurt_a_mention(tmp_path, luzhkov, phrase, label, credit):
    text = LUZHKOV_TEXT
    scores = factrueval_scores(tmp_path, luzhkov, [record("book_1.txt", text, [entity("o", label, "Газпром", [mention(text, phrase)])])])
    assert scores["mentions"].matched_gold == credit


def test_an_embedded_gold_mention_is_not_required_and_ours_on_it_is_neutral(tmp_path):
    text = "Минобороны России сообщило о учениях."
    doc = FactRuEvalDoc("book_3", text)
    ministry = doc.mention("Org", doc.span("org_name", "Минобороны"), doc.span("loc_name", "России"))
    russia = doc.mention("LocOrg", doc.span("loc_name", "России"))
    doc.entity([ministry], name="Минобороны России")
    doc.entity([russia], name="Россия")
    ministry_only = [entity("org:mod", "Organization", "Минобороны России", [mention(text, "Минобороны России")])]
    with_country = ministry_only + [entity("country:ru", "Country", "Россия", [mention(text, "России")])]
    for entities in (ministry_only, with_country):
        scores = factrueval_scores(tmp_path, doc, [record("book_3.txt", text, entities)])
        mentions = scores["mentions"]
        assert (mentions.matched_gold, mentions.gold, mentions.predicted) == (1.0, 1, 1)


@pytest.mark.parametrize("phrase", ["учениях", "о учениях"])
def test_lower_case_mentions_touching_no_gold_are_left_out(tmp_path, phrase):
    text = "Минобороны сообщило о учениях."
    doc = FactRuEvalDoc("book_4", text)
    doc.entity([doc.mention("Org", doc.span("org_name", "Минобороны"))], name="Минобороны")
    ours = entity("org:mod", "Organization", "Минобороны", [mention(text, "Минобороны"), mention(text, phrase)])
    mentions = factrueval_scores(tmp_path, doc, [record("book_4.txt", text, [ours])])["mentions"]
    assert (mentions.matched_gold, mentions.predicted) == (1.0, 1)


@pytest.mark.parametrize(("form", "predicted"), [("pronoun", 1), ("description", 1), ("name", 2), (None, 2)])
def test_a_capital_that_only_opens_a_sentence_makes_no_name(tmp_path, form, predicted):
    """A pronoun or description graphkit marks as such is no name, capital or not; without a form, the capital decides."""
    text = "Минобороны сообщило о учениях. Он заявил."
    doc = FactRuEvalDoc("book_4", text)
    doc.entity([doc.mention("Org", doc.span("org_name", "Минобороны"))], name="Минобороны")
    pronoun = mention(text, "Он") | ({"form": form} if form else {})
    ours = [entity("org:mod", "Organization", "Минобороны", [mention(text, "Минобороны")]), entity("person:x", "Person", "Иванов", [pronoun])]
    mentions = factrueval_scores(tmp_path, doc, [record("book_4.txt", text, ours)])["mentions"]
    assert (mentions.matched_gold, mentions.predicted) == (1.0, predicted)


def test_a_lower_case_mention_touching_gold_is_scored(tmp_path):
    text = "Минобороны сообщило о учениях."
    doc = FactRuEvalDoc("book_4", text)
    doc.entity([doc.mention("Org", doc.span("org_name", "Минобороны"))], name="Минобороны")
    ours = entity("org:mod", "Organization", "Минобороны", [mention(text, "Минобороны"), mention(text, "обороны сообщило")])
    scores = factrueval_scores(tmp_path, doc, [record("book_4.txt", text, [ours])])
    assert (scores["mentions"].predicted, scores["mentions"].matched_gold) == (2, 1.0)


@pytest.mark.parametrize(
    ("name", "props", "credit"),
    [
        ("Юрий Лужков", {"first_name": "Юрий", "last_name": "Лужков"}, 1.0),
        ("Юрий Лужков", {}, 1.0),  # fields read from the name "First Last"
        ("ЮРИЙ ЛУЖКОВ", {}, 1.0),  # case ignored
        ("Юрий Лужков", {"first_name": "Юрий", "last_name": "Лушков"}, 1.0),  # one typo allowed
        ("Лужков", {}, 0.5),  # lastname only: 1 of 2 gold attributes
        ("Юрий Михайлович Лужков", {}, 2 / 3),  # an extra patronymic: 2 / (2 + 1)
    ],
)
def test_person_entities_are_compared_by_name_fields(tmp_path, luzhkov, name, props, credit):
    text = LUZHKOV_TEXT
    ours = entity("person:luzhkov", "Person", name, [mention(text, "Юрий Лужков")], **props)
    scores = factrueval_scores(tmp_path, luzhkov, [record("book_1.txt", text, [ours])])
    entities = scores["entities"]
    assert (entities.matched_gold, entities.gold, entities.predicted) == (pytest.approx(credit), 4, 1)


@pytest.mark.parametrize(("first_name", "credit"), [("Реджеп Тайип", 1.0), ("Реджеп", 2 / 3)])
def test_a_first_name_of_two_words_is_two_firstname_attributes_as_the_gold_writes_it(tmp_path, first_name, credit):
    """factRuEval dev book_142: "firstname Реджеп", "firstname1 Тайип", "lastname Эрдоган"."""
    text = "Встреча между премьер-министром Турции Реджепом Тайипом Эрдоганом и президентом Украины."
    doc = FactRuEvalDoc("book_7", text)
    doc.entity([doc.mention("Person", doc.span("name", "Реджепом"), doc.span("name", "Тайипом"), doc.span("surname", "Эрдоганом"))],
               firstname="Реджеп", firstname1="Тайип", lastname="Эрдоган")
    ours = entity("person:erdogan", "Person", f"{first_name} Эрдоган", [mention(text, "Реджепом Тайипом Эрдоганом")], first_name=first_name, last_name="Эрдоган")
    entities = factrueval_scores(tmp_path, doc, [record("book_7.txt", text, [ours])])["entities"]
    assert (entities.matched_gold, entities.gold) == (pytest.approx(credit), 1)


@pytest.mark.parametrize(
    ("name", "matches"),
    [("Газпром", True), ("«Газпром»", True), ("компания Газпром", True), ("ГАЗПРОМ", True), ("Газпромбанк", False)],
)
def test_organisation_names_match_with_descriptor_quotes_and_case_ignored(tmp_path, luzhkov, name, matches):
    text = LUZHKOV_TEXT
    ours = entity("org:gazprom", "Organization", name, [mention(text, "Газпром")])
    scores = factrueval_scores(tmp_path, luzhkov, [record("book_1.txt", text, [ours])])
    assert scores["entities"].matched_gold == (1.0 if matches else 0.0)


def test_the_any_name_diagnostic_also_matches_an_organisation_by_its_aliases(tmp_path, luzhkov):
    """The official score takes our `name` only; "entities, any name" also the names the entity is known under."""
    text = LUZHKOV_TEXT
    ours = entity("org:gazprom", "Organization", "Публичное акционерное общество «Газпром»", [mention(text, "Газпром")])
    ours["aliases"] = ["Газпром"]
    scores = factrueval_scores(tmp_path, luzhkov, [record("book_1.txt", text, [ours])])
    assert (scores["entities"].matched_gold, scores["entities, any name"].matched_gold) == (0.0, 1.0)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("мэр", "мэра", True), ("мэр", "мэрии", False), ("губернатор", "губернатора", True), ("лужков", "лужкова", True), ("я", "а", False)],
)
def test_string_tolerance_grows_with_length(a, b, same):
    assert same_string(a, b) is same


def test_coreference_is_pairwise_over_named_gold_mentions(tmp_path, luzhkov):
    """Luzhkov's two mentions in two entities of ours: the one gold pair is missed, no pair predicted."""
    text = LUZHKOV_TEXT
    split = [
        entity("p1", "Person", "Юрий Лужков", [mention(text, "Юрий Лужков")]),
        entity("p2", "Person", "Лужков", [mention(text, "Лужков", 1)]),
        entity("p3", "Person", "Борис Громов", [mention(text, "Борисом Громовым"), mention(text, "Москвы")]),
    ]
    coreference = factrueval_scores(tmp_path, luzhkov, [record("book_1.txt", text, split)])["coreference"]
    assert (coreference.matched_gold, coreference.gold, coreference.matched_predicted, coreference.predicted) == (0, 1, 0, 1)


def test_a_gold_mention_stands_for_the_tightest_of_our_mentions_around_it(tmp_path, luzhkov):
    """"столицы Таиланда" around "Таиланда": the gold "Юрий Лужков" is our "Юрий Лужков", not a mention around it."""
    text = LUZHKOV_TEXT
    prediction = perfect_luzhkov()
    prediction["entities"].append(entity("person:outer", "Person", "Москвы Юрий Лужков", [mention(text, "Москвы Юрий Лужков")]))
    coreference = factrueval_scores(tmp_path, luzhkov, [prediction])["coreference"]
    assert (coreference.matched_gold, coreference.gold) == (1, 1)


@pytest.mark.parametrize(
    ("title", "credit"),
    [
        ("мэр", 1.0),
        ("мэра", 1.0),  # within one edit
        (None, 2 / 2.5),  # position (weight 0.5) missed: 2 / (2 + 0.5)
        ("губернатор", 2 / 3),  # position wrong: 2 / (2 + 0.5 missed + 0.5 extra)
    ],
)
def test_occupation_arguments_are_weighted(tmp_path, luzhkov, title, credit):
    occupation = factrueval_scores(tmp_path, luzhkov, [perfect_luzhkov(title)])["occupation"]
    assert occupation.matched_gold == pytest.approx(credit)
    assert occupation.matched_predicted == pytest.approx(credit)


def test_a_hard_fact_counts_neither_way(tmp_path):
    text = "Мэр Москвы Юрий Лужков."
    doc = FactRuEvalDoc("book_5", text)
    moscow = doc.entity([doc.mention("LocOrg", doc.span("loc_name", "Москвы"))], name="Москва")
    person = doc.entity([doc.mention("Person", doc.span("name", "Юрий"), doc.span("surname", "Лужков"))], firstname="Юрий", lastname="Лужков")
    doc.fact("Occupation", ("Who", f"obj{person} Лужков Юрий"), ("Where", f"obj{moscow} Москва"), ("Сложность", "повышенная"))
    ours = record("book_5.txt", text, [
        entity("person:luzhkov", "Person", "Юрий Лужков", [mention(text, "Юрий Лужков")]),
        entity("place:moscow", "Place", "Москва", [mention(text, "Москвы")]),
    ], [relation("HEADS", "person:luzhkov", "place:moscow", (0, len(text)), text, title="мэр")])
    occupation = factrueval_scores(tmp_path, doc, [ours])["occupation"]
    assert (occupation.gold, occupation.predicted) == (0, 0)


def test_met_with_relations_sharing_evidence_form_one_meeting(tmp_path):
    text = "Путин встретился с Си Цзиньпином и Моди в Казани."
    doc = FactRuEvalDoc("book_6", text)
    people = [
        doc.entity([doc.mention("Person", doc.span("surname", "Путин"))], lastname="Путин"),
        doc.entity([doc.mention("Person", doc.span("name", "Си Цзиньпином"))], firstname="Си Цзиньпин"),
        doc.entity([doc.mention("Person", doc.span("surname", "Моди"))], lastname="Моди"),
    ]
    doc.fact("Meeting", *[("Participant", f"obj{p} x") for p in people])
    sentence = (0, len(text))
    ents = [
        entity("putin", "Person", "Владимир Путин", [mention(text, "Путин")]),
        entity("xi", "Person", "Си Цзиньпин", [mention(text, "Си Цзиньпином")]),
        entity("modi", "Person", "Нарендра Моди", [mention(text, "Моди")]),
    ]
    one_meeting = [relation("MET_WITH", "putin", "xi", sentence, text), relation("MET_WITH", "putin", "modi", sentence, text)]
    meeting = factrueval_scores(tmp_path, doc, [record("book_6.txt", text, ents, one_meeting)])["meeting"]
    assert (meeting.matched_gold, meeting.predicted) == (1.0, 1)
    two_meetings = [relation("MET_WITH", "putin", "xi", sentence, text), relation("MET_WITH", "putin", "modi", (0, len(text) - 1), text)]
    meeting = factrueval_scores(tmp_path, doc, [record("book_6.txt", text, ents, two_meetings)])["meeting"]
    # Both join the gold meeting: all 3 participants found (argument share 1), and 2 of the 3
    # pairs of participants are found in one fact of ours: 1 * (1 + 2/3) / 2 for the gold
    # meeting and for each of our two facts. (Leaving the second one out scores less: 2/3 vs 1/3.)
    assert (meeting.matched_gold, meeting.matched_predicted, meeting.predicted) == (pytest.approx(5 / 6), pytest.approx(5 / 3), 2)


def test_best_combination_maximises_the_ratio_like_brute_force():
    generator = random.Random(7)
    for _ in range(200):
        groups = [
            [Candidate((), generator.choice([0.0, 0.5, 1.0, 1.5, 2.0]), generator.randint(1, 6)) for _ in range(generator.randint(1, 3))]
            for _ in range(generator.randint(1, 4))
        ]
        best = max(sum(c.credit for c in combo) / sum(c.count for c in combo) for combo in itertools.product(*groups))
        chosen = best_combination(groups)
        assert sum(c.credit for c in chosen) / sum(c.count for c in chosen) == pytest.approx(best)


# --- NEREL ----------------------------------------------------------------------------------

NEREL_TEXT = "Министр обороны России Андрей Белоусов встретился с Шойгу в Москве. Встреча прошла в Минобороны России. Белоусов остался в Москву."


def nerel_gold(tmp_path: Path, lines: list[str], text: str = NEREL_TEXT, name: str = "1_text") -> Path:
    gold = tmp_path / "nerel"
    gold.mkdir(exist_ok=True)
    (gold / f"{name}.txt").write_text(text, encoding="utf-8")
    (gold / f"{name}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold


def span_line(key: str, kind: str, phrase: str, text: str = NEREL_TEXT, occurrence: int = 0) -> str:
    start = [m.start() for m in re.finditer(re.escape(phrase), text)][occurrence]
    return f"{key}\t{kind} {start} {start + len(phrase)}\t{phrase}"


NEREL_LINES = [
    span_line("T1", "PROFESSION", "Министр обороны"),
    span_line("T2", "COUNTRY", "России"),
    span_line("T3", "PERSON", "Андрей Белоусов"),
    span_line("T4", "PERSON", "Шойгу"),
    span_line("T5", "CITY", "Москве"),
    span_line("T6", "EVENT", "Встреча"),
    span_line("T7", "ORGANIZATION", "Минобороны России"),
    span_line("T8", "COUNTRY", "России", occurrence=1),
    span_line("T9", "PERSON", "Белоусов", occurrence=1),
    span_line("T10", "CITY", "Москву"),
    "R1\tWORKS_AS Arg1:T3 Arg2:T1",
    "R2\tWORKPLACE Arg1:T1 Arg2:T2",
    "R3\tWORKPLACE Arg1:T4 Arg2:T7",
    "R4\tPARTICIPANT_IN Arg1:T3 Arg2:T6",
    "R5\tPARTICIPANT_IN Arg1:T4 Arg2:T6",
    "N1\tReference T2 Wikidata:Q159\tРоссия",
    "N2\tReference T3 Wikidata:Q4758\tБелоусов",
    "N3\tReference T9 Wikidata:(Q4758\tБелоусов",
    "N4\tReference T10 Wikidata:NULL\tМосква",
    "a stray line that is no annotation",
]


def nerel_scores(tmp_path: Path, records: list[dict], lines: list[str] = NEREL_LINES) -> dict:
    gold = read_nerel(nerel_gold(tmp_path, lines))
    predictions = load_predictions(write_jsonl(tmp_path / "nerel.jsonl", records))
    return {s.name: s for s in nerel.evaluate(gold, predictions)}


def nerel_perfect(extra_relations: list[dict] = (), path: str = "corpus/1_text.txt") -> dict:
    text = NEREL_TEXT
    sentence = (0, text.index(".") + 1)
    ents = [
        entity("person:belousov", "Person", "Андрей Белоусов", [mention(text, "Андрей Белоусов"), mention(text, "Министр обороны"), mention(text, "Белоусов", 1)]),
        entity("person:shoigu", "Person", "Сергей Шойгу", [mention(text, "Шойгу")]),
        entity("country:ru", "Country", "Россия", [mention(text, "России"), mention(text, "России", 1)]),
        entity("place:moscow", "Place", "Москва", [mention(text, "Москве"), mention(text, "Москву")]),
        entity("org:mod", "Organization", "Минобороны России", [mention(text, "Минобороны России")]),
    ]
    relations = [
        relation("WORKS_FOR", "person:shoigu", "org:mod", sentence, text, title="министр"),
        relation("MET_WITH", "person:belousov", "person:shoigu", sentence, text),
        *extra_relations,
    ]
    return record(path, text, ents, relations)


def test_nerel_perfect_prediction(tmp_path):
    scores = nerel_scores(tmp_path, [nerel_perfect()])
    for name in ("nerel ner", "workplace", "nerel meetings", "nerel resolution"):
        assert (scores[name].precision, scores[name].recall) == (1.0, 1.0), name
    # NER: России, Андрей Белоусов, Шойгу, Москве, Минобороны России (its России not required), Белоусов, Москву;
    # "Министр обороны" of ours lies on a PROFESSION span and is not scored.
    # Resolution: Андрей Белоусов ~ Белоусов (a malformed "(Q4758" link read as Q4758); Москву has no item.
    assert [scores[n].gold for n in ("nerel ner", "workplace", "nerel meetings", "nerel resolution")] == [7, 1, 1, 1]


def test_nerel_empty_prediction_has_zero_recall(tmp_path):
    scores = nerel_scores(tmp_path, [])
    for name in ("nerel ner", "workplace", "workplace extended", "nerel meetings", "nerel resolution"):
        assert (scores[name].recall, scores[name].predicted) == (0.0, 0), name


def test_nerel_ner_boundaries_and_types_must_be_exact(tmp_path):
    text = NEREL_TEXT
    ours = record("1_text.txt", text, [
        entity("p", "Person", "Белоусов", [mention(text, "Белоусов")]),  # inside "Андрей Белоусов": boundary wrong
        entity("s", "Organization", "Шойгу", [mention(text, "Шойгу")]),  # type wrong
        entity("m", "Place", "Москва", [mention(text, "Москве")]),  # right
        entity("d", "Person", "министр", [mention(text, "прошла")]),  # a description touching no gold span: left out
    ])
    ner = nerel_scores(tmp_path, [ours])["nerel ner"]
    assert (ner.matched_gold, ner.gold, ner.matched_predicted, ner.predicted) == (1, 7, 1, 3)


def test_workplace_through_a_profession_counts_only_in_the_extended_variant(tmp_path):
    text = NEREL_TEXT
    lines = NEREL_LINES + ["R6\tWORKPLACE Arg1:T1 Arg2:T7"]  # Белоусов -WORKS_AS-> Министр обороны -WORKPLACE-> Минобороны России
    extra = [
        relation("HEADS", "person:belousov", "org:mod", (0, 10), text, title="министр обороны"),
        relation("HEADS", "person:belousov", "country:ru", (0, 10), text, title="министр обороны"),
    ]
    scores = nerel_scores(tmp_path, [nerel_perfect(extra)], lines)
    workplace, extended = scores["workplace"], scores["workplace extended"]
    assert (workplace.matched_gold, workplace.gold, workplace.matched_predicted, workplace.predicted) == (1, 1, 1, 1)
    assert (extended.matched_gold, extended.gold, extended.matched_predicted, extended.predicted) == (3, 3, 3, 3)


def test_a_wrong_workplace_is_a_false_positive(tmp_path):
    wrong = relation("WORKS_FOR", "person:belousov", "org:mod", (0, 10), NEREL_TEXT)
    workplace = nerel_scores(tmp_path, [nerel_perfect([wrong])])["workplace"]
    assert (workplace.matched_gold, workplace.gold, workplace.matched_predicted, workplace.predicted) == (1, 1, 1, 2)


def test_resolution_is_pairwise_within_and_across_documents(tmp_path):
    """Белоусов: twice in document 1, once in document 2 (3 gold pairs, 2 of them across); ours splits document 2 off."""
    second_text = "Белоусов прибыл."
    gold_dir = nerel_gold(tmp_path, NEREL_LINES)
    nerel_gold(tmp_path, [span_line("T1", "PERSON", "Белоусов", second_text), "N1\tReference T1 Wikidata:Q4758\tБелоусов"], second_text, "2_text")
    second = record("2_text.txt", second_text, [entity("person:other", "Person", "Белоусов", [mention(second_text, "Белоусов")])])
    predictions = load_predictions(write_jsonl(tmp_path / "r.jsonl", [nerel_perfect(), second]))
    scores = {s.name: s for s in nerel.evaluate(read_nerel(gold_dir), predictions)}
    everywhere, across = scores["nerel resolution"], scores["resolution across docs"]
    assert (everywhere.matched_gold, everywhere.gold, everywhere.predicted) == (1, 3, 1)
    assert (across.matched_gold, across.gold, across.predicted) == (0, 2, 0)


# --- the script -------------------------------------------------------------------------------


def run_eval(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "bench" / "eval_dev.py"), *args], capture_output=True, text=True, cwd=REPO, timeout=300)


def test_the_script_scores_given_predictions_on_the_shared_dev_data(tmp_path):
    require_shared_data()
    empty = write_jsonl(tmp_path / "empty.jsonl", [])
    done = run_eval("--pred-factrueval", str(empty), "--pred-nerel", str(empty), "--format", "json", "--errors", str(tmp_path / "errors"))
    assert done.returncode == 0, done.stderr
    scores = json.loads(done.stdout)["scores"]
    assert set(scores) >= {"mentions", "entities", "coreference", "occupation", "meeting", "nerel ner", "workplace", "nerel resolution"}
    assert all(s["predicted"] == 0 for s in scores.values())
    assert all(s["recall"] == 0.0 for s in scores.values() if s["gold"])  # NEREL dev has no gold meeting pairs
    misses = (tmp_path / "errors" / "mentions.tsv").read_text(encoding="utf-8").splitlines()
    assert len(misses) == scores["mentions"]["gold"] and all(line.startswith("FN\tbook_") for line in misses)


def test_the_script_prints_a_markdown_table(tmp_path):
    require_shared_data()
    empty = write_jsonl(tmp_path / "empty.jsonl", [])
    done = run_eval("--pred-factrueval", str(empty), "--pred-nerel", str(empty), "--format", "markdown")
    lines = done.stdout.splitlines()
    assert lines[0].startswith("| metric | P | R | F1 |") and lines[1].startswith("|---|")
    assert any(line.startswith("| mentions | 0.000 | 0.000 |") for line in lines)
