"""`sync`'s result as text, Markdown or JSON: the diff engine's renderers, then kept deviations and warnings.

The JSON is `diff`'s stable shape plus: `"kept"` (deviations honoured: `{"model", "parameter", "field",
"spec", "page", "reason"}`), `"not_checked"` (parameters a page cut short did not reach: `{"endpoint",
"model", "parameter", "page", "reason"}`), `"warnings"` (sentences, page lines included) and `"explained"` (page
warnings the spec's errata and deviations already answer).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from generator.diff.formats import to_json, to_markdown, to_text
from generator.diff.values import plain
from generator.escaping import md
from generator.ingest.page import IngestedPage
from generator.ingest.sync import SyncResult


def sync_text(result: SyncResult) -> str:
    """The diff's text report, then the kept deviations and the warnings."""
    lines = [to_text(result.report).rstrip("\n")]
    if result.kept:
        lines += ["", "kept (the spec records these deviations from the pages):"]
        lines += [f"  {kept.message()}" for kept in result.kept]
    if result.not_checked:
        lines += ["", "not checked (pages cut short did not reach these; the spec keeps them as they are):"]
        lines += [f"  {item.message()}" for item in result.not_checked]
    if result.warnings:
        lines += ["", "warnings:"]
        lines += [f"  {warning}" for warning in result.warnings]
    if result.explained:
        lines += ["", f"({len(result.explained)} page warnings are answered by the spec's errata and deviations)"]
    return "\n".join(lines) + "\n"


def sync_markdown(result: SyncResult) -> str:
    """The diff's Markdown report, then sections for the kept deviations and the warnings."""
    lines = [to_markdown(result.report).rstrip("\n")]
    if result.kept:
        lines += ["", "#### Kept deviations", ""] + [f"- {md(kept.message())}" for kept in result.kept]
    if result.not_checked:
        lines += ["", "#### Not checked (pages cut short)", ""]
        lines += [f"- {md(item.message())}" for item in result.not_checked]
    if result.warnings:
        lines += ["", "#### Warnings", ""] + [f"- {md(warning)}" for warning in result.warnings]
    return "\n".join(lines) + "\n"


def sync_json(result: SyncResult) -> str:
    """`diff`'s JSON document with `kept`, `not_checked`, `warnings` and `explained` added."""
    document = json.loads(to_json(result.report))
    document["kept"] = [
        {
            "model": kept.model,
            "parameter": kept.parameter,
            "field": kept.field,
            "spec": plain(kept.spec_value),
            "page": plain(kept.page_value),
            "reason": kept.reason,
        }
        for kept in result.kept
    ]
    document["not_checked"] = [
        {
            "endpoint": item.endpoint,
            "model": item.model,
            "parameter": item.parameter,
            "page": item.page,
            "reason": item.reason,
        }
        for item in result.not_checked
    ]
    document["warnings"] = list(result.warnings)
    document["explained"] = list(result.explained)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


SYNC_FORMATS: dict[str, Callable[[SyncResult], str]] = {"text": sync_text, "markdown": sync_markdown, "json": sync_json}
"""`sync --format` value -> renderer."""


def pages_json(pages: list[IngestedPage]) -> str:
    """`ingest --format json`: a list, one object per page."""
    return json.dumps([page.as_json() for page in pages], indent=2, ensure_ascii=False) + "\n"
