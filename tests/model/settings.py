"""The shared pipeline with one setting of its claims component changed for a test, and extraction that
checks the output records the settings it was made with."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from claims.extraction import extract
from claims.serialize import to_dict, validate

if TYPE_CHECKING:
    from spacy.language import Language


@contextmanager
def component_setting(nlp: Language, name: str, value: object) -> Iterator[Language]:
    """``nlp`` with its claims component's ``name`` set to ``value`` for the duration."""
    component: Any = nlp.get_pipe("claims")
    before = getattr(component, name)
    setattr(component, name, value)
    try:
        yield nlp
    finally:
        setattr(component, name, before)


def recorded_claims(nlp: Language, text: str) -> list[dict[str, Any]]:
    """The claims of ``text``, validated, after checking ``generator.settings`` names the component's."""
    data = to_dict(extract(text, nlp=nlp))
    validate(data)
    component: Any = nlp.get_pipe("claims")
    settings = data["generator"]["settings"]
    assert settings["source_span"] == component.source_span.value
    assert settings["follow_on_quotes"] is component.follow_on_quotes
    assert settings["nesting"] == component.nesting.value
    assert settings["object_content"] is component.object_content
    return list(data["claims"])
