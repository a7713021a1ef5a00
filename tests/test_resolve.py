"""Cross-article entity resolution: one real-world entity, one node (graphkit.resolve, graphkit.store.settle).

The articles are real sentences of the dev sets (NEREL v1.1 dev), read by the
real extractor and loaded into the real embedded store.
"""

from __future__ import annotations

import random

import pytest
import yaml
from click.testing import CliRunner

from graphkit.cli import cli
from graphkit.resolve import Corrections, Record, read_corrections, resolve, resolve_extractions
from graphkit.resolve.corrections import CorrectionsError, Split
from graphkit.store import StoreConfig, load, open_store
from graphkit.store.settle import settle
from graphkit.types import ORGANIZATION, PERSON, Article, Extraction
from tests.store_dump import graph_dump

# NEREL dev 1551405: Boris Johnson named in full, with his post.
PRIME_MINISTER = "Премьер-министр Великобритании Борис Джонсон вернулся в свою резиденцию после выздоровления от Covid-19."
# NEREL dev 597958 and 1551405: the surname alone.
IN_PARLIAMENT = "За день до ухудшения самочувствия Джонсон выступал в Палате общин в ходе еженедельной сессии вопросов и ответов."
IN_HOSPITAL = "Там Джонсон получал кислородную поддержку, но его не подключали к аппарату искусственной вентиляции легких."
# NEREL dev 218392: another Johnson.
PLAINTIFF = (
    "Ранее в 2019 году другой суд в Сан-Франциско обязал компанию выплатить $78 млн другому американцу — "
    "46-летнему Деуэйну Джонсону, который выдвигал против Monsanto такие же обвинения."
)
# NEREL dev last_15 and rosobrnadzor: a full name and an initial.
FORMER_HEAD = "Прежний глава ведомства Иван Муравьев был отправлен в отставку после серии нарушений при проведении ЕГЭ."
SUCCESSOR = "Глебовой в СМИ поступили сообщения, что ее преемником будет И.Муравьев."

# NEREL dev 119336: a wife named by a form of address beside her husband named in full.
WIFE = (
    "Бывший президент США Барак Обама с женой Мишель приобрели жильё в Вашингтоне недалеко от Белого дома. "
    "«Учитывая, что президент и миссис Обама планируют жить в Вашингтоне как минимум ещё два года, "
    "для них имело смысл приобрести дом в собственность, а не продолжать его арендовать», — сообщил представитель Обамы."
)

# NEREL dev last_15: an institute named in full with its short name in brackets; NEREL train 124464: the short name alone.
INSTITUTE_IN_FULL = (
    "В 1996 году он с отличием окончил Московский государственный открытый педагогический университет (МГОПУ) по специальности "
    "\"учитель математики и информатики\", в 2000 году — Московский государственный институт международных отношений (МГИМО) "
    "по специальности \"государственное и муниципальное управление со знанием иностранного языка\"."
)
INSTITUTE_SHORT = "В 1983 окончил МГИМО, после чего продвигался по дипломатической карьерной лестнице."
# NEREL train 26281 and 156119: "Госсовет" in one article, "Государственный совет" in another.
STATE_COUNCIL_SHORT = "24 февраля 2013 года брат и соратник Фиделя Кастро Рауль Кастро переизбран председателем Госсовета Кубы."
STATE_COUNCIL_FULL = "Об этом сообщил его брат Рауль Кастро, председатель Государственного совета Кубы, в эфире государственного телевидения."

BORIS = "person:борис-джонсон"
JOHNSON = "person:джонсон"


@pytest.fixture(scope="module")
def read(extractor):
    """Extractions of sentences, one article each, memoised (the extractor is the costly part)."""
    done: dict[tuple[str, str], Extraction] = {}

    def extraction(article_id: str, text: str, date: str = "2020-04-12") -> Extraction:
        if (article_id, text) not in done:
            done[(article_id, text)] = extractor.extract(Article(id=article_id, path=f"{article_id}.txt", title="", text=text, date=date))
        return done[(article_id, text)]

    return extraction


def person_ids(extraction: Extraction) -> set[str]:
    return {entity.id for entity in extraction.entities if entity.label == PERSON}


def test_a_surname_alone_joins_the_one_person_of_that_surname_in_another_article(read):
    full, later = resolve_extractions([read("test:pm", PRIME_MINISTER), read("test:parliament", IN_PARLIAMENT)])
    assert BORIS in person_ids(full)
    assert person_ids(later) == {BORIS}
    assert {e.name for e in later.entities if e.id == BORIS} == {"Джонсон"}


def test_a_surname_alone_stays_apart_when_two_people_have_that_surname(read):
    resolved = resolve_extractions([read("test:pm", PRIME_MINISTER), read("test:plaintiff", PLAINTIFF), read("test:parliament", IN_PARLIAMENT)])
    assert person_ids(resolved[2]) == {JOHNSON}
    assert BORIS in person_ids(resolved[0]) and BORIS not in person_ids(resolved[1])


def test_an_initial_joins_the_full_first_name(read):
    full, initial = resolve_extractions([read("test:former", FORMER_HEAD), read("test:successor", SUCCESSOR)])
    assert person_ids(initial) & person_ids(full) == {"person:иван-муравьев"}


def test_a_surname_addressed_as_a_woman_joins_no_man_of_that_surname(read):
    (alone,) = resolve_extractions([read("test:wife", WIFE)])
    (wife,) = [e for e in alone.entities if e.label == PERSON and e.props.get("gender") == "female"]
    assert (wife.id, wife.name) == ("person:обама", "Обама")
    full, wife_article = resolve_extractions([read("test:pm", PRIME_MINISTER), read("test:wife", WIFE)])
    assert "person:обама" in person_ids(wife_article) and "person:барак-обама" in person_ids(wife_article)


def person_record(key: str, article_id: str, employers: tuple[str, ...] = (), **parts: str) -> Record:
    return Record(key=key, label=PERSON, article_id=article_id, date="2025-10-08", name=" ".join(parts.values()), props=parts, employers=employers)


def test_posts_in_different_countries_keep_namesakes_apart():
    records = [
        person_record(BORIS, "a1", ("country:gb",), first_name="Борис", last_name="Джонсон"),
        person_record(JOHNSON, "a2", ("org:us:ministry:foreign",), last_name="Джонсон"),
        person_record(JOHNSON, "a3", ("org:gb:government",), last_name="Джонсон"),
        person_record(JOHNSON, "a4", (), last_name="Джонсон"),
    ]
    resolution = resolve(records)
    assert [resolution[(article, JOHNSON)] for article in ("a2", "a3", "a4")] == [JOHNSON, BORIS, BORIS]


def test_a_name_without_patronymic_joins_the_name_with_it_and_a_different_first_name_does_not():
    records = [
        person_record("person:андрей-рэмович-белоусов", "a1", first_name="Андрей", patronymic="Рэмович", last_name="Белоусов"),
        person_record("person:андрей-белоусов", "a2", first_name="Андрей", last_name="Белоусов"),
        person_record("person:олег-белоусов", "a3", first_name="Олег", last_name="Белоусов"),
        person_record("person:а-белоусов", "a4", first_name="А", last_name="Белоусов"),
    ]
    resolution = resolve(records)
    assert resolution[("a2", "person:андрей-белоусов")] == resolution[("a4", "person:а-белоусов")] == "person:андрей-рэмович-белоусов"
    assert resolution[("a3", "person:олег-белоусов")] == "person:олег-белоусов"


def organisation_ids(extraction: Extraction) -> set[str]:
    return {entity.id for entity in extraction.entities if entity.label == ORGANIZATION}


@pytest.mark.parametrize(
    ("one", "other", "node"),
    [
        # a short name another article gives in brackets after the full name
        (INSTITUTE_IN_FULL, INSTITUTE_SHORT, "org:московский-государственный-институт-международных-отношений"),
        # "гос-" is "государственный" across articles as within one; the fuller name's id
        (STATE_COUNCIL_SHORT, STATE_COUNCIL_FULL, "org:государственный-совет-кубы"),
    ],
)
def test_an_organisation_under_another_of_its_names_in_another_article_is_one_node(one, other, node, read):
    resolved = resolve_extractions([read("test:one", one), read("test:other", other)])
    assert node in organisation_ids(resolved[0])
    assert organisation_ids(resolved[1]) == {node}


def test_resolution_depends_on_the_set_of_records_not_their_order(read):
    extractions = [read("test:pm", PRIME_MINISTER), read("test:parliament", IN_PARLIAMENT), read("test:hospital", IN_HOSPITAL), read("test:former", FORMER_HEAD), read("test:successor", SUCCESSOR)]
    expected = [e.to_dict() for e in resolve_extractions(extractions)]
    shuffled = list(range(len(extractions)))
    random.Random(6).shuffle(shuffled)
    again = resolve_extractions([extractions[i] for i in shuffled])
    assert [again[shuffled.index(i)].to_dict() for i in range(len(extractions))] == expected


def test_corrections_merge_and_split(read):
    extractions = [read("test:pm", PRIME_MINISTER), read("test:parliament", IN_PARLIAMENT), read("test:plaintiff", PLAINTIFF)]
    merged = resolve_extractions(extractions, Corrections(merges=((BORIS, JOHNSON),)))
    assert person_ids(merged[1]) == {BORIS}
    split = resolve_extractions(extractions[:2], Corrections(splits=(Split(BORIS, keys=frozenset({JOHNSON})),)))
    assert person_ids(split[1]) == {JOHNSON}
    by_article = resolve_extractions(extractions[:1], Corrections(splits=(Split(BORIS, articles=frozenset({"test:pm"}), to="person:борис-джонсон-2"),)))
    assert "person:борис-джонсон-2" in person_ids(by_article[0])


def test_an_aliases_file_that_is_not_corrections_is_an_error(tmp_path):
    path = tmp_path / "graphkit-aliases.yml"
    path.write_text("merge: [person:a]\n", encoding="utf-8")
    with pytest.raises(CorrectionsError):
        read_corrections(path)
    path.write_text(yaml.safe_dump({"split": [{"id": "person:a"}]}), encoding="utf-8")
    with pytest.raises(CorrectionsError):
        read_corrections(path)
    assert read_corrections(tmp_path / "missing.yml") == Corrections()


# --- in the store ------------------------------------------------------------------------------


def dev_articles(read) -> list[Extraction]:
    return [
        read("test:pm", PRIME_MINISTER, "2020-04-12"),
        read("test:parliament", IN_PARLIAMENT, "2020-04-06"),
        read("test:hospital", IN_HOSPITAL, "2020-04-07"),
        read("test:former", FORMER_HEAD, "2013-10-17"),
        read("test:successor", SUCCESSOR, "2013-10-16"),
    ]


def stored(config: StoreConfig, batches: list[list[Extraction]], **options) -> dict:
    with open_store(config) as store:
        for batch in batches:
            load(store, batch, **options)
        return graph_dump(store)


def test_loading_in_any_order_or_batches_gives_one_identical_graph(read, empty_graph):
    articles = dev_articles(read)
    expected = stored(empty_graph(), [articles])
    people = {props["id"]: props for labels, props in expected["nodes"] if labels == [PERSON]}
    assert set(people) == {BORIS, "person:иван-муравьев"}
    assert people[BORIS]["name"] == "Борис Джонсон" and people[BORIS]["aliases"] == ["Борис Джонсон", "Джонсон"]
    for seed in (1, 2):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        assert stored(empty_graph(), [[article] for article in shuffled], batch_size=1) == expected


def test_a_later_namesake_splits_a_join_and_the_graph_equals_a_fresh_load(read, empty_graph):
    articles = [read("test:pm", PRIME_MINISTER), read("test:parliament", IN_PARLIAMENT)]
    plaintiff = read("test:plaintiff", PLAINTIFF)
    config = empty_graph()
    joined = stored(config, [articles])
    assert JOHNSON not in {props["id"] for _, props in joined["nodes"]}
    assert stored(config, [[plaintiff]]) == stored(empty_graph(), [[plaintiff, *articles]])
    with open_store(config) as store:
        people = store.run("MATCH (p:Person)-[:MENTIONED_IN]->(a:Article) RETURN p.id, a.id ORDER BY a.id", {}).rows
    assert ["person:джонсон", "test:parliament"] in people and [BORIS, "test:pm"] in people


def test_settling_a_settled_graph_changes_nothing(read, empty_graph):
    config = empty_graph()
    before = stored(config, [dev_articles(read)])
    with open_store(config) as store:
        summary = settle(store)
        assert (summary.moved, summary.updated, summary.counters.changed_anything()) == (0, 0, False)
        assert graph_dump(store) == before


def test_graphkit_merge_writes_the_aliases_file_and_the_merge_survives_reloads(read, backend, tmp_path):
    if backend != "falkordb":
        pytest.skip("the aliases file lives in the embedded store folder here")
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "pm.txt").write_text(PRIME_MINISTER, encoding="utf-8")
    (folder / "plaintiff.txt").write_text(PLAINTIFF, encoding="utf-8")
    (folder / "parliament.txt").write_text(IN_PARLIAMENT, encoding="utf-8")
    store_dir = tmp_path / "store"
    runner = CliRunner()
    options = ["--store", str(store_dir), "--jobs", "1", "--quiet", "--date", "2020-04-12"]
    assert runner.invoke(cli, ["load", str(folder), *options]).exit_code == 0

    def people() -> set[str]:
        with open_store(StoreConfig(store_dir=store_dir)) as store:
            return set(store.run("MATCH (p:Person) RETURN p.id", {}).column("p.id"))

    assert JOHNSON in people()
    done = runner.invoke(cli, ["merge", BORIS, JOHNSON, "--store", str(store_dir)])
    assert done.exit_code == 0, done.output
    assert yaml.safe_load((store_dir / "graphkit-aliases.yml").read_text(encoding="utf-8"))["merge"] == [[BORIS, JOHNSON]]
    assert JOHNSON not in people() and BORIS in people()
    (folder / "parliament.txt").write_text(IN_PARLIAMENT + " " + IN_HOSPITAL, encoding="utf-8")
    assert runner.invoke(cli, ["load", str(folder), *options, "--force"]).exit_code == 0
    assert JOHNSON not in people()
    split_store = tmp_path / "split"
    (folder / "plaintiff.txt").unlink()
    aliases = tmp_path / "aliases.yml"
    aliases.write_text(yaml.safe_dump({"split": [{"id": BORIS, "keys": [JOHNSON]}]}), encoding="utf-8")
    assert runner.invoke(cli, ["load", str(folder), *options, "--store", str(split_store), "--aliases", str(aliases)]).exit_code == 0
    with open_store(StoreConfig(store_dir=split_store)) as store:
        assert {BORIS, JOHNSON} <= set(store.run("MATCH (p:Person) RETURN p.id", {}).column("p.id"))
