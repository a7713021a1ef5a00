"""graphkit's dev-set evaluation (../eval_dev.py): gold readers and scorers for factRuEval-2016 and NEREL.

The gold is mapped onto graphkit's JSONL output as ../../../shared/data/README.md
prescribes; every scorer adds to a `score.Score` and records its errors there.
"""
