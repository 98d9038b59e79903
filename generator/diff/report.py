"""Two resolved specs in, the `Report` out: every classified change, their counts and the version bump.

`diff_specs(old, new, old_label, new_label)` is the entry point; `compare` is the sorted changes alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.diff.api import compare_api
from generator.diff.change import Change
from generator.diff.kinds import DOCS_ONLY, FAILING, SEVERITIES, FailOn, Severity
from generator.diff.models import compare_models
from generator.diff.responses import compare_responses
from generator.ir import Spec
from generator.versions import Bump

Scope = tuple[str | None, str | None]
"""(endpoint, model) a change is about; None for what every endpoint, or every model on it, shares."""


def compare(old: Spec, new: Spec) -> tuple[Change, ...]:
    """Every change from `old` to `new`, sorted by (endpoint, model, parameter, kind), then path."""
    changes = compare_api(old.api, new.api) + compare_responses(old.api, new.api) + compare_models(old, new)
    return tuple(sorted(changes, key=Change.sort_key))


def diff_specs(old: Spec, new: Spec, old_label: str, new_label: str) -> Report:
    """The report for two specs; the labels say where each came from (a folder or a git revision)."""
    return Report(old_label, new_label, old.api.revision, new.api.revision, compare(old, new))


def suggest(changes: Iterable[Change]) -> Bump:
    """major if anything breaks; minor if anything but prose changed; patch for prose only; else none."""
    found = list(changes)
    if any(change.severity == "breaking" for change in found):
        return "major"
    if any(change.kind not in DOCS_ONLY for change in found):
        return "minor"
    return "patch" if found else "none"


@dataclass(frozen=True)
class Report:
    """Changes from `old` to `new` (labels as the user gave them), sorted by endpoint, model, parameter, kind."""

    old: str
    new: str
    old_revision: str
    new_revision: str
    changes: tuple[Change, ...]

    @property
    def summary(self) -> dict[Severity, int]:
        """How many changes of each severity, most severe first."""
        return {severity: sum(1 for c in self.changes if c.severity == severity) for severity in SEVERITIES}

    @property
    def semver(self) -> Bump:
        """The version bump the changes call for."""
        return suggest(self.changes)

    def fails(self, threshold: FailOn) -> bool:
        """True when a change reaches the `--fail-on` threshold."""
        return any(change.severity in FAILING[threshold] for change in self.changes)

    def by_scope(self) -> list[tuple[Scope, list[Change]]]:
        """The changes grouped by (endpoint, model), API-wide ones first, then each endpoint's, in sort order."""
        groups: dict[Scope, list[Change]] = {}
        for change in self.changes:
            groups.setdefault((change.endpoint, change.model), []).append(change)
        return list(groups.items())
