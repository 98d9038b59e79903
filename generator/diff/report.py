"""The result of comparing two specs: the sorted changes, their counts and the suggested bump."""

from __future__ import annotations

from dataclasses import dataclass

from generator.diff.change import Change
from generator.diff.kinds import FAILING, SEVERITIES, FailOn, Severity
from generator.diff.semver import Bump, suggest


@dataclass(frozen=True)
class Report:
    """Changes from `old` to `new` (labels as the user gave them), sorted by model, parameter, kind."""

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

    def by_model(self) -> list[tuple[str | None, list[Change]]]:
        """The changes grouped by model, API-wide ones (model None) first, in sort order."""
        groups: dict[str | None, list[Change]] = {}
        for change in self.changes:
            groups.setdefault(change.model, []).append(change)
        return list(groups.items())
