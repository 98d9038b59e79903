"""`evolink-codegen diff`: compare two spec revisions on the resolved model and classify every change.

The modules, one job each, data flowing one way::

    sources    a folder or a git revision -> a loaded `Spec` (revisions via `git archive`, in a temp folder)
    kinds      the kind -> severity table (breaking / warning / info) and the --fail-on thresholds
    change     the `Change` value and `Site`, which fills in endpoint, model, parameter and path
    values     JSON equality (1 == 1.0, True != 1), one-line text
    shapes     JSON Schemas with references inlined and documentation dropped
    normal     a schema's normal form (nullable folded into type, const as enum), and which values it accepts
    ranges     the interval of numbers, lengths or item counts a schema allows
    subschema  does one schema accept every value another accepts? are two schemas disjoint?
    direction  widened, narrowed, the same or changed: which way a schema went
    params     one parameter of one model, before and after
    models     each endpoint's model variants: added, removed, server, prose, and their parameters
    api        servers, environment variables, the endpoint, the schemas' prose
    responses  the fields of the completion, the stream chunk and the error body
    report     all of the above -> a sorted `Report`: changes, summary, the semver bump, --fail-on
    formats    the report as text, Markdown and JSON
"""

from __future__ import annotations

from generator.diff.change import Change
from generator.diff.report import Report, compare, diff_specs

__all__ = ["Change", "Report", "compare", "diff_specs"]
