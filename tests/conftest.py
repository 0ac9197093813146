"""Shared fixtures. Tests that need the spaCy pipeline live in tests/model/ and share one loaded pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["claims.testing"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repository (evaluation data, seed article); tests skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not found: the evaluation data and seed article live there")
    return SHARED
