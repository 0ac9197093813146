"""The documentation is checked: every command is documented, CI runs the README's commands, the JSON
fields and lexicon files the README names exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims.serialize import schema

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _readme_commands() -> list[str]:
    """The commands of the two bash blocks under "Quick start"."""
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", quick, flags=re.S)]


def test_readme_has_the_two_commands() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    assert "pip install" in commands[0] and "claims extract" in commands[0]
    assert commands[1].startswith(".venv/bin/pytest")


def test_ci_runs_the_readme_commands_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in _readme_commands():
        assert command in ci.splitlines(), f".ci/run does not run the README command {command!r}"
    assert "set -euo pipefail" in ci


def test_every_cli_command_is_documented() -> None:
    pytest.importorskip("typer")
    import typer.main

    from claims.cli import app

    group = typer.main.get_command(app)
    names = sorted(group.commands)  # type: ignore[attr-defined]
    assert {"evaluate", "extract", "schema", "validate", "report", "export", "diff"} <= set(names)
    for name in names:
        assert f"claims {name}" in README, f"`claims {name}` is not documented in README.md"
        params = [p for p in group.commands[name].params if p.param_type_name == "option"]  # type: ignore[attr-defined]
        for param in params:
            long = next((o for o in param.opts if o.startswith("--")), None)
            if long and long != "--help":
                assert long in README, f"option {long} of `claims {name}` is not documented in README.md"


def test_every_claim_field_is_documented() -> None:
    fields = schema()["$defs"]["claim"]["properties"]
    for name in fields:
        assert f"`{name}`" in README, f"claim field {name!r} is not described in README.md"


def test_lexicon_files_named_in_readme_exist() -> None:
    for name in re.findall(r"`(\w+\.json)`", README):
        if name.endswith(".schema.json"):
            continue
        assert (ROOT / "claims" / "data" / name).is_file(), name
