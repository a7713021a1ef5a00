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


def test_a_fact_stated_twice_keeps_the_statement_that_says_most(extractor):
    """The title says Белоусов held talks; the first body sentence says so too, and where: in Душанбе."""
    from graphkit.readers import iter_articles

    (article,) = iter_articles([str(SEED)])
    (meeting,) = [relation for relation in extractor.extract(article).relations if relation.type == "MET_WITH"]
    assert meeting.props["place"] == "place:tj:душанбе"
    assert meeting.evidence.text.startswith("Министр обороны Российской Федерации Андрей Белоусов провел переговоры")


def test_each_mention_says_how_it_refers(extractor):
    """A name, a country's adjective, a description and a pronoun are told apart, whatever their capitals: "Глава
    ведомства" opens a sentence and is still a description."""
    from graphkit.readers import iter_articles
    from graphkit.types import MENTION_FORMS

    (article,) = iter_articles([str(SEED)])
    forms = {(m.text, m.form) for e in extractor.extract(article).entities for m in e.mentions}
    assert {m_form for _, m_form in forms} <= set(MENTION_FORMS)
    assert {("Андрей Белоусов", "name"), ("таджикистанским", "adjective"), ("Глава ведомства", "description")} <= forms
