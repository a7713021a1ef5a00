"""Readers on the seed and on fixtures for every format and encoding (made here from real text)."""

from __future__ import annotations

import io
import json

import pytest

from graphkit.errors import ReadError
from graphkit.readers import iter_articles
from tests.conftest import SEED, SHARED, require_shared_data

SEED_TEXT = SEED.read_text(encoding="utf-8")
RUSSIAN = (
    "Министр обороны Российской Федерации Андрей Белоусов провел переговоры с министром обороны "
    "Республики Таджикистан генерал-полковником Эмомали Собирзодой в рамках рабочего визита в Душанбе.\n"
    "Об этом сообщила пресс-служба ведомства.\n"
)


def read(*paths, **options):
    return list(iter_articles([str(p) for p in paths], **options))


def test_seed_article_block_matches_what_an_analyst_reads():
    expected = json.loads((SHARED / "seeds" / "000_1c60d453f61181e5.expected.json").read_text(encoding="utf-8"))["article"]
    (article,) = read(SEED)
    block = article.to_dict()
    for key, value in expected.items():
        assert block[key] == value, key
    assert article.text == SEED_TEXT
    meta = [SEED_TEXT[start:end] for start, end in article.meta_spans]
    assert meta == [
        " date 2025-10-08 МЕДИАГРУППА «ЗВЕЗДА»",
        "2025-10-08 19:00:06",
        "© Фото: Министерство обороны РФ © Видео: Министерство обороны РФ",
        "Материал подготовили Константин Денисов и Николай Баранов.",
        "#армия #Владимир Путин #Миноброны РФ #Андрей Белоусов #республика таджикистан",
    ]


def test_plain_text_keeps_offsets_of_the_file():
    require_shared_data()
    path = SHARED / "data" / "factrueval-dev" / "book_3269.txt"
    (article,) = read(path, date="2016-03-01")
    assert article.text == path.read_text(encoding="utf-8")
    assert article.title == "Учёные создали высокотемпературные сверхпроводники из непроводников"
    assert article.date == "2016-03-01" and article.meta_spans == ()


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("cp1251", b""), ("koi8-r", b"")],
)
def test_encodings(encoding, prefix, tmp_path):
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(prefix + RUSSIAN.encode(encoding))
    (article,) = read(path)
    assert article.text == RUSSIAN


def test_json_object_list_and_lines(tmp_path):
    record = {"headline": "Белоусов в Душанбе", "body": RUSSIAN, "published": "2025-10-08T19:00:06", "source": "Звезда",
              "link": "https://example.ru/1", "author": "Константин Денисов и Николай Баранов", "keywords": "армия, оборона"}
    (tmp_path / "one.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([record, {**record, "link": "https://example.ru/2"}], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "stream.jsonl").write_text(
        json.dumps(record, ensure_ascii=False) + "\n{broken\n\n" + json.dumps({"title": "пусто"}) + "\n" + json.dumps({"text": "Вторая статья."}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    one = read(tmp_path / "one.json")
    assert [a.title for a in one] == ["Белоусов в Душанбе"]
    article = one[0]
    assert (article.date, article.published, article.url) == ("2025-10-08", "2025-10-08T19:00:06", "https://example.ru/1")
    assert article.authors == ("Константин Денисов", "Николай Баранов") and article.tags == ("армия", "оборона")
    assert [a.path for a in read(tmp_path / "many.json")] == [f"{tmp_path / 'many.json'}:1", f"{tmp_path / 'many.json'}:2"]
    items = read(tmp_path / "stream.jsonl")
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "ReadError", "Article"]
    assert items[1].path.endswith("stream.jsonl:2") and items[1].reason.startswith("invalid JSON")
    assert items[2].reason == "record has no text (expected one of: text, body, content)"
    assert items[3].title == "Вторая статья."


def test_saved_news_page(tmp_path):
    page = f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>Белоусов провел переговоры с таджикистанским коллегой</title>
<meta property="og:url" content="https://example.ru/news/belousov">
<meta property="article:published_time" content="2025-10-08T19:00:06+03:00"></head>
<body><nav><a href="/">Главная</a> | <a href="/news">Новости</a> | <a href="/army">Армия</a></nav>
<article><h1>Белоусов провел переговоры с таджикистанским коллегой</h1>
{''.join(f'<p>{line}</p>' for line in RUSSIAN.splitlines())}
<p>Стороны обсудили актуальные вопросы двустороннего взаимодействия в сфере обороны.</p></article>
<footer>© Все права защищены. Подписывайтесь на наш канал.</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read(path)
    assert "Андрей Белоусов провел переговоры" in article.text
    assert "Главная" not in article.text and "Подписывайтесь" not in article.text
    assert article.title == "Белоусов провел переговоры с таджикистанским коллегой"
    assert article.url == "https://example.ru/news/belousov"
    assert article.date == "2025-10-08"


def test_directories_are_read_recursively_in_sorted_order(tmp_path):
    for name in ("b/2.txt", "a/1.txt", "a/.hidden.txt", "c.md", "a/z.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Статья {name}\n{RUSSIAN}", encoding="utf-8")
    assert [a.path for a in read(tmp_path)] == [str(tmp_path / "a/1.txt"), str(tmp_path / "a/z.txt"), str(tmp_path / "b/2.txt")]


def test_globs_and_stdin(tmp_path):
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(f"{name}\n{RUSSIAN}", encoding="utf-8")
    assert [a.title for a in read(tmp_path / "x*.txt")] == ["x1.txt", "x2.txt"]
    (error,) = read(tmp_path / "nothing*.txt")
    assert isinstance(error, ReadError) and error.reason == "no file matches this pattern"
    (article,) = list(iter_articles(["-"], stdin=io.BytesIO(SEED_TEXT.encode("utf-8"))))
    assert article.title == "Белоусов провел переговоры со своим таджикистанским коллегой"
    lines = b'{"text": "\xd0\x9f\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb0\xd1\x8f."}\n{"text": "Second."}\n'
    assert len(list(iter_articles(["-"], stdin=io.BytesIO(lines)))) == 2


def test_ids_are_deterministic_and_survive_a_corrected_body(tmp_path):
    first = read(SEED)[0].id
    assert read(SEED)[0].id == first
    corrected = tmp_path / SEED.name
    corrected.write_text(SEED_TEXT.replace("очень многое", "многое"), encoding="utf-8")
    assert read(corrected)[0].id == first
    other = tmp_path / "other.txt"
    other.write_text(SEED_TEXT.replace("Белоусов провел переговоры со своим", "Белоусов встретился со своим", 1), encoding="utf-8")
    assert read(other)[0].id != first
