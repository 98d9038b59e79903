"""Two resolved specs in, every classified change out: `diff_specs(old, new, old_label, new_label)`."""

from __future__ import annotations

from generator.diff.api import compare_api
from generator.diff.change import Change
from generator.diff.models import compare_models
from generator.diff.report import Report
from generator.diff.responses import compare_responses
from generator.model import Spec


def compare(old: Spec, new: Spec) -> tuple[Change, ...]:
    """Every change from `old` to `new`, sorted by (model, parameter, kind), then path."""
    changes = compare_api(old.api, new.api) + compare_responses(old.api, new.api) + compare_models(old, new)
    return tuple(sorted(changes, key=Change.sort_key))


def diff_specs(old: Spec, new: Spec, old_label: str, new_label: str) -> Report:
    """The report for two specs; the labels say where each came from (a folder or a git revision)."""
    return Report(old_label, new_label, old.api.revision, new.api.revision, compare(old, new))
