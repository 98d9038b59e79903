"""One classified change: what changed, where, for which model and parameter, and how much it hurts."""

from __future__ import annotations

from dataclasses import dataclass

from generator.diff.kinds import KINDS, Severity
from generator.diff.values import plain, text
from generator.ir import JSON


@dataclass(frozen=True)
class Change:
    """A difference between two resolved specs, as a caller of the generated SDK sees it.

    `endpoint` is the name of the endpoint the change is on, None for what every endpoint shares (servers,
    environment variables, the API's prose and the schemas' prose); `model` is None for what every model shares
    on the endpoint (the endpoint itself, its response schemas); `parameter` is the wire name of the request
    parameter, if the change is about one. `path` locates the change in the resolved spec:
    `endpoints/<name>/models/<id>/parameters/<name>/maximum`, `endpoints/<name>/path`, `servers/<name>/url`,
    `schemas/<Name>/...`, or a response field as `ChatCompletion.choices[].message.content`.
    """

    kind: str
    severity: Severity
    endpoint: str | None
    model: str | None
    parameter: str | None
    path: str
    old: JSON
    new: JSON
    message: str

    def sort_key(self) -> tuple[str, str, str, str, str, str]:
        """Endpoint, model, parameter, kind (what was asked for), then path and message to break ties."""
        return (self.endpoint or "", self.model or "", self.parameter or "", self.kind, self.path, self.message)

    def as_json(self) -> dict[str, JSON]:
        """The change as the JSON output's stable shape."""
        return {
            "kind": self.kind,
            "severity": self.severity,
            "endpoint": self.endpoint,
            "model": self.model,
            "parameter": self.parameter,
            "path": self.path,
            "old": plain(self.old),
            "new": plain(self.new),
            "message": self.message,
        }


@dataclass(frozen=True)
class Site:
    """Where a group of changes happens: fills in endpoint, model, parameter and the path prefix."""

    endpoint: str | None
    model: str | None
    parameter: str | None
    path: str

    def change(
        self, kind: str, key: str, old: JSON, new: JSON, message: str, *, severity: Severity | None = None
    ) -> Change:
        """A `Change` of `kind` at `path/key` (or at `path` when `key` is empty), severity from `KINDS`."""
        path = f"{self.path}/{key}" if key else self.path
        return Change(kind, severity or KINDS[kind], self.endpoint, self.model, self.parameter, path, old, new, message)

    def label(self, message: str) -> str:
        """`message` behind the parameter's name, when there is one: `top_k: maximum lowered ...`."""
        return f"{self.parameter}: {message}" if self.parameter else message


def describe_value(value: JSON) -> str:
    """A value for a message; `none` stands for an absent one."""
    return "none" if value is None else text(value)
