"""The seed article, read as an analyst reads it: the shared check must report zero problems."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, SEED, require_shared_data

GRAPHKIT = Path(sys.executable).with_name("graphkit")


def test_seed_check_reports_no_problems():
    shared = require_shared_data()
    extracted = subprocess.run([str(GRAPHKIT), "extract", str(SEED), "--format", "jsonl"], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert extracted.returncode == 0, extracted.stderr
    checked = subprocess.run([sys.executable, str(shared / "tools" / "check_seed.py")], input=extracted.stdout, capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.strip().endswith("problems 0")
