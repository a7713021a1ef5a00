"""`graphkit query` output: an aligned table for the terminal, JSON, or CSV.

Table columns are aligned by display width, not by code points: a
combining accent (Russian texts carry stress marks, U+0301) takes no
column and an East Asian wide character takes two. In the table only,
line breaks and tabs become spaces and values longer than `max_width`
columns are cut with "…"; JSON and CSV carry every value whole.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any

from graphkit.store.results import GraphNode, GraphPath, GraphRelationship, QueryResult

FORMATS = ("table", "json", "csv")
MAX_CELL_WIDTH = 60
ELLIPSIS = "…"


def format_result(result: QueryResult, output_format: str, *, max_width: int = MAX_CELL_WIDTH) -> str:
    """The result as text in one of `FORMATS`, ending with a newline."""
    if output_format == "json":
        return json.dumps(result.records(), ensure_ascii=False, indent=1, default=jsonable) + "\n"
    if output_format == "csv":
        return csv_text(result)
    if output_format == "table":
        return table(result, max_width)
    raise ValueError(f"unknown output format {output_format!r}; expected one of {', '.join(FORMATS)}")


def jsonable(value: Any) -> Any:
    """Nodes, relationships and paths as JSON objects."""
    if isinstance(value, GraphNode):
        return {"labels": list(value.labels), "properties": value.properties}
    if isinstance(value, GraphRelationship):
        return {"type": value.type, "properties": value.properties}
    if isinstance(value, GraphPath):
        return {"nodes": list(value.nodes), "relationships": list(value.relationships)}
    raise TypeError(f"{type(value).__name__} is not a query value")


def text(value: Any) -> str:
    """One value as the text of a table or CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, GraphNode):
        return f"({''.join(':' + label for label in value.labels)} {cypher_map(value.properties)})"
    if isinstance(value, GraphRelationship):
        return f"[:{value.type} {cypher_map(value.properties)}]"
    if isinstance(value, GraphPath):
        parts = [text(value.nodes[0])] if value.nodes else []
        for relationship, node in zip(value.relationships, value.nodes[1:]):
            parts += [f"-[:{relationship.type}]-", text(node)]
        return "".join(parts)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=jsonable)
    return str(value)


def cypher_map(properties: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{key}: {json.dumps(item, ensure_ascii=False)}" for key, item in properties.items()) + "}"


def csv_text(result: QueryResult) -> str:
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([text(value) for value in row] for row in result.rows)
    return stream.getvalue()


def table(result: QueryResult, max_width: int) -> str:
    header = [one_line(name, max_width) for name in result.columns]
    body = [[one_line(text(value), max_width) for value in row] for row in result.rows]
    widths = [max(display_width(cell) for cell in column) for column in zip(header, *body)]
    lines = [aligned(header, widths), "  ".join("-" * width for width in widths)] if header else []
    lines += [aligned(row, widths) for row in body]
    count = len(result.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


def aligned(cells: list[str], widths: list[int]) -> str:
    padded = [cell + " " * (width - display_width(cell)) for cell, width in zip(cells, widths)]
    return "  ".join(padded).rstrip()


def one_line(value: str, max_width: int) -> str:
    """The value on one line, cut to `max_width` display columns."""
    value = " ".join(value.split()) if any(char in value for char in "\n\r\t\v\f") else value
    if display_width(value) <= max_width:
        return value
    kept, width = [], 0
    for char in value:
        width += char_width(char)
        if width > max_width - 1:
            break
        kept.append(char)
    return "".join(kept) + ELLIPSIS


def display_width(value: str) -> int:
    return sum(char_width(char) for char in value)


def char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
