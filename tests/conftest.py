"""Shared fixtures: expensive real components are built once per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = REPO / "seeds" / "000_1c60d453f61181e5.txt"


def require_tool(name: str, path: str | None = None) -> str:
    """The path of an external tool; skip the test without it, but fail under CI (CI=true)."""
    found = path if path and Path(path).exists() else shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message}, and CI must run every test (.ci/run installs it)")
    pytest.skip(message)


def require_shared_data() -> Path:
    """The dev data beside the repository (../shared): skip without it, fail under CI."""
    if SHARED.is_dir():
        return SHARED
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{SHARED} is missing: CI runs with ../shared beside the clone")
    pytest.skip(f"{SHARED} is missing")


@pytest.fixture(scope="session")
def nlp_models():
    """natasha's models, loaded once."""
    from graphkit.nlp import load_models

    return load_models()


@pytest.fixture(scope="session")
def gazetteer():
    from graphkit.extract.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def extractor(nlp_models, gazetteer):
    from graphkit.extract.extractor import Extractor

    return Extractor(nlp_models, gazetteer)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return require_shared_data()
