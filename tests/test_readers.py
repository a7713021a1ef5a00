"""Readers on the seed, on dev-set files and on fixtures made here from real Russian news text."""

from __future__ import annotations

import codecs
import hashlib
import io
import json
from pathlib import Path

import pytest

from graphkit.errors import ReadError
from graphkit.readers import MAX_ARTICLE_BYTES, iter_articles
from graphkit.readers.bylines import publisher_name
from graphkit.readers.dates import UnknownDate, parse_date
from graphkit.types import Article
from tests.conftest import SEED, require_shared_data

SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_LINES = SEED_TEXT.splitlines()
SEED_TITLE = "Белоусов провел переговоры со своим таджикистанским коллегой"
SEED_LEAD = SEED_LINES[3]
SEED_BODY = SEED_LINES[7]
EXCERPT = "\n".join(SEED_LINES[1:8]) + "\n"
"""Title, lead, time, credits and the first paragraph: text every tested encoding can hold."""
SEED_META_LINES = [
    " date 2025-10-08 МЕДИАГРУППА «ЗВЕЗДА»",
    "2025-10-08 19:00:06",
    "© Фото: Министерство обороны РФ © Видео: Министерство обороны РФ",
    "Материал подготовили Константин Денисов и Николай Баранов.",
    "#армия #Владимир Путин #Миноброны РФ #Андрей Белоусов #республика таджикистан",
]


def read(*paths: Path | str, **options) -> list[Article | tuple[str, str]]:
    """What the readers give for `paths`: Articles, and each ReadError as `(path, reason)` (exceptions do not compare)."""
    return described(iter_articles([str(path) for path in paths], **options))


def described(items) -> list[Article | tuple[str, str]]:
    return [(item.path, item.reason) if isinstance(item, ReadError) else item for item in items]


def read_one(path: Path | str, **options) -> Article:
    (article,) = read(path, **options)
    assert isinstance(article, Article), article
    return article


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def seed_variant(*body_lines: str, header: str = " date 2025-10-08 МЕДИАГРУППА «ЗВЕЗДА»") -> str:
    """A seed-format text with the seed's title and lead and the given lines after them."""
    return "\n".join([header, SEED_TITLE, "", SEED_LEAD, *body_lines]) + "\n"


# --- the seed format ---------------------------------------------------------------------------


def test_seed_article_block_is_what_an_analyst_expects():
    shared = require_shared_data()
    expected = json.loads((shared / "seeds" / "000_1c60d453f61181e5.expected.json").read_text(encoding="utf-8"))["article"]
    article = read_one(SEED)
    block = article.to_dict()
    assert {key: block[key] for key in expected} == expected
    assert article.text == SEED_TEXT
    assert [SEED_TEXT[start:end] for start, end in article.meta_spans] == SEED_META_LINES


def test_seed_title_and_lead_are_news_text_not_metadata():
    article = read_one(SEED)
    meta = [SEED_TEXT[start:end] for start, end in article.meta_spans]
    assert SEED_TITLE not in meta and SEED_LEAD not in meta
    assert article.url is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Материал подготовили Константин Денисов и Николай Баранов.", ("Константин Денисов", "Николай Баранов")),
        ("Материал подготовила Елена Кузнецова", ("Елена Кузнецова",)),
        ("Автор: Иван Петров", ("Иван Петров",)),
        ("Авторы: Анна Смирнова, Олег Ким", ("Анна Смирнова", "Олег Ким")),
        ("Авторы: Анна Смирнова, Олег Ким и Дмитрий Соколов-Микитов", ("Анна Смирнова", "Олег Ким", "Дмитрий Соколов-Микитов")),
        ("Текст: Мария Иванова. Фото: Сергей Орлов", ("Мария Иванова",)),
        ("Текст: Мария Иванова", ("Мария Иванова",)),
        ("Автор материала: А. В. Сидоров", ("А. В. Сидоров",)),
    ],
)
def test_author_lines(line, authors, tmp_path):
    text = seed_variant(SEED_BODY, "", line)
    article = read_one(write(tmp_path / "a.txt", text))
    assert article.authors == authors
    assert line in [text[start:end] for start, end in article.meta_spans]


@pytest.mark.parametrize(
    "line",
    [
        "Текст соглашения подписан в Душанбе.",
        "Авторы проекта заявили о новых планах сотрудничества.",
        "Подготовили документы к подписанию заранее.",
        "Материал подготовили сотрудники пресс-службы ведомства.",
    ],
)
def test_news_lines_that_start_like_an_author_line_stay_news(line, tmp_path):
    text = seed_variant(SEED_BODY, "", line)
    article = read_one(write(tmp_path / "a.txt", text))
    assert article.authors == ()
    assert line not in [text[start:end] for start, end in article.meta_spans]


def test_seed_with_windows_line_ends_keeps_text_and_spans_exclude_line_ends(tmp_path):
    text = SEED_TEXT.replace("\n", "\r\n")
    article = read_one(write(tmp_path / "crlf.txt", text))
    assert article.text == text
    assert [text[start:end] for start, end in article.meta_spans] == SEED_META_LINES
    assert article.title == SEED_TITLE and article.published == "2025-10-08T19:00:06"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("МЕДИАГРУППА «ЗВЕЗДА»", "Звезда"),
        ("«Российская газета»", "Российская газета"),
        ('ИА "ИНТЕРФАКС"', "Интерфакс"),
        ("ТАСС", "ТАСС"),
        ("Коммерсантъ", "Коммерсантъ"),
        ("Телеканал «Звезда»", "Звезда"),
        ("", None),
    ],
)
def test_publisher_names(raw, name):
    assert publisher_name(raw) == name


def test_seed_header_without_publisher_and_with_a_bad_date(tmp_path):
    article = read_one(write(tmp_path / "a.txt", seed_variant(SEED_BODY, header="date 2025-10-08")))
    assert (article.date, article.source, article.title) == ("2025-10-08", None, SEED_TITLE)
    bad = write(tmp_path / "b.txt", seed_variant(SEED_BODY, header="date 2025-13-08 ТАСС"))
    assert read(bad) == [(str(bad), "invalid date '2025-13-08' in the 'date' header line")]


# --- plain text --------------------------------------------------------------------------------


def test_plain_text_of_a_factrueval_file_keeps_its_offsets():
    path = require_shared_data() / "data" / "factrueval-dev" / "book_3269.txt"
    article = read_one(path, date="2016-03-01")
    assert article.text == path.read_text(encoding="utf-8")
    assert article.title == "Учёные создали высокотемпературные сверхпроводники из непроводников"
    assert (article.date, article.published, article.meta_spans, article.path) == ("2016-03-01", None, (), str(path))
    assert read_one(path).date is None


def test_plain_text_of_nerel_keeps_non_breaking_spaces():
    folder = require_shared_data() / "data" / "nerel" / "dev"
    path = next(p for p in sorted(folder.glob("*.txt")) if "\u00a0" in p.read_text(encoding="utf-8"))
    assert read_one(path).text == path.read_text(encoding="utf-8")


def test_a_one_megabyte_article_is_read_whole(tmp_path):
    text = SEED_TITLE + "\n" + (SEED_BODY + "\n") * (2**20 // len(SEED_BODY.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) > 2**20
    assert read_one(write(tmp_path / "long.txt", text)).text == text


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "mark"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1251", b""),
        ("koi8-r", b""),
    ],
)
def test_encodings_decode_to_the_original_text(encoding, mark, tmp_path):
    article = read_one(write(tmp_path / f"{encoding}.txt", mark + EXCERPT.encode(encoding)))
    assert article.text == EXCERPT
    assert article.title == SEED_TITLE


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16"])
def test_whole_seed_in_another_encoding_reads_as_the_seed(encoding, tmp_path):
    article = read_one(write(tmp_path / "seed.txt", SEED_TEXT.encode(encoding)))
    assert article.text == SEED_TEXT
    assert article.to_dict() == {**read_one(SEED).to_dict(), "path": str(tmp_path / "seed.txt")}


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
@pytest.mark.parametrize("sentence", [SEED_TITLE, SEED_LEAD, SEED_BODY, "Глава ведомства прилетел в Душанбе."])
def test_short_russian_text_in_a_legacy_encoding(sentence, encoding, tmp_path):
    assert read_one(write(tmp_path / "short.txt", sentence.encode(encoding))).text == sentence


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_legacy_encodings_on_every_dev_document_opening(encoding, tmp_path):
    """The first 200 characters of each factRuEval and NEREL dev text, in Windows-1251 and KOI8-R."""
    shared = require_shared_data() / "data"
    originals = sorted((shared / "factrueval-dev").glob("*.txt")) + sorted((shared / "nerel" / "dev").glob("*.txt"))
    wrong = []
    for original in originals:
        data = original.read_text(encoding="utf-8")[:200].encode(encoding, errors="replace")
        path = write(tmp_path / original.name, data)
        if read_one(path).text != data.decode(encoding):
            wrong.append(original.name)
    assert len(originals) > 200 and wrong == []


# --- JSON and JSON Lines -------------------------------------------------------------------------

RECORD = {
    "headline": SEED_TITLE,
    "body": EXCERPT,
    "published": "2025-10-08T19:00:06+03:00",
    "source": "Звезда",
    "link": "https://tvzvezda.ru/news/20251008-belousov.html",
    "author": "Константин Денисов и Николай Баранов",
    "keywords": "армия, Андрей Белоусов",
}


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def test_json_object(tmp_path):
    path = write(tmp_path / "one.json", dumps(RECORD))
    article = read_one(path)
    assert article.text == EXCERPT and article.title == SEED_TITLE and article.path == str(path)
    assert (article.date, article.published) == ("2025-10-08", "2025-10-08T19:00:06+03:00")
    assert (article.source, article.url) == ("Звезда", RECORD["link"])
    assert article.authors == ("Константин Денисов", "Николай Баранов")
    assert article.tags == ("армия", "Андрей Белоусов")


def test_json_list_names_each_record(tmp_path):
    second = {"text": SEED_BODY, "date": "2025-10-09", "authors": ["Иван Петров"], "tags": ["армия"]}
    path = write(tmp_path / "many.json", dumps([RECORD, second]))
    first, other = read(path)
    assert [first.path, other.path] == [f"{path}#1", f"{path}#2"]
    assert (other.title, other.date, other.published, other.authors, other.tags) == (SEED_BODY, "2025-10-09", None, ("Иван Петров",), ("армия",))


@pytest.mark.parametrize(
    ("record", "field", "value"),
    [
        ({"text": "Текст."}, "title", "Текст."),
        ({"content": "\n  Первая строка  \nВторая."}, "title", "Первая строка"),
        ({"text": "Т", "body": "Б"}, "text", "Т"),
        ({"text": "", "body": "Б"}, "text", "Б"),
        ({"text": "Т", "title": "Заголовок", "headline": "Другой"}, "title", "Заголовок"),
        ({"text": "Т", "date": "2025-10-08"}, "published", None),
        ({"text": "Т", "published_at": "2025-10-08 19:00"}, "published", "2025-10-08T19:00:00"),
        ({"text": "Т", "datetime": "08.10.2025"}, "date", "2025-10-08"),
        ({"text": "Т", "url": "https://a.ru/1", "link": "https://b.ru/2"}, "url", "https://a.ru/1"),
        ({"text": "Т", "author": "Анна Смирнова, Олег Ким"}, "authors", ("Анна Смирнова", "Олег Ким")),
        ({"text": "Т", "keywords": ["армия", " флот "]}, "tags", ("армия", "флот")),
    ],
)
def test_json_fields(record, field, value, tmp_path):
    assert getattr(read_one(write(tmp_path / "r.json", dumps(record))), field) == value


def test_json_record_without_a_date_takes_the_given_one(tmp_path):
    assert read_one(write(tmp_path / "r.json", dumps({"text": "Т"})), date="2025-10-08").date == "2025-10-08"


def test_json_lines_stream_records_and_a_bad_line_fails_alone(tmp_path):
    lines = [dumps(RECORD), "{broken", "", dumps({"title": "Без текста"}), dumps({"text": SEED_BODY}), "[1, 2]"]
    path = write(tmp_path / "stream.jsonl", "\n".join(lines) + "\n")
    items = read(path)
    assert [type(item).__name__ for item in items] == ["Article", "tuple", "tuple", "Article", "tuple"]
    assert items[0].path == f"{path}:1" and items[3].path == f"{path}:5" and items[3].title == SEED_BODY
    assert items[1] == (str(path), "line 2: invalid JSON at column 2: Expecting property name enclosed in double quotes")
    assert items[2] == (str(path), "line 4: record has no text (expected one of: text, body, content)")
    assert items[4] == (str(path), "line 6: record is a list, not a JSON object")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"title": "x", "text": "Министр обороны"', "invalid JSON at line 1 column 41: Expecting ',' delimiter"),
        ('{"title": "Без текста"}', "record has no text (expected one of: text, body, content)"),
        ('[{"text": "Т"}, {"body": "  "}]', "record 2 has no text (expected one of: text, body, content)"),
        ('{"text": "Т", "date": "вчера"}', "record has an unrecognised date 'вчера' (expected ISO 8601, e.g. 2025-10-08 or 2025-10-08T19:00:06)"),
        ('{"text": "Т", "title": {"ru": "x"}}', "record has a object in 'title', expected a string"),
        ('{"text": "Т", "authors": [1, 2]}', "record has a list in 'authors', expected a string or a list of strings"),
        ("42", "JSON holds a number, not an article object or a list of them"),
        ("[]", "JSON list holds no article records"),
        ('["Текст"]', "record 1 is a string, not a JSON object"),
    ],
)
def test_bad_json_records(content, reason, tmp_path):
    path = write(tmp_path / "bad.json", content)
    errors = [item for item in read(path) if not isinstance(item, Article)]
    assert errors == [(str(path), reason)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-08", ("2025-10-08", None)),
        ("2025-10-08T19:00:06", ("2025-10-08", "2025-10-08T19:00:06")),
        ("2025-10-08T19:00:06Z", ("2025-10-08", "2025-10-08T19:00:06+00:00")),
        ("2025-10-08T19:00:06.250+0300", ("2025-10-08", "2025-10-08T19:00:06+03:00")),
        ("2025-10-08 19:00", ("2025-10-08", "2025-10-08T19:00:00")),
        ("08.10.2025", ("2025-10-08", None)),
        ("8.10.2025, 19:00", ("2025-10-08", "2025-10-08T19:00:00")),
        ("Wed, 08 Oct 2025 19:00:06 +0300", ("2025-10-08", "2025-10-08T19:00:06+03:00")),
    ],
)
def test_dates(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["вчера", "2025-13-01", "31.02.2025", "10/08/2025", ""])
def test_unknown_dates(value):
    with pytest.raises(UnknownDate):
        parse_date(value)


# --- saved news pages ----------------------------------------------------------------------------

NEWS_PAGE = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{SEED_TITLE} — Телеканал «Звезда»</title>
<meta property="og:url" content="https://tvzvezda.ru/news/20251008-belousov.html">
<meta property="og:site_name" content="Телеканал «Звезда»">
<meta property="article:published_time" content="2025-10-08T19:00:06+03:00">
<meta name="author" content="Константин Денисов">
</head>
<body>
<header><a href="/">Телеканал «Звезда»</a></header>
<nav><ul><li><a href="/news">Новости</a></li><li><a href="/army">Армия</a></li><li><a href="/tv">Телепрограмма</a></li></ul></nav>
<main><article>
<h1>{SEED_TITLE}</h1>
<p class="lead">{SEED_LEAD}</p>
{"".join(f"<p>{line}</p>" for line in SEED_LINES[7:22] if line.strip())}
</article></main>
<aside><h3>Читайте также</h3><ul><li><a href="/n/1">Курс рубля на сегодня</a></li></ul></aside>
<footer><p>© 2025 Все права защищены. Подписывайтесь на наш канал в Telegram.</p></footer>
</body></html>
"""


def test_saved_news_page_gives_the_main_text_and_metadata(tmp_path):
    article = read_one(write(tmp_path / "page.html", NEWS_PAGE))
    assert SEED_BODY in article.text and SEED_LEAD in article.text
    for boilerplate in ("Телепрограмма", "Читайте также", "Курс рубля", "Все права защищены", "Подписывайтесь"):
        assert boilerplate not in article.text
    assert article.title == SEED_TITLE
    assert (article.url, article.source) == ("https://tvzvezda.ru/news/20251008-belousov.html", "Звезда")
    assert (article.date, article.published) == ("2025-10-08", "2025-10-08T19:00:06+03:00")
    assert article.authors == ("Константин Денисов",)


def test_saved_page_without_a_date_takes_the_given_one(tmp_path):
    page = NEWS_PAGE.replace('<meta property="article:published_time" content="2025-10-08T19:00:06+03:00">', "")
    article = read_one(write(tmp_path / "page.html", page), date="2025-10-09")
    assert (article.date, article.published) == ("2025-10-09", None)


def test_saved_page_in_windows_1251_with_upper_case_suffix(tmp_path):
    page = NEWS_PAGE.replace('charset="utf-8"', 'charset="windows-1251"')
    article = read_one(write(tmp_path / "PAGE.HTM", page.encode("cp1251")))
    assert SEED_BODY in article.text


def test_section_page_of_links_has_no_article_text(tmp_path):
    links = "".join(f"<li><a href='/news/{n}'>{line[:70]}</a></li>" for n, line in enumerate(SEED_LINES[7:22]) if line.strip())
    page = f"<html><head><title>Новости</title></head><body><nav><a href='/'>Главная</a></nav><ul>{links}</ul><footer>© 2025</footer></body></html>"
    path = write(tmp_path / "section.html", page)
    assert read(path) == [(str(path), "no article text found in the page")]


# --- paths: directories, globs, stdin ------------------------------------------------------------


def test_directories_are_read_recursively_in_sorted_order(tmp_path):
    names = ["b/2.txt", "a/1.txt", "a/z.TXT", "a/.hidden.txt", ".git/x.txt", "c.txt", "notes.md", "a/deep/0.json", "b.htm"]
    for name in names:
        content = NEWS_PAGE if name.endswith(".htm") else dumps({"text": name}) if name.endswith(".json") else f"{name}\n{SEED_BODY}\n"
        write(tmp_path / name, content)
    paths = [item.path for item in read(tmp_path)]
    assert paths == [str(tmp_path / name) for name in ["a/1.txt", "a/deep/0.json", "a/z.TXT", "b/2.txt", "b.htm", "c.txt"]]


def test_globs_expand_sorted_and_an_empty_glob_is_an_error(tmp_path):
    for name in ("x2.txt", "x1.txt", "y.txt", "sub/x3.txt"):
        write(tmp_path / name, f"{name}\n{SEED_BODY}\n")
    assert [a.title for a in read(tmp_path / "x*.txt")] == ["x1.txt", "x2.txt"]
    assert [a.title for a in read(tmp_path / "**" / "x*.txt")] == ["sub/x3.txt", "x1.txt", "x2.txt"]
    pattern = str(tmp_path / "nothing*.txt")
    assert read(pattern) == [(pattern, "no file matches this pattern")]


@pytest.mark.parametrize(
    ("data", "titles"),
    [
        (SEED_TEXT.encode("utf-8"), [SEED_TITLE]),
        (EXCERPT.encode("koi8-r"), [SEED_TITLE]),
        (dumps(RECORD).encode("utf-8"), [SEED_TITLE]),
        (json.dumps(RECORD, indent=2, ensure_ascii=False).encode("utf-8"), [SEED_TITLE]),
        (dumps([RECORD, {"text": "Вторая."}]).encode("utf-8"), [SEED_TITLE, "Вторая."]),
        ("\n".join([dumps(RECORD), dumps({"text": "Вторая."}), dumps({"text": "Третья."})]).encode("utf-8"), [SEED_TITLE, "Вторая.", "Третья."]),
        (NEWS_PAGE.encode("utf-8"), [SEED_TITLE]),
    ],
    ids=["seed", "koi8-r text", "json", "indented json", "json list", "json lines", "html"],
)
def test_stdin_format_is_sniffed(data, titles):
    items = list(iter_articles(["-"], stdin=io.BytesIO(data)))
    assert [item.title for item in items] == titles
    assert all(item.path.startswith("<stdin>") for item in items)


def test_stdin_seed_is_the_seed_article():
    (article,) = iter_articles(["-"], stdin=io.BytesIO(SEED_TEXT.encode("utf-8")))
    assert article.to_dict() == {**read_one(SEED).to_dict(), "path": "<stdin>"}


def test_stdin_errors():
    assert described(iter_articles(["-"], stdin=io.BytesIO(b" \n"))) == [("<stdin>", "empty file")]
    big = io.BytesIO(b"x" * (MAX_ARTICLE_BYTES + 5))
    assert described(iter_articles(["-"], stdin=big)) == [("<stdin>", "input too large for one article (10.0 MB > 10 MB)")]


def test_a_single_path_string_is_refused():
    with pytest.raises(TypeError):
        list(iter_articles(str(SEED)))


# --- bad inputs: each gives a ReadError with its path and reason; the other inputs still load -----


def bad_input(case: str, root: Path) -> tuple[Path, str]:
    """A bad input of the given kind written under `root`, and the reason the readers must give."""
    if case == "empty file":
        return write(root / "empty.txt", b""), "empty file"
    if case == "whitespace only":
        return write(root / "blank.txt", " \n\t\r\n"), "empty file"
    if case == "binary named .txt":
        png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8
        return write(root / "image.txt", png), "binary file, not text"
    if case == "control bytes":
        return write(root / "term.txt", "Министр".encode() + b"\x1b[0m\x07\x08" * 50), "binary file, not text"
    if case == "undecodable bytes":
        return write(root / "noise.txt", bytes(range(0x80, 0x100)) * 16), "cannot decode text: not UTF-8, UTF-16, Windows-1251 or KOI8-R"
    if case == "latin text in a western table":
        data = "Le ministre de la Défense a rencontré son homologue à Douchanbé, où il était en visite.".encode("cp1252")
        return write(root / "french.txt", data), "cannot decode text: not UTF-8, UTF-16, Windows-1251 or KOI8-R"
    if case == "damaged utf-8":
        head, tail = SEED_TEXT[:60].encode("utf-8"), SEED_TEXT[60:].encode("utf-8")
        return write(root / "damaged.txt", head + b"\xff" + tail), f"not valid UTF-8 (byte 0xFF at offset {len(head)})"
    if case == "bad utf-16":
        return write(root / "odd.txt", codecs.BOM_UTF16_LE + "Министр".encode("utf-16-le") + b"\x00\xd8"), "not valid UTF-16-LE (bad bytes at offset 16)"
    if case == "json syntax error":
        return write(root / "broken.json", '{\n  "title": "x",\n  "text": "Министр обороны"\n'), "invalid JSON at line 4 column 1: Expecting ',' delimiter"
    if case == "json record without text":
        return write(root / "notext.json", '{"title": "Без текста"}'), "record has no text (expected one of: text, body, content)"
    if case == "50 MB file":
        path = write(root / "huge.txt", b"")
        with path.open("wb") as stream:
            stream.truncate(50 * 2**20)
        return path, "file too large for one article (50.0 MB > 10 MB)"
    if case == "directory without articles":
        write(root / "nothing" / "notes.md", "не статья")
        write(root / "nothing" / ".hidden.txt", SEED_TEXT)
        return root / "nothing", "no article files (.txt, .json, .jsonl, .html, .htm) in this directory"
    if case == "missing path":
        return root / "missing.txt", "no such file or directory"
    if case == "empty json lines":
        return write(root / "empty.jsonl", "\n\n"), "empty file"
    if case == "header only":
        return write(root / "header.txt", " date 2025-10-08 ТАСС\n\n"), "no article text after the 'date' header line"
    raise AssertionError(case)


BAD_INPUTS = [
    "empty file",
    "whitespace only",
    "binary named .txt",
    "control bytes",
    "undecodable bytes",
    "latin text in a western table",
    "damaged utf-8",
    "bad utf-16",
    "json syntax error",
    "json record without text",
    "50 MB file",
    "directory without articles",
    "missing path",
    "empty json lines",
    "header only",
]


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_is_a_read_error_and_the_other_inputs_still_load(case, tmp_path):
    path, reason = bad_input(case, tmp_path / "in")
    before = write(tmp_path / "good" / "before.txt", EXCERPT)
    items = read(before, path, SEED)
    assert items[1] == (str(path), reason)
    assert isinstance(items[0], Article) and isinstance(items[2], Article) and len(items) == 3
    assert items[2].title == SEED_TITLE


def test_all_bad_inputs_in_one_call(tmp_path):
    cases = [bad_input(case, tmp_path / "in") for case in BAD_INPUTS]
    items = read(*[path for path, _ in cases], SEED)
    assert items == [(str(path), reason) for path, reason in cases] + [read_one(SEED)]


def test_oversized_json_lines_record_is_skipped_and_the_rest_load(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        stream.write(dumps({"text": "Первая."}) + "\n")
        stream.write('{"text": "' + "я" * (MAX_ARTICLE_BYTES // 2 + 10) + '"}\n')
        stream.write(dumps({"text": "Третья."}) + "\n")
    items = read(path)
    assert [item.title if isinstance(item, Article) else item for item in items] == [
        "Первая.",
        (str(path), "line 2: record too large for one article (10.0 MB > 10 MB)"),
        "Третья.",
    ]


# --- ids -----------------------------------------------------------------------------------------


def digest(key: str) -> str:
    return "a_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def test_seed_id_is_the_same_on_every_machine():
    assert read_one(SEED).id == digest(f"Звезда|2025-10-08|{SEED_TITLE}") == "a_d2db16693ed7be10"


def test_id_survives_a_corrected_body_and_changes_with_the_title(tmp_path):
    original = read_one(SEED).id
    corrected = write(tmp_path / "corrected.txt", SEED_TEXT.replace("очень многое", "многое"))
    assert read_one(corrected).id == original
    retitled = write(tmp_path / "retitled.txt", SEED_TEXT.replace(SEED_TITLE, "Белоусов встретился с таджикистанским коллегой"))
    assert read_one(retitled).id != original


def test_id_schemes(tmp_path):
    record = write(tmp_path / "r.json", dumps({"text": "Т", "url": "https://a.ru/1", "date": "2025-10-08", "title": "З"}))
    assert read_one(record).id == digest("https://a.ru/1")
    plain = write(tmp_path / "one" / "note.txt", f"{SEED_TITLE}\n{SEED_BODY}\n")
    moved_and_corrected = write(tmp_path / "two" / "note.txt", f"{SEED_TITLE}\n{SEED_LEAD}\n")
    assert read_one(plain).id == read_one(moved_and_corrected).id == digest(f"note.txt|{SEED_TITLE}")
    assert read_one(plain, date="2025-10-08").id == digest(f"|2025-10-08|{SEED_TITLE}")
    piped = f"{SEED_TITLE}\n{SEED_BODY}\n"
    (article,) = iter_articles(["-"], stdin=io.BytesIO(piped.encode("utf-8")))
    assert article.id == digest(piped)


@pytest.mark.parametrize("date", ["08.10.2025", "2025-10-8", "20251008", "вчера"])
def test_a_malformed_date_argument_is_refused(date):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        list(iter_articles([str(SEED)], date=date))
