"""The `graphkit` command: a thin click shell over the library.

Each command parses options, calls one library function and turns the
library's exceptions into a one-line `Error: …` with exit status 1.
Unreadable input files are reported one line each as `graphkit: <path>: <reason>`
while the other files go on; the exit status is then 1. Usage errors exit 2.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from graphkit import __version__
from graphkit.errors import GraphkitError, ReadError
from graphkit.types import Extraction

EXIT_OK, EXIT_FAILED = 0, 1


def report_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn graphkit's own exceptions into `Error: …` and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except GraphkitError as error:
            raise click.ClickException(str(error)) from error

    return wrapper


def warn_unreadable(error: ReadError) -> None:
    """One stderr line per file that could not be read."""
    click.echo(f"graphkit: {error.path}: {error.reason}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
def cli() -> None:
    """Turn Russian-language news into a knowledge graph of officials, institutions and visits."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True, help="One JSON object per line, or one JSON array.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of standard output.")
@click.option("--date", help="Article date (YYYY-MM-DD) for inputs that carry none, such as plain text.")
@report_errors
def extract(paths: tuple[str, ...], output_format: str, output: Path | None, date: str | None) -> None:
    """Extract entities and relations from articles and print them as JSON.

    PATHS are files, directories (read recursively), globs, or - for standard input.
    """
    from graphkit.pipeline import extract_paths

    failed = 0

    def extractions() -> Iterator[Extraction]:
        nonlocal failed
        for item in extract_paths(paths, date=validated_date(date)):
            if isinstance(item, ReadError):
                failed += 1
                warn_unreadable(item)
            else:
                yield item

    if output is None:
        write_extractions(extractions(), sys.stdout, output_format)
    else:
        write_atomically(output, lambda stream: write_extractions(extractions(), stream, output_format))
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def validated_date(date: str | None) -> str | None:
    """Check a --date value is an ISO date."""
    import datetime

    if date is None:
        return None
    try:
        return datetime.date.fromisoformat(date).isoformat()
    except ValueError:
        raise click.BadParameter(f"{date!r} is not a date of the form YYYY-MM-DD", param_hint="--date") from None


def write_extractions(extractions: Iterator[Extraction], stream: TextIO, output_format: str) -> None:
    """Write extractions as JSON lines (streamed) or as one JSON array."""
    if output_format == "jsonl":
        for extraction in extractions:
            stream.write(json.dumps(extraction.to_dict(), ensure_ascii=False) + "\n")
            stream.flush()
        return
    stream.write("[")
    for index, extraction in enumerate(extractions):
        stream.write(",\n" if index else "\n")
        stream.write(json.dumps(extraction.to_dict(), ensure_ascii=False, indent=1))
    stream.write("\n]\n")


def write_atomically(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write a file through a temporary sibling, so a failure never leaves it half-written."""
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as stream:
            write(stream)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="graphkit")
