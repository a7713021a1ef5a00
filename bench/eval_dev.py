"""graphkit's extraction quality on the public dev data (factRuEval-2016 dev, NEREL v1.1).

    python bench/eval_dev.py [--pred-factrueval F.jsonl] [--pred-nerel F.jsonl]
                             [--nerel-split dev|train] [--errors DIR]
                             [--format table|json|markdown]

Without --pred-*, runs `graphkit extract DIR --format jsonl` (the graphkit
beside this Python) over ../shared/data/factrueval-dev and
../shared/data/nerel/<split>. Predictions are matched to the gold by the
file name of `article.path`; a document with no prediction counts as
predicting nothing. The gold is mapped onto graphkit's output as
../shared/data/README.md prescribes (bench/devset/ says how, module by
module). --errors DIR writes, per metric, the false positives (FP), misses
(FN) and partial matches with their sentence, to be read.

Rows: mentions, entities, occupation, meeting are factRuEval-2016 tasks 1-3
as the official scorers count them (LocOrg as a place; easy mode; partial
credit, so "predicted" and "gold" count objects, not matches);
occupation+meeting sums the two; "entities, any name" is a diagnostic that
lets an organisation or place match by any name it is known under, not only
its canonical `name` (so the gap between the two rows is what graphkit's
naming convention costs against the gold's names as written); coreference
pairs gold name mentions of one factRuEval entity. On NEREL: ner (exact span and type), workplace
(PERSON -> ORGANIZATION, and an extended variant), meetings (pairs of
participants of meeting-like events) and resolution (pairs of spans of one
Wikidata item: all pairs, and the pairs across documents only).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import factrueval, nerel  # noqa: E402
from devset.factrueval.gold import read_split as read_factrueval  # noqa: E402
from devset.nerel.gold import read_split as read_nerel  # noqa: E402
from devset.prediction import load_predictions, resolved_together  # noqa: E402
from devset.score import Score  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
TARGET_F1 = {
    "mentions": 0.93, "entities": 0.90, "coreference": 0.92, "occupation": 0.75, "meeting": 0.70,
    "nerel ner": 0.85, "workplace": 0.60,
}
HEADER = ("metric", "P", "R", "F1", "predicted", "gold", "target F1")


def extract(directory: Path, output: Path) -> Path:
    """Run `graphkit extract` over a folder into `output` (inputs it cannot read are reported, not fatal)."""
    graphkit = Path(sys.executable).with_name("graphkit")
    if not graphkit.exists():
        sys.exit(f"{graphkit} not found: install graphkit into this environment (pip install -e .) or pass --pred-*")
    done = subprocess.run([str(graphkit), "extract", str(directory), "--format", "jsonl", "-o", str(output)], capture_output=True, text=True)
    if not output.exists():
        sys.exit(f"graphkit extract gave no output for {directory} (exit {done.returncode}):\n{done.stderr}")
    if done.returncode:
        print(f"graphkit extract {directory}: exit {done.returncode}\n{done.stderr}", file=sys.stderr)
    return output


def evaluate(factrueval_predictions: Path, nerel_predictions: Path, nerel_split: str, per_article: bool = False) -> list[Score]:
    """Scores of both sets; unless `per_article`, after cross-article resolution over both, as one load of them would."""
    predictions = [load_predictions(factrueval_predictions), load_predictions(nerel_predictions)]
    if not per_article:
        predictions = resolved_together(*predictions)
    return factrueval.evaluate(read_factrueval(DATA / "factrueval-dev"), predictions[0]) + nerel.evaluate(
        read_nerel(DATA / "nerel" / nerel_split), predictions[1]
    )


def rows(scores: list[Score]) -> list[tuple[str, ...]]:
    return [
        (s.name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.predicted), str(s.gold), f"{TARGET_F1[s.name]:.2f}" if s.name in TARGET_F1 else "")
        for s in scores
    ]


def render(scores: list[Score], output: str, nerel_split: str) -> str:
    if output == "json":
        return json.dumps(
            {
                "nerel_split": nerel_split,
                "scores": {
                    s.name: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "matched_predicted": s.matched_predicted,
                             "predicted": s.predicted, "matched_gold": s.matched_gold, "gold": s.gold, "target_f1": TARGET_F1.get(s.name)}
                    for s in scores
                },
            },
            indent=1,
        )
    table = rows(scores)
    if output == "markdown":
        lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in table])
    widths = [max(len(row[i]) for row in [HEADER, *table]) for i in range(len(HEADER))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [HEADER, *table]]
    return "\n".join(lines + [f"(factRuEval-2016 dev; NEREL {nerel_split})"])


def write_errors(scores: list[Score], directory: Path) -> None:
    """One TSV per metric: kind (FP, FN, partial), document, what, sentence."""
    directory.mkdir(parents=True, exist_ok=True)
    for score in scores:
        if not score.errors:
            continue
        lines = ["\t".join((e.kind, e.doc, e.what, e.context)) for e in sorted(score.errors, key=lambda e: (e.kind, e.doc))]
        name = score.name.replace(" ", "_").replace("+", "_")
        (directory / f"{name}.tsv").write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pred-factrueval", type=Path, help="graphkit JSONL of factrueval-dev (default: run graphkit extract)")
    parser.add_argument("--pred-nerel", type=Path, help="graphkit JSONL of the NEREL split (default: run graphkit extract)")
    parser.add_argument("--nerel-split", choices=("dev", "train"), default="dev")
    parser.add_argument("--errors", type=Path, metavar="DIR", help="write false positives, misses and partial matches here")
    parser.add_argument("--per-article", action="store_true", help="score the extractions as they are, without graphkit's cross-article resolution")
    parser.add_argument("--format", dest="output", choices=("table", "json", "markdown"), default="table")
    args = parser.parse_args()
    for given in (args.pred_factrueval, args.pred_nerel):
        if given is not None and not given.is_file():
            parser.error(f"{given} is not a file")

    with tempfile.TemporaryDirectory() as scratch:
        factrueval_file = args.pred_factrueval or extract(DATA / "factrueval-dev", Path(scratch) / "factrueval.jsonl")
        nerel_file = args.pred_nerel or extract(DATA / "nerel" / args.nerel_split, Path(scratch) / "nerel.jsonl")
        scores = evaluate(factrueval_file, nerel_file, args.nerel_split, args.per_article)
    print(render(scores, args.output, args.nerel_split))
    if args.errors:
        write_errors(scores, args.errors)


if __name__ == "__main__":
    main()
