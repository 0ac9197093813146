"""Model tests share one pipeline per session (loading it is the slow part)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.fixture(scope="session")
def nlp(claims_nlp: Language) -> Iterator[Language]:
    """The one pipeline of the session, shared with the golden-file plugin (claims.testing)."""
    yield claims_nlp


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/model/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.model)
