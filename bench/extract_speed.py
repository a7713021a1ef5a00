"""Extraction speed beside natasha's NER alone, on the same texts in the same run.

    python bench/extract_speed.py [--runs 3] [DIR]

DIR defaults to ../shared/data/factrueval-dev. Prints articles per second
(median of the runs) for:
- natasha NER alone: `Doc.segment` + `Doc.tag_ner`, the usual natasha NER call;
- graphkit extraction: reading nothing from disk, `Extractor.extract` per article;
and their ratio. The target (issue 3) is a ratio >= 0.5 on one core.
Models load before timing starts: the figures are steady-state throughput.
The numpy BLAS runs on one thread (unless OPENBLAS_NUM_THREADS or
OMP_NUM_THREADS is set), as the target is stated for one process and one
thread: a BLAS spinning on every core also measures whatever else the
machine runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO.parent / "shared" / "data" / "factrueval-dev"


def natasha_ner_rate(texts: list[str]) -> float:
    from natasha import Doc

    from graphkit.nlp import load_models

    models = load_models()
    started = time.perf_counter()
    for text in texts:
        doc = Doc(text)
        doc.segment(models.segmenter)
        doc.tag_ner(models.ner_tagger)
    return len(texts) / (time.perf_counter() - started)


def graphkit_rate(articles: list) -> float:
    from graphkit.pipeline import default_extractor

    extractor = default_extractor()
    started = time.perf_counter()
    for article in articles:
        extractor.extract(article)
    return len(articles) / (time.perf_counter() - started)


def one_blas_thread() -> None:
    """Pin the BLAS under numpy to one thread; call before numpy is imported."""
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")


def main() -> None:
    one_blas_thread()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from graphkit.errors import ReadError
    from graphkit.readers import iter_articles

    articles = [a for a in iter_articles([str(args.directory)]) if not isinstance(a, ReadError)]
    if not articles:
        sys.exit(f"no articles in {args.directory}")
    texts = [a.text for a in articles]
    graphkit_rate(articles[:5])  # load models and warm caches outside the timing
    natasha_ner_rate(texts[:5])

    ner, ours = [], []
    for _ in range(args.runs):
        ner.append(natasha_ner_rate(texts))
        ours.append(graphkit_rate(articles))
    ner_median, ours_median = statistics.median(ner), statistics.median(ours)
    print(f"articles: {len(articles)} ({sum(map(len, texts)) / 1e6:.2f} M characters), runs: {args.runs}")
    print(f"natasha NER alone : {ner_median:7.1f} articles/s  (runs: {', '.join(f'{r:.1f}' for r in ner)})")
    print(f"graphkit extract  : {ours_median:7.1f} articles/s  (runs: {', '.join(f'{r:.1f}' for r in ours)})")
    print(f"ratio             : {ours_median / ner_median:7.2f}  (target >= 0.5)")


if __name__ == "__main__":
    main()
