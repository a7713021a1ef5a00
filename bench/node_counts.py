"""Nodes per label after loading the seed and all dev texts together into one embedded store,
and whether any two nodes of one label share a canonical name (issue 6: one entity, one node).

    python bench/node_counts.py [--store DIR] [--jobs N]

Runs `graphkit load` over seeds/, ../shared/data/factrueval-dev and
../shared/data/nerel/dev into a fresh store (a temporary folder unless
--store is given), then prints the counts and every duplicated name.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
INPUTS = [REPO / "seeds", REPO.parent / "shared" / "data" / "factrueval-dev", REPO.parent / "shared" / "data" / "nerel" / "dev"]
NAMES = "MATCH (node) WHERE NOT node:Article RETURN labels(node)[0] AS label, node.name AS name, node.id AS id"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="the store folder to load into (default: a temporary one)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        store = args.store or Path(scratch) / "store"
        graphkit = Path(sys.executable).with_name("graphkit")
        inputs = [str(path) for path in INPUTS if path.is_dir()]
        subprocess.run([str(graphkit), "load", *inputs, "--store", str(store), "--jobs", str(args.jobs), "--quiet"], check=True)
        from graphkit.store import StoreConfig, open_store

        with open_store(StoreConfig(store_dir=store)) as graph:
            rows = graph.run(NAMES, {}).records()
    labels = Counter(row["label"] for row in rows)
    names = Counter((row["label"], (row["name"] or "").lower().replace("ё", "е")) for row in rows)
    print("label          nodes")
    for label, count in sorted(labels.items()):
        print(f"{label:<14} {count}")
    duplicated = sorted(key for key, count in names.items() if count > 1)
    print(f"labels with two nodes of one canonical name: {len(duplicated)}")
    for label, name in duplicated:
        ids = sorted(row["id"] for row in rows if row["label"] == label and (row["name"] or "").lower().replace("ё", "е") == name)
        print(f"  {label} {name!r}: {', '.join(ids)}")


if __name__ == "__main__":
    main()
