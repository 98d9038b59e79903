"""Pairs of spec revisions for the diff tests: their report, one change of it, a limit that can be lowered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

import pytest

from generator.diff import Change, Report, diff_specs
from generator.ir import Parameter, Spec
from tests.support.specs import load, mutate, variant_of

Edit = Callable[[Path], None]
"""A change to a spec folder."""


def diff_folders(old: Path, new: Path) -> Report:
    """The report comparing two spec folders."""
    return diff_specs(load(old), load(new), old.name, new.name)


def only(report: Report, kind: str, model: str | None, parameter: str | None = None) -> Change:
    """The one change of `kind` for `model` (and `parameter`, if given); fails unless there is exactly one."""
    found = [c for c in report.changes if c.kind == kind and c.model == model and parameter in (None, c.parameter)]
    assert len(found) == 1, f"{kind} for {model}: {[c.as_json() for c in report.changes]}"
    return found[0]


@dataclass(frozen=True)
class Limit:
    """A maximum one model documents for one of its parameters, and a lower one the spec still accepts."""

    model: str
    parameter: str
    maximum: int | float
    lowered: int | float

    def lower(self, folder: Path) -> None:
        """Set the lower maximum in the model's file under the spec `folder` (the loader names it after the id)."""

        def change(data: Any) -> None:  # Any: the model file's YAML data
            parameters = variant_of(data)["parameters"]
            parameters[self.parameter] = {**(parameters.get(self.parameter) or {}), "maximum": self.lowered}

        mutate(folder, f"models/{self.model}.yaml", change)


def a_limit(spec: Spec) -> Limit:
    """A documented maximum that can be lowered, from a model others inherit from if there is one."""
    parents = {model.inherits for model in spec.models}
    for model in sorted(spec.models, key=lambda m: (m.id not in parents, m.id)):
        for parameter in model.parameters:
            lowered = _lower(parameter)
            if not parameter.inferred and parameter.maximum is not None and lowered is not None:
                return Limit(model.id, parameter.name, parameter.maximum, lowered)
    pytest.fail("no model documents a maximum that can be lowered")


def _lower(parameter: Parameter) -> int | float | None:
    """A value below the maximum and above the minimum, default and example; None if there is no room."""
    if parameter.maximum is None:
        return None
    numbers = [v for v in (parameter.minimum, parameter.default, parameter.example) if _is_number(v)]
    floor = max(numbers, default=parameter.maximum - 2)
    both_whole = isinstance(parameter.maximum, int) and isinstance(floor, int)
    lowered = (floor + parameter.maximum) // 2 if both_whole else (floor + parameter.maximum) / 2
    return lowered if floor < lowered < parameter.maximum else None


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)
