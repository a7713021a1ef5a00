"""Throughput and memory of long runs: extraction with 1 and 2 jobs, loading, peak memory of a big corpus.

    python bench/throughput.py [--runs 3] [--memory-runs 3] [--articles 20000] [--jobs 2] [DIR]

Prints medians of `--runs` runs (`--memory-runs` for the big corpus), in one invocation:

- extraction articles/s on the texts of DIR (default ../shared/data/factrueval-dev)
  beside natasha's NER alone on the same texts (`bench/extract_speed.py`):
  graphkit in this process (`--jobs 1`), and in a warm pool of `--jobs`
  worker processes (`graphkit.parallel.ExtractionPool`, what `--jobs N` uses);
  each after untimed passes over the texts, so that the word caches are as
  warm in every worker as in the single process, as in a long run;
  ratios: one job to natasha's NER (target >= 0.5 per core), N jobs to one
  (target >= 1.7 for 2 jobs);
- load rows/s into the embedded store (`bench/load_throughput.py`: 2,000
  synthetic articles, batch size 5,000);
- peak memory (the largest sum of the resident sets of graphkit and all its
  child processes, sampled from /proc every 0.1 s) of `graphkit extract
  --jobs N -o /dev/null` over a corpus of `--articles` articles written to a
  temporary folder: DIR's texts again and again, each copy with another date
  and title (so another article id). Target: under 1.5 GB for 20,000. The
  peak in the first tenth of the run is printed beside it: memory that
  stayed flat has the same peak early and late.
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from graphkit.parallel import limit_compute_threads  # noqa: E402

limit_compute_threads()  # before numpy loads: one thread per process for natasha and graphkit alike, as graphkit's CLI runs

from extract_speed import DEFAULT_DIR, graphkit_rate, natasha_ner_rate  # noqa: E402
from load_throughput import one_run, synthetic_articles  # noqa: E402

GRAPHKIT = Path(sys.executable).with_name("graphkit")
LOAD_ARTICLES = 2000
LOAD_BATCH_SIZE = 5000
SAMPLE_INTERVAL = 0.1
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
MEMORY_TARGET = 1.5e9


def median_of(runs: int, measure: Callable[[], float]) -> tuple[float, list[float]]:
    found = [measure() for _ in range(runs)]
    return statistics.median(found), found


def pool_rate(pool, articles: list) -> float:
    started = time.perf_counter()
    for _ in pool.extract(articles):
        pass
    return len(articles) / (time.perf_counter() - started)


def extraction_figures(articles: list, runs: int, jobs: int) -> None:
    from graphkit.parallel import ExtractionPool

    texts = [article.text for article in articles]
    # One untimed pass each first: models loaded, and word caches as warm in every
    # worker as in the single process (each worker sees only part of a pass), as in a long run.
    natasha_ner_rate(texts)
    graphkit_rate(articles)
    ner, ner_runs = median_of(runs, lambda: natasha_ner_rate(texts))
    one, one_runs = median_of(runs, lambda: graphkit_rate(articles))
    with ExtractionPool(jobs) as pool:
        for _ in range(jobs):
            pool_rate(pool, articles)
        several, several_runs = median_of(runs, lambda: pool_rate(pool, articles))
    print(f"extraction, {len(articles)} articles ({sum(map(len, texts)) / 1e6:.2f} M characters), median of {runs} runs:")
    print(f"  natasha NER alone       : {ner:7.1f} articles/s  (runs: {rounded(ner_runs)})")
    print(f"  graphkit, 1 job         : {one:7.1f} articles/s  (runs: {rounded(one_runs)})")
    print(f"  graphkit, {jobs} jobs        : {several:7.1f} articles/s  (runs: {rounded(several_runs)})")
    print(f"  1 job / natasha NER     : {one / ner:7.2f}  (target >= 0.5 per core)")
    print(f"  {jobs} jobs / 1 job         : {several / one:7.2f}  (target >= 1.7 for 2 jobs)")


def load_figures(runs: int) -> None:
    articles = synthetic_articles(LOAD_ARTICLES)
    found = [one_run(articles, LOAD_BATCH_SIZE) for _ in range(runs)]
    nodes = statistics.median(run["node rows/s"] for run in found)
    relationships = statistics.median(run["relationship rows/s"] for run in found)
    whole = statistics.median(run["articles/s"] for run in found)
    settling = statistics.median(run["settle s"] for run in found)
    print(f"load into the embedded store, {LOAD_ARTICLES} synthetic articles, batch size {LOAD_BATCH_SIZE}, median of {runs} runs:")
    print(f"  {relationships:,.0f} relationship rows/s, {nodes:,.0f} node rows/s; whole load {whole:,.0f} articles/s, of it settling {settling:.1f} s")


def write_corpus(articles: list, count: int, folder: Path) -> None:
    """`count` seed-format files: the articles again and again, each copy re-dated and re-titled."""
    first_day = datetime.date(2020, 1, 1)
    for number in range(count):
        article = articles[number % len(articles)]
        day = first_day + datetime.timedelta(days=number % 2000)
        title = f"Сводка {number}: {article.title[:60]}"
        text = f"date {day.isoformat()} bench\n{title}\n\n{article.text}"
        (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")


def tree_rss(root: int) -> int:
    """Bytes resident in `root` and all its descendants now."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_BYTES
            todo.extend(int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split())
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return total


def peak_memory(folder: Path, jobs: int) -> tuple[int, int, float]:
    """(peak, peak in the first tenth of the run, seconds) of graphkit extract over the folder."""
    command = [str(GRAPHKIT), "extract", str(folder), "--jobs", str(jobs), "-o", os.devnull, "--quiet"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples: list[tuple[float, int]] = []
    while process.poll() is None:
        samples.append((time.perf_counter() - started, tree_rss(process.pid)))
        time.sleep(SAMPLE_INTERVAL)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"graphkit extract failed (exit {process.returncode}): {process.stderr.read().decode()}")
    early = max((rss for at, rss in samples if at <= elapsed / 10), default=0)
    return max(rss for _, rss in samples), early, elapsed


def memory_figures(articles: list, count: int, runs: int, jobs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="graphkit-corpus-") as folder:
        write_corpus(articles, count, Path(folder))
        found = [peak_memory(Path(folder), jobs) for _ in range(runs)]
    peak = statistics.median(run[0] for run in found)
    early = statistics.median(run[1] for run in found)
    seconds = statistics.median(run[2] for run in found)
    print(f"memory, graphkit extract --jobs {jobs} over {count:,} articles, median of {runs} runs:")
    print(f"  peak {peak / 1e6:,.0f} MB (first tenth of the run: {early / 1e6:,.0f} MB; target < {MEMORY_TARGET / 1e6:,.0f} MB): {'met' if peak < MEMORY_TARGET else 'NOT met'}")
    print(f"  {seconds:,.0f} s, {count / seconds:.1f} articles/s end to end (runs: {', '.join(f'{run[0] / 1e6:,.0f} MB in {run[2]:,.0f} s' for run in found)})")


def rounded(values: list[float]) -> str:
    return ", ".join(f"{value:.1f}" for value in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--articles", type=int, default=20000, help="size of the corpus for the memory figure")
    parser.add_argument("--memory-runs", type=int, default=3, help="runs over the big corpus (each takes minutes)")
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()

    from graphkit.errors import ReadError
    from graphkit.readers import iter_articles

    articles = [item for item in iter_articles([str(options.directory)]) if not isinstance(item, ReadError)]
    if not articles:
        sys.exit(f"no articles in {options.directory}")
    print(f"{os.cpu_count()} cores")
    extraction_figures(articles, options.runs, options.jobs)
    load_figures(options.runs)
    memory_figures(articles, options.articles, options.memory_runs, options.jobs)


if __name__ == "__main__":
    main()
