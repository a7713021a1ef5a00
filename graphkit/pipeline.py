"""Read paths and extract each article: the one entry point the CLI and the stores use."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from graphkit.errors import ReadError
from graphkit.extract.extractor import Extractor
from graphkit.readers import iter_articles
from graphkit.types import Article, Extraction


def default_extractor() -> Extractor:
    """An extractor with natasha's news models and the bundled gazetteer (loaded once per process)."""
    from graphkit.extract.gazetteer import default_gazetteer
    from graphkit.nlp import load_models

    return Extractor(load_models(), default_gazetteer())


def extract_paths(
    paths: Iterable[str], *, date: str | None = None, extractor: Extractor | None = None, jobs: int = 1
) -> Iterator[Extraction | ReadError]:
    """Yield one `Extraction` per article found under `paths`, or a `ReadError` per unreadable file.

    With `jobs` > 1 the articles are extracted in that many worker processes
    (`graphkit.parallel`), each with its own default extractor (`extractor`
    is then not used); the items come in the same order, and are the same,
    as with one job.
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    articles = iter_articles(paths, date=date)
    if jobs == 1:
        return extract_articles(articles, extractor)
    from graphkit.parallel import extract_in_workers

    return extract_in_workers(articles, jobs)


def extract_articles(items: Iterable[Article | ReadError], extractor: Extractor | None = None) -> Iterator[Extraction | ReadError]:
    """Extract each article in this process; ReadErrors pass through. The default extractor loads at the first article."""
    for item in items:
        if isinstance(item, ReadError):
            yield item
            continue
        if extractor is None:
            extractor = default_extractor()
        yield extract_or_error(extractor, item)


def extract_or_error(extractor: Extractor, article: Article) -> Extraction | ReadError:
    """The article's extraction, or a ReadError naming it if extracting it failed.

    A failure here is a bug in graphkit, not in the input; still, one article
    that trips it must not cost the run the articles after it.
    """
    try:
        return extractor.extract(article)
    except Exception as error:  # noqa: BLE001 - any bug on one article becomes that file's error
        return ReadError(article.path, f"could not be extracted ({type(error).__name__}: {error}); this is a graphkit bug, please report it with this file")
