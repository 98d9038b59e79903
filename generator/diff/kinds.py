"""Every kind of change `diff` reports, and what it does to a caller of the generated SDK.

breaking  code that worked against the old SDK can fail against the new one (a removed parameter,
          a narrower range or type, a renamed Python argument, a response field that may now be
          missing or null)
warning   code keeps working but may behave differently (a changed default, another server, a
          response enum value the caller has never seen)
info      nothing a caller wrote can break (something was added or widened, or only prose changed)

Requests and responses go opposite ways: a parameter that accepts more values (a type, null, an
enum value, a lifted bound) is info and one that accepts fewer is breaking, while a response field
that may hold more kinds of value is breaking and one that holds fewer is info. Whether a schema
widened or narrowed is decided by `direction`; what it cannot prove either way is "changed".
"""

from __future__ import annotations

from typing import Literal

Severity = Literal["breaking", "warning", "info"]
FailOn = Literal["breaking", "warning", "any"]

SEVERITIES: tuple[Severity, ...] = ("breaking", "warning", "info")
"""Most severe first."""

FAILING: dict[FailOn, frozenset[Severity]] = {
    "breaking": frozenset({"breaking"}),
    "warning": frozenset({"breaking", "warning"}),
    "any": frozenset(SEVERITIES),
}
"""For each `--fail-on` threshold, the severities that make `diff` exit 1."""

KINDS: dict[str, Severity] = {
    # models
    "model-added": "info",
    "model-removed": "breaking",
    # request parameters, per model
    "param-added": "info",  # breaking when the new parameter is required
    "param-removed": "breaking",
    "param-type-widened": "info",  # accepts every value it did, and more: a type, null, a branch, an item shape
    "param-type-narrowed": "breaking",  # rejects some value it accepted (and accepts nothing new)
    "param-type-changed": "breaking",  # both, or not provable either way
    "param-required-added": "breaking",
    "param-required-removed": "info",
    "param-alias-changed": "breaking",
    "param-inferred-changed": "info",
    "enum-value-added": "info",
    "enum-value-removed": "breaking",
    "min-increased": "breaking",
    "min-decreased": "info",
    "max-decreased": "breaking",
    "max-increased": "info",
    "default-changed": "warning",
    # responses (the completion, the stream chunk and the error body), shared by every model
    "response-field-added": "info",
    "response-field-removed": "breaking",
    "response-field-type-widened": "breaking",  # may now hold a kind of value callers never saw (e.g. null)
    "response-field-type-narrowed": "info",  # holds fewer kinds of value than before
    "response-field-type-changed": "breaking",  # both, or not provable either way
    "response-field-required-added": "info",
    "response-field-required-removed": "breaking",
    "response-enum-value-added": "warning",
    "response-enum-value-removed": "info",
    # the API as a whole
    "server-changed": "warning",
    "endpoint-added": "info",
    "endpoint-removed": "breaking",
    "endpoint-changed": "breaking",
    "header-added": "info",  # a new optional argument of the endpoint's method
    "header-removed": "breaking",
    "env-var-changed": "breaking",
    # prose only: descriptions, summaries, titles, notes, errata, sources and examples
    "description-changed": "info",
}
"""Kind -> its severity. The table is the contract; tests cover every row."""

DOCS_ONLY = frozenset({"description-changed"})
"""Kinds that change only documentation: alone, they call for a patch release."""
