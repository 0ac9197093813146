"""Regression check of whole articles against reviewed expected output (fixtures/golden/), through the
project's own pytest plugin. Each golden carries a `_review` note: who reviewed it and its known errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.testing import GoldenCheck

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ARTICLES = sorted(
    p
    for p in [
        *FIXTURES.glob("articles/*.txt"),
        *FIXTURES.glob("articles/*.html"),
        *FIXTURES.glob("gum/*.txt"),
    ]
)


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_golden(article: Path, claims_golden: GoldenCheck) -> None:
    claims_golden(article, FIXTURES / "golden" / f"{article.stem}.json")
