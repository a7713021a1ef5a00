"""graphkit's extraction quality on the public dev data (factRuEval-2016 dev, NEREL v1.1 dev).

    python bench/eval_dev.py [--pred-factrueval F.jsonl] [--pred-nerel F.jsonl]
                             [--nerel-split dev|train] [--errors DIR] [--format table|markdown|json]

Without --pred-*, runs `graphkit extract DIR --format jsonl` (the graphkit
beside this Python) over ../shared/data/factrueval-dev and
../shared/data/nerel/<split>. The gold is mapped onto graphkit's model as
../shared/data/README.md prescribes; bench/devset/ says where the scores
approximate the official factRuEval scorers. --errors writes false
positives and misses per metric, to be read, not only counted.
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
from devset.scoring import Score  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
TARGETS = {
    "mentions": 0.93, "entities": 0.90, "coreference": 0.92, "occupation": 0.75, "meeting": 0.70,
    "nerel ner": 0.85, "workplace": 0.60,
}


def extract(directory: Path, out: Path) -> None:
    graphkit = Path(sys.executable).with_name("graphkit")
    done = subprocess.run([str(graphkit), "extract", str(directory), "--format", "jsonl", "-o", str(out)], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"graphkit extract failed on {directory}:\n{done.stderr}")


def load(path: Path) -> dict[str, dict]:
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[Path(record["article"]["path"]).name] = record
    return records


def evaluate_factrueval(predictions: dict[str, dict], errors: dict[str, list]) -> list[Score]:
    scores = [Score("mentions"), Score("entities"), Score("coreference"), Score("occupation"), Score("meeting")]
    scorers = [factrueval.score_mentions, factrueval.score_entities, factrueval.score_coreference, factrueval.score_occupations, factrueval.score_meetings]
    for name, doc in factrueval.read_gold(DATA / "factrueval-dev").items():
        record = predictions.get(name, {})
        for score, scorer in zip(scores, scorers):
            scorer(doc, record, score)
    return scores


def evaluate_nerel(predictions: dict[str, dict], split: str, errors: dict[str, list]) -> list[Score]:
    ner, workplace, meetings, resolution = Score("nerel ner"), Score("workplace"), Score("nerel meetings"), Score("nerel resolution")
    items = []
    for name, doc in nerel.read_gold(DATA / "nerel" / split).items():
        record = predictions.get(name, {})
        false_positives, misses = nerel.score_ner(doc, record, ner)
        errors["nerel ner false positives"].extend(f"{name}\t{doc.text[s:e]}\t{label}" for s, e, label in sorted(false_positives))
        errors["nerel ner misses"].extend(f"{name}\t{doc.text[s:e]}\t{label}" for s, e, label in sorted(misses))
        errors["workplace misses"].extend(f"{name}\t{person}\t{org}" for person, org in nerel.score_workplace(doc, record, workplace))
        nerel.score_meetings(doc, record, meetings)
        items.extend((f"{name}:{i}", qid, ours) for i, (qid, ours) in enumerate(nerel.resolution_items(doc, record)))
    nerel.score_resolution(items, resolution)
    return [ner, workplace, meetings, resolution]


def render(scores: list[Score], output: str) -> str:
    if output == "json":
        return json.dumps({s.name: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3), "predicted": s.predicted, "gold": s.gold, "target_f1": TARGETS.get(s.name)} for s in scores}, indent=1)
    rows = [(s.name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.predicted), str(s.gold), f"{TARGETS[s.name]:.2f}" if s.name in TARGETS else "") for s in scores]
    header = ("metric", "P", "R", "F1", "predicted", "gold", "target F1")
    if output == "markdown":
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) for row in [header, *rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pred-factrueval", type=Path)
    parser.add_argument("--pred-nerel", type=Path)
    parser.add_argument("--nerel-split", choices=("dev", "train"), default="dev")
    parser.add_argument("--errors", type=Path, help="write false positives and misses here, one file per metric")
    parser.add_argument("--format", dest="output", choices=("table", "markdown", "json"), default="table")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        if args.pred_factrueval is None:
            args.pred_factrueval = Path(scratch) / "factrueval.jsonl"
            extract(DATA / "factrueval-dev", args.pred_factrueval)
        if args.pred_nerel is None:
            args.pred_nerel = Path(scratch) / "nerel.jsonl"
            extract(DATA / "nerel" / args.nerel_split, args.pred_nerel)
        errors: dict[str, list] = {"nerel ner false positives": [], "nerel ner misses": [], "workplace misses": []}
        scores = evaluate_factrueval(load(args.pred_factrueval), errors) + evaluate_nerel(load(args.pred_nerel), args.nerel_split, errors)
    print(render(scores, args.output))
    if args.errors:
        args.errors.mkdir(parents=True, exist_ok=True)
        for name, lines in errors.items():
            (args.errors / f"{name.replace(' ', '_')}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
