"""Gold data readers and scorers for graphkit's dev-set evaluation (see ../eval_dev.py)."""
