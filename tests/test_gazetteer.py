"""The gazetteer: Russian names in any case form -> canonical countries, places, bodies and ministries."""

from __future__ import annotations

import csv

import pytest
from razdel import tokenize

from graphkit.extract.gazetteer import DATA, FORMER_STATES, FORMS_FILE, Gazetteer, fold, read_forms, read_sources
from graphkit.extract.gazetteer_forms import collisions, generated, main
from graphkit.types import COUNTRY, ORGANIZATION, PLACE

UN_MEMBERS = """
af al dz ad ao ag ar am au at az bs bh bd bb by be bz bj bt bo ba bw br bn bg bf bi cv kh cm ca cf td cl cn co km cg cd
cr ci hr cu cy cz dk dj dm do ec eg sv gq er ee sz et fj fi fr ga gm ge de gh gr gd gt gn gw gy ht hn hu is in id ir iq
ie il it jm jp jo kz ke ki kp kr kw kg la lv lb ls lr ly li lt lu mg mw my mv ml mt mh mr mu mx fm md mc mn me ma mz mm
na nr np nl nz ni ne ng mk no om pk pw pa pg py pe ph pl pt qa ro ru rw kn lc vc ws sm st sa sn rs sc sl sg sk si sb so
za ss es lk sd sr se ch sy tj tz th tl tg to tt tn tr tm tv ug ua ae gb us uy uz vu ve vn ye zm zw
""".split()

WITHOUT_ADJECTIVE = {
    "cd": "конголезский names both Congos",
    "cg": "конголезский names both Congos",
    **{code: "no adjective in use in Russian" for code in ("gw", "cv", "gq", "st", "ls", "sz", "pg", "sb", "vu", "to", "ki", "tv", "nr", "fm", "mh", "pw", "tt", "dm", "lc", "vc", "gd", "ag", "kn", "dd")},
}


def table(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))


def words(text: str) -> list[str]:
    """Tokens as natasha cuts them (razdel)."""
    return [t.text for t in tokenize(text)]


def found(gazetteer: Gazetteer, text: str) -> list[tuple[str, tuple[str, ...], str]]:
    """Every match in `text`: (matched words, ids of what they name, kind of match)."""
    tokens = words(text)
    return [(" ".join(tokens[i : i + m.length]), tuple(e.id for e in m.entries), m.kind) for i, m in gazetteer.scan(tokens)]


@pytest.mark.parametrize(
    ("text", "ids", "kind"),
    [
        ("России", ("country:ru",), "name"),
        ("Россией", ("country:ru",), "name"),
        ("РФ", ("country:ru",), "abbreviation"),
        ("Российской Федерации", ("country:ru",), "name"),
        ("Российскую Федерацию", ("country:ru",), "name"),
        ("российского", ("country:ru",), "adjective"),
        ("Российские", ("country:ru",), "adjective"),
        ("российско-таджикистанского", ("country:ru", "country:tj"), "adjective"),
        ("американо-китайских", ("country:us", "country:cn"), "adjective"),
        ("Таджикистана", ("country:tj",), "name"),
        ("Республики Таджикистан", ("country:tj",), "name"),
        ("Республике Таджикистан", ("country:tj",), "name"),
        ("таджикистанский", ("country:tj",), "adjective"),
        ("таджикскому", ("country:tj",), "adjective"),
        ("США", ("country:us",), "abbreviation"),
        ("Соединённых Штатов Америки", ("country:us",), "name"),
        ("Соединенным Штатам", ("country:us",), "name"),
        ("Белоруссии", ("country:by",), "name"),
        ("Страны восходящего солнца", ("country:jp",), "name"),
        ("Туманном Альбионе", ("country:gb",), "name"),
        ("Беларуси", ("country:by",), "name"),
        ("КНР", ("country:cn",), "abbreviation"),
        ("Северной Кореи", ("country:kp",), "name"),
        ("Боснии и Герцеговины", ("country:ba",), "name"),
        ("Папуа — Новой Гвинее", ("country:pg",), "name"),
        ("Кот-д’Ивуара", ("country:ci",), "name"),
        ("Сейшел", ("country:sc",), "name"),
        ("Республики Конго", ("country:cg",), "name"),
        ("Демократической Республики Конго", ("country:cd",), "name"),
        ("Душанбе", ("place:tj:душанбе",), "name"),
        ("Москвы", ("place:ru:москва",), "name"),
        ("Санкт-Петербурге", ("place:ru:санкт-петербург",), "name"),
        ("Нижнего Новгорода", ("place:ru:нижний-новгород",), "name"),
        ("Нью-Йорке", ("place:us:нью-йорк",), "name"),
        ("Крыму", ("place:крым",), "name"),
        ("Курской области", ("place:ru:курская-область",), "name"),
        ("московского", ("place:ru:москва",), "adjective"),
        ("Московской области", ("place:ru:московская-область",), "name"),
        ("нью-йоркском", ("place:us:нью-йорк",), "adjective"),
        ("советских", ("country:su",), "adjective"),
        ("Советского Союза", ("country:su",), "name"),
        ("СССР", ("country:su",), "abbreviation"),
        ("ООН", ("org:un",), "abbreviation"),
        ("G-20", ("org:g20",), "abbreviation"),
        ("Атлантического альянса", ("org:nato",), "name"),
        ("Организации Объединённых Наций", ("org:un",), "name"),
        ("Совбеза ООН", ("org:unsc",), "name"),
        ("Большой семёрки", ("org:g7",), "name"),
        ("G7", ("org:g7",), "abbreviation"),
        ("Евросоюзом", ("org:eu",), "name"),
        ("Минобороны России", ("org:ru:ministry:defence",), "body"),
        ("Минобороны РФ", ("org:ru:ministry:defence",), "body"),
        ("министерства обороны Российской Федерации", ("org:ru:ministry:defence",), "body"),
        ("российского Минобороны", ("org:ru:ministry:defence",), "body"),
        ("Минобороны", ("org:ru:ministry:defence",), "body"),
        ("Министерством обороны Республики Таджикистан", ("org:tj:ministry:defence",), "body"),
        ("МИДа Таджикистана", ("org:tj:ministry:foreign",), "body"),
        ("МИД КНР", ("org:cn:ministry:foreign",), "body"),
        ("Минфину Китая", ("org:cn:ministry:finance",), "body"),
        ("китайскому правительству", ("org:cn:government",), "body"),
        ("посольствах Японии", ("org:jp:embassy",), "body"),
        ("мэрии Москвы", ("org:ru:москва:mayoralty",), "body"),
        ("правительства Москвы", ("org:ru:москва:regional_government",), "body"),
        ("московской мэрии", ("org:ru:москва:mayoralty",), "body"),
        ("московского правительства", ("org:ru:москва:regional_government",), "body"),
        ("Госдепартамента", ("org:us:ministry:foreign",), "name"),
        ("Министерства обороны США", ("org:us:ministry:defence",), "name"),
        ("Пентагоном", ("org:us:ministry:defence",), "name"),
        ("Госдумы", ("org:ru:duma",), "name"),
    ],
)
def test_a_name_in_any_form_finds_its_entry(gazetteer, text, ids, kind):
    assert found(gazetteer, text) == [(" ".join(words(text)), ids, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "того",
        "мали",
        "чад",
        "перу",
        "рф",
        "сша",
        "ооо",
        "штатов",
        "Конго",
        "конголезский",
        "минобороны",
        "правительство",
        "английский",
        "военно-морской",
        "московско-британский",
    ],
)
def test_lower_case_common_words_and_ambiguous_names_find_nothing(gazetteer, text):
    assert found(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Того заявил об этом.", []),
        ("Выборы прошли в Того.", [("Того", ("country:tg",), "name")]),
        ("Чад и Нигер подписали договор.", [("Нигер", ("country:ne",), "name")]),
        ("Посол прибыл в Чад.", [("Чад", ("country:td",), "name")]),
        ("Штаты ввели пошлины.", []),
        ("Пошлины ввели Штаты.", [("Штаты", ("country:us",), "name")]),
        ("«Того» не будет.", []),
        ("Мали заявила о выходе.", [("Мали", ("country:ml",), "name")]),
        ("Куба и Россия.", [("Куба", ("country:cu",), "name"), ("Россия", ("country:ru",), "name")]),
        ("В мали того чада не было.", []),
    ],
)
def test_a_name_that_is_also_a_common_word_needs_a_capital_inside_the_sentence(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


def test_abbreviations_match_as_written_or_in_capitals(gazetteer):
    assert found(gazetteer, "МИДа") == [("МИДа", ("org:ru:ministry:foreign",), "body")]
    assert found(gazetteer, "МИДА") == [("МИДА", ("org:ru:ministry:foreign",), "body")]
    assert found(gazetteer, "Мида") == []
    assert found(gazetteer, "ВОЗ") == [("ВОЗ", ("org:who",), "abbreviation")]
    assert found(gazetteer, "воз") == []


def test_a_sentence_is_read_left_to_right_longest_first(gazetteer):
    text = "Министр обороны России Андрей Белоусов провёл в Душанбе переговоры с коллегой из Республики Таджикистан."
    assert found(gazetteer, text) == [
        ("России", ("country:ru",), "name"),
        ("Душанбе", ("place:tj:душанбе",), "name"),
        ("Республики Таджикистан", ("country:tj",), "name"),
    ]


def test_a_body_match_holds_its_owner_as_an_inner_match(gazetteer):
    match = gazetteer.match(words("Минобороны Республики Таджикистан"), 0)
    assert (match.entry.id, match.length) == ("org:tj:ministry:defence", 3)
    assert [(offset, inner.entry.id, inner.length) for offset, inner in match.inner] == [(1, "country:tj", 2)]
    adjective = gazetteer.match(words("российского МИДа"), 0)
    assert [(offset, inner.entry.id, inner.kind) for offset, inner in adjective.inner] == [(0, "country:ru", "adjective")]


def test_ministry_names_follow_the_pattern_and_the_country(gazetteer):
    defence = gazetteer.ministry("defence", "ru")
    assert defence.id == "org:ru:ministry:defence"
    assert defence.label == ORGANIZATION and defence.kind == "ministry" and defence.country == "ru"
    assert defence.name == "Министерство обороны Российской Федерации"
    assert defence.short_name == "Минобороны России"
    assert "Минобороны РФ" in defence.aliases and "Министерство обороны России" in defence.aliases
    foreign = gazetteer.ministry("foreign", "tj")
    assert (foreign.name, foreign.short_name) == ("Министерство иностранных дел Республики Таджикистан", "МИД Таджикистана")
    assert "МИД РФ" in gazetteer.ministry("foreign", "ru").aliases
    assert gazetteer.ministry("defence", "ru") is defence


def test_a_national_name_keeps_the_pattern_id_and_names(gazetteer):
    state_department = gazetteer.body("foreign", "us")
    assert (state_department.id, state_department.name, state_department.short_name) == (
        "org:us:ministry:foreign", "Государственный департамент США", "Госдепартамент",
    )
    assert "Министерство иностранных дел США" in state_department.aliases
    assert gazetteer.entry("org:us:ministry:foreign") is state_department


def test_ministry_refuses_a_body_that_is_no_ministry(gazetteer):
    with pytest.raises(KeyError):
        gazetteer.ministry("government", "ru")


def test_a_place_body_is_named_with_the_place_in_the_genitive(gazetteer):
    mayoralty = gazetteer.body("mayoralty", "place:tj:душанбе")
    assert (mayoralty.id, mayoralty.name, mayoralty.country) == ("org:tj:душанбе:mayoralty", "Мэрия Душанбе", "tj")
    assert gazetteer.body("regional_government", "place:ru:москва").name == "Правительство Москвы"


@pytest.mark.parametrize(
    ("lemmas", "kind"),
    [
        ("министр оборона", "defence"),
        ("заместитель министр иностранный дело россия", "foreign"),
        ("замминистра финансы", "finance"),
        ("глава военный ведомство", "defence"),
        ("начальник генеральный штаб", "general_staff"),
        ("председатель правительство", "government"),
        ("глава минобороны", "defence"),
        ("министр наука и высокий образование", "science"),
        ("генерал-полковник юстиция", None),
        ("глава муниципальный образование", None),
        ("президент", None),
    ],
)
def test_the_body_a_post_names(gazetteer, lemmas, kind):
    assert gazetteer.body_kind_for_title(lemmas.split()) == kind


@pytest.mark.parametrize(
    ("sentence", "ids", "kind"),
    [
        ("Заместитель министра иностранных дел России Андрей Руденко прибыл в Пекин.", ("country:ru", "place:cn:пекин"), "foreign"),
        ("Глава военного ведомства Таджикистана Эмомали Собирзода встретил гостя.", ("country:tj",), "defence"),
        ("Министр цифрового развития, связи и массовых коммуникаций Максут Шадаев выступил в Госдуме.", ("org:ru:duma",), "digital"),
        ("Министр науки и высшего образования Валерий Фальков посетил Казань.", ("place:ru:казань",), "science"),
    ],
)
def test_natasha_tokens_and_lemmas_find_places_and_the_body_of_a_post(gazetteer, nlp_models, sentence, ids, kind):
    from graphkit.nlp import analyse, tag_morphology

    analysed = analyse(sentence, nlp_models)
    tag_morphology(analysed.sentences, nlp_models)
    tokens = [t for s in analysed.sentences for t in s.tokens]
    assert tuple(m.entry.id for _, m in gazetteer.scan([t.text for t in tokens])) == ids
    assert gazetteer.body_kind_for_title([t.lemma for t in tokens]) == kind


def test_body_kinds_by_short_name_and_description(gazetteer):
    assert [gazetteer.body_kind_by_short(w) for w in ("Минобороны", "МИДа", "Минфину", "Генштаба", "минобороны", "Москва")] == [
        "defence", "foreign", "finance", "general_staff", None, None,
    ]
    assert gazetteer.body_kind_by_description(["внешнеполитический", "ведомство"]) == "foreign"
    assert gazetteer.body_kind_by_description(["ведомство"]) is None


def test_countries_by_code_adjective_and_for_a_place(gazetteer):
    tajikistan = gazetteer.country("tj")
    assert (tajikistan.id, tajikistan.label, tajikistan.name, tajikistan.official_name) == (
        "country:tj", COUNTRY, "Таджикистан", "Республика Таджикистан",
    )
    assert gazetteer.country("zz") is None
    assert gazetteer.country_by_adjective("Таджикистанскому") is tajikistan
    assert gazetteer.country_by_adjective("Москва") is None
    assert gazetteer.country_by_adjective("московского") is None
    dushanbe = gazetteer.entry("place:tj:душанбе")
    assert (dushanbe.label, dushanbe.kind, dushanbe.country) == (PLACE, "city", "tj")
    assert gazetteer.country_of(dushanbe) is tajikistan
    assert gazetteer.country_of(tajikistan) is tajikistan
    assert gazetteer.country_of(gazetteer.entry("place:крым")) is None
    assert gazetteer.country_of(gazetteer.entry("org:un")) is None
    assert gazetteer.country_of(gazetteer.ministry("defence", "ru")).id == "country:ru"


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.tsv")))
def test_every_table_row_has_the_header_columns_and_no_stray_spaces(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    width = lines[0].count("\t")
    for number, line in enumerate(lines, 1):
        assert line.count("\t") == width, (name, number)
        assert all(cell == cell.strip() for cell in line.split("\t")), (name, number)


def test_every_un_member_and_the_observers_are_countries():
    codes = [row["iso2"] for row in table("countries.tsv")]
    assert len(codes) == len(set(codes))
    assert all(len(code) == 2 and code.islower() for code in codes)
    assert set(UN_MEMBERS) | {"va", "ps"} <= set(codes)
    assert len(UN_MEMBERS) == 193


def test_every_country_row_is_complete():
    for row in table("countries.tsv"):
        for column in ("name", "name_gen", "official_name", "official_gen", "capital"):
            assert row[column].strip() or (column == "capital" and row["iso2"] in FORMER_STATES), (row["iso2"], column)
        assert bool(row["adjectives"]) != (row["iso2"] in WITHOUT_ADJECTIVE), row["iso2"]


def test_every_capital_and_place_country_is_known():
    countries = {row["iso2"]: row for row in table("countries.tsv")}
    places = {row["name"]: row for row in table("places.tsv")}
    assert all(row["country"] in countries or row["country"] == "" for row in places.values())
    assert all(row["kind"] in ("city", "region", "other") for row in places.values())
    for code, row in countries.items():
        capital = places.get(row["capital"])
        assert row["capital"] == row["name"] or (capital is not None and capital["country"] in (code, "")) or code in FORMER_STATES, code


def test_entry_ids_are_unique_and_every_form_has_an_entry(gazetteer):
    ids = [entry.id for entry in read_sources().entries]
    assert len(ids) == len(set(ids))
    targets = {f.target for f in read_forms(DATA / FORMS_FILE)}
    assert {t for t in targets if not t.startswith("body:")} == set(ids)
    assert {t.removeprefix("body:") for t in targets if t.startswith("body:")} == set(gazetteer.body_kinds)


def test_no_two_entries_share_a_surface_form():
    assert collisions(read_forms(DATA / FORMS_FILE)) == {}


def test_forms_file_is_up_to_date():
    assert (DATA / FORMS_FILE).read_text(encoding="utf-8") == generated(), (
        "graphkit/data/forms.tsv is out of date: run python -m graphkit.extract.gazetteer_forms"
    )


def write_tables(directory, countries: list[str]) -> None:
    """A minimal data directory: these country rows, and one of every other table."""
    tables = {
        "countries.tsv": ["iso2\tname\tname_gen\tofficial_name\tofficial_gen\taliases\tadjectives\tcapital", *countries],
        "places.tsv": ["name\tkind\tcountry\taliases\tadjectives", "Душанбе\tcity\ttj\t\t"],
        "international_orgs.tsv": ["key\tname\tshort_name\taliases", "un\tОрганизация Объединённых Наций\tООН\t"],
        "national_agencies.tsv": ["key\tname\tshort_name\taliases\tcountry"],
        "national_bodies.tsv": ["country\tkind\tname\tshort_name\taliases"],
        "state_bodies.tsv": [
            "key\tfull\tshort\taliases\thead_title\tdescriptions\tof",
            "defence\tМинистерство обороны\tМинобороны\t\tминистр обороны\tвоенное ведомство\tcountry",
        ],
    }
    for name, lines in tables.items():
        (directory / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_gazetteer_is_built_from_any_data_directory(tmp_path):
    write_tables(tmp_path, ["tj\tТаджикистан\tТаджикистана\tРеспублика Таджикистан\tРеспублики Таджикистан\t\tтаджикистанский\tДушанбе"])
    assert main(["--data", str(tmp_path)]) == 0
    assert main(["--data", str(tmp_path), "--check"]) == 0
    gazetteer = Gazetteer.load(tmp_path)
    assert found(gazetteer, "Минобороны Республики Таджикистан в Душанбе") == [
        ("Минобороны Республики Таджикистан", ("org:tj:ministry:defence",), "body"),
        ("Душанбе", ("place:tj:душанбе",), "name"),
    ]
    assert gazetteer.ministry("defence", "tj").short_name == "Минобороны Таджикистана"
    with (tmp_path / "places.tsv").open("a", encoding="utf-8") as stream:
        stream.write("Худжанд\tcity\ttj\t\t\n")
    assert main(["--data", str(tmp_path), "--check"]) == 1


def test_a_form_shared_by_two_entries_is_refused(tmp_path):
    write_tables(tmp_path, [
        "cg\tРеспублика Конго\tРеспублики Конго\tРеспублика Конго\tРеспублики Конго\tКонго\t\tБраззавиль",
        "cd\tДРК\tДРК\tДемократическая Республика Конго\tДемократической Республики Конго\tКонго\t\tКиншаса",
    ])
    with pytest.raises(ValueError, match="конго: country:cd, country:cg"):
        main(["--data", str(tmp_path)])


def test_keys_fold_case_and_yo():
    assert fold("Соединённые ШТАТЫ") == "соединенные штаты"
