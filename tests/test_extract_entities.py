"""Entities of one article: one per real thing, with its canonical name, whatever form the text uses."""

from __future__ import annotations

import pytest

from graphkit.types import Article


def entities(text: str, extractor) -> dict[str, set[str]]:
    """Canonical name -> the texts of its mentions."""
    result = extractor.extract(Article(id="a_test", path="test.txt", title=text[:30], text=text, date="2025-10-08"))
    found: dict[str, set[str]] = {}
    for entity in result.entities:
        assert entity.name not in found, f"two entities named {entity.name}"
        found[entity.name] = {m.text for m in entity.mentions}
    return found


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            "Министр обороны Российской Федерации Андрей Белоусов провел переговоры. Это первый визит Белоусова в Таджикистан. «Работа идет», - сказал Белоусов.",
            "Андрей Белоусов", {"Андрей Белоусов", "Белоусова", "Белоусов"},
        ),
        (
            "Переговоры прошли с генерал-полковником Эмомали Собирзодой. «Мы придаем значение визиту», - сказал генерал-полковник Эмомали Собирзода.",
            "Эмомали Собирзода", {"Эмомали Собирзодой", "Эмомали Собирзода"},
        ),
        (
            "Лидер Движения против нелегальной иммиграции Александр Белов заявил, что ДПНИ не участвует в акции.",
            "Движение против нелегальной иммиграции", {"Движения против нелегальной иммиграции", "ДПНИ"},
        ),
        (
            "Министр финансов Алексей Кудрин выступил в Думе. По словам А. Кудрина, бюджет будет исполнен.",
            "Алексей Кудрин", {"Алексей Кудрин", "А. Кудрина"},
        ),
        (
            "Председатель КНР Ху Цзиньтао прибыл в Вашингтон. Ху Цзиньтао встретится с президентом США.",
            "Ху Цзиньтао", {"Ху Цзиньтао"},
        ),
        (
            "Делегацию возглавил министр обороны России. Россия и Таджикистан подписали соглашение, а российская сторона предложила помощь РФ.",
            "Россия", {"России", "Россия", "российская", "РФ"},
        ),
    ],
)
def test_one_entity_per_thing(text, name, mentions, extractor):
    found = entities(text, extractor)
    assert name in found, sorted(found)
    assert mentions <= found[name]


def test_ranks_are_not_names(extractor):
    result = extractor.extract(Article(id="a", path="a", title="", text="Переговоры прошли с генерал-полковником Эмомали Собирзодой.", date="2025-10-08"))
    (person,) = [e for e in result.entities if e.label == "Person"]
    assert person.name == "Эмомали Собирзода"
    assert person.props["ranks"] == ["генерал-полковник"]


def labelled(text: str, extractor) -> dict[str, tuple[str, set[str]]]:
    """Canonical name -> (label, the texts of its mentions)."""
    result = extractor.extract(Article(id="a_test", path="test.txt", title=text[:30], text=text, date="2025-10-08"))
    return {e.name: (e.label, {m.text for m in e.mentions}) for e in result.entities}


@pytest.mark.parametrize(
    ("text", "name", "label", "mentions"),
    [
        # a name restated in brackets: Latin script, or an organisation's abbreviation
        (
            "Об этом сообщает Комитет защиты журналистов (КЗЖ) (Committee to Protect Journalists).",
            "Комитет защиты журналистов", "Organization", {"Комитет защиты журналистов", "КЗЖ", "Committee to Protect Journalists"},
        ),
        ("Международная амнистия (Amnesty International) обвиняет США в двойном подходе.", "Международная амнистия", "Organization", {"Amnesty International"}),
        (
            "Немецкий автомобильный концерн «Фольксваген» (Volkswagen) планирует построить в России завод.",
            "Фольксваген", "Organization", {"Фольксваген", "Volkswagen"},
        ),
        (
            "Сегодня бундестренер Юрген Клинсман (Jürgen Klinsmann) назвал Йенса Лемана первым вратарём сборной команды.",
            "Юрген Клинсман", "Person", {"Юрген Клинсман", "Jürgen Klinsmann"},
        ),
        # a lone word the dictionary takes for a first name is the surname of the person named in full
        (
            "Министр по государственным сборам Новой Зеландии Питер Данн подчеркнул, что правительство приступило к пересмотру налогового режима. "
            "По словам Данна, некоторые наблюдатели неверно интерпретируют заявления министра финансов.",
            "Питер Данн", "Person", {"Питер Данн", "Данна"},
        ),
        # a first name alone stands for the one person of the article who has it
        (
            "Сегодня в Москве на 40-й день после смерти Егора Свиридова прошли посвященные ему акции памяти. На нем надпись – «40 дней без Егора».",
            "Егор Свиридов", "Person", {"Егора Свиридова", "Егора"},
        ),
        # a first name and a patronymic without a surname join the person named in full
        (
            "1 февраля открылся памятник первому президенту России Борису Николаевичу Ельцину. "
            "Уральцы никогда не забудут того, что сделал Борис Николаевич для Свердловской области, ещё будучи первым секретарём обкома партии.",
            "Борис Николаевич Ельцин", "Person", {"Борису Николаевичу Ельцину", "Борис Николаевич"},
        ),
        (
            "30 марта 2011 года состояние здоровья Людмилы Гурченко неожиданно ухудшилось. Похороны Людмилы Марковны состоятся 2 апреля на Новодевичьем кладбище.",
            "Людмила Марковна Гурченко", "Person", {"Людмилы Гурченко", "Людмилы Марковны"},
        ),
        # an organisation's quoted name after what it is: the name alone, as written
        (
            "Концерн «Майкрософт» представил антимонопольной комиссии Европейского союза дополнительную документацию. "
            "Спор между чиновниками ЕС и «Майкрософт» продолжается уже несколько лет.",
            "Майкрософт", "Organization", {"Концерн «Майкрософт»", "Майкрософт"},
        ),
        # a quoted name that a descriptor introduces, where NER missed it
        (
            "Организаторами акции выступили движение «За права человека», Союз координационных советов (СКС), институт «Коллективное действие».",
            "Коллективное действие", "Organization", {"Коллективное действие"},
        ),
        # a name NER found once, written again where NER missed it
        (
            "Около 30 рабочих на заводе по производству ветрогенераторов Vestas, расположенном в Ньюпорте, захватили свой завод. "
            "Vestas — основной работодатель на Острове Уайт с населением около 140 000 человек.",
            "Vestas", "Organization", {"Vestas"},
        ),
        # a capitalised adjective makes a place of its own, not the city
        (
            "Воскресное заседание кабинета министров глава правительства Израиля Биньямин Нетаньяху провел в Старом городе, а не в традиционном месте в Западном Иерусалиме.",
            "Западный Иерусалим", "Place", {"Западном Иерусалиме"},
        ),
        # a body word and its owner in the genitive name an organisation
        ("В понедельник делегация США, состоящая из 30 членов, должна прояснить все неприятные вопросы.", "делегация США", "Organization", {"делегация США"}),
        ("Пресс-служба Кадырова заявила, что в столице и по всей Чечне сегодня царит праздничное настроение.", "Пресс-служба Кадырова", "Organization", {"Пресс-служба Кадырова"}),
        (
            "Судейский комитет ФИФА на своём заседании в Цюрихе (Швейцария) назвал имена 23-х арбитров.",
            "Судейский комитет ФИФА", "Organization", {"Судейский комитет ФИФА"},
        ),
        # an organisation NER cut off before the organisation it belongs to
        (
            "Своим мнением также поделятся Кирилл Разлогов - директор Российского института культурологи, "
            "Валерий Тишков - директор Института этнологии и антропологии РАН, Виктор Майклсон.",
            "Институт этнологии и антропологии РАН", "Organization", {"Института этнологии и антропологии РАН"},
        ),
        # an adjective that looks like a post begins an organisation's name
        ("Первый канал аннулировал результаты финального голосования на шоу «Голос». Первый канал не называет имя участника.", "Первый канал", "Organization", {"Первый канал"}),
        # what a body deals with or where it sits is part of its name
        (
            "США должны защищать себя от обвинений в применение пыток перед комитетом ООН против пыток в Женеве.",
            "комитет ООН против пыток", "Organization", {"комитетом ООН против пыток"},
        ),
        ("В сборную России по бобслею и скелетону объявлен открытый набор.", "сборная России по бобслею и скелетону", "Organization", {"сборную России по бобслею и скелетону"}),
        (
            "Об этом сообщил официальный представитель Следственного комитета при прокуратуре Владимир Маркин.",
            "Следственный комитет при прокуратуре", "Organization", {"Следственного комитета при прокуратуре"},
        ),
        # a building or site and its owner in the genitive name a place
        (
            "Работать будущий сотрудник будет в штаб-квартире Google, расположенной в городе Маунтин-Вью, штат Калифорния.",
            "штаб-квартира Google", "Place", {"штаб-квартире Google"},
        ),
        # an NER span over a list is one name per item
        ("• 0:1 — 01:23 Сёмин (Овечкин, Фёдоров) • 1:1 — 03:54 Бернс (Рой, Грин) • 2:1 — 09:17 Куниц", "Овечкин", "Person", {"Овечкин"}),
        ("• 0:1 — 01:23 Сёмин (Овечкин, Фёдоров) • 1:1 — 03:54 Бернс (Рой, Грин) • 2:1 — 09:17 Куниц", "Федоров", "Person", {"Фёдоров"}),
        # a full name NER once took for a place is the person it tags elsewhere
        (
            "После длительного перерыва играет в супертурнире Гата Камский. Участники турнира • Майкл Адамс (Великобритания, 34, 2707) "
            "• Иван Соколов (Нидеоланды, 37, 2689) • Гата Камский (США, 31, 2686) • Сергей Тивяков (Нидерланды, 32, 2669)",
            "Гата Камский", "Person", {"Гата Камский"},
        ),
        # the International Space Station is a place
        ("Менеджеры НАСА обсуждают варианты эвакуации своего астронавта с МКС на шаттле «Дискавери».", "МКС", "Place", {"МКС"}),
    ],
)
def test_mention_patterns(text, name, label, mentions, extractor):
    found = labelled(text, extractor)
    assert name in found, sorted(found)
    assert found[name][0] == label
    assert mentions <= found[name][1]


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Команда Феррари не подавала аппеляцию, поскольку применённая статья 112 спортивного регламента запрещает оспаривание этого решение.", "Феррари"),
        ("Всего, по сообщениям блоггеров и СМИ, было задержано более 30 человек.", "СМИ"),
        ("Последние восемь лет наибольшее количество журналистов содержится в тюрьмах Китая.", "тюрьмы Китая"),
        ("Воскресное заседание кабинета министров глава правительства Израиля Биньямин Нетаньяху провел в Западном Иерусалиме.", "Иерусалим"),
    ],
)
def test_no_entity(text, not_a_name, extractor):
    """A word alone that is no person's name, an abbreviation of a common noun, a kind of site, a city inside a place's name: no entity."""
    assert not_a_name not in labelled(text, extractor)
