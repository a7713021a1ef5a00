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
