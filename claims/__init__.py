"""claims: find the claims in a news article, who made them, and whether each is an accusation,
a denial or a statement."""

from __future__ import annotations

__version__ = "0.1.0"
