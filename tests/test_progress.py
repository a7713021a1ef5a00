"""The progress line and the closing summary, on a clock the test moves by hand."""

from __future__ import annotations

import io
import subprocess

from graphkit.errors import ReadError
from graphkit.progress import CLEAR_LINE, Progress, clock_time
from graphkit.readers import expected_articles
from graphkit.types import Article, Entity, Extraction, Relation, Span
from tests.conftest import REPO, SEED
from tests.test_cli import GRAPHKIT


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def extraction(number: int, entities: int = 2, relations: int = 1) -> Extraction:
    article = Article(id=f"a{number}", path=f"{number}.txt", title="", text="Путин встретился с Лукашенко.")
    people = [Entity(f"person:{index}", "Person", str(index)) for index in range(entities)]
    facts = [Relation("MET_WITH", "person:0", "person:1", Span(0, 29, article.text))] * relations
    return Extraction(article, people, facts)


def test_the_line_gives_done_of_total_the_rate_and_the_time_left():
    clock, stream = Clock(), io.StringIO()
    progress = Progress(stream, total=10, interval=0.5, clock=clock)
    items = progress.track([extraction(1), ReadError("bad.txt", "empty file"), extraction(2), extraction(3)])
    next(items)
    assert stream.getvalue() == CLEAR_LINE + "graphkit: 1/10 articles, 0.0 articles/s"
    clock.now += 2.0
    next(items)
    clock.now += 2.0
    next(items)
    assert stream.getvalue().rsplit(CLEAR_LINE, 1)[1] == "graphkit: 3/10 articles, 0.5 articles/s, 0:00:09 left, 1 failed"
    clock.now += 0.1
    next(items)
    assert stream.getvalue().count(CLEAR_LINE) == 3, "redrawn at most every interval"
    assert list(items) == []
    assert stream.getvalue().endswith("1 failed" + CLEAR_LINE), "the line is cleared at the end"
    assert progress.summary() == "graphkit: 3 articles, 6 entities, 3 relations, 1 file failed; 4.1 s (0.7 articles/s)"


def test_without_a_total_there_is_no_time_left_and_without_a_stream_nothing_is_drawn():
    clock, stream = Clock(), io.StringIO()
    progress = Progress(stream, clock=clock)
    list(progress.track([extraction(1, entities=3, relations=0)]))
    assert "graphkit: 1 articles, 0.0 articles/s" in stream.getvalue() and "left" not in stream.getvalue()
    silent = Progress(clock=clock)
    assert [item.article.id for item in silent.track([extraction(1), extraction(2)])] == ["a1", "a2"]
    assert silent.counts.articles == 2 and silent.counts.entities == 4
    assert silent.summary().startswith("graphkit: 2 articles, 4 entities, 2 relations, 0 files failed; ")


def test_clock_time():
    assert [clock_time(seconds) for seconds in (0, 59.6, 3600 + 61)] == ["0:00:00", "0:01:00", "1:01:01"]


def test_the_number_of_articles_is_known_for_one_article_files_only(tmp_path):
    for name in ("a.txt", "b.html", "sub/c.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("текст", encoding="utf-8")
    assert expected_articles([str(tmp_path), str(tmp_path / "missing.txt")]) == 4
    (tmp_path / "d.jsonl").write_text("{}\n", encoding="utf-8")
    assert expected_articles([str(tmp_path)]) is None
    assert expected_articles([str(tmp_path / "a.txt"), "-"]) is None


def test_progress_is_drawn_on_a_terminal_and_not_with_quiet(tmp_path):
    """`script` gives graphkit a real terminal as stderr."""
    from tests.conftest import require_tool

    script = require_tool("script")
    command = f"{GRAPHKIT} extract {SEED} {SEED} -o {tmp_path / 'out.jsonl'}"
    shown = subprocess.run([script, "-qec", command, "/dev/null"], capture_output=True, cwd=REPO, timeout=300)
    terminal = shown.stdout.decode("utf-8")
    assert shown.returncode == 0, terminal
    assert CLEAR_LINE + "graphkit: 1/2 articles, " in terminal
    assert CLEAR_LINE + "graphkit: 2 articles, " in terminal, "the line is cleared before the summary"
    quiet = subprocess.run([script, "-qec", command + " --quiet", "/dev/null"], capture_output=True, cwd=REPO, timeout=300)
    assert quiet.returncode == 0 and b"graphkit:" not in quiet.stdout
