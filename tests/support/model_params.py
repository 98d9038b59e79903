"""Which known model takes which parameter, from the loaded spec/: what the typing cases and the tests of a model
id the SDK does not know derive their parameter names from."""

from __future__ import annotations

from functools import cache

from generator.ir import Spec
from tests.support.paths import ROOT
from tests.support.specs import load


@cache
def spec() -> Spec:
    """The loaded spec/ (its models and their parameters)."""
    return load(ROOT / "spec")


def taken_by_model() -> dict[str, frozenset[str]]:
    """Model id -> the Python names of the parameters it takes."""
    return {model.id: frozenset(p.python_name for p in model.parameters) for model in spec().models}


def every_model_takes() -> frozenset[str]:
    """The Python names every known model takes: what a `str` model's overloads accept."""
    return frozenset.intersection(*taken_by_model().values())


def some_model_takes() -> frozenset[str]:
    """The Python names at least one known model takes: what the SDK sends for a model id it does not know."""
    return frozenset.union(*taken_by_model().values())
