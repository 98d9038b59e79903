"""Record the current spec revision's changes: bump the revision, write spec/changelog.yaml and CHANGELOG.md.

`record(spec, since, cwd, markdown)` diffs the spec at git revision `since` against the `spec`
folder. If the folder's revision was not raised already, the one `revision:` line of api.yaml is
edited in place (comments kept) to the bump the changes call for. The release is then stored in
spec/changelog.yaml (replacing a release of the same version, so a second run is harmless), and
CHANGELOG.md is rendered from that file through the loader, the same data the docs' changelog
section is rendered from: spec -> ir -> outputs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.diff.formats import bullet, group_by_scope, scope_heading
from generator.diff.kinds import SEVERITIES
from generator.diff.report import Report, diff_specs
from generator.diff.sources import load_source
from generator.errors import format_errors
from generator.ir import Release, ReleaseChange
from generator.load.loader import load_spec
from generator.load.releases import CHANGELOG_FILE
from generator.stop_signals import held
from generator.versions import Bump, bump, parse

CHANGELOG_HEADER = """\
# The spec's releases, newest first, written by `make changelog` from `evolink-codegen diff`.
# Messages may be edited; a run rewrites this file (comments too) and replaces its own release.
"""
MARKDOWN_HEADER = """\
# Changelog

Revisions of the API spec, newest first; the generated `evolink` package has the same version.
Written by `make changelog` from spec/changelog.yaml; do not edit by hand.
"""
_REVISION_LINE = re.compile(r"^revision:[ \t]*(['\"]?)(?P<version>[0-9]+\.[0-9]+\.[0-9]+)\1[ \t]*(#.*)?$", re.M)


@dataclass(frozen=True)
class Recorded:
    """What `record` did: the report, the version recorded (None: no changes) and notes for the user."""

    report: Report
    version: str | None
    revision_edited: bool
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Failed:
    """Why nothing (or, for the last step, not everything) was recorded, ready to print."""

    message: str
    spec_error: bool = True
    """False when no spec was at fault: the previous revision could not be read (git, a missing folder)."""


def record(spec: Path, since: str, cwd: Path, markdown: Path) -> Recorded | Failed:
    """Diff `since` (a git revision or folder) against the `spec` folder and record the release."""
    old, new = load_source(since, cwd), load_spec(spec)
    if old.spec is None:
        return Failed(old.failure("the previous revision"), spec_error=old.problem is None)
    if new.spec is None:
        return Failed(f"error: {spec} is not a valid spec:\n{format_errors(new.errors)}")
    report = diff_specs(old.spec, new.spec, since, str(spec))
    if report.semver == "none":
        return Recorded(report, None, False, (f"no changes since {since}; nothing recorded",))
    version, note = next_version(old.spec.api.revision, new.spec.api.revision, report.semver)
    edited = version != new.spec.api.revision
    api = spec / "api.yaml"
    text = set_revision(api.read_text(encoding="utf-8"), version) if edited else None
    if edited and text is None:
        return Failed(f"error: {api} has no single top-level `revision: X.Y.Z` line to bump")
    with held():  # Ctrl-C now would leave the revision bumped without its release, or CHANGELOG.md behind
        if text is not None:
            api.write_text(text, encoding="utf-8")
        releases = with_release(new.spec.releases, release_of(version, report))
        (spec / CHANGELOG_FILE).write_text(dump_changelog(releases), encoding="utf-8")
        reloaded = load_spec(spec)
        if reloaded.spec is None:
            return Failed(f"error: the recorded changelog does not load:\n{format_errors(reloaded.errors)}")
        markdown.write_text(changelog_markdown(reloaded.spec.releases), encoding="utf-8")
    return Recorded(report, version, edited, (note,) if note else ())


def next_version(old: str, new: str, level: Bump) -> tuple[str, str | None]:
    """The version to record: `new` if it was already raised above `old`, else `old` bumped by `level`."""
    suggested = bump(old, level)
    if parse(new) <= parse(old):
        return suggested, None
    if parse(new) < parse(suggested):
        return new, f"revision {new} was set by hand, but the changes since {old} call for {suggested} ({level})"
    return new, None


def set_revision(text: str, version: str) -> str | None:
    """api.yaml's text with its `revision:` value replaced (quotes and comment kept); None if not one line."""
    matches = list(_REVISION_LINE.finditer(text))
    if len(matches) != 1:
        return None
    start, end = matches[0].span("version")
    return text[:start] + version + text[end:]


def release_of(version: str, report: Report) -> Release:
    """The report's changes as a release: per endpoint and model (API-wide changes first), the most severe first."""
    ordered = sorted(report.changes, key=lambda c: (c.endpoint or "", c.model or "", SEVERITIES.index(c.severity)))
    return Release(version, tuple(ReleaseChange(c.severity, c.model, c.message, c.endpoint) for c in ordered))


def with_release(releases: Sequence[Release], release: Release) -> tuple[Release, ...]:
    """`releases` with `release` added, or replacing the one of the same version; newest first."""
    kept = [existing for existing in releases if existing.version != release.version]
    return tuple(sorted([*kept, release], key=lambda r: parse(r.version), reverse=True))


def dump_changelog(releases: Sequence[Release]) -> str:
    """spec/changelog.yaml's text: a header comment, then one entry per release."""
    data = [
        {
            "version": release.version,
            "changes": [_change_entry(change) for change in release.changes],
        }
        for release in releases
    ]
    return CHANGELOG_HEADER + yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, width=120, default_flow_style=None
    )


def _change_entry(change: ReleaseChange) -> dict[str, str | None]:
    """One change as changelog.yaml writes it (`endpoint` only when there is one: older entries have none)."""
    entry = {"severity": change.severity}
    entry |= {"endpoint": change.endpoint} if change.endpoint is not None else {}
    return entry | {"model": change.model, "message": change.message}


def changelog_markdown(releases: Sequence[Release]) -> str:
    """CHANGELOG.md: one section per release, its changes grouped by endpoint and model (API-wide ones first)."""
    lines = [MARKDOWN_HEADER.rstrip("\n")]
    for release in releases:
        lines += ["", f"## {release.version}"]
        ordered = sorted(release.changes, key=lambda c: (c.endpoint or "", c.model or ""))
        for (endpoint, model), items in group_by_scope(
            [((c.endpoint, c.model), c.severity, c.message) for c in ordered]
        ):
            lines += ["", f"### {scope_heading(endpoint, model)}", ""]
            lines += [bullet(severity, message) for severity, message in items]
    return "\n".join(lines) + "\n"
