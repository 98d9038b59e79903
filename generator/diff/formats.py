"""A `Report` as text (a terminal), Markdown (a pull-request comment or CHANGELOG.md) or JSON (CI).

The JSON shape is the stable interface:

    {"old": str, "new": str,
     "changes": [{"kind", "severity", "endpoint", "model", "parameter", "path", "old", "new", "message"}, ...],
     "summary": {"breaking": int, "warning": int, "info": int},
     "semver": "major" | "minor" | "patch" | "none"}
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from generator.diff.report import Report, Scope
from generator.escaping import md, md_code

API_WIDE = "all models"
"""The heading of changes that are not about one model (servers, the endpoints, responses)."""


def to_json(report: Report) -> str:
    """The report as indented JSON, keys in the documented order, ending with a newline."""
    document = {
        "old": report.old,
        "new": report.new,
        "changes": [change.as_json() for change in report.changes],
        "summary": report.summary,
        "semver": report.semver,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def summary_line(report: Report) -> str:
    """`3 changes (1 breaking, 1 warning, 1 info); suggested version bump: major`."""
    if not report.changes:
        return "no changes; suggested version bump: none"
    counts = ", ".join(f"{count} {severity}" for severity, count in report.summary.items())
    noun = "change" if len(report.changes) == 1 else "changes"
    return f"{len(report.changes)} {noun} ({counts}); suggested version bump: {report.semver}"


def to_text(report: Report) -> str:
    """One block per endpoint and model (API-wide changes first), one line per change, the summary last."""
    lines = [f"{report.old} (revision {report.old_revision}) -> {report.new} (revision {report.new_revision})", ""]
    width = max((len(change.kind) for change in report.changes), default=0)
    for (endpoint, model), changes in report.by_scope():
        lines.append(scope_text(endpoint, model))
        lines += [f"  {c.severity:<8}  {c.kind:<{width}}  {c.message}" for c in changes]
        lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def to_markdown(report: Report) -> str:
    """A section fit for a pull-request comment: heading, bold summary, then bullets per endpoint and model."""
    heading = (
        f"### API changes: {md_code(report.old)} ({md(report.old_revision)}) → "
        f"{md_code(report.new)} ({md(report.new_revision)})"
    )
    lines = [heading, "", f"**{md(summary_line(report))}**"]
    for (endpoint, model), changes in report.by_scope():
        lines += ["", f"#### {scope_heading(endpoint, model)}", ""]
        lines += [bullet(change.severity, change.message, change.kind) for change in changes]
    return "\n".join(lines) + "\n"


def scope_text(endpoint: str | None, model: str | None) -> str:
    """Whom a group of changes is about, as plain text: `gemini-2.5-flash (chat_completions)`, `chat_completions
    (all models)`, or `all models`."""
    if endpoint is None:
        return model or API_WIDE
    return f"{model or API_WIDE} ({endpoint})"


def scope_heading(endpoint: str | None, model: str | None) -> str:
    """`scope_text` as a Markdown heading's text, ids and names as code."""
    who = md_code(model) if model else md(API_WIDE.capitalize())
    return who if endpoint is None else f"{who} ({md_code(endpoint)})"


def bullet(severity: str, message: str, kind: str | None = None) -> str:
    """`- **breaking** `max-decreased`: top\\_k: maximum lowered from 64 to 32` (kind optional)."""
    tag = f" {md_code(kind)}" if kind else ""
    return f"- **{md(severity)}**{tag}: {md(message)}"


def group_by_scope(
    items: Sequence[tuple[Scope, str, str]],
) -> list[tuple[Scope, list[tuple[str, str]]]]:
    """((endpoint, model), severity, message) triples grouped by (endpoint, model), in first-seen order."""
    groups: dict[Scope, list[tuple[str, str]]] = {}
    for scope, severity, message in items:
        groups.setdefault(scope, []).append((severity, message))
    return list(groups.items())


FORMATS: dict[str, Callable[[Report], str]] = {"text": to_text, "markdown": to_markdown, "json": to_json}
"""`--format` value -> renderer."""
