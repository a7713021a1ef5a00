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
from contextlib import closing
from pathlib import Path
from typing import Any, TextIO

import click

from graphkit import __version__
from graphkit.errors import GraphkitError, ReadError
from graphkit.export import DEFAULT_ARRAY_DELIMITER, EXPORT_FORMATS
from graphkit.parallel import default_jobs
from graphkit.progress import Progress
from graphkit.store.formatting import FORMATS
from graphkit.store.writer import DEFAULT_BATCH_SIZE
from graphkit.types import Extraction
from graphkit.viz import DEFAULT_MAX_NODES

EXIT_OK, EXIT_FAILED = 0, 1


def store_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Options that choose the graph store: Neo4j when a URI is given, else the embedded store."""
    options = [
        click.option("--uri", envvar="NEO4J_URI", help="Neo4j Bolt URI, e.g. bolt://localhost:7687 (env NEO4J_URI). Without it graphkit uses its embedded store."),
        click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="Neo4j user (env NEO4J_USER)."),
        click.option("--password", envvar="NEO4J_PASSWORD", help="Neo4j password (env NEO4J_PASSWORD)."),
        click.option("--database", envvar="NEO4J_DATABASE", default="neo4j", show_default=True, help="Neo4j database (env NEO4J_DATABASE)."),
        click.option(
            "--store",
            "store_dir",
            envvar="GRAPHKIT_HOME",
            default=".graphkit",
            show_default=True,
            type=click.Path(file_okay=False, path_type=Path),
            help="Folder of the embedded store (env GRAPHKIT_HOME).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def run_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Options of the commands that extract: worker processes and progress."""
    options = [
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=default_jobs(), show_default="the number of cores", help="Extract in this many worker processes; the output is the same as with 1."),
        click.option("--quiet", "-q", is_flag=True, help="No progress line and no closing summary on stderr (unreadable files are still reported)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def aliases_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """The analyst's entity corrections file (see README, Manual corrections)."""
    return click.option(
        "--aliases",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Entity corrections (merge/split) in YAML. Default: graphkit-aliases.yml in the --store folder.",
    )(command)


def aliases_path(aliases: Path | None, store_dir: Path) -> Path:
    from graphkit.resolve import ALIASES_FILE

    return aliases if aliases is not None else store_dir / ALIASES_FILE


def run_progress(paths: tuple[str, ...], quiet: bool) -> Progress:
    """Counts the run; draws a progress line only on a terminal, and not with --quiet."""
    from graphkit.readers import expected_articles

    if quiet or not sys.stderr.isatty():
        return Progress()
    return Progress(sys.stderr, expected_articles(paths))


def problem_reporter(progress: Progress) -> Callable[[str], None]:
    """`warn`, after clearing the progress line so that the warning has a line of its own."""

    def report(message: str) -> None:
        progress.clear()
        warn(message)

    return report


def report_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn graphkit's own exceptions into `Error: …` and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except GraphkitError as error:
            raise click.ClickException(str(error)) from error

    return wrapper


def warn(message: str) -> None:
    """One stderr line about one input: `graphkit: <path>: <what>`."""
    click.echo(f"graphkit: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
def cli() -> None:
    """Turn Russian-language news into a knowledge graph of officials, institutions and visits."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True, help="One JSON object per line, or one JSON array.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of standard output.")
@click.option("--date", help="Article date (YYYY-MM-DD) for inputs that carry none, such as plain text.")
@run_options
@report_errors
def extract(paths: tuple[str, ...], output_format: str, output: Path | None, date: str | None, jobs: int, quiet: bool) -> None:
    """Extract entities and relations from articles and print them as JSON.

    PATHS are files, directories (read recursively), globs, or - for standard input.
    Ends with a summary on stderr (articles, entities, relations, failed files, time).
    """
    from graphkit.pipeline import extract_paths

    article_date = validated_date(date)
    progress = run_progress(paths, quiet)
    report = problem_reporter(progress)

    def extractions() -> Iterator[Extraction]:
        with closing(extract_paths(paths, date=article_date, jobs=jobs)) as items:
            for item in progress.track(items):
                if isinstance(item, ReadError):
                    report(f"{item.path}: {item.reason}")
                else:
                    yield item

    if output is None:
        write_extractions(extractions(), sys.stdout, output_format)
    else:
        write_atomically(output, lambda stream: write_extractions(extractions(), stream, output_format))
    if not quiet:
        click.echo(progress.summary(), err=True)
    sys.exit(EXIT_FAILED if progress.counts.failed else EXIT_OK)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@store_options
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE, show_default=True, help="Rows per write transaction.")
@click.option("--date", help="Article date (YYYY-MM-DD) for inputs that carry none, such as plain text.")
@click.option("--force", is_flag=True, help="Write unchanged articles again too (normally they are skipped).")
@aliases_option
@run_options
@report_errors
def load(paths: tuple[str, ...], batch_size: int, date: str | None, force: bool, aliases: Path | None, jobs: int, quiet: bool, **store: Any) -> None:
    """Extract articles and load their graph into Neo4j or the embedded store.

    PATHS as for `extract`. Loading the same articles again changes nothing;
    an article loaded again with other content replaces its facts. Ends with
    a one-line summary (and the run's summary on stderr). Ctrl-C or SIGTERM
    stops after the current batch; the same command run again goes on from there.
    """
    from graphkit.interrupt import stop_requests
    from graphkit.pipeline import extract_paths
    from graphkit.resolve import read_corrections
    from graphkit.store import StoreConfig, open_store
    from graphkit.store import load as load_graph

    article_date = validated_date(date)
    corrections = read_corrections(aliases_path(aliases, store["store_dir"]))
    progress = run_progress(paths, quiet)
    report = problem_reporter(progress)
    with stop_requests() as stop, open_store(StoreConfig(**store)) as graph, closing(extract_paths(paths, date=article_date, jobs=jobs)) as items:
        summary = load_graph(graph, progress.track(items), batch_size=batch_size, force=force, on_problem=report, stop=stop, corrections=corrections)
    progress.clear()
    click.echo(summary.line())
    if not quiet:
        click.echo(progress.summary(), err=True)
    if summary.interrupted:
        warn(f"interrupted after {summary.articles + summary.unchanged} articles; run the same command again to continue")
        sys.exit(stop.exit_status)
    sys.exit(EXIT_FAILED if summary.errors else EXIT_OK)


@cli.command()
@click.argument("keep")
@click.argument("other")
@aliases_option
@store_options
@report_errors
def merge(keep: str, other: str, aliases: Path | None, **store: Any) -> None:
    """Make OTHER and KEEP one node, with KEEP's id, now and on every later load.

    Writes `[KEEP, OTHER]` under `merge:` in the aliases file and settles the store.
    """
    from graphkit.resolve import read_corrections, write_corrections
    from graphkit.store import StoreConfig, open_store
    from graphkit.store.settle import settle

    path = aliases_path(aliases, store["store_dir"])
    corrections = read_corrections(path).with_merge(keep, other)
    with open_store(StoreConfig(**store), create=False) as graph:
        summary = settle(graph, corrections)
    write_corrections(path, corrections)
    click.echo(f"merged {other} into {keep} ({path}): {summary.moved} records moved, {summary.updated} nodes updated")


@cli.command()
@aliases_option
@store_options
@report_errors
def settle(aliases: Path | None, **store: Any) -> None:
    """Resolve the entities of every stored article again, with the aliases file as it is now.

    Every load ends with this; run it alone after editing the aliases file by
    hand, or after importing several shards' exports into one database.
    """
    from graphkit.resolve import read_corrections
    from graphkit.store import StoreConfig, open_store
    from graphkit.store.settle import settle as settle_graph

    corrections = read_corrections(aliases_path(aliases, store["store_dir"]))
    with open_store(StoreConfig(**store), create=False) as graph:
        summary = settle_graph(graph, corrections)
    click.echo(f"settled: {summary.moved} records moved, {summary.updated} nodes updated")


def query_parameters(context: click.Context, option: click.Parameter, values: tuple[str, ...]) -> dict[str, Any]:
    """-p NAME=VALUE options as parameters: VALUE as JSON when it parses, else as text."""
    found: dict[str, Any] = {}
    for value in values:
        name, equals, text = value.partition("=")
        if not equals or not name.isidentifier():
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint="-p")
        try:
            found[name] = json.loads(text)
        except json.JSONDecodeError:
            found[name] = text
    return found


@cli.command()
@click.argument("cypher")
@click.option("-p", "--param", "parameters", multiple=True, metavar="NAME=VALUE", callback=query_parameters, help="A query parameter, repeatable. VALUE is read as JSON when it is JSON (5, true, [\"a\"]), else as text.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="table", show_default=True, help="An aligned table (long values cut), JSON, or CSV.")
@store_options
@report_errors
def query(cypher: str, parameters: dict[str, Any], output_format: str, **store: Any) -> None:
    """Run a Cypher query, given as text or as a .cypher file, and print its result.

    The files of cypher/ are ready-made queries; each says which parameters it takes.
    """
    from graphkit.store import StoreConfig, open_store
    from graphkit.store.formatting import format_result
    from graphkit.store.statements import referenced_parameters

    text = query_text(cypher)
    missing = sorted(referenced_parameters(text) - parameters.keys())
    if missing:
        raise click.UsageError(f"the query uses {', '.join('$' + name for name in missing)}: give {' '.join(f'-p {name}=VALUE' for name in missing)}")
    with open_store(StoreConfig(**store), create=False) as graph:
        result = graph.run(text, parameters)
    click.echo(format_result(result, output_format), nl=False)
    if result.counters.changed_anything():
        click.echo(result.counters.describe(), err=True)


def query_text(argument: str) -> str:
    """The query itself, or the text of the .cypher file it names."""
    if not argument.endswith(".cypher"):
        return argument
    path = Path(argument)
    if not path.is_file():
        raise click.BadParameter(f"no such file: {argument}", param_hint="CYPHER")
    return path.read_text(encoding="utf-8")


def date_option(context: click.Context, option: click.Parameter, value: str | None) -> str | None:
    """A --since/--until value, checked as --date is."""
    try:
        return validated_date(value)
    except click.BadParameter as error:
        raise click.BadParameter(error.message, context, option) from None


def relation_types_option(context: click.Context, option: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    """A comma-separated list of relationship types (any case) as a tuple of the model's names."""
    from graphkit.types import RELATION_TYPES

    if value is None:
        return None
    names = tuple(dict.fromkeys(name.strip().upper() for name in value.split(",") if name.strip()))
    unknown = [name for name in names if name not in RELATION_TYPES]
    if unknown or not names:
        raise click.BadParameter(f"{', '.join(unknown) or 'nothing'} is no relationship type; choose from {','.join(RELATION_TYPES)}", context, option)
    return names


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default="graph.html", show_default=True, help="The HTML file to write.")
@click.option("--person", help="Only what lies around this person, or any entity (a name, any case, or an id).")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="With --person: how many links away from the person to go.")
@click.option("--since", callback=date_option, help="Only facts dated on or after this day (YYYY-MM-DD).")
@click.option("--until", callback=date_option, help="Only facts dated on or before this day (YYYY-MM-DD).")
@click.option("--types", callback=relation_types_option, help="Only these relationship types, comma-separated: MET_WITH,VISITED,HEADS,WORKS_FOR,LOCATED_IN.")
@click.option("--limit", type=click.IntRange(min=1), help="Only the N links with the most recent facts.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=DEFAULT_MAX_NODES, show_default=True, help="Above this many entities keep the most connected ones, and say what was left out.")
@store_options
@report_errors
def viz(output: Path, person: str | None, depth: int, since: str | None, until: str | None, types: tuple[str, ...] | None, limit: int | None, max_nodes: int, **store: Any) -> None:
    """Draw the stored graph as one interactive HTML page that opens offline.

    Facts between the same two entities are one link; its tooltip gives
    every fact with its sentence and source article.
    """
    from graphkit.store import StoreConfig, open_store
    from graphkit.viz.build import ViewOptions, build_view
    from graphkit.viz.html import render_html
    from graphkit.viz.read import read_graph

    with open_store(StoreConfig(**store), create=False) as graph_store:
        graph = read_graph(graph_store, since=since, until=until, types=types)
    view = build_view(graph, ViewOptions(person=person, depth=depth, limit=limit, max_nodes=max_nodes, since=since, until=until, types=types))
    write_atomically(output, lambda stream: stream.write(render_html(view)))
    if view.left_out():
        warn(f"{output}: {view.left_out()}")
    click.echo(f"wrote {output}: {view.headline()}")


@cli.command()
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many officials and communities to list.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True, help="Aligned text, or JSON.")
@store_options
@report_errors
def stats(top: int, output_format: str, **store: Any) -> None:
    """Counts by label and type, the most connected officials, components and communities."""
    from graphkit.analysis import graph_stats
    from graphkit.store import StoreConfig, open_store
    from graphkit.viz.read import read_graph

    with open_store(StoreConfig(**store), create=False) as graph_store:
        found = graph_stats(read_graph(graph_store), top=top)
    click.echo(json.dumps(found.to_dict(), ensure_ascii=False, indent=1) if output_format == "json" else found.to_table(), nl=output_format == "json")


@cli.command("path")
@click.argument("first")
@click.argument("second")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Text, or JSON.")
@store_options
@report_errors
def shortest_path(first: str, second: str, output_format: str, **store: Any) -> None:
    """The shortest chain of facts between two entities, with the evidence for each step.

    FIRST and SECOND are names (any case; other names and aliases count too) or ids.
    """
    from graphkit.analysis import shortest_chain
    from graphkit.store import StoreConfig, open_store
    from graphkit.viz.read import read_graph

    with open_store(StoreConfig(**store), create=False) as graph_store:
        chain = shortest_chain(read_graph(graph_store), first, second)
    click.echo(json.dumps(chain.to_dict(), ensure_ascii=False, indent=1) if output_format == "json" else chain.to_text(), nl=output_format == "json")


@cli.command()
@click.argument("output", type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(EXPORT_FORMATS), default="neo4j-admin", show_default=True, help="CSV files for neo4j-admin database import (OUTPUT a folder), or one GraphML or node-link JSON file.")
@click.option("--array-delimiter", default=DEFAULT_ARRAY_DELIMITER, show_default=True, help="Joins list items (aliases, titles) in CSV and GraphML.")
@store_options
@report_errors
def export(output: Path, output_format: str, array_delimiter: str, **store: Any) -> None:
    """Write the stored graph for other tools: neo4j-admin's bulk import, Gephi, networkx.

    neo4j-admin: a header and a data CSV per label and per relationship type,
    and OUTPUT/import.sh, which runs the import; the command is printed too.
    """
    from graphkit.export import read_stored_graph, write_graphml, write_neo4j_admin, write_node_link_json
    from graphkit.store import StoreConfig, open_store

    with open_store(StoreConfig(**store), create=False) as graph_store:
        graph = read_stored_graph(graph_store)
    if output_format == "neo4j-admin":
        files = write_neo4j_admin(graph, output, array_delimiter=array_delimiter)
        click.echo(f"wrote {output}: {graph.headline()}; import them into a new database with {output / 'import.sh'}, or:")
        click.echo(files.command())
        return
    if output_format == "graphml":
        write_atomically(output, lambda stream: write_graphml(graph, stream, array_delimiter=array_delimiter))
    else:
        write_atomically(output, lambda stream: write_node_link_json(graph, stream))
    click.echo(f"wrote {output}: {graph.headline()}")


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
    """Write a file through a temporary sibling, so a failure never leaves it half-written.

    A device or a pipe (`-o /dev/null`) is written directly.
    """
    if path.exists() and not path.is_file():
        with path.open("w", encoding="utf-8") as stream:
            write(stream)
        return
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as stream:
            write(stream)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def main() -> None:
    """Console-script entry point."""
    from graphkit.interrupt import exit_on_sigterm
    from graphkit.parallel import limit_compute_threads

    limit_compute_threads()
    exit_on_sigterm()
    cli(prog_name="graphkit")
