"""The calls of the typing cases (tests/typing), read with ``ast``, so that tests/sdk/test_typing.py can check
each case's premises against what the loaded spec says each model takes (``tests.support.model_params``).

A case is a call with a ``model=`` keyword: its model is a literal id (known to the spec or not) or an
expression (a ``str`` chosen at run time). A known id takes its own parameters; anything else takes only
the parameters every known model takes (the ``model: str`` overloads).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.support.model_params import every_model_takes, taken_by_model

CREATE_OWN = frozenset({"model", "stream", "extra_headers", "extra_query", "extra_body", "timeout"})
"""Keyword arguments `create()` takes itself, whatever the model."""
_NOT_TAKEN = re.compile(r"# expect: [a-z-]+ \(not taken\)")


@dataclass(frozen=True)
class CaseCall:
    """One call of a typing case: where it is, its model, the model's parameters it passes, its marks."""

    where: str
    model: str | None
    """The literal model id, or None for a model chosen at run time."""
    arguments: frozenset[str]
    """Its keyword arguments but `create()`'s own (`**params` left out)."""
    expected_error: bool
    not_taken: bool
    """Marked `(not taken)`: wrong only for an argument the model does not take."""


def accepted(call: CaseCall) -> frozenset[str]:
    """The arguments the call's overloads accept: a known model's own, else those every known model takes."""
    return taken_by_model().get(call.model or "", every_model_takes())


def case_calls(path: Path) -> Iterator[CaseCall]:
    """Every call with a `model=` keyword in the case file `path`, in order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for node in ast.walk(ast.parse("\n".join(lines))):
        if not isinstance(node, ast.Call):
            continue
        keywords = {keyword.arg: keyword.value for keyword in node.keywords if keyword.arg is not None}
        if "model" not in keywords:
            continue
        model = keywords["model"]
        literal = model.value if isinstance(model, ast.Constant) and isinstance(model.value, str) else None
        line = lines[node.lineno - 1]
        yield CaseCall(
            where=f"{path.name}:{node.lineno}",
            model=literal,
            arguments=frozenset(keywords) - CREATE_OWN,
            expected_error="# expect:" in line,
            not_taken=bool(_NOT_TAKEN.search(line)),
        )
