"""Awkward input: nothing to find, huge, Latin script, markup residue, an endless sentence."""

from __future__ import annotations

import pytest

from graphkit.types import Article
from tests.conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
BODY = SEED_TEXT.split("\n\n", 2)[2]


def article(text: str) -> Article:
    return Article(id="a_robust", path="robust.txt", title=text[:30], text=text, date="2025-10-08")


def offsets_hold(extraction) -> None:
    text = extraction.article.text
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    for relation in extraction.relations:
        assert text[relation.evidence.start : relation.evidence.end] == relation.evidence.text


def test_article_without_entities(extractor):
    result = extractor.extract(article("Сегодня было тепло, а к вечеру пошёл дождь. Завтра обещают снег."))
    assert result.entities == [] and result.relations == []


@pytest.mark.slow
def test_one_megabyte_article(extractor):
    text = (BODY + "\n") * (1_000_000 // len(BODY) + 1)
    result = extractor.extract(article(text))
    offsets_hold(result)
    names = {e.name for e in result.entities}
    assert {"Андрей Белоусов", "Эмомали Собирзода"} <= names
    assert len([e for e in result.entities if e.name == "Андрей Белоусов"]) == 1


def test_latin_script(extractor):
    result = extractor.extract(article("Defence Minister Andrei Belousov held talks with his Tajik counterpart in Dushanbe on Wednesday."))
    offsets_hold(result)


def test_markup_residue(extractor):
    text = '<div class="news"><p>Министр обороны Российской Федерации&nbsp;Андрей Белоусов провел переговоры в&nbsp;Душанбе.</p><script>var x = "<b>";</script></div>'
    result = extractor.extract(article(text))
    offsets_hold(result)
    assert any(e.name == "Андрей Белоусов" for e in result.entities)


def test_sentence_of_two_thousand_words(extractor):
    words = ("министр обороны Андрей Белоусов провел переговоры и " * 300).split()[:2000]
    result = extractor.extract(article(" ".join(words) + "."))
    offsets_hold(result)
    assert len([e for e in result.entities if e.label == "Person"]) == 1
